// The shape an HSDS file must have for us to read it, checked with zod. Strict where we keep
// the value (ids of organizations, services, locations and their links; names; status), lenient
// where HSDS allows absence or we only read a part (null counts as absent). Unknown fields pass.
import { z } from 'zod';

const maybe = z.string().nullish();
const uuid = z.uuid();

const taxonomyTermIn = z.object({
  id: maybe,
  code: maybe,
  name: maybe,
  taxonomy_id: maybe,
  taxonomy_detail: z.object({ id: maybe }).nullish(),
});

const attributeIn = z.object({
  id: maybe,
  taxonomy_term_id: maybe,
  value: maybe,
  taxonomy_term: taxonomyTermIn.nullish(),
});
const attributes = z.array(attributeIn).nullish();

const phoneIn = z.object({ id: maybe, number: z.string() });
const languageIn = z.object({ id: maybe, code: maybe, name: maybe });
const scheduleIn = z.object({ id: maybe, freq: maybe, byday: maybe, opens_at: maybe, closes_at: maybe });
const addressIn = z.object({
  id: maybe,
  address_1: z.string(),
  city: z.string(),
  postal_code: z.string(),
  country: maybe,
  address_type: maybe,
});
const accessibilityIn = z.object({ id: maybe, description: maybe, details: maybe });

export const locationIn = z.object({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual']),
  organization_id: maybe,
  name: maybe,
  transportation: maybe,
  addresses: z.array(addressIn).nullish(),
  schedules: z.array(scheduleIn).nullish(),
  accessibility: z.array(accessibilityIn).nullish(),
  attributes,
});
export type LocationIn = z.infer<typeof locationIn>;

const serviceAtLocationIn = z.object({
  id: uuid,
  service_id: maybe,
  location_id: uuid.nullish(),
  location: locationIn.nullish(),
});

const serviceAreaIn = z.object({ id: maybe, name: maybe, attributes });
const costOptionIn = z.object({ id: maybe, option: maybe, amount: z.number().nullish() });

export const serviceIn = z.object({
  id: uuid,
  organization_id: uuid.nullish(),
  name: z.string(),
  description: maybe,
  url: maybe,
  email: maybe,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  eligibility_description: maybe,
  fees_description: maybe,
  application_process: maybe,
  assured_date: maybe,
  phones: z.array(phoneIn).nullish(),
  schedules: z.array(scheduleIn).nullish(),
  service_areas: z.array(serviceAreaIn).nullish(),
  service_at_locations: z.array(serviceAtLocationIn).nullish(),
  languages: z.array(languageIn).nullish(),
  cost_options: z.array(costOptionIn).nullish(),
  attributes,
});
export type ServiceIn = z.infer<typeof serviceIn>;

export const organizationIn = z.object({
  id: uuid,
  name: z.string(),
  description: maybe,
  email: maybe,
  website: maybe,
  legal_status: maybe,
  phones: z.array(phoneIn).nullish(),
  locations: z.array(locationIn).nullish(),
  attributes,
  services: z.array(serviceIn).nullish(),
});
export type OrganizationIn = z.infer<typeof organizationIn>;
export type AttributeIn = z.infer<typeof attributeIn>;
export type ScheduleIn = z.infer<typeof scheduleIn>;
