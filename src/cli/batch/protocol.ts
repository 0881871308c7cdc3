// The messages between the batch runner and its worker threads: plain data that survives structured cloning.
import type { MinutesErrorCode } from "../../errors.js";
import type { OcrMode, OcrProgress } from "../../ingest/pdf/index.js";
import type { InputFormat } from "../../ingest/source-text.js";
import type { Warning } from "../../types/minutes.js";

/** How every file of a run is parsed and printed: given to each worker once, as its workerData. */
export interface ParseSettings {
  format?: InputFormat;
  style?: string;
  password?: string;
  maxBytes: number;
  maxPages?: number;
  /** When PDF pages are read by OCR: --ocr (OCR runs in the worker, under --jobs and --timeout). */
  ocr?: OcrMode;
  /** Refuse a document that is not minutes (E_NOT_MINUTES): --require-minutes. */
  requireMinutes?: boolean;
  /** Indent the JSON (never for --ndjson). */
  pretty: boolean;
  /** Take an input that is minutes JSON (the output of parse) as it is, checked against the schema: `minutes export`. */
  acceptJson?: boolean;
  /** Answer with the text the parser reads (`minutes text`), not a document: a "text" result. */
  readText?: boolean;
  /** Post a "progress" message after each page OCR reads (one input on a terminal; a batch shows its own progress). */
  ocrProgress?: boolean;
}

/** The options the library is given for each file, picked from the command's flags (one file or a batch alike). */
export function documentOptions(flags: Omit<ParseSettings, "pretty">): Omit<ParseSettings, "pretty"> {
  const { format, style, password, maxBytes, maxPages, ocr, requireMinutes } = flags;
  return { format, style, password, maxBytes, maxPages, ocr, requireMinutes };
}

/** One file to convert. */
export interface Task {
  id: number;
  /** The file to read; ignored when `bytes` is given. */
  path: string;
  /** The input already read by the caller (single-input mode, which may read stdin). */
  bytes?: Uint8Array;
  /** What goes into the document's source.path. */
  sourcePath: string | null;
  /** When the input's sha256 equals this, the output is up to date: answer "unchanged" without parsing. */
  expectSha256: string | null;
}

export interface SerializedError {
  code: MinutesErrorCode;
  message: string;
  details?: unknown;
  stack?: string;
}

export type TaskResult =
  | { id: number; kind: "converted"; json: string; sha256: string; warnings: Warning[]; ms: number }
  | { id: number; kind: "unchanged"; sha256: string; ms: number }
  | { id: number; kind: "text"; text: string; sha256: string; ms: number }
  | { id: number; kind: "failed"; error: SerializedError; sha256: string | null; ms: number };

/** Worker → runner. */
export type WorkerMessage = { type: "ready" } | { type: "result"; result: TaskResult } | { type: "progress"; progress: OcrProgress };
