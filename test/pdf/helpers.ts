// Test helpers: builds small PDFs with pdfkit and reads fixture PDFs.
import { readFileSync } from "node:fs";
import PDFDocument from "pdfkit";

/** Renders a pdfkit document to bytes. */
export function makePdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: true, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** Reads a PDF from fixtures/pdf/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));
}

/** One line of text placed at (x, y) from the top-left corner, in points. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  font?: string;
  size?: number;
}

/** Draws placed lines of text on pages (one array per page), with no automatic wrapping. */
export function placedPdf(pages: Placed[][]): Promise<Uint8Array> {
  return makePdf({ size: "A4", margin: 0, autoFirstPage: false }, (doc) => {
    for (const lines of pages) {
      doc.addPage({ size: "A4", margin: 0 });
      for (const line of lines) {
        doc.font(line.font ?? "Helvetica").fontSize(line.size ?? 11);
        doc.text(line.text, line.x, line.y, { lineBreak: false });
      }
    }
  });
}
