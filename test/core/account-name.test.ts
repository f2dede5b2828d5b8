// Issue 17, item 8: the account-name rule the add-account form, the server and the user command
// share. Names that read alike to a coordinator are refused; real names in any one script pass.
import { accountNameProblem, accountNameSkeleton, normalizeAccountName } from '../../src/core/account-name';

describe('17.8 account names', () => {
  it('are compared as read: NFC, trimmed, lower case', () => {
    expect(normalizeAccountName('  Jose\u0301 ')).toBe('jos\u00e9');
    expect(normalizeAccountName('ANNA')).toBe('anna');
  });

  it.each([
    ['a zero-width space', 'koord\u200b', 'invisible'],
    ['a zero-width joiner', 'ko\u200dord', 'invisible'],
    ['a right-to-left override', '\u202ekoord', 'invisible'],
    ['a left-to-right isolate', '\u2066koord\u2069', 'invisible'],
    ['a soft hyphen', 'ko\u00adord', 'invisible'],
    ['a no-break space', 'ko\u00a0ord', 'invisible'],
    ['a tab', 'ko\tord', 'invisible'],
    ['a variation selector', 'koord\ufe0f', 'invisible'],
    ['Latin and Cyrillic letters', 'k\u043e\u043erd', 'mixed_scripts'],
    ['Latin and Greek letters', 'k\u03bford', 'mixed_scripts'],
    ['nothing', '', 'empty'],
    ['101 characters', 'a'.repeat(101), 'too_long'],
  ])('refuses a name with %s', (_what, name, problem) => {
    expect(accountNameProblem(normalizeAccountName(name))).toBe(problem);
  });

  it.each(['anna', 'anna-lena müller', 'o\u2019brien', 'j.schmidt', '\u0438\u0432\u0430\u043d', '\u0645\u062d\u0645\u062f', '\u3084\u307e\u3060\u592a\u90ce', 'ben2'])('accepts %s', (name) => {
    expect(accountNameProblem(normalizeAccountName(name))).toBeNull();
  });

  it('folds look-alikes, so a whole name in Cyrillic look-alikes reads like the Latin one', () => {
    expect(accountNameSkeleton('\u043a\u043e\u043e\u0433\u0501')).toBe(accountNameSkeleton('koord'));
    expect(accountNameSkeleton('\u0438\u0432\u0430\u043d')).not.toBe(accountNameSkeleton('ivan'));
  });
});
