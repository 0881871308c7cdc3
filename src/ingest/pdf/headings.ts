// Recognises numbered minute headings and the shape and style of other headings.

/** A minute number: "76.", "270.", "16.07.2", "20.07.01", "137/19", "14/037:". */
const MINUTE_NUMBER = /^(?:\d{1,4}\.|\d{1,4}(?:\.\d{1,3}){1,3}\.?|\d{1,4}\/\d{2,4}:?)(?=\s)/;
/** A structured minute number (dotted or with a year): "16.07.2", "137/19"; rarely the start of a sentence. */
const STRUCTURED_MINUTE_NUMBER = /^(?:\d{1,4}(?:\.\d{1,3}){1,3}\.?|\d{1,4}\/\d{2,4}:?)(?=\s)/;
/** Text ending like a sentence or a clause, or a label awaiting its value. */
const CLAUSE_END = /[.,;:]$/;
/** A letter (global, for counting). */
const LETTER = /\p{L}/gu;
/** A letter (for testing). */
const HAS_LETTER = /\p{L}/u;
/** A lower-case letter. */
const LOWER = /\p{Ll}/u;
/** Attendance labels standing alone ("PRESENT", "In attendance:"), which the recognisers read as labels, never as headings. */
const ATTENDANCE_LABEL =
  /^(?:present|also present|in attendance|also in attendance|apologies|absent|attendees|attendance|regrets|staff|officers present|members present)\s*:?$/i;
/** A resolution or motion number at the start: "R2023-151", "M24/07". */
const RESOLUTION_NUMBER = /^[A-Z]{1,3}\d{2,4}[-/]\d{1,4}\b/;
/** A label followed by its value on the same line: "PRESENT: Mr R W Gough", "Date: 19 October 2014". */
const LABEL_VALUE = /^[^:]{1,40}:\s+\S/;
/** Font names of bold faces: "Arial-BoldMT", "Calibri,Bold", "Tahoma-Bold", "Roboto-Black", "Foo-Semibold". */
const BOLD_NAME = /bold|black|heavy|semibold|demi/i;
/** Font names of italic faces. */
const ITALIC_NAME = /italic|oblique/i;

/** Longest text taken for a heading. */
export const MAX_HEADING_CHARS = 90;
/** Most words taken for a heading. */
const MAX_HEADING_WORDS = 12;
/** Most words of a heading that an agenda reference ("(Item 11)") marks as one: it may be a long title. */
export const MAX_REFERENCED_HEADING_WORDS = 20;
/** An agenda reference printed under a heading: "(Item 11)". */
export const AGENDA_REFERENCE = /^\(item\s+\d+[a-z]?\)$/i;

/** True when the line starts with a minute number followed by text. */
export function isMinuteNumbered(text: string): boolean {
  return MINUTE_NUMBER.test(text) && HAS_LETTER.test(text);
}

/** True when the minute number is structured ("16.07.2", "137/19"), which is rarely anything else. */
export function isStructuredMinuteNumber(text: string): boolean {
  return STRUCTURED_MINUTE_NUMBER.test(text);
}

function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** True when the text has at least two letters and none in lower case. */
export function isAllCaps(text: string): boolean {
  return letterCount(text) >= 2 && !LOWER.test(text);
}

/** True for "PRESENT", "Apologies for Absence", "IN ATTENDANCE:" and similar labels. */
export function isAttendanceLabel(text: string): boolean {
  return ATTENDANCE_LABEL.test(text.trim());
}

/** True when the text could be a heading: short, a few words, letters, not ending like a clause, not a label. */
export function hasHeadingShape(text: string, maxWords = MAX_HEADING_WORDS): boolean {
  const trimmed = text.trim();
  if (trimmed.length > MAX_HEADING_CHARS || letterCount(trimmed) < 3 || RESOLUTION_NUMBER.test(trimmed)) return false;
  if (trimmed.split(" ").length > maxWords) return false;
  if (CLAUSE_END.test(trimmed) || trimmed.startsWith("(") || LABEL_VALUE.test(trimmed)) return false;
  return !isAttendanceLabel(trimmed);
}

/** The style of a font, from its PostScript name and the flags pdf.js derived from its descriptor. */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

/** Reads bold and italic from a font name ("ABCDEE+Arial-BoldMT") and pdf.js flags. */
export function fontStyleFromName(name: string, flags: { bold?: boolean; italic?: boolean } = {}): FontStyle {
  return {
    bold: flags.bold === true || BOLD_NAME.test(name),
    italic: flags.italic === true || ITALIC_NAME.test(name),
  };
}
