// Ingest: input bytes to the normalised, repaired lines the parser reads. PDF code is loaded only for PDF input, and Word
// (mammoth) only for docx.
import { MinutesError } from "../errors.js";
import type { Warning } from "../types/minutes.js";
import { decodeText } from "./decode.js";
import { type BinaryKind, binaryFormat, detectTextFormat, isDocx, isPdf, WORD_ZIP } from "./detect.js";
import { unwrapFrontMatter } from "./front-matter.js";
import { htmlToLines } from "./html.js";
import { orgHeadlinesAsHeadings } from "./org-mode.js";
import { separateBareNumbers } from "./bare-numbers.js";
import { dedentCommonIndent, removeControls, splitLines } from "./lines.js";
import { repairConversionDamage } from "./repair.js";
import type { OcrMode, OcrProgress } from "./pdf/index.js";
import type { InputFormat, SourceLine, SourceText } from "./source-text.js";

export interface IngestOptions {
  /** The input's path, for format hints and messages; null for stdin. */
  path?: string | null;
  /** Force a format instead of detecting it. */
  format?: InputFormat;
  /** Password for an encrypted PDF. */
  password?: string;
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most PDF pages read. */
  maxPages?: number;
  /** When PDF pages are read by OCR: "auto" (the default: pages without a usable text layer), "always" or "never". */
  ocr?: OcrMode;
  /** Called after each page OCR reads: for a progress display (the library prints nothing itself). */
  onOcrProgress?: (progress: OcrProgress) => void;
}

export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/** Refuse empty and oversized input before any work is done. */
function checkSize(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0) throw new MinutesError("E_EMPTY", "the input is empty (0 bytes)");
  if (bytes.length > maxBytes) {
    throw new MinutesError("E_TOO_LARGE", `the input is ${bytes.length} bytes, over the limit of ${maxBytes} (see --max-bytes)`);
  }
}

/** The refusal of binary input read as text: what it is, and what to do instead where there is something. */
function binaryRefusal(bytes: Uint8Array, binary: BinaryKind, format: InputFormat | undefined): MinutesError {
  // only a --format text, markdown or html that was given brings a readable Word document here
  if (isDocx(bytes)) {
    return new MinutesError("E_BINARY", `the input is a Word document (docx), not ${format ?? "text"}: read it with --format docx, or without --format`);
  }
  if (binary === WORD_ZIP) return new MinutesError("E_DOCX_CORRUPT", "the Word document (docx) cannot be read: the zip archive has no word/document.xml");
  return new MinutesError("E_BINARY", `the input is ${binary.name}, not text, PDF or docx${binary.advice ? `: ${binary.advice}` : ""}`);
}

/** Text and markdown: decode, split into lines, repair conversion damage. */
export function ingestText(bytes: Uint8Array, options: IngestOptions = {}): SourceText {
  const binary = binaryFormat(bytes);
  if (binary) throw binaryRefusal(bytes, binary, options.format);
  const decoded = decodeText(bytes);
  return fromText(decoded.text, {
    format: options.format ?? detectTextFormat(decoded.text, options.path ?? null),
    encoding: decoded.encoding,
    warnings: decoded.fallback
      ? [{ code: "encoding-fallback", message: `the input is not valid UTF-8: decoded as ${decoded.encoding}`, source: null }]
      : decoded.guessed
        ? [{ code: "encoding-guessed", message: `the input has no byte-order mark: decoded as ${decoded.encoding}, guessed from its bytes`, source: null }]
        : [],
  });
}

/** A string already decoded (library use): split and repair. HTML is first reduced to its text's lines. */
export function fromText(
  text: string,
  meta: { format: InputFormat; encoding: string | null; warnings?: Warning[]; pages?: SourceLine["page"][] },
): SourceText {
  if (text.trim() === "") throw new MinutesError("E_EMPTY", "the input has no text (only white space)");
  const split =
    meta.format === "html"
      ? htmlToLines(text).map((line) => ({ ...line, text: removeControls(line.text) }))
      : splitLines(text).map((line, i) => ({ ...line, page: meta.pages?.[i] ?? null }));
  if (split.every((line) => line.text.trim() === "")) throw new MinutesError("E_EMPTY", "the input has no text");
  const front = meta.format === "markdown" ? unwrapFrontMatter(split) : { lines: split, date: null };
  const lines = dedentCommonIndent(meta.format === "html" ? front.lines : separateBareNumbers(orgHeadlinesAsHeadings(front.lines)));
  const repaired = repairConversionDamage(lines);
  const pageCount = meta.pages ? meta.pages.reduce<number>((most, p) => Math.max(most, p ?? 0), 0) : null;
  return {
    format: meta.format,
    encoding: meta.encoding,
    pages: pageCount,
    lines: repaired.lines,
    warnings: [...(meta.warnings ?? []), ...repaired.warnings],
    ...(front.date ? { published: front.date } : {}),
  };
}

/** Any input: PDF by its magic bytes (or --format pdf), Word by a zip holding word/document.xml (or --format docx), else text. */
export async function ingest(bytes: Uint8Array, options: IngestOptions = {}): Promise<SourceText> {
  checkSize(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const format = options.format ?? (isPdf(bytes) ? "pdf" : isDocx(bytes) ? "docx" : undefined);
  if (format === "docx") {
    const { readDocxLines } = await import("./docx-lines.js");
    return readDocxLines(bytes, options);
  }
  if (format !== "pdf") return ingestText(bytes, { ...options, format });
  const { readPdfLines } = await import("./pdf-lines.js");
  return readPdfLines(bytes, options);
}
