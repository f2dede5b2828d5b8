// Account names, one rule for the app's add-account form, the server and the user command.
// A name is compared as people read it: Unicode NFC, no surrounding spaces, lower case. Names
// that read like another are refused, since the coordinator tells accounts apart by eye:
// invisible characters (zero-width spaces, joiners, soft hyphens, other default-ignorable
// code points), bidirectional controls (which can reorder what is shown), control characters
// and spaces other than the plain one, and letters from more than one script in one name (a
// Latin "k" beside Cyrillic "оо" reads as "koord"). The skeleton folds the usual Cyrillic and
// Greek look-alikes onto Latin letters, so that a whole name in look-alikes ("коогd" and the
// like) is refused beside the name it imitates.
import type { Lang } from './messages';

export const ACCOUNT_NAME_MAX = 100;

export type AccountNameProblem = 'empty' | 'too_long' | 'invisible' | 'mixed_scripts' | 'looks_like';

/** The name as it is stored and compared: NFC, trimmed, lower case. */
export function normalizeAccountName(raw: string): string {
  return raw.normalize('NFC').trim().toLowerCase().normalize('NFC');
}

// Cf covers the zero-width characters, the bidi controls (U+200E/F, U+202A–E, U+2066–9,
// U+061C) and soft hyphen; Default_Ignorable adds fillers and variation selectors.
const invisible = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;

const scripts = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari', 'Ethiopic'] as const;
const scriptPatterns = scripts.map((name) => [name, new RegExp(`\\p{Script=${name}}`, 'u')] as const);
/** Japanese writes Han, Hiragana and Katakana side by side: one script for this rule. */
const japanese = new Set(['Han', 'Hiragana', 'Katakana']);

function scriptOf(letter: string): string {
  const found = scriptPatterns.find(([, pattern]) => pattern.test(letter));
  if (!found) return 'Other';
  return japanese.has(found[0]) ? 'Japanese' : found[0];
}

/** Why a (normalised) name cannot be given to a new account, or null when it can. */
export function accountNameProblem(name: string): AccountNameProblem | null {
  if (name.length === 0) return 'empty';
  if ([...name].length > ACCOUNT_NAME_MAX) return 'too_long';
  if (invisible.test(name)) return 'invisible';
  const letters = new Set([...name].filter((c) => /\p{L}/u.test(c)).map(scriptOf));
  if (letters.size > 1) return 'mixed_scripts';
  return null;
}

// Cyrillic and Greek letters that look like Latin ones in common fonts (lower case, after
// normalisation), from Unicode's confusables list.
const lookAlikes: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', г: 'r', п: 'n', ь: 'b',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', γ: 'y',
};

/** The name with look-alike letters folded onto Latin, and 0/1 onto o/l: two names with one skeleton read alike. */
export function accountNameSkeleton(name: string): string {
  return [...name.normalize('NFD').replace(/\p{M}/gu, '')].map((c) => lookAlikes[c] ?? (c === '0' ? 'o' : c === '1' ? 'l' : c)).join('');
}

export const accountNameMessages: Record<AccountNameProblem, Record<Lang, string>> = {
  empty: { de: 'Bitte einen Namen eingeben.', en: 'Please enter a name.' },
  too_long: { de: `Der Name darf höchstens ${ACCOUNT_NAME_MAX} Zeichen haben.`, en: `The name may have at most ${ACCOUNT_NAME_MAX} characters.` },
  invisible: {
    de: 'Der Name enthält unsichtbare Zeichen oder Steuerzeichen. Bitte nur sichtbare Buchstaben, Ziffern, Leerzeichen und Satzzeichen verwenden.',
    en: 'The name contains invisible or control characters. Please use only visible letters, digits, spaces and punctuation.',
  },
  mixed_scripts: {
    de: 'Der Name mischt Buchstaben verschiedener Schriften (z. B. lateinische und kyrillische). Bitte nur eine Schrift verwenden.',
    en: 'The name mixes letters of different scripts (e.g. Latin and Cyrillic). Please use one script.',
  },
  looks_like: {
    de: 'Der Name sieht aus wie der eines bestehenden Kontos. Bitte einen deutlich anderen Namen wählen.',
    en: 'The name looks like that of an existing account. Please choose a clearly different name.',
  },
};
