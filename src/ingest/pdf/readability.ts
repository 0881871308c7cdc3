// Tells a real text layer from the garbage a broken font encoding produces, from character statistics.
import { isControlChar } from "./lines.js";

/** Character statistics of a text. */
export interface TextStats {
  /** Characters other than white space. */
  chars: number;
  /** Share of `chars` that are control characters or U+FFFD. */
  controlShare: number;
  /** Share of `chars` in the Private Use Area (symbol-font glyphs). */
  privateShare: number;
  /** Share of `chars` that are letters. */
  letterShare: number;
  /** Share of Latin letters that are vowels (a e i o u y). */
  vowelShare: number;
  /** Share of two-letter pairs inside words that are among the commonest English bigrams. */
  bigramShare: number;
  /** Words of two or more letters. */
  words: number;
  /** Share of those words found in a list of very common English words. */
  commonWordShare: number;
}

/** Below this many characters the statistics say nothing; such text passes. */
const MIN_CHARS = 40;
/** Below this many words the word-based statistics are not used. */
const MIN_WORDS = 30;

/** A Private Use Area character (symbol fonts map bullets there). */
const PRIVATE_USE_CHAR = /[\ue000-\uf8ff]/u;
/** A letter in any script. */
const LETTER = /\p{L}/u;
/** A Latin vowel. */
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûüŵŷ]/u;
/** A Latin letter. */
const LATIN_LETTER = /[a-zà-öø-ÿŵŷ]/u;
/** A run of letters (a word, for these statistics). */
const WORD = /\p{L}+/gu;
/** The ASCII vowels, lower case (y counts, as in VOWEL). */
const ASCII_VOWELS = "aeiouy";
/** White space. */
const SPACE = /\s/u;

const COMMON_BIGRAMS = new Set(
  "th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur".split(" "),
);

const COMMON_WORDS = new Set(
  (
    "the of and to in a is that for it as was with be by on not he this are or his from at which but have an had they you were " +
    "their one all we can her has there been if more when will would who so no she other its may these about than them any " +
    "into some could our only also two over such then what did should out up new after us do being made under those most " +
    "further noted agreed meeting council minutes members member present resolved report item chair chairman clerk " +
    "mr mrs ms cllr councillor councillors committee motion approved received following held date next apologies"
  ).split(" "),
);

/** Computes the statistics of a text. */
export function textStats(text: string): TextStats {
  let chars = 0;
  let control = 0;
  let privateUse = 0;
  let letters = 0;
  let latin = 0;
  let vowels = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII fast path: the regular expressions below are only needed for other characters.
    if (code < 0x80) {
      if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d) continue;
      chars++;
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++;
        latin++;
        if (ASCII_VOWELS.includes(String.fromCharCode(lower))) vowels++;
      } else if (isControlChar(ch)) control++;
      continue;
    }
    if (SPACE.test(ch)) continue;
    chars++;
    if (isControlChar(ch) || ch === "\ufffd") control++;
    else if (PRIVATE_USE_CHAR.test(ch)) privateUse++;
    else if (LETTER.test(ch)) {
      letters++;
      const lower = ch.toLowerCase();
      if (LATIN_LETTER.test(lower)) {
        latin++;
        if (VOWEL.test(lower)) vowels++;
      }
    }
  }
  let words = 0;
  let common = 0;
  let pairs = 0;
  let commonPairs = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word.length < 2) continue;
    words++;
    if (COMMON_WORDS.has(word)) common++;
    for (let i = 0; i + 1 < word.length; i++) {
      pairs++;
      if (COMMON_BIGRAMS.has(word.slice(i, i + 2))) commonPairs++;
    }
  }
  const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
  return {
    chars,
    controlShare: share(control, chars),
    privateShare: share(privateUse, chars),
    letterShare: share(letters, chars),
    vowelShare: share(vowels, latin),
    bigramShare: share(commonPairs, pairs),
    words,
    commonWordShare: share(common, words),
  };
}

/**
 * True when the statistics look like a broken text layer rather than language: many control or
 * private-use characters, few letters, or words that are neither common English words nor made of
 * common letter pairs with a normal share of vowels.
 */
export function isUnreadable(stats: TextStats): boolean {
  if (stats.chars < MIN_CHARS) return false;
  if (stats.controlShare > 0.05) return true;
  if (stats.privateShare > 0.2) return true;
  if (stats.letterShare < 0.45) return true;
  if (stats.words < MIN_WORDS) return false;
  const oddLetters = stats.vowelShare < 0.2 || stats.vowelShare > 0.65 || stats.bigramShare < 0.2;
  return stats.commonWordShare < 0.05 && oddLetters;
}
