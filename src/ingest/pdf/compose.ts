// Turns the body lines of a document into markdown-like text: paragraphs, headings and nested lists.
import { joinHyphenated } from "./hyphenation.js";
import {
  AGENDA_REFERENCE,
  hasHeadingShape,
  isAllCaps,
  isAttendanceLabel,
  isMinuteNumbered,
  isStructuredMinuteNumber,
  MAX_REFERENCED_HEADING_WORDS,
  type FontStyle,
} from "./headings.js";
import { contentOffset, detectMarker, markdownItem, markerShare, type Marker } from "./lists.js";
import type { BodyMetrics, PageBox, TextLine } from "./types.js";

/** One output line: markdown-like text and its page. */
export interface OutLine {
  text: string;
  page: number;
}

/** How a line was read. */
export interface LineInfo {
  marker: Marker | null;
  /** Where the text of the line starts (after a list marker). */
  textX: number;
  /** A paragraph break comes before this line (vertical gap, or a page break that does not continue a sentence). */
  breakBefore: boolean;
  /** The distance from the line above in units of the expected line pitch (Infinity at the top of a page). */
  gap: number;
  /** Font or size differs from the body text. */
  emphasized: boolean;
  /** A numbered minute heading ("76. Apologies"), kept as printed at column 0. */
  minute: boolean;
  /** Why the line may be a "## " heading, if it may: size, a different font (needs the font to be bold), or centred capitals. */
  heading: "size" | "font" | "caps" | null;
  /** How many lines a (wrapped) heading spans, from this one. */
  headingSpan: number;
}

/** A vertical gap this many times the body pitch (scaled to the font size) breaks a paragraph. */
const PARAGRAPH_GAP = 1.35;
/** Size ratio above which a line is larger than the body text. */
const LARGER = 1.15;
/** Text ending a sentence or clause, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?:;]["'’”)\]]*$/;
/** Text starting with a lower-case letter. */
const LOWER_START = /^\p{Ll}/u;
/** A parenthesised line such as "(Item 1)". */
const PARENTHESISED = /^\(.*\)$/;
/** A "(Item 1)" line this far (in line pitches) below a heading still belongs to it. */
const ITEM_LINE_GAP = 2;
/** Share of a heading's characters that must be in its font and size. */
const UNIFORM_SHARE = 0.9;
/** A gap between runs wider than this many font sizes separates table columns. */
const COLUMN_GAP = 2;
/** How far in from the headings' margin, in font sizes, a heading is a sub-heading. */
const SUB_HEADING_INDENT = 1.5;
/** …and how far in it may be: further in, a heading is centred or set in a column, no sub-heading. */
const MAX_SUB_HEADING_INDENT = 6;
/** Most lines a wrapped heading may take. */
const MAX_HEADING_LINES = 3;

function tolerance(metrics: BodyMetrics): number {
  return 0.5 * metrics.size;
}

function sameStyle(a: TextLine, b: TextLine): boolean {
  return a.fontId === b.fontId && Math.abs(a.size - b.size) <= 0.5;
}

function textWidth(metrics: BodyMetrics): number {
  return Math.max(1, metrics.right - metrics.margin);
}

/** True when the line runs (nearly) to the right margin, so the text wraps onto the next line. */
function isFull(line: TextLine, metrics: BodyMetrics): boolean {
  return line.x1 >= metrics.right - 0.2 * textWidth(metrics);
}

function isShort(line: TextLine, metrics: BodyMetrics): boolean {
  return line.x1 - line.x0 < 0.75 * textWidth(metrics) && line.text.length <= 120;
}

/** Dashes that mark a bullet, or go on with the line before. */
const DASH_MARKERS = new Set(["-", "–", "—"]);

/** Where the text after a marker starts: the next run when the marker is a run of its own, else an estimate. */
function markerTextX(line: TextLine, marker: Marker): number {
  const first = line.segments[0];
  if (first === undefined) return line.x0;
  const second = line.segments[1];
  if (first.text.length <= line.text.length - marker.rest.length - 1 && second !== undefined) return second.x;
  return first.x + (first.x1 - first.x) * markerShare(marker, line.text, first.text);
}

/** Decides whether a page break between `last` (end of one page) and `next` (start of the next) continues a paragraph. */
export function continuesAcrossPages(last: string, next: string, nextIsBlockStart: boolean, lastIsFull: boolean): boolean {
  if (nextIsBlockStart || SENTENCE_END.test(last.trim())) return false;
  return LOWER_START.test(next.trim()) || lastIsFull;
}

/** Reads every line: list markers, paragraph breaks, heading candidates. Pure. */
export function analyseLines(
  lines: readonly TextLine[],
  metrics: BodyMetrics,
  boxes: ReadonlyMap<number, PageBox>,
): LineInfo[] {
  const tol = tolerance(metrics);
  const infos: LineInfo[] = lines.map((line) => {
    const marker = detectMarker(line.text, line.segments[0]?.text);
    const emphasized = line.fontId !== metrics.fontId || line.size > metrics.size * 1.1;
    return {
      marker,
      textX: marker === null ? line.x0 : markerTextX(line, marker),
      breakBefore: false,
      gap: Number.POSITIVE_INFINITY,
      emphasized,
      minute: false,
      heading: null,
      headingSpan: 1,
    };
  });
  // Paragraph breaks within a page come from the vertical gaps.
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const info = infos[i] as LineInfo;
    if (previous === undefined) {
      info.breakBefore = true;
    } else if (previous.page === line.page) {
      const delta = previous.y - line.y;
      const expected = metrics.pitchRatio * Math.max(previous.size, line.size);
      info.gap = delta / expected;
      info.breakBefore = delta <= 0 || delta > PARAGRAPH_GAP * expected;
    }
  });
  // A dash at a line's start inside a paragraph, level with the lines around it, after a line that ends mid-sentence and
  // before one with no dash: the text goes on ("… Peter Bernard" / "– Eye Library Friends, Di Humphrey …"), no bullet
  lines.forEach((line, i) => {
    const info = infos[i] as LineInfo;
    const previous = lines[i - 1];
    if (info.marker?.kind !== "bullet" || !DASH_MARKERS.has(info.marker.marker) || info.breakBefore || previous === undefined) return;
    const next = infos[i + 1];
    const level = Math.abs(line.x0 - previous.x0) <= tol;
    if (level && infos[i - 1]!.marker === null && !/[.:;!?]$/.test(previous.text.trim()) && !(next?.marker?.kind === "bullet" && !next.breakBefore)) {
      info.marker = null;
      info.textX = line.x0;
    }
  });
  // Numbered minute headings: a minute number at (or left of) the margin, set apart by style or shape.
  const minuteCandidates: number[] = [];
  lines.forEach((line, i) => {
    if (!isMinuteNumbered(line.text) || line.x0 > metrics.margin + tol || isAttendanceLabel(line.text)) return;
    const info = infos[i] as LineInfo;
    const next = lines[i + 1];
    const nextInfo = infos[i + 1];
    const alone = next === undefined || nextInfo?.breakBefore === true || !sameStyle(line, next);
    const short = isShort(line, metrics);
    const styled = (info.emphasized && line.text.length <= 150) || isAllCaps(line.text);
    if (styled || (short && (alone || isStructuredMinuteNumber(line.text)))) minuteCandidates.push(i);
  });
  const headingX = minuteCandidates.reduce((least, i) => Math.min(least, (lines[i] as TextLine).x0), Infinity);
  for (const i of minuteCandidates) if ((lines[i] as TextLine).x0 <= headingX + tol) (infos[i] as LineInfo).minute = true;
  // Page breaks: a paragraph continues when the last line does not end a sentence and the next carries on.
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const info = infos[i] as LineInfo;
    if (previous === undefined || previous.page === line.page) return;
    const blockStart = info.marker !== null || info.minute;
    info.breakBefore = !continuesAcrossPages(previous.text, line.text, blockStart, isFull(previous, metrics));
  });
  // Other headings: short standalone lines (or a heading wrapped over a few), larger, in another font, or centred capitals.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const info = infos[i] as LineInfo;
    if (info.marker !== null || info.minute) continue;
    const previous = lines[i - 1];
    const apartAbove = previous === undefined || info.breakBefore || Math.abs(previous.size - line.size) > 0.5;
    if (!apartAbove || !isUniform(line) || isTabular(line)) continue;
    let end = i;
    while (end - i + 1 < MAX_HEADING_LINES && isWrapped(lines, infos, end, metrics)) end++;
    const next = lines[end + 1];
    const nextInfo = infos[end + 1];
    const apartBelow = next === undefined || nextInfo?.breakBefore === true || !sameStyle(line, next) || nextInfo?.marker != null;
    const text = lines.slice(i, end + 1).map((part) => part.text).join(" ");
    // a heading with an agenda reference under it ("(Item 11)") is one however many words its title has
    const maxWords = next !== undefined && AGENDA_REFERENCE.test(next.text.trim()) ? MAX_REFERENCED_HEADING_WORDS : undefined;
    if (!apartBelow || !hasHeadingShape(text, maxWords)) continue;
    const box = boxes.get(line.page);
    if (line.size >= metrics.size * LARGER) info.heading = "size";
    else if (line.fontId !== metrics.fontId && Math.abs(line.size - metrics.size) <= 0.15 * metrics.size) info.heading = "font";
    else if (box !== undefined && end === i && isAllCaps(line.text) && isCentred(line, box, metrics)) info.heading = "caps";
    if (info.heading !== null) info.headingSpan = end - i + 1;
  }
  return infos;
}

/** True when (nearly) all characters of the line are in its dominant font and size: not a line with a bold phrase. */
function isUniform(line: TextLine): boolean {
  let same = 0;
  let all = 0;
  for (const segment of line.segments) {
    all += segment.text.length;
    if (segment.fontId === line.fontId && Math.abs(segment.size - line.size) <= 0.5) same += segment.text.length;
  }
  return same >= UNIFORM_SHARE * all;
}

/** True when the line has a gap wide enough to be a table's column gap. */
function isTabular(line: TextLine): boolean {
  for (let k = 1; k < line.segments.length; k++) {
    const left = line.segments[k - 1] as TextLine["segments"][number];
    const right = line.segments[k] as TextLine["segments"][number];
    if (right.x - left.x1 > COLUMN_GAP * line.size) return true;
  }
  return false;
}

/** True when line `i` runs to the margin and the next line, in the same style and without a gap, carries it on. */
function isWrapped(lines: readonly TextLine[], infos: readonly LineInfo[], i: number, metrics: BodyMetrics): boolean {
  const line = lines[i] as TextLine;
  const next = lines[i + 1];
  const nextInfo = infos[i + 1];
  if (next === undefined || nextInfo === undefined || nextInfo.breakBefore || nextInfo.marker !== null) return false;
  const aligned = Math.abs(line.x0 - next.x0) <= tolerance(metrics);
  return aligned && sameStyle(line, next) && line.x1 >= metrics.right - 0.3 * textWidth(metrics);
}

function isCentred(line: TextLine, box: PageBox, metrics: BodyMetrics): boolean {
  const centre = (line.x0 + line.x1) / 2;
  return line.x0 > metrics.margin + tolerance(metrics) && Math.abs(centre - box.width / 2) < 0.08 * box.width;
}

/**
 * Font ids whose style (bold or not) decides a heading, each with the page on which to look it up.
 * Fonts of numbered minute headings need no look-up (they are heading fonts). The page chosen is the
 * one with the fewest lines among those using the font, as building a page's operator list (the
 * way to learn font names) costs in proportion to its content.
 */
export function fontsToResolve(lines: readonly TextLine[], infos: readonly LineInfo[]): Map<string, number> {
  const known = minuteHeadingFonts(lines, infos);
  const needed = new Set<string>();
  infos.forEach((info, i) => {
    const fontId = (lines[i] as TextLine).fontId;
    if (info.heading === "font" && !known.has(fontId)) needed.add(fontId);
  });
  const linesOnPage = new Map<number, number>();
  for (const line of lines) linesOnPage.set(line.page, (linesOnPage.get(line.page) ?? 0) + 1);
  const wanted = new Map<string, number>();
  for (const line of lines) {
    for (const segment of line.segments) {
      if (!needed.has(segment.fontId)) continue;
      const chosen = wanted.get(segment.fontId);
      if (chosen === undefined || (linesOnPage.get(line.page) ?? 0) < (linesOnPage.get(chosen) ?? 0)) wanted.set(segment.fontId, line.page);
    }
  }
  return wanted;
}

/** The fonts numbered minute headings are set in: heading fonts, whatever their names. */
export function minuteHeadingFonts(lines: readonly TextLine[], infos: readonly LineInfo[]): Set<string> {
  const fonts = new Set<string>();
  infos.forEach((info, i) => {
    if (info.minute && info.emphasized) fonts.add((lines[i] as TextLine).fontId);
  });
  return fonts;
}

interface OpenItem {
  markerX: number;
  textX: number;
  /** Markdown column of the marker. */
  indent: number;
  /** Markdown column of the item's content. */
  content: number;
}

/** Writes the lines as markdown-like text. `styles` gives the resolved style of fonts asked for by `fontsToResolve`. */
export function compose(
  lines: readonly TextLine[],
  infos: readonly LineInfo[],
  metrics: BodyMetrics,
  styles: ReadonlyMap<string, FontStyle>,
): OutLine[] {
  const tol = tolerance(metrics);
  const out: OutLine[] = [];
  let stack: OpenItem[] = [];
  /** True when the last text written may be continued by the next line (same paragraph or item). */
  let open = false;

  const blank = (): void => {
    const last = out[out.length - 1];
    if (last !== undefined && last.text !== "") out.push({ text: "", page: last.page });
    open = false;
  };
  const write = (text: string, page: number, continuable: boolean): void => {
    out.push({ text, page });
    open = continuable;
  };
  /** Writes a continuation line, first moving a word split by a hyphen at the end of the previous line. */
  const continueWith = (indent: number, text: string, page: number): void => {
    const last = out[out.length - 1];
    if (open && last !== undefined) {
      const joined = joinHyphenated(last.text, text);
      if (joined !== null) {
        last.text = joined.first;
        if (joined.second === "") return;
        text = joined.second;
      }
    }
    write(" ".repeat(indent) + text, page, true);
  };
  const headingFonts = minuteHeadingFonts(lines, infos);
  const isHeading = (i: number): boolean => {
    const info = infos[i] as LineInfo;
    if (info.heading === "size" || info.heading === "caps") return true;
    const fontId = (lines[i] as TextLine).fontId;
    return info.heading === "font" && (headingFonts.has(fontId) || styles.get(fontId)?.bold === true);
  };

  // the left edge of the headings at the margin: a heading set in from it is a sub-heading ("Roundtable Discussion" /
  // "    Clackamas Community College"), written a level down
  const marginOfHeadings = lines.reduce((least, l, i) => {
    const kind = (infos[i] as LineInfo).heading;
    return (kind === "size" || kind === "font") && isHeading(i) ? Math.min(least, l.x0) : least;
  }, Infinity);
  const headingMark = (line: TextLine, info: LineInfo): string =>
    info.heading !== "caps" &&
    Number.isFinite(marginOfHeadings) &&
    line.x0 > marginOfHeadings + SUB_HEADING_INDENT * line.size &&
    line.x0 < marginOfHeadings + MAX_SUB_HEADING_INDENT * line.size
      ? "### "
      : "## ";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    const info = infos[i] as LineInfo;
    if (info.minute || isHeading(i)) {
      // Headings end any list; a wrapped heading and a following "(Item 1)" line join it.
      let text = line.text;
      for (let k = 1; k < info.headingSpan && i + 1 < lines.length; k++) text += ` ${(lines[++i] as TextLine).text}`;
      while (i + 1 < lines.length && absorbs(line, lines[i + 1] as TextLine, infos[i + 1] as LineInfo, info.minute, metrics)) {
        i++;
        text += ` ${(lines[i] as TextLine).text}`;
      }
      stack = [];
      blank();
      write(info.minute ? text : `${headingMark(line, info)}${text}`, line.page, false);
      blank();
      continue;
    }
    if (info.marker !== null) {
      while (stack.length > 0 && (stack[stack.length - 1] as OpenItem).markerX > line.x0 + tol) stack.pop();
      const top = stack[stack.length - 1];
      let indent = 0;
      if (top !== undefined && Math.abs(top.markerX - line.x0) <= tol) {
        stack.pop();
        indent = top.indent;
        if (info.breakBefore) blank();
      } else if (top !== undefined) {
        indent = top.content;
        blank();
      } else {
        blank();
      }
      stack.push({ markerX: line.x0, textX: info.textX, indent, content: indent + contentOffset(info.marker) });
      write(" ".repeat(indent) + markdownItem(info.marker), line.page, true);
      continue;
    }
    if (stack.length > 0) {
      const owner = continuationOwner(stack, line, info, lines[i - 1], metrics, tol);
      if (owner >= 0) {
        stack = stack.slice(0, owner + 1);
        if (info.breakBefore) blank();
        continueWith((stack[owner] as OpenItem).content, line.text, line.page);
        continue;
      }
      stack = [];
      blank();
    } else if (info.breakBefore) {
      blank();
    }
    if (open) continueWith(0, line.text, line.page);
    else write(line.text, line.page, true);
  }
  while (out.length > 0 && (out[out.length - 1] as OutLine).text === "") out.pop();
  return out;
}

/** The index in `stack` of the list item a plain line continues, or -1 when the line ends the list. */
function continuationOwner(
  stack: readonly OpenItem[],
  line: TextLine,
  info: LineInfo,
  previous: TextLine | undefined,
  metrics: BodyMetrics,
  tol: number,
): number {
  // Aligned with an item's text column: that item's continuation (or a further paragraph of it).
  for (let k = stack.length - 1; k >= 0; k--) {
    if (Math.abs((stack[k] as OpenItem).textX - line.x0) <= tol) return k;
  }
  if (info.breakBefore) return -1;
  const top = stack[stack.length - 1] as OpenItem;
  // Indented further than the text: still inside the deepest item.
  if (line.x0 > top.textX + tol) return stack.length - 1;
  // Back at the marker column without a hanging indent: a wrapped line only if the line above was full.
  if (line.x0 >= top.markerX - tol && previous !== undefined && isFull(previous, metrics)) return stack.length - 1;
  return -1;
}

/** True when `next` belongs to the heading `line`: no gap, emphasised, short, and for unnumbered headings a "(Item 1)" line or a wrapped heading. */
function absorbs(line: TextLine, next: TextLine, nextInfo: LineInfo, minute: boolean, metrics: BodyMetrics): boolean {
  if (nextInfo.marker !== null || nextInfo.minute || !nextInfo.emphasized || next.text.length > 100) return false;
  // "(Item 2)" just below the heading, or at the top of the next page.
  if (PARENTHESISED.test(next.text) && (nextInfo.gap <= ITEM_LINE_GAP || next.page !== line.page)) return true;
  if (nextInfo.breakBefore) return false;
  return sameStyle(line, next) && (minute || isFull(line, metrics)) && hasHeadingShape(next.text);
}
