// Recognizes the headings that open numbered items: "14. THE LOOKED AFTER …", "137/19 Apologies", "21.01.03 Finance",
// "76. Apologies (Item 1)". One pattern per numbering style; a heading must also read as a title and keep the order.
import { REPORTING_VERBS } from "./lexicon/item-words.js";
import { titleLabel } from "./attendance.js";
import { parsePeople, readsAsNames } from "./people.js";

export interface ItemHeading {
  /** As printed, without trailing punctuation: "14", "137/19", "21.01.03". */
  number: string | null;
  /** The title exactly as printed. */
  titleRaw: string;
  /** Minute text printed on the heading's line after the title ("137/19 Apologies for Absence. Apologies were…"). */
  runOn?: string;
}

export interface NumberingStyle {
  name: string;
  /** Matches a whole first line: group `number` and group `title`. Linear: no nested quantifiers. */
  pattern: RegExp;
  /** A sortable key for the number, to check that items go forward; null when the style need not go forward. */
  order: ((number: string) => number[]) | null;
  /** The heading line is a statement of the item (a numbered resolution): it stays in the item's content too. */
  keepsHeadingInContent?: boolean;
  /** Whether the title must read as a title (the number style alone is not evidence enough). */
  needsTitle?: boolean;
}

const integers = (number: string) => number.split(/[./]/).map(Number);

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIV" → 14. */
export function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** A file or roll-call number a clerk prints before the item's own number: "22-0073 1. ROLL CALL". */
const FILE_NUMBER = String.raw`\d{2,4}-\d{2,5}`;

/** "14. TITLE", "14) Title", "14 Title", "14: Title", and after a file number, "22-0073 1. ROLL CALL". */
export const PLAIN_NUMBER: NumberingStyle = {
  name: "plain",
  pattern: new RegExp(`^(?:${FILE_NUMBER}\\s+(?=\\d{1,3}[.)]\\s))?(?<number>\\d{1,3})(?:[^\\S\\n]?[.):]|\\s*[-–])?\\s+(?<title>\\S.*)$`),
  order: integers,
  needsTitle: true,
};
/** Running minute numbers of four figures, with their stop: "2485. Police Report: No report." (a year has none). */
export const RUNNING_NUMBER: NumberingStyle = {
  name: "running",
  pattern: /^(?<number>\d{4})[.):]\s+(?<title>\S.*)$/,
  order: integers,
  needsTitle: true,
};
/** Running minute numbers with the year: "137/19 Title", "14/037: Title". */
export const SLASHED_NUMBER: NumberingStyle = {
  name: "slashed",
  pattern: /^(?<number>\d{1,4}\/\d{2,4})[.):]?\s+(?<title>\S.*)$/,
  order: (n) => integers(n).reverse(),
};
/** Dotted year-month-item numbers: "21.01.03 Title", "16.07.2 Register of Interests". */
export const DOTTED_NUMBER: NumberingStyle = {
  name: "dotted",
  pattern: /^(?<number>\d{1,2}\.\d{1,2}\.\d{1,3})\.?(?:\s+[-–])?\s+(?<title>\S.*)$/,
  order: integers,
  needsTitle: true,
};
/** Whole numbers of an outline, its sections printed "1.0", "2.0" and their sub-items "4.1", "4.2.1" inside them: "1.0
 * ATTENDEES", "4.0 COMMITTEE REPORTS". */
export const OUTLINE_NUMBER: NumberingStyle = {
  name: "outline",
  pattern: /^(?<number>\d{1,2}\.0)\.?\s+(?<title>\S.*)$/,
  order: integers,
  needsTitle: true,
};
/** Roman numerals, as US boards number their agendas: "XIV. Chair's Report". */
export const ROMAN_NUMBER: NumberingStyle = {
  name: "roman",
  pattern: /^(?<number>[IVXL]{1,7})\.\s+(?<title>\S.*)$/,
  order: (n) => [romanValue(n)],
  needsTitle: true,
};
/** An agenda reference after the title, as school boards print: "Call to Order (A)", "Consent Calendar Approved (G-1/G-13)".
 * Items may be taken out of order ("Closed Session (continued) (B)" at the end). */
export const TRAILING_REFERENCE: NumberingStyle = {
  name: "trailing-reference",
  // (the title ends with a letter or is its capital: ending in a space it is never the shortest that works, and trying it
  // read the spaces after it again for each length)
  pattern: /^(?<title>\p{Lu}(?:.{0,149}?\S)??)\s+\((?<number>[A-Z](?:-\d{1,2})?(?:\/[A-Z]-\d{1,2})?)(?:\s+[a-z](?:,[a-z]){0,8})?\)(?:\s+\(continued\))?$/u,
  order: null,
  needsTitle: true,
};
/** Numbered resolutions as the items of the minutes: "R2023-147 D. Yemm, S. Foote: That …". */
export const RESOLUTION_NUMBER: NumberingStyle = {
  name: "resolution-number",
  // (\S.*|.): the title starts after all the spaces (or is the last one), so spaces are never split two ways
  pattern: /^(?<number>R\d{4}-\d{1,4})\s+(?<title>\S.*|.)$/,
  order: (n) => integers(n.slice(1).replace("-", ".")),
  keepsHeadingInContent: true,
};

/** The word "Item" before the number: "Item 1: Confirm minutes …", "Item 5 – Air to Water Pump Report". */
export const ITEM_WORD: NumberingStyle = {
  name: "item-word",
  pattern: /^(?:agenda\s+)?item\s+(?<number>\d{1,3}(?:\.\d{1,2})?)\s*[:.)–—-]\s*(?<title>\S.*)$/i,
  order: integers,
  needsTitle: true,
};

export const NUMBERING_STYLES: NumberingStyle[] = [RESOLUTION_NUMBER, ITEM_WORD, OUTLINE_NUMBER, DOTTED_NUMBER, SLASHED_NUMBER, ROMAN_NUMBER, PLAIN_NUMBER, RUNNING_NUMBER, TRAILING_REFERENCE];

/** A title: short, and either in capitals or not a sentence. */
const SENTENCE_END = /[.;,]$/;
const MAX_TITLE_LENGTH = 200;
const MAX_MIXED_CASE_WORDS = 16;
const SHORT_TITLE_WORDS = 6;

/** An agenda reference, "(Item 1)", "(Agenda Item 4.2)", its number captured. */
const ITEM_REFERENCE = String.raw`\((?:agenda\s+)?item\s+([\w.]+)\)`;
/** An agenda reference closing a heading: "Apologies (Item 1)". Minutes print it only on item headings. */
export const AGENDA_REFERENCE = new RegExp(String.raw`(?<!\s)\s*${ITEM_REFERENCE}\s*$`, "i");
/** A line that is an agenda reference and nothing else: "(Item 1)", as ModernGov prints it under the title. */
export const LONE_REFERENCE = new RegExp(String.raw`^${ITEM_REFERENCE}$`, "i");

export function readsAsTitle(title: string): boolean {
  const text = title.trim();
  if (AGENDA_REFERENCE.test(text) && text.length <= MAX_TITLE_LENGTH) return true;
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH || !/\p{L}/u.test(text)) return false;
  if (!/^[\p{Lu}\d("'‘“]/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  if (upper / letters.length > 0.6) return true;
  const words = text.split(/\s+/).length;
  // "Call to Order." is a title with a full stop; a long line ending in one is a sentence
  return (!SENTENCE_END.test(text) || (text.endsWith(".") && words <= SHORT_TITLE_WORDS)) && words <= MAX_MIXED_CASE_WORDS;
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

const MIN_TITLE_WORDS = 2;

/** The words of a street after its name: "181 Bunkertown Rd", "1600 Pennsylvania Avenue". */
const STREET_WORDS = String.raw`(?:rd|road|st|street|ave|avenue|lane|ln|drive|dr|way|blvd|boulevard|court|ct|place|pl|highway|hwy|pike)`;
/** A line that starts with a street address, its number bare: "181 BUNKERTOWN RD MARCH 12, 2025 6PM" is not item 181. */
const ADDRESS_AT_START = new RegExp(String.raw`^\d{1,5}\s+(?:\p{L}+\s+){1,3}${STREET_WORDS}\b\.?(?:\s|,|$)`, "iu");

/** A speaker and what they reported, starting the minute's text: "LH noted that …", "A Parishioner asked …",
 * "The Parish Clerk reported …", "Cllr Smith proposed …". */
const SPEAKER = String.raw`(?:\p{Lu}{2,4}|(?:The|A|An)(?:\s+\p{Lu}\p{Ll}+){1,3}|(?:Mr|Mrs|Ms|Dr|Cllr|Councillor|\p{Lu}\.?)\.?\s+\p{Lu}[\p{L}'’-]+)`;
const REPORTED = `(?:${REPORTING_VERBS.join("|")})`;
/** The verbs that may follow a speaker: "The Treasurer was pleased to report …". */
const AUXILIARIES = "was|were|has|is|would|will";
/** Words that open a sentence of minute text. */
const SENTENCE_OPENERS = String.raw`The|It|There|These|This|Nothing|None|Both|All|No|Members|Councillors|Apologies`;
/** The small words (prepositions, conjunctions) that a title in title case writes in lower case: capitalised, with
 * running words after them, they open a sentence. */
const TITLE_SMALL_WORDS = String.raw`Upon|On|In|At|After|Following|With|As|From|During|Due|Having|Since|Although|When|Once|Further`;

/** Where the minute's text starts on a heading's line, and the fewest words of title before it. */
interface RunOnStart {
  pattern: RegExp;
  least: number;
  /** The wording is a verb: the words before it are its subject, and after a title's colon they are text too. */
  verb?: boolean;
}
// each starts only where a run of spaces starts: tried at every space of a long run, `\s+(?=…)` is quadratic; each is
// global (flag g), searched from the title's least words on
const startsAfter = (least: number, pattern: RegExp): RunOnStart => ({ least, pattern });
const RUN_ON_STARTS: RunOnStart[] = [
  // a lettered sub-item may follow a one-word title ("CORRESPONDENCE i. Newsletters …", "FINANCES: a. Election Costs")
  startsAfter(1, /(?<!\s)\s+(?=(?:[a-h]|i{1,3}|iv|vi{0,3})[.)]\s)/g),
  // and so may a numbered sub-item: "Matters Arising 5.1 War Memorial …"
  startsAfter(1, /(?<!\s)\s+(?=\d{1,2}\.\d{1,2}\.?\s)/g),
  // a starred note
  startsAfter(MIN_TITLE_WORDS, /(?<!\s)\s+\\?\*\s/g),
  // a full stop that ends a sentence, not an initial's ("Apologies: R. Lankfer") nor an honorific's; a one-word title
  // may end in one ("Correspondence. The Parish Clerk reported …")
  startsAfter(1, /(?<!(?:^|[\s.(])\p{Lu})(?<!\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Revd|Rev))\.\s+(?=\p{Lu})/gu),
  // a speaker and a reporting verb: "Date of next meeting LH noted that …"
  startsAfter(MIN_TITLE_WORDS, new RegExp(String.raw`(?<!\s)\s+(?=${SPEAKER}\s+(?:${REPORTED}|${AUXILIARIES})\b)`, "gu")),
  // "… was read", "… had been circulated"
  { ...startsAfter(MIN_TITLE_WORDS, /(?<!\s)\s+(?=(?:was|were|had\s+been|has\s+been)\s)/g), verb: true },
  // a sentence in running words after a one-word title: "Highways The members discussed …" (a title's own "The" is
  // followed by a capital: "Update The Old School")
  startsAfter(1, /(?<!\s)\s+(?=(?:The|It|There|These|This)\s+\p{Ll})/gu),
  // the first word of a sentence of minute text, a word in running words ("Members There being …" is a title's word)…
  startsAfter(MIN_TITLE_WORDS, new RegExp(String.raw`(?<!\s)\s+(?:[-–]\s+)?(?=(?:${SENTENCE_OPENERS})\s+\p{Ll})`, "gu")),
  // …or a person's title before a name ("Cllr Smith"), or a motion's record ("Proposed by")
  startsAfter(MIN_TITLE_WORDS, /(?<!\s)\s+(?:[-–]\s+)?(?=(?:Cllr|Councillor|Mr|Mrs|Ms|Proposed)\s)/g),
  // a capitalised small word that a title in title case writes in lower case, and running words after it: "Minutes of
  // the 2017 Annual General Meeting Upon the proposition of P Sewell, …"
  startsAfter(MIN_TITLE_WORDS, new RegExp(String.raw`(?<!\s)\s+(?=(?:${TITLE_SMALL_WORDS})(?:\s+\p{Ll}+){3})`, "gu")),
];
/** A title does not end on these words: "Declarations of Interest from Members …", "Cllr A and Cllr B" run on. */
const CONTINUES = /(?:^|\s)(?:from|of|and|or|to|by|for|with|the|a|an|on|in|at|into|between|re|&)$/i;

/** A colon after the first one to twelve words of a heading. */
const TITLE_COLON = /^(?=\S)(?:[^\s:]+\s){0,11}?[^\s:]+:(?=\s)\s*/;
/** Words of minute text, not of a title: "It was agreed", "… had been circulated". */
const TEXT_VERBS = /\b(?:was|were|is|are|has|have|had|agreed|resolved|noted|reported|received|discussed|moved|proposed|seconded|approved|accepted)\b/;
/** A motion's record opening the text: "Moved by Boesen.", "Proposed by Cllr Hart". */
const MOTION_START = /^(?:moved|proposed|seconded)\s+by\s/i;
/** The start of a name after the colon: an initial or an honorific ("R. Lankfer", "Mr. & Mrs.", "Cllr"). */
const NAME_START = /^(?:\p{Lu}\.|(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\b)/u;
const MAX_TITLE_AFTER_COLON = 14;
/** A record that there was nothing: "Declarations of Interest: None.", "Public questions: Nil". */
const NOTHING_TO_RECORD = /^(?:none|nil|n\/a|no\s)/i;

/** Whether the words after a heading's colon go on with its title ("CEMETERIES: Monthly safety review …", "To Discuss:
 * Request from …", "Recess: Closed Session") rather than start the minute's text. */
export function continuesTitle(after: string): boolean {
  const text = after.trim();
  if (!text) return true;
  if (NAME_START.test(text) || TEXT_VERBS.test(text) || MOTION_START.test(text) || NOTHING_TO_RECORD.test(text)) return false;
  // "Present: Brian Harrison (Chairman), Ray Thompson (Deputy Chairman)": names are the item's text
  if (/[,(]/.test(text) && readsAsNames(text) && parsePeople(text).filter((p) => /\p{Ll}/u.test(p.name)).length >= 2) return false;
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false;
  return text.split(/\s+/).length <= MAX_TITLE_AFTER_COLON;
}

/** Split a heading's line into the title and the minute text run on after it. */
export function splitRunOn(title: string): { title: string; runOn: string | null } {
  let cut = title.length;
  let resume = title.length;
  let subjectBefore = false;
  for (const start of RUN_ON_STARTS) {
    // the first place this wording can start the text: after the title's first words, not after a word that needs more
    for (const m of title.matchAll(start.pattern)) {
      if (m.index >= cut) break;
      const before = title.slice(0, m.index);
      if (before.trim().split(/\s+/).length < start.least || CONTINUES.test(before)) continue;
      cut = m.index;
      resume = m.index + m[0].length;
      subjectBefore = start.verb === true;
      break;
    }
  }
  // "Present: G. Gott - Vice-chairman, …", "Minutes: It was agreed …": a short title and its colon, then the minute's text
  const colon = TITLE_COLON.exec(title);
  // the words before a verb are its subject: "Minutes: The Minutes of the November 2008 were proposed …" is text after the colon
  // an attendance label's colon is followed by its value: "PRESENT: Tom Hargraves Gordon Farrell"
  const labelled = colon !== null && titleLabel(colon[0].slice(0, colon[0].lastIndexOf(":"))) !== null;
  if (colon && colon[0].length <= cut && (subjectBefore || labelled || !continuesTitle(title.slice(colon[0].length, cut)))) {
    cut = colon[0].lastIndexOf(":");
    resume = colon[0].length;
  }
  if (cut === title.length) return { title, runOn: null };
  return { title: title.slice(0, cut).replace(/(?<![.:;,\s])[.:;,\s]+$/, ""), runOn: title.slice(resume).trim() || null };
}

/** Match one line as an item heading of some numbering style. */
export function matchItemHeading(
  line: string,
  styles: NumberingStyle[] = NUMBERING_STYLES,
  options: { runOn?: boolean } = {},
): (ItemHeading & { style: NumberingStyle }) | null {
  const text = line.trim();
  if (DATE_AT_START.test(text) || ADDRESS_AT_START.test(text)) return null;
  for (const style of styles) {
    const m = style.pattern.exec(text);
    const printed = m?.groups?.title?.trim();
    if (!m || !printed) continue;
    const whole = style.keepsHeadingInContent || AGENDA_REFERENCE.test(printed) || options.runOn === false;
    const { title, runOn } = whole ? { title: printed, runOn: null } : splitRunOn(printed);
    if (!style.needsTitle || readsAsTitle(title)) return { number: m.groups!.number!, titleRaw: title, ...(runOn ? { runOn } : {}), style };
  }
  return null;
}
