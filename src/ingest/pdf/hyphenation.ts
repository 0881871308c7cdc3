// Undoes hyphenation at line ends: "recom-" + "mendation" becomes "recommendation"; "Vice-" + "Chairman" stays hyphenated.

/** A token ending in a letter or digit followed directly by a hyphen or soft hyphen (tested on the last token only). */
const HYPHENATED_TOKEN = /^(\S*[\p{L}\p{N}])([-\u00ad])$/u;
/** The first white-space-delimited token of a line and the rest after it. */
const FIRST_TOKEN = /^(\S+)\s*(.*)$/su;
/** A token starting with a letter or digit. */
const WORD_START = /^[\p{L}\p{N}]/u;
/** A lower-case letter at the start. */
const LOWER_START = /^\p{Ll}/u;
/** A lower-case letter at the end. */
const LOWER_END = /\p{Ll}$/u;
/** A digit anywhere. */
const DIGIT = /\p{N}/u;
/** Letters only (with inner apostrophes), then optional trailing punctuation. */
const WORD_WITH_PUNCTUATION = /^([\p{L}'’]+)((?:[^\P{P}'’]\p{P}*)?)$/u;

export interface HyphenJoin {
  /** The first line with the continuation appended. */
  first: string;
  /** What remains of the second line ("" when it was a single word). */
  second: string;
  /** True when the hyphen was removed (the two halves made one word). */
  dehyphenated: boolean;
}

/**
 * Joins a word split at a line end. Returns null when `first` does not end in a hyphenated word or
 * `second` does not start with a word. The hyphen is removed when the halves plausibly make one
 * word (soft hyphen; or lower case on both sides, a lower-case continuation and no digits), and
 * kept otherwise ("2023-2027", "Vice-Chairman"); either way the continuation moves up a line.
 */
export function joinHyphenated(first: string, second: string): HyphenJoin | null {
  const end = HYPHENATED_TOKEN.exec(first.slice(first.lastIndexOf(" ") + 1));
  const start = FIRST_TOKEN.exec(second.trimStart());
  if (end === null || start === null) return null;
  const stem = end[1] as string;
  const hyphen = end[2] as string;
  const token = start[1] as string;
  const rest = start[2] as string;
  if (!WORD_START.test(token)) return null;
  const head = first.slice(0, first.length - hyphen.length);
  if (hyphen === "\u00ad" || isOneWord(stem, token)) return { first: head + token, second: rest, dehyphenated: true };
  return { first: first + token, second: rest, dehyphenated: false };
}

/** True when stem + continuation is plausibly one word broken by hyphenation. */
export function isOneWord(stem: string, continuation: string): boolean {
  const word = WORD_WITH_PUNCTUATION.exec(continuation);
  if (word === null) return false;
  const lastPart = stem.split("-").pop() ?? stem;
  if (!LOWER_END.test(lastPart) || !LOWER_START.test(word[1] as string)) return false;
  return !DIGIT.test(lastPart) && !DIGIT.test(word[1] as string);
}
