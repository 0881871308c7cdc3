// Reads a born-digital PDF into markdown-like text lines with page numbers (the PDF ingest pipeline).
import { MinutesError } from "../../errors.js";
import type { Warning } from "../../types/minutes.js";
import { analyseLines, compose, fontsToResolve } from "./compose.js";
import { findFurniture } from "./furniture.js";
import { collapseSpaces, groupLines, stripControls } from "./lines.js";
import { openPdf } from "./load.js";
import { measureBody } from "./metrics.js";
import { isUnreadable, textStats } from "./readability.js";
import type { PageBox, TextLine } from "./types.js";

export interface PdfReadOptions {
  /** Password of an encrypted PDF. */
  password?: string;
  /** Read at most this many pages (a warning says when pages were left out). */
  maxPages?: number;
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

/** Reads the PDF. Throws MinutesError E_PDF_CORRUPT, E_PDF_ENCRYPTED, E_PDF_NO_TEXT or E_PDF_UNREADABLE_TEXT. */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions = {}): Promise<PdfText> {
  const pdf = await openPdf(bytes, options.password);
  try {
    const warnings: Warning[] = [];
    const pageCount = pdf.pageCount;
    const limit = options.maxPages === undefined ? pageCount : Math.min(pageCount, Math.max(0, Math.floor(options.maxPages)));
    if (limit < pageCount) {
      warnings.push(warning("pages-not-read", `read only the first ${plural(limit, "page")} of ${pageCount} (maxPages); the rest was left out`));
    }
    const lines: TextLine[] = [];
    const boxes: PageBox[] = [];
    const rotated: PdfLine[] = [];
    let skipped = 0;
    for (let page = 1; page <= limit; page++) {
      try {
        const text = await pdf.readPage(page);
        boxes.push(text.box);
        for (const line of groupLines(text.items, page)) lines.push(line);
        for (const str of text.rotated) rotated.push({ text: stripControls(collapseSpaces(str)), page });
      } catch (error) {
        skipped++;
        const reason = error instanceof Error ? error.message : String(error);
        warnings.push(warning("page-skipped", `page ${page} could not be read and was skipped: ${reason}`));
      }
    }
    if (limit > 0 && skipped === limit) throw new MinutesError("E_PDF_CORRUPT", "the PDF cannot be read: no page could be read");
    if (lines.length === 0) {
      throw new MinutesError("E_PDF_NO_TEXT", "the PDF has no text layer (scanned or image-only pages need OCR)");
    }
    const stats = textStats(lines.map((line) => line.text).join("\n").slice(0, READABILITY_SAMPLE));
    if (isUnreadable(stats)) {
      throw new MinutesError("E_PDF_UNREADABLE_TEXT", "the PDF's text layer is unreadable (broken font encoding); the pages need OCR", {
        details: stats,
      });
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
    const wanted = fontsToResolve(body, infos);
    const styles = wanted.size === 0 ? new Map() : await pdf.fontStyles(wanted);
    return { lines: compose(body, infos, metrics, styles), pageCount, furniture, warnings };
  } finally {
    await pdf.close();
  }
}
