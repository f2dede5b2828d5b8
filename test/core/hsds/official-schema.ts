// The official HSDS 3.0 JSON schemas (test/fixtures/hsds/schema), loaded into ajv with their
// relative $refs resolved, and the exchange file's schema built from them: the API's Page with
// contents = organizations whose services are full services (what compiled/organization.json is).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

const folder = join(import.meta.dirname, '../../fixtures/hsds/schema');
const base = 'https://openreferral.org/hsds/3.0/';

// ajv-formats is CommonJS; its default export arrives wrapped depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

function load(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(folder, file), 'utf8')) as Record<string, unknown>;
}

export function officialValidator() {
  // The schema files carry documentation keywords (name, constraints, example, core …).
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema({ ...load(file), $id: base + file });
  }
  const openapi = load('openapi.json') as { components: { schemas: { Page: object } } };
  const page = ajv.compile({
    allOf: [openapi.components.schemas.Page],
    required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
    properties: {
      contents: {
        type: 'array',
        items: {
          allOf: [{ $ref: `${base}organization.json` }],
          properties: { services: { type: 'array', items: { $ref: `${base}service.json` } } },
        },
      },
    },
  });
  const one = (file: string) => ajv.getSchema(base + file)!;
  return { page, organization: one('organization.json'), service: one('service.json'), location: one('location.json') };
}

export const errorsOf = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
