// Reads a PDF into markdown-like text lines with page numbers (the PDF ingest pipeline): from its text layer, or by OCR
// where pages have no usable text layer (the OCR engine is imported only then).
import { MinutesError } from "../../errors.js";
import type { Warning } from "../../types/minutes.js";
import { analyseLines, compose, fontsToResolve } from "./compose.js";
import { findFurniture } from "./furniture.js";
import { collapseSpaces, groupLines, stripControls } from "./lines.js";
import { openPdf, pagesWithImages } from "./load.js";
import { measureBody } from "./metrics.js";
import { type DoubtfulWord, doubtfulWords, meanConfidence, OCR_FONT_ID, type OcrPage, ocrItems, steadySizes } from "./ocr-words.js";
import { isUnreadable, textStats } from "./readability.js";
import type { PageBox, TextLine } from "./types.js";

export interface PdfReadOptions {
  /** Password of an encrypted PDF. */
  password?: string;
  /** Read at most this many pages (a warning says when pages were left out). */
  maxPages?: number;
  /** When to read pages by OCR (default "auto"). */
  ocr?: OcrMode;
  /** Called after each page OCR reads (the CLI shows progress with it; the library itself prints nothing). */
  onOcrProgress?: (progress: OcrProgress) => void;
}

export interface PdfLine {
  /** The text of the line, without a line break; "" for a blank line. */
  text: string;
  /** 1-based page the line comes from. */
  page: number;
}

export interface PdfText {
  /** The reconstructed markdown-like text, line by line. */
  lines: PdfLine[];
  /** Pages in the document (including any not read because of `maxPages`). */
  pageCount: number;
  /** Running headers, footers, page numbers, signature lines and rotated text that were removed from `lines`. */
  furniture: PdfLine[];
  warnings: Warning[];
}

/** Characters of text the readability statistics look at (a broken encoding shows from the start). */
const READABILITY_SAMPLE = 100_000;

/** A warning about the PDF as a whole (no line of the output to point at). */
function warning(code: string, message: string): Warning {
  return { code, message, source: null };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** How a text-layer-less page is read: by OCR where the text layer is missing or unreadable (auto), every page by OCR
 * (always), or never (the PDF is refused as before). */
export type OcrMode = "auto" | "always" | "never";

/** Progress of OCR: `done` of `total` pages read, `page` the page just read. */
export interface OcrProgress {
  page: number;
  done: number;
  total: number;
}

/** Words OCR read with a confidence (0–100) below this are reported in an ocr-low-confidence warning. */
export const LOW_CONFIDENCE = 60;
/** At most this many ocr-low-confidence warnings point at lines; one more counts the rest. */
const MAX_LOW_CONFIDENCE_WARNINGS = 20;

/** The refusal of a text layer that cannot be used, or null when it can. */
function textLayerRefusal(lines: readonly TextLine[]): MinutesError | null {
  if (lines.length === 0) return new MinutesError("E_PDF_NO_TEXT", "the PDF has no text layer (scanned or image-only pages need OCR)");
  const stats = textStats(lines.map((line) => line.text).join("\n").slice(0, READABILITY_SAMPLE));
  if (isUnreadable(stats)) {
    return new MinutesError("E_PDF_UNREADABLE_TEXT", "the PDF's text layer is unreadable (broken font encoding); the pages need OCR", {
      details: stats,
    });
  }
  return null;
}

/** "1–3, 5, 7–8": page numbers as ranges. */
export function pageRanges(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/** What OCR did to a document: the pages it read, and each one's lines. */
interface OcrOutcome {
  pages: OcrPage[];
  lines: Map<number, TextLine[]>;
  warnings: Warning[];
}

/** Reads the pages by OCR, turning the words into lines as a text layer's items would be. */
async function readByOcr(
  bytes: Uint8Array,
  options: PdfReadOptions,
  pages: readonly number[],
  boxes: ReadonlyMap<number, PageBox>,
  bodySize: number | null,
): Promise<OcrOutcome> {
  const { openOcr } = await import("./ocr.js");
  const engine = await openOcr(bytes, options.password);
  const read: OcrPage[] = [];
  const warnings: Warning[] = [];
  try {
    for (const page of pages) {
      try {
        read.push(await engine.readPage(page));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        warnings.push(warning("page-skipped", `page ${page} could not be read by OCR and was skipped: ${reason}`));
      }
      options.onOcrProgress?.({ page, done: read.length + warnings.length, total: pages.length });
    }
  } finally {
    await engine.close();
  }
  const items = new Map(read.map((page) => [page.page, ocrItems(page, boxes.get(page.page) as PageBox, boxes.get(page.page)?.left ?? 0)]));
  steadySizes([...items.values()].flat(), bodySize);
  const lines = new Map([...items].map(([page, pageItems]) => [page, groupLines(pageItems, page)]));
  return { pages: read, lines, warnings };
}

/** The pages OCR reads: none (never), every page read (always, or auto when the text layer is refused), else the pages
 * without text that paint an image (scans inside a born-digital document). */
async function pagesToOcr(
  mode: OcrMode,
  refusal: MinutesError | null,
  textLines: ReadonlyMap<number, TextLine[]>,
  bytes: Uint8Array,
  password: string | undefined,
): Promise<number[]> {
  const read = [...textLines.keys()].sort((a, b) => a - b);
  if (mode === "never") return [];
  if (mode === "always" || refusal !== null) return read;
  const empty = read.filter((page) => (textLines.get(page) ?? []).length === 0);
  if (empty.length === 0) return [];
  const withImages = await pagesWithImages(bytes, password, empty);
  return empty.filter((page) => withImages.has(page));
}

/** The ocr-low-confidence warnings: each line of the output with words OCR was unsure of (up to a cap), then the rest counted. */
export function lowConfidenceWarnings(words: readonly DoubtfulWord[], lines: readonly PdfLine[]): Warning[] {
  const byLine = new Map<number, DoubtfulWord[]>();
  const unplaced: DoubtfulWord[] = [];
  let cursor = 0;
  for (const word of words) {
    // the words come in reading order: look from the line the previous word was found on, then from the page's start
    const found = findWordLine(lines, word, cursor) ?? findWordLine(lines, word, 0);
    if (found === null) {
      unplaced.push(word);
      continue;
    }
    cursor = found;
    byLine.set(found, [...(byLine.get(found) ?? []), word]);
  }
  const out: Warning[] = [];
  const percent = (confidence: number): string => `${Math.round(confidence)}%`;
  for (const [index, lineWords] of [...byLine].sort((a, b) => a[0] - b[0]).slice(0, MAX_LOW_CONFIDENCE_WARNINGS)) {
    const list = lineWords.map((word) => `"${word.text}" (${percent(word.confidence)})`).join(", ");
    const page = (lines[index] as PdfLine).page;
    out.push({
      code: "ocr-low-confidence",
      message: `OCR is unsure of ${plural(lineWords.length, "word")} on this line: ${list}`,
      source: { line: index + 1, end_line: index + 1, page },
    });
  }
  const restLines = Math.max(0, byLine.size - MAX_LOW_CONFIDENCE_WARNINGS);
  const restWords = [...byLine].slice(MAX_LOW_CONFIDENCE_WARNINGS).reduce((sum, [, w]) => sum + w.length, 0) + unplaced.length;
  if (restWords > 0) {
    const where = restLines > 0 ? ` on ${plural(restLines, "more line")}` : "";
    const pages = pageRanges(unplaced.map((word) => word.page));
    const pagesWord = /[,–]/.test(pages) ? "pages" : "page";
    const elsewhere = unplaced.length > 0 ? `${where ? " and" : ""} in text left out of the output (${pagesWord} ${pages})` : "";
    out.push(warning("ocr-low-confidence", `OCR is unsure of ${plural(restWords, "more word")}${where}${elsewhere} (confidence below ${LOW_CONFIDENCE}%)`));
  }
  return out;
}

function findWordLine(lines: readonly PdfLine[], word: DoubtfulWord, from: number): number | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as PdfLine;
    if (line.page > word.page) return null;
    if (line.page === word.page && line.text.includes(word.text)) return i;
  }
  return null;
}

/** Reads the PDF. Throws MinutesError E_PDF_CORRUPT, E_PDF_ENCRYPTED, E_PDF_NO_TEXT or E_PDF_UNREADABLE_TEXT, and
 * E_OCR_UNAVAILABLE when pages need OCR and it cannot be loaded. */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText> {
  const pdf = await openPdf(bytes, options.password);
  try {
    const warnings: Warning[] = [];
    const pageCount = pdf.pageCount;
    const limit = options.maxPages === undefined ? pageCount : Math.min(pageCount, Math.max(0, Math.floor(options.maxPages)));
    if (limit < pageCount) {
      warnings.push(warning("pages-not-read", `read only the first ${plural(limit, "page")} of ${pageCount} (maxPages); the rest was left out`));
    }
    const pageLines = new Map<number, TextLine[]>();
    const boxes: PageBox[] = [];
    const rotated: PdfLine[] = [];
    let skipped = 0;
    for (let page = 1; page <= limit; page++) {
      try {
        const text = await pdf.readPage(page);
        boxes.push(text.box);
        pageLines.set(page, groupLines(text.items, page));
        for (const str of text.rotated) rotated.push({ text: stripControls(collapseSpaces(str)), page });
      } catch (error) {
        skipped++;
        const reason = error instanceof Error ? error.message : String(error);
        warnings.push(warning("page-skipped", `page ${page} could not be read and was skipped: ${reason}`));
      }
    }
    if (limit > 0 && skipped === limit) throw new MinutesError("E_PDF_CORRUPT", "the PDF cannot be read: no page could be read");
    const inOrder = (map: ReadonlyMap<number, TextLine[]>): TextLine[] => [...map].sort((a, b) => a[0] - b[0]).flatMap(([, l]) => l);
    const textLayer = inOrder(pageLines);
    const refusal = textLayerRefusal(textLayer);
    const mode = options.ocr ?? "auto";
    const ocrPages = await pagesToOcr(mode, refusal, pageLines, bytes, options.password);
    if (refusal !== null && ocrPages.length === 0) throw refusal;
    let ocr: OcrOutcome | null = null;
    if (ocrPages.length > 0) {
      const kept = refusal === null ? textLayer.filter((line) => !ocrPages.includes(line.page)) : [];
      const bodySize = kept.length > 0 ? measureBody(kept).size : null;
      ocr = await readByOcr(bytes, options, ocrPages, new Map(boxes.map((box) => [box.page, box])), bodySize);
      for (const page of ocrPages) pageLines.set(page, ocr.lines.get(page) ?? []);
      if (refusal !== null) rotated.length = 0;
      const confidence = meanConfidence(ocr.pages);
      const read = ocr.pages.map((page) => page.page);
      warnings.push(
        warning(
          "ocr-used",
          `read ${plural(read.length, "page")} by OCR (${read.length === 1 ? "page" : "pages"} ${pageRanges(read)})` +
            (confidence === null ? ": no text found" : `, mean confidence ${Math.round(confidence)}%`),
        ),
        ...ocr.warnings,
      );
    }
    const lines = inOrder(pageLines);
    if (ocr !== null) {
      if (lines.length === 0) throw new MinutesError("E_PDF_NO_TEXT", "the PDF has no text layer and OCR found no text on its pages");
      const after = textLayerRefusal(lines);
      if (after !== null) {
        throw new MinutesError("E_PDF_UNREADABLE_TEXT", "the PDF's text is unreadable, even by OCR (the page images hold no text OCR can read)", {
          details: after.details,
        });
      }
    }
    for (const line of lines) line.text = stripControls(line.text);
    const furnitureIndexes = findFurniture(lines, boxes);
    const body = lines.filter((line, i) => !furnitureIndexes.has(i) && line.text !== "");
    if (body.length === 0) {
      throw new MinutesError("E_PDF_NO_TEXT", "the PDF has no text layer beyond page headers and footers (the pages need OCR)");
    }
    const furniture: PdfLine[] = [
      ...lines.filter((_, i) => furnitureIndexes.has(i)).map((line) => ({ text: line.text, page: line.page })),
      ...rotated,
    ].sort((a, b) => a.page - b.page);
    if (furniture.length > 0) {
      warnings.push(
        warning(
          "page-furniture-removed",
          `removed ${plural(furniture.length, "line")} of page furniture (headers, footers, page numbers)`,
        ),
      );
    }
    const metrics = measureBody(body);
    const boxMap = new Map(boxes.map((box) => [box.page, box]));
    const infos = analyseLines(body, metrics, boxMap);
    // OCR text has no fonts to look up
    const wanted = new Map([...fontsToResolve(body, infos)].filter(([fontId]) => fontId !== OCR_FONT_ID));
    const styles = wanted.size === 0 ? new Map() : await pdf.fontStyles(wanted);
    const composed = compose(body, infos, metrics, styles);
    if (ocr !== null) warnings.push(...lowConfidenceWarnings(doubtfulWords(ocr.pages, LOW_CONFIDENCE), composed));
    return { lines: composed, pageCount, furniture, warnings };
  } finally {
    await pdf.close();
  }
}
