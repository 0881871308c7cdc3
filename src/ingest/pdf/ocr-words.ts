// Turns the words OCR read on a page image into the positioned text runs a text layer gives (RawItem), so that an OCR
// page goes through the same reconstruction as a born-digital one; and mends the usual OCR misreadings. Pure: no I/O.
import type { PageBox, RawItem } from "./types.js";

/** A box in image pixels, y growing downwards (as tesseract gives it). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One word OCR read. */
export interface OcrWord {
  text: string;
  /** 0–100. */
  confidence: number;
  box: PixelBox;
}

/** One line of words OCR read, with its baseline and the height of its row (ascender to descender). */
export interface OcrLine {
  words: OcrWord[];
  /** The baseline, from its left to its right end. */
  baseline: PixelBox;
  rowHeight: number;
}

/** What OCR read on one page. */
export interface OcrPage {
  page: number;
  lines: OcrLine[];
  /** Pixels per PDF unit of the image OCR read (150 dpi: 150 / 72). */
  scale: number;
}

/** The font id given to OCR text: one "font" for the whole of it (OCR does not tell fonts apart). */
export const OCR_FONT_ID = "ocr";
/** A gap between words wider than this share of the row height starts a new run (a tab stop, a column). */
const RUN_GAP_RATIO = 0.8;
/** Line sizes within this share of the commonest size are taken to be that size (OCR measures a few percent apart). */
const SIZE_SNAP_RATIO = 0.15;

/** A line OCR read with a mean word confidence below this (0–100) is noise, not text: a logo, a picture, a stain. */
export const NOISE_LINE_CONFIDENCE = 30;
/** A run of words set apart on its line (by a gap wider than RUN_GAP_RATIO) and read with a mean confidence below this
 * is noise beside the text: the letters of a logo next to a title, a stamp, the rules of a table read as "|" and "~~". */
const NOISE_RUN_CONFIDENCE = 50;
/** A run set apart on its line that holds nothing but these marks, or such a word read with little confidence, is what
 * OCR made of a rule's remains or a highlight's edge ("~~", "|", "_", "[ ]"), never text: currency signs, dashes,
 * bullets and stops are not among them. */
const RULE_MARKS = /^[~|_=`^'"[\]{};:!\s]+$/;
/** What OCR reads a round or square bullet glyph as, when it is the first word of a line: "e", "®", "©", "¢", "«", "°",
 * "=" or "»". None of them begins an English line on its own. */
const MISREAD_BULLET = /^[e®©¢«°=»]$/u;
/** The bullet written for a misread one. */
const BULLET = "•";
/** A lone "o" or "*" first word: a bullet as it is, set apart as its own run so the list reader sees it (lists.ts). */
const PLAIN_BULLET = /^[o*]$/;

/** An item's number whose full stop OCR read as a comma, first on its line before a capital: "4, APPROVAL OF …". */
const MISREAD_NUMBER_STOP = /^(\d{1,3}),$/;

/** Ligature characters (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), spelt out by NFKC. */
const LIGATURE = /[\ufb00-\ufb06]/g;
/** A day of the month whose superscript ordinal OCR read as quotes ("18t\" March", "25\" February"): the digits, the
 * remains of the suffix, the quote marks, and a month name after it. */
const MANGLED_ORDINAL =
  /\b(\d{1,2})(?:st|nd|rd|th|t|h|s)?[!"'’”“™]{1,2}(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/g;
/** "Cllr" with its two l's read as i, I, 1 or | ("Clir", "ClIr", "Cl1r"); the plural too. */
const MISREAD_CLLR = /\bC(?:l[iI1|]|[iI1|]l|[iI1|]{2})r(s?)\b/g;
/** "Cllr" with l read as a capital I or 1 before the final l ("CIlr"). Kept apart: its shape differs. */
const MISREAD_CLLR_CAP = /\bC[I1|]lr(s?)\b/g;

/** An agenda reference whose italic "I" OCR lost or read as l, 1 or | ("(tem 1)", "(ltem 2)"). */
const MISREAD_ITEM_REFERENCE = /\((?:[lI1|]?tem)(?=\s+\d{1,3}\))/g;

/** The English ordinal suffix of a day: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function ordinalSuffix(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return "th";
  return day % 10 === 1 ? "st" : day % 10 === 2 ? "nd" : day % 10 === 3 ? "rd" : "th";
}

/** Mends OCR's systematic misreadings in a run of text: ligatures, superscript ordinals before a month, "Clir" for
 * "Cllr", "(tem 1)" for "(Item 1)". */
export function mendOcrText(text: string): string {
  return text
    .replace(LIGATURE, (ch) => ch.normalize("NFKC"))
    .replace(MANGLED_ORDINAL, (_, day: string) => `${day}${ordinalSuffix(Number(day))}`)
    .replace(MISREAD_CLLR, "Cllr$1")
    .replace(MISREAD_CLLR_CAP, "Cllr$1")
    .replace(MISREAD_ITEM_REFERENCE, "(Item");
}

/** The mean confidence of some words (0–100), or 100 without words. */
function runConfidence(run: readonly OcrWord[]): number {
  const words = run.filter((word) => word.text.trim() !== "");
  return words.length === 0 ? 100 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
}

/** The mean confidence of a line's words (0–100), or 100 for a line without words. */
function lineConfidence(line: OcrLine): number {
  return runConfidence(line.words);
}

/** True for a line OCR read as text, not noise (see NOISE_LINE_CONFIDENCE). */
export function isTextLine(line: OcrLine): boolean {
  return lineConfidence(line) >= NOISE_LINE_CONFIDENCE;
}

/** The height in pixels of the baseline at x (it may slope a little on a skewed scan). */
function baselineAt(baseline: PixelBox, x: number): number {
  const span = baseline.x1 - baseline.x0;
  if (span <= 0) return baseline.y0;
  return baseline.y0 + ((baseline.y1 - baseline.y0) * (x - baseline.x0)) / span;
}

/**
 * The runs of one page, in PDF user space (y upwards from the page box's bottom), one per group of words that sit close
 * together on a line. `box` is the page's box; `left` its lowest x (the image's left edge).
 */
export function ocrItems(page: OcrPage, box: PageBox, left = 0): RawItem[] {
  const top = box.bottom + box.height;
  const items: RawItem[] = [];
  for (const line of page.lines) {
    if (!isTextLine(line)) continue;
    // a rule's remains inside the text, read with little confidence ("Secretary ~~ Jon"), are no word
    const words = line.words.filter((word) => word.text.trim() !== "" && !(RULE_MARKS.test(word.text) && word.confidence < NOISE_RUN_CONFIDENCE));
    if (words.length === 0) continue;
    // a bullet first word (misread or not) is a run of its own, as a text layer gives it
    const first = words[0] as OcrWord;
    const bullet = words.length > 1 && (MISREAD_BULLET.test(first.text.trim()) || PLAIN_BULLET.test(first.text.trim()));
    if (bullet && MISREAD_BULLET.test(first.text.trim())) words[0] = { ...first, text: BULLET };
    const stop = MISREAD_NUMBER_STOP.exec(first.text.trim());
    if (stop && /^\p{Lu}/u.test(words[1]?.text ?? "")) words[0] = { ...first, text: `${stop[1]}.` };
    const size = line.rowHeight / page.scale;
    const runs: OcrWord[][] = [];
    for (const [i, word] of words.entries()) {
      const run = runs[runs.length - 1];
      const previous = run?.[run.length - 1];
      const apart = previous !== undefined && word.box.x0 - previous.box.x1 > RUN_GAP_RATIO * line.rowHeight;
      if (run === undefined || apart || (bullet && i === 1)) runs.push([word]);
      else run.push(word);
    }
    for (const [i, run] of runs.entries()) {
      // a logo's letters beside a title, apart from the line's text and read with little confidence
      if (runs.length > 1 && !(bullet && i === 0) && (runConfidence(run) < NOISE_RUN_CONFIDENCE || RULE_MARKS.test(run.map((w) => w.text).join(" ")))) continue;
      const first = run[0] as OcrWord;
      const last = run[run.length - 1] as OcrWord;
      items.push({
        str: mendOcrText(run.map((word) => word.text.trim()).join(" ")),
        x: left + first.box.x0 / page.scale,
        y: top - baselineAt(line.baseline, first.box.x0) / page.scale,
        width: (last.box.x1 - first.box.x0) / page.scale,
        size,
        fontId: OCR_FONT_ID,
      });
    }
  }
  return items;
}

/**
 * Gives the runs of OCR pages steady font sizes, in place: sizes measured a few percent from the commonest size become
 * that size (so body text is one size, and only a heading that is really larger stands out); the rest are rounded to
 * half a point. `bodySize` is the body size of the text-layer pages of the same document, when there are any.
 */
export function steadySizes(items: RawItem[], bodySize: number | null = null): void {
  const weights = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + item.str.length);
  }
  let common = bodySize ?? 0;
  if (bodySize === null) {
    let best = -1;
    for (const [size, weight] of weights) if (weight > best) [common, best] = [size, weight];
  }
  for (const item of items) {
    item.size = Math.abs(item.size - common) <= SIZE_SNAP_RATIO * common ? common : Math.round(item.size * 2) / 2;
  }
}

/** The confidence of the words of some pages: the mean, weighted by characters (0–100), or null without words. */
export function meanConfidence(pages: readonly OcrPage[]): number | null {
  let chars = 0;
  let sum = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      for (const word of line.words) {
        const length = word.text.trim().length;
        chars += length;
        sum += length * word.confidence;
      }
    }
  }
  return chars === 0 ? null : sum / chars;
}

/** A word read with low confidence, and where. */
export interface DoubtfulWord {
  page: number;
  text: string;
  confidence: number;
}

/** The words of the pages read with a confidence below `threshold`, in reading order. */
export function doubtfulWords(pages: readonly OcrPage[], threshold: number): DoubtfulWord[] {
  const out: DoubtfulWord[] = [];
  for (const page of pages) {
    for (const line of page.lines) {
      for (const [i, word] of line.words.entries()) {
        const text = mendOcrText(word.text.trim());
        // a bullet is not a word to check
        if (i === 0 && line.words.length > 1 && (MISREAD_BULLET.test(text) || PLAIN_BULLET.test(text))) continue;
        if (text !== "" && word.confidence < threshold) out.push({ page: page.page, text, confidence: word.confidence });
      }
    }
  }
  return out;
}
