// The HSDS 3.0 objects our export writes: the subset of each official schema that the
// directory fills. Field names follow the specification (snake_case) on purpose.

export type HsdsTaxonomy = { id: string; name: string; description: string; version: string };

export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: string;
};

export type HsdsAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: string;
  taxonomy_term_id: string;
  value?: string;
  taxonomy_term: HsdsTaxonomyTerm;
};

export type HsdsPhone = { id: string; number: string; type: string; organization_id?: string; service_id?: string };
export type HsdsLanguage = { id: string; code: string; service_id?: string };

export type HsdsSchedule = {
  id: string;
  service_id?: string;
  location_id?: string;
  freq: 'WEEKLY';
  wkst: 'MO';
  interval: 1;
  byday: string;
  opens_at: string;
  closes_at: string;
};

export type HsdsAddress = {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal';
};

export type HsdsAccessibility = { id: string; location_id: string; description: string };

export type HsdsLocation = {
  id: string;
  location_type: 'physical' | 'postal';
  organization_id: string;
  name: string;
  transportation?: string;
  addresses: HsdsAddress[];
  schedules: HsdsSchedule[];
  accessibility: HsdsAccessibility[];
  attributes: HsdsAttribute[];
};

export type HsdsServiceAtLocation = { id: string; service_id: string; location_id: string };
export type HsdsServiceArea = { id: string; service_id: string; name: string; attributes: HsdsAttribute[] };
export type HsdsCostOption = { id: string; service_id: string; option: string; amount: number; currency: string };

export type HsdsService = {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive';
  eligibility_description?: string;
  fees_description?: string;
  application_process?: string;
  assured_date: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  attributes: HsdsAttribute[];
};

export type HsdsOrganization = {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  legal_status?: string;
  phones: HsdsPhone[];
  locations: HsdsLocation[];
  attributes: HsdsAttribute[];
  services: HsdsService[];
};

/** The exchange file: one page of the HSDS API's organization list, fully nested. */
export type HsdsPage = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsOrganization[];
};
