// Groups a page's positioned text items into visual lines in reading order and rebuilds word spacing.
import { COLUMN_GAP } from "../source-text.js";
import type { RawItem, Segment, TextLine } from "./types.js";

/** A gap wider than this share of the font size between two runs is a word space. */
export const SPACE_GAP_RATIO = 0.2;
/** Where a space is drawn between two runs, a gap wider than this share of the font size is a word space ("approved"
 * " " "that" 0.2 apart, "10)" " " "Alyson" 0.17 apart); word processors also draw spaces inside words with next to no
 * gap ("16" " " "th", "THR" " " "IFT"), which are none. */
const DRAWN_SPACE_GAP_RATIO = 0.1;
/** Items whose baselines differ by at most this share of the larger font size sit on one line. */
const BASELINE_TOLERANCE_RATIO = 0.5;

/** Any run of white space, including no-break and other Unicode spaces. */
const WHITESPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;
/** A soft hyphen (U+00AD) not at the end of the text: invisible, dropped. */
const INNER_SOFT_HYPHEN = /\u00ad(?!$)/g;
/** Unicode hyphen and non-breaking hyphen, read as an ASCII hyphen. */
const UNICODE_HYPHEN = /[\u2010\u2011]/g;

/** Normalises the text of a run: hyphens, soft hyphens; keeps control characters (the readability check needs them). */
export function normaliseRun(text: string): string {
  return text.replace(UNICODE_HYPHEN, "-").replace(INNER_SOFT_HYPHEN, "");
}

/** Collapses white space and trims; used on joined line text. */
export function collapseSpaces(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim();
}

/** True for C0/C1 control characters other than tab, line feed and carriage return. */
export function isControlChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Removes control characters, for text handed on after the readability check. */
export function stripControls(text: string): string {
  let out = "";
  for (const ch of text) if (!isControlChar(ch)) out += ch;
  return out;
}

function isBlank(text: string): boolean {
  return text.replace(WHITESPACE_RUN, "") === "";
}

interface OpenLine {
  y: number;
  size: number;
  items: RawItem[];
}

/** Splits items (one page) into lines: sorted by baseline from the top, then by x. */
export function groupLines(items: readonly RawItem[], page: number): TextLine[] {
  const visible = items.filter((item) => !isBlank(item.str) && item.size > 0);
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const open: OpenLine[] = [];
  for (const item of visible) {
    const last = open[open.length - 1];
    if (last !== undefined && Math.abs(item.y - last.y) <= BASELINE_TOLERANCE_RATIO * Math.max(item.size, last.size)) {
      last.items.push(item);
      if (item.size > last.size) {
        last.size = item.size;
        last.y = item.y;
      }
    } else {
      open.push({ y: item.y, size: item.size, items: [item] });
    }
  }
  // a space drawn as a run of its own marks a word space where the gap is narrow (see buildLine): it joins the line it
  // sits on, never opening a line or moving its baseline
  for (const item of items) {
    if (item.size <= 0 || !isBlank(item.str)) continue;
    const line = lineAt(open, item.y);
    if (line !== undefined) line.items.push(item);
  }
  const lines: TextLine[] = [];
  for (const candidate of open) {
    const line = buildLine(candidate.items, page);
    if (line !== null) lines.push(line);
  }
  return lines;
}

/** The open line whose baseline is within tolerance of y (lines sorted from the top down), found by bisection. */
function lineAt(open: readonly OpenLine[], y: number): OpenLine | undefined {
  let lo = 0;
  let hi = open.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = open[mid]!;
    if (Math.abs(line.y - y) <= BASELINE_TOLERANCE_RATIO * line.size) return line;
    if (line.y > y) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** A gap wider than this many times the font size between two runs parts two columns. */
const COLUMN_GAP_RATIO = 2;

/** Whether two runs of a line stand in two columns: far apart for their type. */
function columnApart(left: Segment, right: Segment): boolean {
  return right.x - left.x1 > COLUMN_GAP_RATIO * Math.min(left.size, right.size);
}

/** Joins the items of one line left to right, inserting a space where the gap is wide enough. */
export function buildLine(items: readonly RawItem[], page: number): TextLine | null {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let previous: RawItem | undefined;
  let spaceDrawn = false;
  for (const item of sorted) {
    const str = normaliseRun(item.str);
    if (isBlank(str)) {
      spaceDrawn = previous !== undefined;
      continue;
    }
    if (previous !== undefined && isDuplicate(previous, item)) continue;
    const current = segments[segments.length - 1];
    const gap = previous === undefined ? 0 : item.x - (previous.x + previous.width);
    const threshold = (spaceDrawn ? DRAWN_SPACE_GAP_RATIO : SPACE_GAP_RATIO) * Math.min(item.size, previous?.size ?? item.size);
    const spaced = current === undefined || gap > threshold || /^\s/.test(str) || /\s$/.test(current.text);
    if (spaced) {
      segments.push({ text: str, x: item.x, x1: item.x + item.width, size: item.size, fontId: item.fontId });
    } else {
      current.text += str;
      current.x1 = Math.max(current.x1, item.x + item.width);
    }
    previous = item;
    spaceDrawn = false;
  }
  for (const segment of segments) segment.text = collapseSpaces(segment.text);
  const kept = segments.filter((segment) => segment.text !== "");
  const first = kept[0];
  if (first === undefined) return null;
  // a gap of columns, not of words, stays apart: "Present" … "Apologies", "Steve Scott (Chair)" … "Alex Ball"
  const text = kept.map((segment, i) => (i === 0 ? "" : columnApart(kept[i - 1]!, segment) ? COLUMN_GAP : " ") + segment.text).join("");
  const dominant = dominantStyle(kept);
  const baseline = sorted.reduce((best, item) => (item.size > best.size ? item : best), sorted[0] as RawItem).y;
  return {
    page,
    text,
    x0: first.x,
    x1: kept.reduce((most, segment) => Math.max(most, segment.x1), -Infinity),
    y: baseline,
    size: dominant.size,
    fontId: dominant.fontId,
    segments: kept,
  };
}

/**
 * Text drawn twice at (almost) the same place, a common way of faking bold. The offset must be small
 * against the run's own width, or a double letter set glyph by glyph ("l", "l") would lose one.
 */
function isDuplicate(a: RawItem, b: RawItem): boolean {
  const offset = Math.max(0.05 * a.size, Math.min(0.15 * a.size, 0.4 * a.width));
  return a.str === b.str && Math.abs(a.x - b.x) < offset && Math.abs(a.y - b.y) < 0.3 * a.size;
}

/** The font size and font id carrying most characters. */
function dominantStyle(segments: readonly Segment[]): { size: number; fontId: string } {
  const weights = new Map<string, { size: number; fontId: string; chars: number }>();
  for (const segment of segments) {
    const key = `${segment.fontId}|${Math.round(segment.size * 2) / 2}`;
    const entry = weights.get(key) ?? { size: segment.size, fontId: segment.fontId, chars: 0 };
    entry.chars += segment.text.length;
    weights.set(key, entry);
  }
  let best = { size: 0, fontId: "", chars: -1 };
  for (const entry of weights.values()) if (entry.chars > best.chars) best = entry;
  return best;
}
