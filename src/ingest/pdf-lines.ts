// PDF input to lines: the layout reconstruction (src/ingest/pdf/) gives markdown-like text with pages, read like any text.
import type { IngestOptions } from "./index.js";
import { fromText } from "./index.js";
import type { SourceText } from "./source-text.js";

/** The reconstructed text of a PDF, as `minutes text` prints it; `source.line` in the output counts its lines. */
export async function reconstructPdfText(bytes: Uint8Array, options: IngestOptions = {}) {
  const { readPdf } = await import("./pdf/index.js");
  // pdfjs wants a plain Uint8Array (not a Buffer) and takes ownership of it: give it a copy
  return readPdf(new Uint8Array(bytes), {
    password: options.password,
    maxPages: options.maxPages,
    ocr: options.ocr,
    onOcrProgress: options.onOcrProgress,
  });
}

export async function readPdfLines(bytes: Uint8Array, options: IngestOptions = {}): Promise<SourceText> {
  const pdf = await reconstructPdfText(bytes, options);
  const text = pdf.lines.map((line) => line.text).join("\n");
  const source = fromText(text, {
    format: "pdf",
    encoding: null,
    warnings: pdf.warnings,
    pages: pdf.lines.map((line) => line.page),
  });
  return { ...source, pages: pdf.pageCount, furniture: pdf.furniture };
}
