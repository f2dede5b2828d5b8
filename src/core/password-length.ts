// How long a password may be (OWASP ASVS level 2: at least 8 characters, at least 64 allowed),
// shared so the app names a too-short password before the server refuses it. Whether it is too
// common only the server can tell: the list of common passwords stays there.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

/** Too short or too long, counted in characters (not bytes); null when the length is fine. */
export function passwordLengthProblem(password: string): 'too_short' | 'too_long' | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return 'too_short';
  if (length > PASSWORD_MAX) return 'too_long';
  return null;
}
