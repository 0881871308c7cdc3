// The text `minutes text` prints: the lines the parser reads, for a PDF its reconstructed text, for a Word document its derived text.
import { ingest, type IngestOptions } from "../ingest/index.js";
import { safeForTerminal } from "./output.js";

/** The printed text of an input, one line each, made safe for a terminal. */
export async function readableText(bytes: Uint8Array, options: IngestOptions): Promise<string> {
  const text = await ingest(bytes, options);
  let lines: string[];
  if (text.format === "docx") {
    // the derived text, as source.line counts it (ingest's lines are the same lines, repaired)
    const { reconstructDocxText } = await import("../ingest/docx-lines.js");
    lines = (await reconstructDocxText(bytes, { maxBytes: options.maxBytes })).lines;
  } else if (text.format === "pdf") {
    const { reconstructPdfText } = await import("../ingest/pdf-lines.js");
    lines = (await reconstructPdfText(bytes, { password: options.password, maxPages: options.maxPages })).lines.map((l: { text: string }) => l.text);
  } else {
    lines = text.lines.map((l) => l.text);
  }
  return `${lines.map((l) => safeForTerminal(l)).join("\n")}\n`;
}
