// Makes an image-only copy of a PDF, as a scanner would give it: each page rendered (pdf-parse's getScreenshot, pdf.js
// onto @napi-rs/canvas) and put back as a full-page image into a new PDF (pdfkit), with no text layer. For the OCR
// evaluation (scripts/eval-ocr.mjs) and benchmark (bench/ocr.mjs).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PDFParse } from "pdf-parse";
import PDFDocument from "pdfkit";

const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve("pdfjs-dist/package.json"));

/** PDF bytes in, the image-only PDF's bytes out; pages rendered at `dpi`. With `pageCount`, the pages are repeated in
 * turn until there are that many (a long scan from a short document). */
export async function imageOnlyPdf(bytes, { dpi = 150, pageCount } = {}) {
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    standardFontDataUrl: `${join(PDFJS_ROOT, "standard_fonts")}/`,
    cMapUrl: `${join(PDFJS_ROOT, "cmaps")}/`,
  });
  const scale = dpi / 72;
  try {
    const { pages } = await parser.getScreenshot({ scale, imageBuffer: true, imageDataUrl: false });
    return await new Promise((resolve, reject) => {
      const doc = new PDFDocument({ autoFirstPage: false });
      const chunks = [];
      doc.on("data", (chunk) => chunks.push(chunk));
      doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on("error", reject);
      const count = pageCount ?? pages.length;
      for (let i = 0; i < count; i++) {
        const page = pages[i % pages.length];
        const size = [page.width / page.scale, page.height / page.scale];
        doc.addPage({ size, margin: 0 });
        doc.image(Buffer.from(page.data), 0, 0, { width: size[0], height: size[1] });
      }
      doc.end();
    });
  } finally {
    await parser.destroy();
  }
}
