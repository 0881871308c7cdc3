// Dates and times as minutes print them: "Tuesday 4 November 2025", "Thursday, 9 January 2025", "July 11, 2023", "7.30pm".

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** The names of months and weekdays, in full and shortened ("Wed", "Sept"): words of a date, not of a name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS, ...WEEKDAYS.map((day) => day.slice(0, 3)), "tues", "thurs",
  ...["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
  ...Object.keys(MONTHS),
]);

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
/** A weekday before a date, also glued to it by a lost space: "Wednesday14th November 2018". */
const WEEKDAY = "(?:(mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*(?:the\\s+)?)?";
/** An ordinal's suffix, also as a scan's OCR reads a raised "th" ("17™ DECEMBER", "19\" November"). */
const ORDINAL = "(?:st|nd|rd|th|™|\"|”)?";
/** "Tuesday 4 November 2025", "9th of January, 2025", "25TH JANUARY, 2021". */
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, "i");
/** Day, month and year joined by hyphens, as a printout's stamp or a form writes them: "14-Sep-2019", "3-MAR-20". */
const DAY_MONTH_YEAR_DASHED = new RegExp(`\\b(\\d{1,2})-${MONTH}-(\\d{4}|\\d{2})\\b`, "i");
/** "Tuesday, July 11, 2023", "January 14, 2020". */
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
/** "2019-06-05", and with slashes, year first: "2025/12/10". */
const ISO_DATE = /\b(\d{4})([-/])(\d{2})\2(\d{2})\b/;
/** The year first and the month by name: "2019-January-17", "Tuesday 2021 March 16". */
const YEAR_MONTH_DAY = new RegExp(`\\b${WEEKDAY}(\\d{4})[-\\s]${MONTH}[-\\s](\\d{1,2})(?:st|nd|rd|th)?\\b`, "i");
/** Day and month in figures, in either order, and the year: "11/10/2023", "5/9/2011", "09.10.24", "01-17-2024". (Global: a document's
 * are all read to find its order; a line's first is its date.) */
const NUMERIC_DATES = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;

/** Which figure comes first in a date printed in figures: the day ("11/10/2023", as in Britain, Ireland and Australia) or
 * the month ("5/9/2011", as in the United States). */
export type NumericOrder = "dmy" | "mdy";
/** For where only whether a date is printed matters (or where it is cut from a title): a date in figures counts in either
 * order, so any order will do. */
export const ANY_ORDER: NumericOrder = "mdy";

export interface FoundDate {
  iso: string;
  /** The weekday as printed, lower case, or null. */
  weekday: string | null;
  /** The weekday the date really falls on. */
  actualWeekday: string;
  index: number;
  raw: string;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function makeDate(year: number, month: number, day: number, weekday: string | undefined, index: number, raw: string): FoundDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1800 || year > 2200) return null;
  return {
    iso: `${year}-${pad(month)}-${pad(day)}`,
    weekday: weekday ? `${weekday.toLowerCase()}day` : null,
    actualWeekday: WEEKDAYS[date.getUTCDay()]!,
    index,
    raw,
  };
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, "").slice(0, name.toLowerCase().startsWith("sept") ? 4 : 3)] ?? 0;
}

/** Month names written out in a text: "Boughton Parish Council Meeting - February". */
const MONTH_WORDS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

/** The months a text names in full, as numbers (1–12), in order. */
export function monthsNamed(text: string): number[] {
  return [...text.matchAll(MONTH_WORDS)].map((m) => monthNumber(m[0]));
}

/** The first date in a string, or null. Dates in figures ("11/10/2023") are read only when an `order` is given: a date
 * whose day and month could be either is read in that order, one with a figure above 12 the only way it can be. */
export function findDate(text: string, order?: NumericOrder): FoundDate | null {
  const candidates: FoundDate[] = [];
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd) {
    const d = makeDate(Number(ymd[2]), monthNumber(ymd[3]!), Number(ymd[4]), ymd[1], ymd.index, ymd[0]);
    if (d) candidates.push(d);
  }
  const numeric = text.matchAll(NUMERIC_DATES).next().value;
  if (numeric && order) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const year = numeric[4]!.length === 2 ? 2000 + Number(numeric[4]) : Number(numeric[4]);
    const dayFirst = a > 12 || (b <= 12 && order === "dmy");
    const d = makeDate(year, dayFirst ? b : a, dayFirst ? a : b, undefined, numeric.index, numeric[0]);
    if (d) candidates.push(d);
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const d = makeDate(Number(dmy[4]), monthNumber(dmy[3]!), Number(dmy[2]), dmy[1], dmy.index, dmy[0]);
    if (d) candidates.push(d);
  }
  const dashed = DAY_MONTH_YEAR_DASHED.exec(text);
  if (dashed) {
    const year = dashed[3]!.length === 2 ? 2000 + Number(dashed[3]) : Number(dashed[3]);
    const d = makeDate(year, monthNumber(dashed[2]!), Number(dashed[1]), undefined, dashed.index, dashed[0]);
    if (d) candidates.push(d);
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const d = makeDate(Number(mdy[4]), monthNumber(mdy[2]!), Number(mdy[3]), mdy[1], mdy.index, mdy[0]);
    if (d) candidates.push(d);
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const d = makeDate(Number(iso[1]), Number(iso[3]), Number(iso[4]), undefined, iso.index, iso[0]);
    if (d) candidates.push(d);
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** "the 16th June", "16 June" with no year. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\*{0,2}\\s+(?:of\\s+)?\\*{0,2}${MONTH}\\b`, "i");
const YEAR = /\b(?:19[5-9]\d|20\d\d)\b/g;

/** A day and month printed without a year, dated with the year the document mentions most. */
export function findDayMonth(text: string, documentText: string): FoundDate | null {
  const m = DAY_MONTH.exec(text);
  if (!m) return null;
  const counts = new Map<string, number>();
  for (const year of documentText.matchAll(YEAR)) counts.set(year[0], (counts.get(year[0]) ?? 0) + 1);
  const [year] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  return year ? makeDate(Number(year), monthNumber(m[2]!), Number(m[1]), undefined, m.index, m[0]) : null;
}

/** "at 10.00 am", "commenced at 7:30pm", "6:30 p.m.", "at 3PM", "Time: 19:00". */
const TIME = /\b(?:at|from|commenc\w*(?: at)?|start\w*(?: at)?|time:?)\s+(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|noon)?(?![\d/])/i;

/** A clock time with am/pm anywhere: "January 27, 2020, 7:00 p.m.", "5:30 PM". */
const CLOCK_TIME = /(?<![\d.:])(\d{1,2})[.:](\d{2})\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])/i;

/** The first meeting time in a string, as "HH:MM", or null. A bare number without minutes or am/pm is not a time. */
export function findTime(text: string): string | null {
  const m = TIME.exec(text) ?? CLOCK_TIME.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3]?.toLowerCase().replace(/[.\s]/g, "");
  if (!m[2] && !meridiem) return null;
  if (meridiem === "pm" && hour < 12) hour += 12;
  if (meridiem === "am" && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return `${pad(hour)}:${pad(minute)}`;
}

/** Spellings and words of Britain, Ireland and Australia, where the day comes first, and of the United States. */
const DAY_FIRST_WORDS = /\b(?:organis\w*|colour\w*|favour\w*|centre|programme|behaviour|licence|apologies|cllrs?|councillors?|honour\w*|labour|recognis\w*|authoris\w*)\b|£|€/gi;
const MONTH_FIRST_WORDS = /\b(?:organiz\w*|color\w*|favor\w*|center|behavior|councilmembers?|councilman|councilwoman|honor\w*|labor|recogniz\w*|authoriz\w*|aye|ayes)\b/gi;

/** The order of day and month in a document's dates in figures: from its dates that can be read one way only, else from
 * its spelling. */
export function numericOrder(documentText: string): NumericOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  // the dates that can be read one way only: "13/10/2023", "10/13/2023"
  for (const m of documentText.matchAll(NUMERIC_DATES)) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) dayFirst++;
    else if (Number(m[3]) > 12 && Number(m[1]) <= 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? "dmy" : "mdy";
  const british = documentText.match(DAY_FIRST_WORDS)?.length ?? 0;
  const american = documentText.match(MONTH_FIRST_WORDS)?.length ?? 0;
  return british > american ? "dmy" : "mdy";
}
