import { readFileSync } from 'node:fs';

/** The version in package.json, as the health answer and the OpenAPI document report it. */
export const serverVersion = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
