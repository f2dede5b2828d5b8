// What judging a new password costs the server (issue 17, item 7): the strength estimator with
// its German dictionaries is built on the first password set after a start, then each check
// runs against it. The passphrases are the README's, a 128-character one (the longest the
// server accepts; the estimator's matching grows with the length) and a crafted l33t one (its
// substitutions multiply the matching).
import { passwordProblem } from '../../src/server/auth/passwords';
import type { Bench } from './measure';
import { medianMs } from './measure';

const passphrases = ['Leitbild und Ziele 2026', 'Beratung am Dienstag', 'Brocken im Nebel 1142'];
const longest = 'Sprachcafé dienstags im Gemeindehaus, Beratung am Mittwoch und Brocken im Nebel 1142 – ein langer Satz ohne Regeln, ganz bis 128 Z.'.slice(0, 128);

const l33t = 'a1b2c3d4e5f6g7h8i9j0'.repeat(7).slice(0, 128);

export const passwordBench: Bench = async (report) => {
  const start = performance.now();
  passwordProblem('Erster Aufruf baut die Wörterbücher', ['bench']);
  report('password_estimator_first_check', performance.now() - start, 'ms');
  report('password_check_passphrase', await medianMs(() => passphrases.map((p) => passwordProblem(p, ['anna', 'boerde'])), 15), 'ms');
  report('password_check_128_chars', await medianMs(() => passwordProblem(longest, ['anna', 'boerde']), 15), 'ms');
  report('password_check_128_chars_l33t', await medianMs(() => passwordProblem(l33t, ['anna', 'boerde']), 15), 'ms');
};
