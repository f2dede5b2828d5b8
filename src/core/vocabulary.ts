// The closed word lists of the model, as plain values. The schemas build their enums from
// them; screens that only list or order the values read them here, so they do not load the
// validation library (the overview is the first screen, and every kilobyte of it counts).
export const measureStatuses = ['planned', 'active', 'done', 'paused', 'dropped'] as const;
export const conceptStatuses = ['draft', 'in_committee', 'adopted', 'archived'] as const;
export const priorities = ['high', 'medium', 'low'] as const;
export const directions = ['higher_better', 'lower_better'] as const;
export const measurementPeriods = ['monthly', 'quarterly', 'yearly'] as const;
export const municipalityKinds = ['einheitsgemeinde', 'verbandsgemeinde', 'mitgliedsgemeinde'] as const;
export const needSources = ['survey', 'provider_feedback', 'statistics', 'council'] as const;
export const needStatuses = ['open', 'addressed', 'closed'] as const;
export const goalStatuses = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export const adaptationKinds = ['new_measure', 'change_measure', 'drop_measure'] as const;
export const reviewStatuses = ['open', 'closed'] as const;
export const correctionTargets = ['offers', 'providers', 'locations'] as const;
export const correctionStatuses = ['open', 'applied', 'dismissed'] as const;

/** Every stored entity kind, in the order of the schema registry (core/schema/index.ts). */
export const entityKinds = [
  'concepts', 'municipalities', 'fieldsOfAction', 'goals', 'measures', 'indicators', 'measurements',
  'needs', 'providers', 'offers', 'locations', 'referrals', 'correctionReports', 'reviews',
] as const;
