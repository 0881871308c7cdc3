// Finds page furniture: running headers and footers, page numbers and "Signed … Dated" lines.
import { isPageNumberText } from "../page-numbers.js";
import type { PageBox, TextLine } from "./types.js";

/** Share of the page height, from the top or the bottom edge, where headers and footers live. */
export const BAND_RATIO = 0.2;
/** How many lines at the top and at the bottom of a page are considered. */
const BAND_LINES = 3;

/** "Signed ____ Dated ____", "Signed ____ Dated 8th January 2019", "Signed:": a signature footer starts with a fill-in. */
const SIGNED_DATED = /^signed\b[\s:]*(?:[_.…]{3,}|$)|^signed\b.*\bdated?\b[\s:]*(?:[_.…]{3,}|$)/i;
/** Digits, masked when comparing lines across pages. */
const DIGITS = /\d+/g;
/** Runs of fill-in underscores or dots, collapsed when comparing lines across pages. */
const FILL_RUN = /[_.…]{3,}/g;
/** Any white space run. */
const SPACES = /\s+/g;

/** True for a "Signed … Dated …" signature line. */
export function isSignatureText(text: string): boolean {
  return SIGNED_DATED.test(text.trim());
}

/** The comparison key of a line: lower case, digits masked, fill-in runs and spaces collapsed. */
export function furnitureKey(text: string): string {
  return text.toLowerCase().replace(DIGITS, "#").replace(FILL_RUN, "_").replace(SPACES, " ").trim();
}

type Band = "top" | "bottom";

interface BandLine {
  index: number;
  band: Band;
  line: TextLine;
}

/** The lines of one page that sit in its top or bottom band (at most BAND_LINES each). */
function bandLines(indexes: readonly number[], lines: readonly TextLine[], box: PageBox): BandLine[] {
  const out: BandLine[] = [];
  const top = box.bottom + box.height;
  const limit = BAND_RATIO * box.height;
  for (const index of indexes.slice(0, BAND_LINES)) {
    const line = lines[index] as TextLine;
    if (top - line.y <= limit) out.push({ index, band: "top", line });
  }
  for (const index of indexes.slice(Math.max(BAND_LINES, indexes.length - BAND_LINES))) {
    const line = lines[index] as TextLine;
    if (line.y - box.bottom <= limit) out.push({ index, band: "bottom", line });
  }
  // A short page can have a line in both slices; keep one entry per line.
  const seen = new Set<number>();
  return out.filter((entry) => (seen.has(entry.index) ? false : (seen.add(entry.index), true)));
}

/**
 * Returns the indexes (into `lines`) of page furniture. `lines` are all lines of the document in
 * reading order; `boxes` gives each page's geometry.
 */
export function findFurniture(lines: readonly TextLine[], boxes: readonly PageBox[]): Set<number> {
  const byPage = new Map<number, number[]>();
  lines.forEach((line, index) => {
    const list = byPage.get(line.page) ?? [];
    list.push(index);
    byPage.set(line.page, list);
  });
  const boxOf = new Map(boxes.map((box) => [box.page, box]));
  const furniture = new Set<number>();
  const repeats = new Map<string, BandLine[]>();
  for (const [page, indexes] of byPage) {
    const box = boxOf.get(page);
    if (box === undefined) continue;
    for (const entry of bandLines(indexes, lines, box)) {
      const text = entry.line.text;
      const lowerHalf = entry.line.y - box.bottom <= box.height / 2;
      if (isPageNumberText(text) || (isSignatureText(text) && lowerHalf)) furniture.add(entry.index);
      const key = `${entry.band}|${furnitureKey(text)}`;
      const list = repeats.get(key) ?? [];
      list.push(entry);
      repeats.set(key, list);
    }
    // Signature footers also count above the band: in the lower third, or among the last lines of a short page.
    const lastLines = new Set(indexes.slice(-BAND_LINES));
    for (const index of indexes) {
      const line = lines[index] as TextLine;
      const low = line.y - box.bottom <= box.height / 3 || lastLines.has(index);
      if (low && isSignatureText(line.text)) furniture.add(index);
    }
  }
  const pageCount = byPage.size;
  const needed = Math.max(2, Math.ceil(pageCount / 2));
  for (const entries of repeats.values()) {
    const pages = pagesAtSamePlace(entries, boxOf);
    if (pages.size >= needed) for (const entry of entries) if (pages.has(entry.line.page)) furniture.add(entry.index);
  }
  return furniture;
}

/** The pages on which the entries (one key, one band) sit at about the same height. */
function pagesAtSamePlace(entries: readonly BandLine[], boxOf: ReadonlyMap<number, PageBox>): Set<number> {
  const offsets = entries.map((entry) => {
    const box = boxOf.get(entry.line.page) as PageBox;
    return entry.band === "top" ? box.bottom + box.height - entry.line.y : entry.line.y - box.bottom;
  });
  const sorted = [...offsets].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const pages = new Set<number>();
  entries.forEach((entry, i) => {
    const tolerance = Math.max(2 * entry.line.size, 12);
    if (Math.abs((offsets[i] ?? 0) - median) <= tolerance) pages.add(entry.line.page);
  });
  return pages;
}
