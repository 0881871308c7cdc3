// Readable case for titles printed in capitals: "THE LOOKED AFTER CHILDREN'S …" → "The Looked After Children's …".

/** Words kept lower case inside a title. */
const SMALL_WORDS = new Set([
  "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "per", "than", "the", "to", "via", "with", "vs",
]);
/** Roman numerals up to 39, kept in capitals. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A word of capitals with no vowel is an abbreviation ("KCC", "NHS", "SSA"). */
const NO_VOWEL = /^[B-DF-HJ-NP-TV-Z]{2,}$/;
const LETTER = /\p{L}/u;
/** Capitals each with a full stop are an abbreviation ("A.O.B.", "U.S."). */
const DOTTED_CAPITALS = /^\p{Lu}(?:\.\p{Lu})+$/u;

/** True when a title is printed mostly in capitals, and so wants readable case. */
export function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return upper / letters.length > 0.8;
}

/** True when every word of a title is capitalised but its small words: "Minutes of the 2018 Annual General Meeting",
 * not "The March minutes". */
export function inTitleCase(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((word) => LETTER.test(word));
  return words.length > 0 && words.every((word, i) => /^[^\p{L}]*[\p{Lu}\d]/u.test(word) || (i > 0 && SMALL_WORDS.has(word.toLowerCase())));
}

/** A single word in brackets, "(SEND)", is an abbreviation being introduced. */
const BRACKETED_WORD = /^\([^()\s]+\)[.,;:]?$/;

function caseWord(word: string, first: boolean, acronyms: ReadonlySet<string>): string {
  const core = word.replace(/^[^\p{L}\d]+|(?<![^\p{L}\d])[^\p{L}\d]+$/gu, "");
  if (!core || !LETTER.test(core)) return word;
  const bare = core.replace(/['’]S$/, "");
  if (acronyms.has(bare) || acronyms.has(core) || NO_VOWEL.test(bare) || DOTTED_CAPITALS.test(core) || BRACKETED_WORD.test(word) || (bare !== "I" && ROMAN.test(bare) && bare.length > 1)) {
    return word.replace(/['’]S\b/, (s) => s.toLowerCase());
  }
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(core.toLowerCase())) return lower;
  // capitalise the first letter of each hyphen- or slash-joined part: "SUB-GROUP" → "Sub-Group"
  return lower.replace(/(^|[-/(“"‘'])(\p{L})/gu, (_m, before: string, letter: string, offset: number) =>
    before === "'" && offset > 0 ? before + letter : before + letter.toUpperCase(),
  );
}

/** Readable case for a shouted title; titles already in mixed case are returned as printed. */
export function readableTitle(raw: string, acronyms: ReadonlySet<string> = new Set()): string {
  if (!isShouted(raw)) return raw;
  let first = true;
  return raw
    .split(/(\s+)/)
    .map((part) => {
      if (/^\s+$/.test(part) || part === "") return part;
      const out = caseWord(part, first, acronyms);
      // a word after a dash or colon starts a new phrase
      first = /[:–—]$/.test(part) || part === "-" || part === "–";
      return out;
    })
    .join("");
}
