// The text `minutes text` prints: the lines the parser reads, for a PDF its reconstructed text, for a Word document its derived text.
import { isPdf } from "../ingest/detect.js";
import { ingest, type IngestOptions } from "../ingest/index.js";
import { safeForTerminal } from "./output.js";

/** The printed text of an input, one line each, made safe for a terminal. */
export async function readableText(bytes: Uint8Array, options: IngestOptions): Promise<string> {
  if (bytes.length > 0 && (options.format === "pdf" || (options.format === undefined && isPdf(bytes)))) {
    // read once: the reconstructed text is what ingest would split (OCR, when pages need it, is not run twice)
    const { reconstructPdfText } = await import("../ingest/pdf-lines.js");
    const { password, maxPages, ocr, onOcrProgress } = options;
    const pdf = await reconstructPdfText(bytes, { password, maxPages, ocr, onOcrProgress });
    return printable(pdf.lines.map((l: { text: string }) => l.text));
  }
  const text = await ingest(bytes, options);
  let lines: string[];
  if (text.format === "docx") {
    // the derived text, as source.line counts it (ingest's lines are the same lines, repaired)
    const { reconstructDocxText } = await import("../ingest/docx-lines.js");
    lines = (await reconstructDocxText(bytes, { maxBytes: options.maxBytes })).lines;
  } else {
    lines = text.lines.map((l) => l.text);
  }
  return printable(lines);
}

const printable = (lines: string[]): string => `${lines.map((l) => safeForTerminal(l)).join("\n")}\n`;
