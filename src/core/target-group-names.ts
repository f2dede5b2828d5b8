// The German names of the target groups: the UI shows them and the HSDS export writes them
// into its taxonomy, so both read this one list. Kept free of the schemas (only a type import)
// because the UI's words load at start-up.
import type { TargetGroup } from './schema/common';

export const targetGroupNames: Record<TargetGroup, string> = {
  all_migrants: 'Alle Menschen mit Migrationsgeschichte',
  refugees: 'Geflüchtete',
  asylum_seekers: 'Asylsuchende',
  ukrainians: 'Geflüchtete aus der Ukraine',
  eu_citizens: 'EU-Bürgerinnen und -Bürger',
  third_country_nationals: 'Drittstaatsangehörige',
  skilled_workers: 'Fachkräfte',
  repatriates: 'Spätaussiedlerinnen und Spätaussiedler',
  students: 'Studierende',
  women: 'Frauen',
  young_people: 'Junge Menschen',
  children: 'Kinder',
  families: 'Familien',
  seniors: 'Ältere Menschen',
};
