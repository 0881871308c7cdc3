// Opens a PDF with pdf.js, maps its failures to MinutesError codes and reads each page's positioned text.
import type { PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api.js";
import { MinutesError } from "../../errors.js";
import { checkFontPrograms } from "./font-guard.js";
import { fontStyleFromName, type FontStyle } from "./headings.js";
import type { PageBox, RawItem } from "./types.js";

/** The text layer of one page. */
export interface PageText {
  box: PageBox;
  /** Horizontal text runs. */
  items: RawItem[];
  /** Text of rotated or vertical runs (stamps, margin notes), kept apart. */
  rotated: string[];
}

/** An open document. */
export interface OpenPdf {
  pageCount: number;
  /** Reads one page's text and releases the page. Throws whatever pdf.js throws. */
  readPage(page: number): Promise<PageText>;
  /** Looks up the style of fonts (by pdf.js font id) by building the operator list of one page that uses them. */
  fontStyles(wanted: ReadonlyMap<string, number>): Promise<Map<string, FontStyle>>;
  close(): Promise<void>;
}

/** How far from the start the "%PDF-" header may be (readers tolerate leading junk). */
const HEADER_WINDOW = 1024;
/** How far from the end the "%%EOF" marker must be; further means the file was cut short. */
const TRAILER_WINDOW = 2048;

function indexOfAscii(bytes: Uint8Array, needle: string, from: number, to: number): number {
  const codes = [...needle].map((ch) => ch.charCodeAt(0));
  const end = Math.min(to, bytes.length) - codes.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    for (let k = 0; k < codes.length; k++) if (bytes[i + k] !== codes[k]) continue outer;
    return i;
  }
  return -1;
}

/** Cheap structural checks before pdf.js: a PDF header near the start and an end-of-file marker near the end. */
export function checkEnvelope(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new MinutesError("E_PDF_CORRUPT", "the PDF is empty (0 bytes)");
  if (indexOfAscii(bytes, "%PDF-", 0, HEADER_WINDOW) < 0) {
    throw new MinutesError("E_PDF_CORRUPT", "not a PDF: no %PDF- header at the start of the file");
  }
  if (indexOfAscii(bytes, "%%EOF", bytes.length - TRAILER_WINDOW, bytes.length) < 0) {
    throw new MinutesError("E_PDF_CORRUPT", "the PDF is truncated or damaged: no %%EOF marker at the end of the file");
  }
}

function errorName(error: unknown): string {
  return typeof error === "object" && error !== null && "name" in error ? String((error as { name: unknown }).name) : "";
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pdf.js's PasswordResponses.INCORRECT_PASSWORD. */
const INCORRECT_PASSWORD = 2;

/** Maps an error from pdf.js's getDocument to a MinutesError. */
export function openError(error: unknown, passwordGiven: boolean): MinutesError {
  if (errorName(error) === "PasswordException") {
    const wrong = errorCode(error) === INCORRECT_PASSWORD || passwordGiven;
    const message = wrong ? "the PDF is encrypted and the password given is wrong" : "the PDF is encrypted; give its password to read it";
    return new MinutesError("E_PDF_ENCRYPTED", message, { cause: error });
  }
  return new MinutesError("E_PDF_CORRUPT", `the PDF cannot be read: ${errorMessage(error)}`, { cause: error });
}

/** True for a text run laid out left to right on a horizontal baseline. A slanted run (a synthetic italic: its transform
 * skews x by y) is horizontal too: the skew leaves the baseline where it is. */
function isHorizontal(transform: readonly number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0] = transform;
  return a > 0 && Math.abs(b) <= 0.01 * a && Math.abs(c) <= 0.5 * Math.abs(d);
}

function toRawItem(item: TextItem): RawItem {
  const transform = item.transform as number[];
  // the height of the glyphs: the y scale, which a slant does not change
  const size = Math.abs(transform[3] ?? 0) || Math.hypot(transform[2] ?? 0, transform[3] ?? 0) || item.height;
  return { str: item.str, x: transform[4] ?? 0, y: transform[5] ?? 0, width: item.width, size, fontId: item.fontName };
}

/**
 * pdf.js leaves promises of its own rejected with no one to handle them when a damaged file makes it rebuild the xref:
 * Catalog.getPageDict prefetches every top-level page object, and drops the fetches that fail when it starts over. In
 * Node an unhandled rejection ends the process (the CLI died half-way through its output). While a PDF is open, such
 * rejections from pdf.js are ignored, the reading itself reporting the damage; any other still ends the process as Node
 * would, unless someone else listens.
 */
let openDocuments = 0;

/** True for an error raised by pdf.js (its exceptions carry the stack of its worker module). */
export function isPdfjsError(reason: unknown): boolean {
  return reason instanceof Error && /pdfjs-dist|pdf\.worker/.test(reason.stack ?? "");
}

function onStrayRejection(reason: unknown): void {
  if (isPdfjsError(reason)) return;
  if (process.listenerCount("unhandledRejection") === 1) throw reason;
}

/** True while pdf.js's stray rejections are being ignored (a PDF is open). */
export function guardingStrayRejections(): boolean {
  return openDocuments > 0;
}

function guardStrayRejections(): () => Promise<void> {
  if (openDocuments++ === 0) process.on("unhandledRejection", onStrayRejection);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    // a rejection left behind is reported once the microtask queue has drained: listen one turn more
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (--openDocuments === 0) process.off("unhandledRejection", onStrayRejection);
  };
}

/** How every document is opened: no eval, no system fonts or font faces, errors only in pdf.js's log. */
function loadingParams(pdfjs: typeof import("pdfjs-dist/legacy/build/pdf.mjs"), bytes: Uint8Array, password: string | undefined) {
  return {
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    password,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
}

/** Opens the document. Throws MinutesError E_PDF_CORRUPT or E_PDF_ENCRYPTED. */
export async function openPdf(bytes: Uint8Array, password: string | undefined): Promise<OpenPdf> {
  checkEnvelope(bytes);
  checkFontPrograms(bytes);
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const release = guardStrayRejections();
  let doc: PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({
      ...loadingParams(pdfjs, bytes, password),
      // Nothing is rendered: skip decoding images when an operator list is built to learn font names.
      maxImageSize: 1,
    }).promise;
  } catch (error) {
    await release();
    throw openError(error, password !== undefined);
  }
  return {
    pageCount: doc.numPages,
    async readPage(pageNumber: number): Promise<PageText> {
      const page = await doc.getPage(pageNumber);
      try {
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
        const box: PageBox = { page: pageNumber, width: x1 - x0, height: y1 - y0, bottom: y0, left: x0 };
        const content = await page.getTextContent();
        const items: RawItem[] = [];
        const rotated: string[] = [];
        for (const item of content.items) {
          if (!("str" in item) || item.str === "") continue;
          if (isHorizontal(item.transform as number[])) items.push(toRawItem(item));
          else if (item.str.trim() !== "") rotated.push(item.str);
        }
        return { box, items, rotated };
      } finally {
        page.cleanup();
      }
    },
    async fontStyles(wanted: ReadonlyMap<string, number>): Promise<Map<string, FontStyle>> {
      const styles = new Map<string, FontStyle>();
      for (const [fontId, pageNumber] of wanted) {
        if (styles.has(fontId)) continue;
        const page = await doc.getPage(pageNumber);
        try {
          await page.getOperatorList();
          for (const id of wanted.keys()) {
            if (styles.has(id) || !page.commonObjs.has(id)) continue;
            const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; italic?: boolean } | null;
            if (font !== null) styles.set(id, fontStyleFromName(font.name ?? "", font));
          }
        } catch {
          // Without the font's name the heading stays a plain line: the conservative reading.
        } finally {
          page.cleanup();
        }
      }
      return styles;
    },
    async close(): Promise<void> {
      try {
        await doc.destroy();
      } finally {
        await release();
      }
    },
  };
}

/**
 * The pages among `pages` that paint an image: a page with no text but an image is a scanned page. The document is
 * opened again because the one openPdf keeps drops images from its operator lists (maxImageSize), which is what makes
 * reading fonts cheap; this is only asked about pages that have no text in a document that otherwise has.
 */
export async function pagesWithImages(bytes: Uint8Array, password: string | undefined, pages: readonly number[]): Promise<Set<number>> {
  const found = new Set<number>();
  if (pages.length === 0) return found;
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const painting = new Set<number>([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageXObjectRepeat]);
  const release = guardStrayRejections();
  try {
    const doc = await pdfjs.getDocument(loadingParams(pdfjs, bytes, password)).promise;
    try {
      for (const pageNumber of pages) {
        const page = await doc.getPage(pageNumber);
        try {
          const operators = await page.getOperatorList();
          if (operators.fnArray.some((fn) => painting.has(fn))) found.add(pageNumber);
        } catch {
          // a page whose operators cannot be read is left as it is: without text
        } finally {
          page.cleanup();
        }
      }
    } finally {
      await doc.destroy();
    }
  } catch {
    // the document opened once already: a second failure leaves the pages without text, as before OCR
  } finally {
    await release();
  }
  return found;
}
