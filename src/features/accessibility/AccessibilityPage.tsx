import { useTranslation } from '../../ui/i18n';
import { formatDate } from '../../ui/format';
import { PageTitle } from '../../ui/PageTitle';
import { statementConfig as config } from './statement-config';
import { statementText } from './statement-content';

/** The Erklärung zur Barrierefreiheit that BITV 2.0 requires, with a feedback contact. */
export function AccessibilityPage() {
  const { t, i18n } = useTranslation('accessibility');
  const lang = i18n.language;
  const text = statementText[lang];
  return (
    <article className="statement">
      <PageTitle>{t('title')}</PageTitle>
      <p>{text.intro(config)}</p>
      <p>{text.scope}</p>

      <section aria-labelledby="a11y-status">
        <h2 id="a11y-status">{text.statusHeading}</h2>
        <p>{text.status}</p>
      </section>

      <section aria-labelledby="a11y-limitations">
        <h2 id="a11y-limitations">{text.limitationsHeading}</h2>
        <p>{text.limitationsIntro}</p>
        <ul>
          {text.limitations.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="a11y-preparation">
        <h2 id="a11y-preparation">{text.preparationHeading}</h2>
        <p>{text.preparation(formatDate(config.statementDate, lang), formatDate(config.reviewedOn, lang))}</p>
        <p>{text.method}</p>
      </section>

      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback">{text.feedbackHeading}</h2>
        <p>{text.feedback}</p>
        <h3>{text.contactHeading}</h3>
        <address className="statement-contact">
          {config.publicBody}
          <br />
          {config.office}
          <br />
          {config.street}
          <br />
          {config.postcodeCity}
          {config.email ? (
            <>
              <br />
              {text.emailLabel}: <a href={`mailto:${config.email}`}>{config.email}</a>
            </>
          ) : null}
          {config.phone ? (
            <>
              <br />
              {text.phoneLabel}: <a href={`tel:${config.phone.replace(/\s/g, '')}`}>{config.phone}</a>
            </>
          ) : null}
        </address>
        {config.email && config.phone ? null : <p>{text.contactMissing}</p>}
        <p className="meta">{text.configNote}</p>
      </section>

      <section aria-labelledby="a11y-enforcement">
        <h2 id="a11y-enforcement">{text.enforcementHeading}</h2>
        {text.enforcement.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </article>
  );
}
