// The most common passwords, refused as new passwords. The list ships with the server (the
// zxcvbn-ts project's list of about 49,000 from public breach corpora, plus German ones it
// lacks), so the check needs no internet.
import { dictionary } from '@zxcvbn-ts/language-common';

const german = [
  'passwort', 'passwort1', 'passwort123', 'hallo123', 'hallo1234', 'schalke04', 'fussball', 'qwertz', 'qwertzu', 'qwertzui',
  'qwertzuiop', 'ichliebedich', 'schatz123', 'sommer2024', 'sommer2025', 'sommer2026', 'winter2025', 'winter2026',
  'geheim123', 'willkommen', 'willkommen1', 'landkreis', 'integration', 'integrationskonzept', 'asdfghjk',
];

let common: Set<string> | undefined;

export function isCommonPassword(lowercased: string): boolean {
  common ??= new Set([...dictionary['passwords-common'], ...german]);
  return common.has(lowercased);
}
