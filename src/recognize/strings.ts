// Small string helpers the recognizers share, written as loops where the obvious regular expression would be quadratic
// on a long run of blanks ("[\s,;]+$" tried at every blank of the run).

/** The text without the characters of `chars` at its end: trimEnd("Present:- ", ":- ") → "Present". */
export function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** White space and these marks, for trimEnd. */
export const BLANKS = " \t\n\r\u00a0\f\v";

/** The parts of a list of names: split at commas, semicolons, "and" and "&" (a run of blanks read once). */
// Linear: a separator's blanks are taken only from where their run starts ((?<!\s)), never from inside the run.
const LIST_SEPARATOR = /(?:(?<!\s)\s+)?[,;&](?:\s*and\b)?\s*|(?<!\s)\s+(?:and|&)\s+/;

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
}
