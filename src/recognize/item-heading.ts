// Recognizes the headings that open numbered items: "14. THE LOOKED AFTER …", "137/19 Apologies", "21.01.03 Finance",
// "76. Apologies (Item 1)". One pattern per numbering style; a heading must also read as a title and keep the order.

export interface ItemHeading {
  /** As printed, without trailing punctuation: "14", "137/19", "21.01.03". */
  number: string | null;
  /** The title exactly as printed. */
  titleRaw: string;
}

export interface NumberingStyle {
  name: string;
  /** Matches a whole first line: group 1 the number, group 2 the title. Linear: no nested quantifiers. */
  pattern: RegExp;
  /** A sortable key for the number, to check that items go forward. */
  order: (number: string) => number[];
}

const integers = (number: string) => number.split(/[./]/).map(Number);

/** "14. TITLE", "14) Title", "14 Title", "14: Title". */
export const PLAIN_NUMBER: NumberingStyle = {
  name: "plain",
  pattern: /^(\d{1,3})(?:[.):]|\s*[-–])?\s+(\S.*)$/,
  order: integers,
};
/** Running minute numbers with the year: "137/19 Title", "14/037: Title". */
export const SLASHED_NUMBER: NumberingStyle = {
  name: "slashed",
  pattern: /^(\d{1,4}\/\d{2,4})[.):]?\s+(\S.*)$/,
  order: (n) => integers(n).reverse(),
};
/** Dotted year-month-item numbers: "21.01.03 Title", "16.07.2 Register of Interests". */
export const DOTTED_NUMBER: NumberingStyle = {
  name: "dotted",
  pattern: /^(\d{1,2}\.\d{1,2}\.\d{1,3})\.?\s+(\S.*)$/,
  order: integers,
};

export const NUMBERING_STYLES: NumberingStyle[] = [DOTTED_NUMBER, SLASHED_NUMBER, PLAIN_NUMBER];

/** A title: short, and either in capitals or not a sentence. */
const SENTENCE_END = /[.;,]$/;
const MAX_TITLE_LENGTH = 200;
const MAX_MIXED_CASE_WORDS = 16;

/** An agenda reference closing a heading: "Apologies (Item 1)". Minutes print it only on item headings. */
export const AGENDA_REFERENCE = /\s*\((?:agenda\s+)?item\s+[\w.]+\)\s*$/i;

export function readsAsTitle(title: string): boolean {
  const text = title.trim();
  if (AGENDA_REFERENCE.test(text) && text.length <= MAX_TITLE_LENGTH) return true;
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH || !/\p{L}/u.test(text)) return false;
  if (!/^[\p{Lu}\d("'‘“]/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (upper / letters.length > 0.6) return true;
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= MAX_MIXED_CASE_WORDS;
}

/** Compare two number keys: negative when a comes first. */
export function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A line that starts with a date is a date: "4 November 2025" is not item 4. */
const DATE_AT_START = /^\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}/i;

/** Match one line as an item heading of some numbering style. */
export function matchItemHeading(line: string, styles: NumberingStyle[] = NUMBERING_STYLES): (ItemHeading & { style: NumberingStyle }) | null {
  const text = line.trim();
  if (DATE_AT_START.test(text)) return null;
  for (const style of styles) {
    const m = style.pattern.exec(text);
    if (m && readsAsTitle(m[2]!)) return { number: m[1]!, titleRaw: m[2]!.trim(), style };
  }
  return null;
}
