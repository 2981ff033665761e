/**
 * POSIX shell quoting for commands the report shows to be pasted, such as "Reproduce". Hand-written
 * rather than the `shell-quote` package: one rule fits in a few lines and is easy to check (inside
 * single quotes nothing is special but the quote itself), while that package picks between several
 * quoting styles and its quote() once let crafted values through (CVE-2021-42740).
 */

/** Characters that mean nothing to sh anywhere in a word: such a value is left bare for readability. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One shell word that sh reads back as exactly `value`: bare when plain, otherwise in single quotes. */
export function shellQuote(value: string): string {
  if (PLAIN_WORD.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `NAME=value` as a shell assignment with the value quoted; the name (ours, never user text) stays bare. */
export function shellAssignment(assignment: string): string {
  const at = assignment.indexOf('=');
  if (at <= 0) throw new Error(`not a NAME=value assignment: ${assignment}`);
  return `${assignment.slice(0, at + 1)}${shellQuote(assignment.slice(at + 1))}`;
}
