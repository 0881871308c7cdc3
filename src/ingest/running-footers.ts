// Sets aside the running headers and footers that a PDF converted to text keeps in its lines: the same words on every
// page with the page number after them ("09.13.22 Special Meeting Minutes            1", "Minutes – Page 2 of 5"). Each
// such line is blanked, keeping its place in the count of lines, with a warning; a footer left in place glues itself to
// the heading after it.
import type { Warning } from "../types/minutes.js";
import { isPageNumberText } from "./page-numbers.js";
import type { SourceLine } from "./source-text.js";

/** A page number set far to the right of a line's words, as layout-preserving converters keep it. */
const GAPPED_PAGE_NUMBER = /(?<!\s)\s{6,}\d{1,4}\s*$/;
const LETTER = /\p{L}/u;
const DIGITS = /\d+/g;
const SPACES = /\s+/g;
/** Longest line taken for a running header or footer. */
const MAX_RUNNING_LINE = 160;
/** A running line is printed on at least this many pages. */
const MIN_PAGES = 2;

/** The words of a line that may be a running header or footer, numbers masked; null for any other line. */
function runningKey(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > MAX_RUNNING_LINE || !LETTER.test(trimmed)) return null;
  if (!GAPPED_PAGE_NUMBER.test(text) && !isPageNumberText(trimmed)) return null;
  return trimmed.replace(DIGITS, "#").replace(SPACES, " ");
}

/** Occurrences of one running line stand at least this many lines apart: a page's worth, not a table's rows. */
const MIN_LINES_APART = 10;

/** What is seen of one candidate: where it was last, its last page number, and whether it still reads as running. */
interface Run {
  lastIndex: number;
  lastNumber: number;
  count: number;
  running: boolean;
}

/** The page number of a running line: its last number. */
function pageNumberOf(text: string): number {
  const numbers = text.match(DIGITS) ?? [];
  return Number(numbers[numbers.length - 1] ?? Number.NaN);
}

/** Blank the lines that repeat, numbers aside, a page apart, with a page number that grows. */
export function dropRunningFooters(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  const runs = new Map<string, Run>();
  const keys = lines.map((line, i) => {
    const key = runningKey(line.text);
    if (key === null) return null;
    const number = pageNumberOf(line.text);
    const run = runs.get(key);
    if (!run) runs.set(key, { lastIndex: i, lastNumber: number, count: 1, running: true });
    else {
      run.running &&= number > run.lastNumber && i - run.lastIndex >= MIN_LINES_APART;
      Object.assign(run, { lastIndex: i, lastNumber: number, count: run.count + 1 });
    }
    return key;
  });
  return lines.map((line, i) => {
    const key = keys[i];
    const run = key === null || key === undefined ? undefined : runs.get(key);
    if (!run || !run.running || run.count < MIN_PAGES) return line;
    warnings.push({
      code: "page-furniture-removed",
      message: `dropped the running header or footer "${line.text.trim().replace(SPACES, " ")}"`,
      source: { line: line.line, end_line: line.line, page: line.page },
    });
    return { ...line, text: "" };
  });
}
