// Every screen's URL in one place, so features link to each other without importing each other.

/** The query parameter that names the provider of a new offer. */
export const PROVIDER_PARAM = 'traeger';

export const paths = {
  overview: () => '/',
  concept: () => '/leitbild',
  conceptEdit: () => '/leitbild/bearbeiten',
  fields: () => '/handlungsfelder',
  field: (id: string) => `/handlungsfelder/${id}`,
  goal: (id: string) => `/ziele/${id}`,
  measures: () => '/massnahmen',
  measure: (id: string) => `/massnahmen/${id}`,
  measureEdit: (id: string) => `/massnahmen/${id}/bearbeiten`,
  indicators: () => '/indikatoren',
  indicator: (id: string) => `/indikatoren/${id}`,
  municipalities: () => '/gemeinden',
  municipality: (id: string) => `/gemeinden/${id}`,
  municipalityEdit: (id: string) => `/gemeinden/${id}/bearbeiten`,
  needs: () => '/bedarfe',
  needNew: () => '/bedarfe/neu',
  need: (id: string) => `/bedarfe/${id}`,
  needEdit: (id: string) => `/bedarfe/${id}/bearbeiten`,
  settings: () => '/einstellungen',
  accessibility: () => '/barrierefreiheit',
  // Directory of offers and providers. The offer list's query and filters live in its URL.
  offers: (query = '') => `/angebote${query ? `?${query}` : ''}`,
  /** With a provider, the form opens for it; without, the page asks for one first. */
  offerNew: (providerId?: string) => `/angebote/neu${providerId ? `?${PROVIDER_PARAM}=${encodeURIComponent(providerId)}` : ''}`,
  referrals: () => '/angebote/vermittlungen',
  offer: (id: string) => `/angebote/${id}`,
  offerEdit: (id: string) => `/angebote/${id}/bearbeiten`,
  offerHandout: (id: string, lang?: string) => `/angebote/${id}/handzettel${lang ? `?sprache=${lang}` : ''}`,
  offerReport: (id: string) => `/angebote/${id}/melden`,
  providers: () => '/traeger',
  providerNew: () => '/traeger/neu',
  provider: (id: string) => `/traeger/${id}`,
  providerEdit: (id: string) => `/traeger/${id}/bearbeiten`,
  locationNew: (providerId: string) => `/traeger/${providerId}/standorte/neu`,
  locationEdit: (id: string) => `/standorte/${id}/bearbeiten`,
  directoryCare: () => '/verzeichnis/pflege',
  staleQueue: () => '/verzeichnis/pruefen',
  overlaps: () => '/verzeichnis/ueberschneidungen',
  corrections: () => '/verzeichnis/meldungen',
  exchange: () => '/verzeichnis/austausch',
  // Evaluation and reporting.
  evaluation: () => '/auswertung',
  gaps: () => '/auswertung/bedarfsanalyse',
  reviews: () => '/auswertung/evaluationen',
  review: (id: string) => `/auswertung/evaluationen/${id}`,
  report: () => '/auswertung/bericht',
  csv: () => '/auswertung/csv',
};
