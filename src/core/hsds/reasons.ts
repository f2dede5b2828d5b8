// Why an HSDS file or record is rejected, and what an import leaves out: data first (a code
// and what it concerns), worded in German or English only when shown.
import type { Lang } from '../messages';
import { describeProblem } from '../messages';
import type { Problem } from '../validation';

export type StructureIssue = 'missing' | 'type' | 'uuid' | 'choice' | 'other';

export type HsdsReason =
  | { code: 'too_large'; megabytes: number; limitMegabytes: number }
  | { code: 'invalid_json'; detail: string }
  | { code: 'not_hsds' }
  | { code: 'structure'; path: string; issue: StructureIssue; expected: string }
  | { code: 'duplicate_id'; id: string }
  | { code: 'dangling_location'; linkId: string; locationId: string }
  | { code: 'organization_mismatch'; organizationId: string }
  | { code: 'record_problem'; problem: Problem }
  // Notes: the record is imported, but without this part.
  | { code: 'location_not_german'; name: string; postcode: string; country: string }
  | { code: 'location_virtual'; name: string }
  | { code: 'link_dropped'; locationId: string }
  | { code: 'phone_dropped'; number: string }
  | { code: 'language_dropped'; language: string }
  | { code: 'schedule_dropped'; byday: string }
  | { code: 'term_unknown'; term: string };

type Words = { de: string; en: string };

const texts: Record<Exclude<HsdsReason['code'], 'record_problem' | 'structure'>, Words> = {
  too_large: {
    de: 'Die Datei ist {megabytes} MB groß; höchstens {limitMegabytes} MB werden eingelesen.',
    en: 'The file is {megabytes} MB; at most {limitMegabytes} MB can be read.',
  },
  invalid_json: { de: 'Die Datei ist kein gültiges JSON: {detail}', en: 'The file is not valid JSON: {detail}' },
  not_hsds: {
    de: 'Die Datei ist keine HSDS-Organisationsliste (erwartet: eine Seite mit „contents“, eine Liste von Organisationen oder eine Organisation).',
    en: 'The file is not an HSDS organization list (expected: a page with "contents", a list of organizations or one organization).',
  },
  duplicate_id: { de: 'Die Id {id} kommt in der Datei mehrfach vor.', en: 'The id {id} occurs more than once in the file.' },
  dangling_location: {
    de: 'Verknüpfung {linkId} verweist auf den Standort {locationId}, der weder in der Datei noch im Verzeichnis steht.',
    en: 'Link {linkId} points to location {locationId}, which is neither in the file nor in the directory.',
  },
  organization_mismatch: {
    de: 'Der Dienst steht unter einer anderen Organisation als der genannten ({organizationId}).',
    en: 'The service is listed under another organization than the one it names ({organizationId}).',
  },
  location_not_german: {
    de: 'Standort „{name}“ wird nicht übernommen: keine deutsche Anschrift (PLZ „{postcode}“, Land „{country}“).',
    en: 'Location "{name}" is left out: not a German address (postcode "{postcode}", country "{country}").',
  },
  location_virtual: {
    de: 'Standort „{name}“ wird nicht übernommen: virtuelle Standorte führt das Verzeichnis nicht.',
    en: 'Location "{name}" is left out: the directory keeps no virtual locations.',
  },
  link_dropped: {
    de: 'Die Verknüpfung mit dem nicht übernommenen Standort {locationId} entfällt.',
    en: 'The link to location {locationId}, which is left out, is dropped.',
  },
  phone_dropped: { de: 'Telefonnummer „{number}“ ist nicht lesbar und entfällt.', en: 'Phone number "{number}" cannot be read and is dropped.' },
  language_dropped: { de: 'Sprache „{language}“ hat keinen Sprachcode und entfällt.', en: 'Language "{language}" has no language code and is dropped.' },
  schedule_dropped: {
    de: 'Öffnungszeit „{byday}“ ist keine wöchentliche Zeit mit Beginn vor Ende und entfällt.',
    en: 'Opening time "{byday}" is not a weekly time that starts before it ends and is dropped.',
  },
  term_unknown: {
    de: 'Begriff „{term}“ gibt es hier nicht (Handlungsfeld oder Gemeinde); die Zuordnung entfällt.',
    en: 'Term "{term}" does not exist here (field of action or municipality); the classification is dropped.',
  },
};

const structureTexts: Record<StructureIssue, Words> = {
  missing: { de: 'Feld {path} fehlt.', en: 'Field {path} is missing.' },
  type: { de: 'Feld {path} hat den falschen Typ (erwartet: {expected}).', en: 'Field {path} has the wrong type (expected: {expected}).' },
  uuid: { de: 'Feld {path} ist keine UUID.', en: 'Field {path} is not a UUID.' },
  choice: { de: 'Feld {path} hat keinen erlaubten Wert (erlaubt: {expected}).', en: 'Field {path} has no allowed value (allowed: {expected}).' },
  other: { de: 'Feld {path} ist ungültig: {expected}.', en: 'Field {path} is invalid: {expected}.' },
};

/** The reason as one sentence in the person's language. */
export function hsdsReasonText(reason: HsdsReason, lang: Lang): string {
  if (reason.code === 'record_problem') return describeProblem(reason.problem, lang);
  const template = reason.code === 'structure' ? structureTexts[reason.issue][lang] : texts[reason.code][lang];
  const values = reason as unknown as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
}
