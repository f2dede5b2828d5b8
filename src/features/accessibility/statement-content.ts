// The wording of the accessibility statement in German and English. It is long and read
// rarely, so it loads with its page instead of sitting in the i18n bundle every screen loads.
// Facts that differ between counties (contact, dates) come from statement-config.ts.
import type { StatementConfig } from './statement-config';

export type StatementText = {
  intro: (c: StatementConfig) => string;
  scope: string;
  statusHeading: string;
  status: string;
  limitationsHeading: string;
  limitationsIntro: string;
  limitations: string[];
  preparationHeading: string;
  preparation: (statementDate: string, reviewedOn: string) => string;
  method: string;
  feedbackHeading: string;
  feedback: string;
  contactHeading: string;
  emailLabel: string;
  phoneLabel: string;
  contactMissing: string;
  configNote: string;
  enforcementHeading: string;
  enforcement: string[];
};

const de: StatementText = {
  intro: (c) =>
    `${c.publicBody} ist bemüht, diese Anwendung im Einklang mit dem Behindertengleichstellungsgesetz des Landes Sachsen-Anhalt (BGG LSA) in Verbindung mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der Richtlinie (EU) 2016/2102 barrierefrei zugänglich zu machen.`,
  scope: 'Diese Erklärung gilt für die Web-App „Integrationskonzept“ mit allen ihren Seiten, auch wenn sie als App installiert ist oder ohne Netz genutzt wird.',
  statusHeading: 'Stand der Vereinbarkeit mit den Anforderungen',
  status:
    'Diese Anwendung ist mit den Anforderungen der WCAG 2.1 auf Stufe AA (EN 301 549) teilweise vereinbar. Die Ausnahmen sind unten aufgeführt.',
  limitationsHeading: 'Nicht barrierefreie Inhalte',
  limitationsIntro: 'Folgende Inhalte sind nicht oder noch nicht vollständig barrierefrei:',
  limitations: [
    'Texte, die Nutzerinnen und Nutzer selbst eingeben (zum Beispiel Titel von Maßnahmen oder Angeboten), erscheinen in der Sprache, in der sie eingegeben wurden. In der englischen Fassung sind deutsche Eingaben nicht als deutschsprachig ausgezeichnet (WCAG 3.1.2).',
    'Erläuterungen zur Anwendung in Deutscher Gebärdensprache und in Leichter Sprache gibt es noch nicht.',
    'Das Angebotsverzeichnis und die Auswertung werden gerade ausgebaut; ihre neuen Seiten werden mit jeder Version automatisch geprüft, eine Prüfung durch Menschen mit Behinderungen steht noch aus.',
    'Breite Datentabellen (zum Beispiel Messwerte eines Indikators) lassen sich auf schmalen Bildschirmen innerhalb ihres eigenen Bereichs waagerecht verschieben; die übrige Seite passt sich ohne waagerechtes Verschieben an.',
    'Exportdateien (JSON, CSV) sind Datendateien zur Weiterverarbeitung und keine barrierefreien Dokumente.',
  ],
  preparationHeading: 'Erstellung dieser Erklärung',
  preparation: (statementDate, reviewedOn) => `Diese Erklärung wurde am ${statementDate} erstellt und zuletzt am ${reviewedOn} überprüft.`,
  method:
    'Grundlage ist eine Selbstbewertung: automatische Prüfung jeder Seite mit axe-core (Deutsch und Englisch, 360 und 1280 Pixel breit), Lighthouse, eine Bedienung allein mit der Tastatur sowie eine Sichtprüfung bei 320 Pixel Breite und 200 Prozent Vergrößerung.',
  feedbackHeading: 'Feedback und Kontakt',
  feedback:
    'Sind Ihnen Mängel beim barrierefreien Zugang aufgefallen, oder brauchen Sie Informationen aus dieser Anwendung in einer anderen, barrierefreien Form? Dann schreiben Sie uns. Wir antworten so schnell wie möglich.',
  contactHeading: 'Kontakt',
  emailLabel: 'E-Mail',
  phoneLabel: 'Telefon',
  contactMissing: 'E-Mail-Adresse und Telefonnummer der zuständigen Stelle werden vom Landkreis noch ergänzt. Bis dahin erreichen Sie uns unter der Postanschrift.',
  configNote: 'Hinweis für den Betrieb: Kontakt und Datum dieser Erklärung sind Konfigurationsdaten der jeweiligen Verwaltung.',
  enforcementHeading: 'Durchsetzungsverfahren',
  enforcement: [
    'Wenn Sie auf Ihre Rückmeldung keine oder keine zufriedenstellende Antwort erhalten, können Sie sich an die nach dem Behindertengleichstellungsgesetz des Landes Sachsen-Anhalt (BGG LSA) zuständige Stelle des Landes wenden und ein Durchsetzungs- beziehungsweise Schlichtungsverfahren einleiten.',
    'Das Verfahren soll Konflikte zwischen Menschen mit Behinderungen und öffentlichen Stellen des Landes und der Kommunen außergerichtlich lösen. Es ist kostenlos; Sie brauchen keinen Rechtsbeistand.',
    'Die Kontaktdaten der zuständigen Stelle erhalten Sie beim Beauftragten der Landesregierung Sachsen-Anhalt für die Belange der Menschen mit Behinderungen.',
  ],
};

const en: StatementText = {
  intro: (c) =>
    `${c.publicBody} endeavours to make this application accessible in accordance with the Disability Equality Act of Saxony-Anhalt (BGG LSA), the Barrier-free Information Technology Ordinance (BITV 2.0) and Directive (EU) 2016/2102.`,
  scope: 'This statement applies to the web app “Integrationskonzept” and all its pages, including when it is installed as an app or used offline.',
  statusHeading: 'Compliance status',
  status: 'This application is partially compliant with WCAG 2.1 level AA (EN 301 549). The exceptions are listed below.',
  limitationsHeading: 'Non-accessible content',
  limitationsIntro: 'The following content is not, or not yet fully, accessible:',
  limitations: [
    'Text that users enter themselves (for example the titles of measures or offers) appears in the language it was entered in. In the English version, German entries are not marked as German (WCAG 3.1.2).',
    'Explanations of the application in German Sign Language and in Easy Language are not yet available.',
    'The directory of offers and the evaluation are being extended; their new pages are checked automatically with every version, a review by people with disabilities is still to come.',
    'Wide data tables (for example the measurements of an indicator) scroll horizontally within their own area on narrow screens; the rest of the page reflows without horizontal scrolling.',
    'Export files (JSON, CSV) are data files for further processing, not accessible documents.',
  ],
  preparationHeading: 'Preparation of this statement',
  preparation: (statementDate, reviewedOn) => `This statement was prepared on ${statementDate} and last reviewed on ${reviewedOn}.`,
  method:
    'It is based on a self-assessment: automated checks of every page with axe-core (German and English, 360 and 1280 pixels wide), Lighthouse, operating the app with the keyboard alone, and a visual check at 320 pixels width and 200 percent zoom.',
  feedbackHeading: 'Feedback and contact',
  feedback:
    'Have you noticed barriers, or do you need information from this application in another, accessible form? Please write to us. We will answer as soon as possible.',
  contactHeading: 'Contact',
  emailLabel: 'E-mail',
  phoneLabel: 'Phone',
  contactMissing: 'The e-mail address and phone number of the responsible office are still to be added by the county. Until then, please use the postal address.',
  configNote: 'Note for operators: the contact and the date of this statement are configuration data of the administration running the app.',
  enforcementHeading: 'Enforcement procedure',
  enforcement: [
    'If you receive no answer, or no satisfactory answer, to your feedback, you can turn to the office of the State of Saxony-Anhalt responsible under the Disability Equality Act (BGG LSA) and start an enforcement or conciliation procedure.',
    'The procedure aims to settle disputes between people with disabilities and public bodies of the state and its municipalities out of court. It is free of charge; you do not need a lawyer.',
    'The contact details of the responsible office are available from the Commissioner of the State Government of Saxony-Anhalt for the concerns of people with disabilities.',
  ],
};

export const statementText: Record<'de' | 'en', StatementText> = { de, en };
