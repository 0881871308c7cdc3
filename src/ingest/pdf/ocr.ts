// The OCR engine, the I/O edge of OCR: renders pages with pdf-parse (pdf.js onto @napi-rs/canvas) and reads their words
// with tesseract.js and the English data of @tesseract.js-data/eng, everything from node_modules, never the network.
// readPdf imports this module only when a page needs OCR: reading text never loads tesseract.js or the canvas.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Worker as TesseractWorker } from "tesseract.js";
import { MinutesError } from "../../errors.js";
import type { OcrLine, OcrPage } from "./ocr-words.js";
import { greyWithWhiteBackground, removeRules, toPgm } from "./ocr-image.js";

/** Resolution pages are rendered at for OCR: enough for 9-point text, and about 3 s a page. */
export const OCR_DPI = 150;
/** PDF user space has 72 units to the inch. */
const PDF_UNITS_PER_INCH = 72;

/** An open OCR session over one document. */
export interface OcrEngine {
  /** Renders a page and reads it. Throws what rendering or recognition throws (the page is then skipped). */
  readPage(page: number): Promise<OcrPage>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function unavailable(what: string, error: unknown): MinutesError {
  return new MinutesError("E_OCR_UNAVAILABLE", `OCR is unavailable: ${what} (${reason(error)})`, { cause: error });
}

/** Directories of pdf.js's standard font and CMap data: pdf-parse leaves them unset, and without them pdf.js cannot draw
 * the 14 standard fonts a PDF may use without embedding them (text drawn in Helvetica would render blank). */
function pdfjsData(): { standardFontDataUrl: string; cMapUrl: string } {
  const root = dirname(require.resolve("pdfjs-dist/package.json"));
  return { standardFontDataUrl: `${join(root, "standard_fonts")}/`, cMapUrl: `${join(root, "cmaps")}/` };
}

/** tesseract's result shape, as far as it is read here (blocks → paragraphs → lines → words). */
interface TesseractLine {
  words: { text: string; confidence: number; bbox: OcrLine["baseline"] }[];
  baseline: OcrLine["baseline"];
  rowAttributes?: { rowHeight?: number };
  bbox: OcrLine["baseline"];
}

function toOcrLine(line: TesseractLine): OcrLine {
  const rowHeight = line.rowAttributes?.rowHeight ?? line.bbox.y1 - line.bbox.y0;
  return {
    words: line.words.map((word) => ({ text: word.text, confidence: word.confidence, box: word.bbox })),
    baseline: line.baseline,
    rowHeight: rowHeight > 0 ? rowHeight : line.bbox.y1 - line.bbox.y0,
  };
}

/** The rendered page (a PNG) as OCR should read it: grey, light backgrounds white, rules taken out (ocr-image.ts). */
async function cleanImage(canvas: typeof import("@napi-rs/canvas"), png: Uint8Array): Promise<Buffer> {
  const picture = await canvas.loadImage(Buffer.from(png));
  const surface = canvas.createCanvas(picture.width, picture.height);
  const context = surface.getContext("2d");
  context.drawImage(picture, 0, 0);
  const { data, width, height } = context.getImageData(0, 0, picture.width, picture.height);
  const grey = greyWithWhiteBackground(data, width, height, OCR_DPI);
  removeRules(grey, OCR_DPI);
  return toPgm(grey);
}

/** Opens OCR over the PDF. Throws MinutesError E_OCR_UNAVAILABLE when tesseract.js, its English data or the canvas cannot be loaded. */
export async function openOcr(bytes: Uint8Array, password: string | undefined): Promise<OcrEngine> {
  let PDFParse: typeof import("pdf-parse").PDFParse;
  let canvas: typeof import("@napi-rs/canvas");
  try {
    ({ PDFParse } = await import("pdf-parse"));
    canvas = await import("@napi-rs/canvas");
  } catch (error) {
    throw unavailable("the PDF renderer (pdf-parse with @napi-rs/canvas) cannot be loaded", error);
  }
  let worker: TesseractWorker;
  try {
    const tesseract = (await import("tesseract.js")).default;
    const { langPath } = require("@tesseract.js-data/eng") as { langPath: string };
    // cacheMethod "none": read the language data from langPath each time, and never write a cache into the working directory
    worker = await tesseract.createWorker("eng", tesseract.OEM.LSTM_ONLY, { langPath, cacheMethod: "none", gzip: true });
  } catch (error) {
    throw unavailable("tesseract.js or its English data (@tesseract.js-data/eng) cannot be loaded", error);
  }
  const renderer = new PDFParse({ data: bytes.slice(), password, isEvalSupported: false, ...pdfjsData() });
  const scale = OCR_DPI / PDF_UNITS_PER_INCH;
  return {
    async readPage(page: number): Promise<OcrPage> {
      const shot = await renderer.getScreenshot({ partial: [page], scale, imageBuffer: true, imageDataUrl: false });
      const image = shot.pages[0];
      if (image === undefined) throw new Error(`page ${page} was not rendered`);
      const { data } = await worker.recognize(await cleanImage(canvas, image.data), {}, { blocks: true, text: false });
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) for (const line of paragraph.lines) lines.push(toOcrLine(line as TesseractLine));
      }
      return { page, lines, scale: image.scale };
    },
    async close(): Promise<void> {
      await Promise.allSettled([worker.terminate(), renderer.destroy()]);
    },
  };
}
