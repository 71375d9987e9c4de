/**
 * Minimum password strength, checked by the API and shown by the admin before it submits: long enough, varied
 * enough, and not made of the user's own email or name (the first things an attacker tries).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export function passwordProblems(password: string, identity: { email?: string; displayName?: string } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters long`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 20 && classes < 3) {
    problems.push('must mix at least three of: lower case, upper case, digits, symbols (or be 20 characters or more)');
  }
  if (new Set(password).size < 5) problems.push('must not repeat the same few characters');
  const lower = password.toLowerCase();
  const personal = [identity.email?.split('@')[0], ...(identity.displayName?.split(/\s+/) ?? [])]
    .map((part) => part?.toLowerCase())
    .filter((part): part is string => !!part && part.length >= 4);
  if (personal.some((part) => lower.includes(part))) problems.push('must not contain your email or name');
  return problems;
}
