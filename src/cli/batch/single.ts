// One input read on a worker thread, the fenced room: a PDF or Word document always (pdf.js and mammoth run in a heap of
// bounded size, so that a file that fills it fails with E_OUT_OF_MEMORY instead of ending the process), and any input
// under --timeout (a hung parse cannot be stopped on the main thread; its worker is terminated).
import { MinutesError } from "../../errors.js";
import { isDocx, isPdf } from "../../ingest/detect.js";
import type { OcrProgress } from "../../ingest/pdf/index.js";
import type { InputFormat } from "../../ingest/source-text.js";
import type { Warning } from "../../types/minutes.js";
import { heapLimits } from "./options.js";
import { WorkerPool } from "./pool.js";
import type { ParseSettings, Task, TaskResult } from "./protocol.js";

/** Told of each page OCR has read (shown on a terminal). */
type OcrProgressListener = (progress: OcrProgress) => void;

export interface Converted {
  json: string;
  warnings: Warning[];
}

/** How the worker is run: its script, the time limit (none when undefined) and its heap in MiB (--max-memory). */
export interface Fence {
  workerScript: URL;
  timeoutMs?: number;
  maxMemoryMb?: number;
}

/**
 * Whether the input goes to a heavy reader (pdf.js for a PDF, mammoth and jszip for a Word document), told as ingest
 * tells it: by --format, else by the content. Text, markdown and HTML are read on the main thread, without a worker's start-up.
 */
export function needsFence(bytes: Uint8Array, format: InputFormat | undefined): boolean {
  if (format !== undefined) return format === "pdf" || format === "docx";
  return isPdf(bytes) || isDocx(bytes);
}

/** Run one task on a worker of its own; throws the MinutesError of the failure (E_TIMEOUT, E_OUT_OF_MEMORY, the parse's). */
async function runFenced(bytes: Uint8Array, sourcePath: string | null, settings: ParseSettings, fence: Fence, onOcrProgress?: OcrProgressListener): Promise<TaskResult> {
  const pool = new WorkerPool<Task, TaskResult>({
    size: 1,
    script: fence.workerScript,
    workerData: { ...settings, ocrProgress: onOcrProgress !== undefined },
    timeoutMs: fence.timeoutMs,
    resourceLimits: heapLimits(fence.maxMemoryMb),
    onProgress: onOcrProgress ? (_task, progress) => onOcrProgress(progress as OcrProgress) : undefined,
  });
  try {
    const result = await pool.run({ id: 0, path: sourcePath ?? "-", bytes, sourcePath, expectSha256: null });
    if (result.kind === "failed") {
      const error = new MinutesError(result.error.code, result.error.message, { details: result.error.details });
      if (result.error.stack) error.stack = result.error.stack;
      throw error;
    }
    return result;
  } finally {
    await pool.close();
  }
}

/** Parse bytes already read on one worker: the document's JSON and its warnings. */
export async function convertFenced(bytes: Uint8Array, sourcePath: string | null, settings: ParseSettings, fence: Fence, onOcrProgress?: OcrProgressListener): Promise<Converted> {
  const result = await runFenced(bytes, sourcePath, { ...settings, readText: false }, fence, onOcrProgress);
  if (result.kind === "converted") return { json: result.json, warnings: result.warnings };
  throw new MinutesError("E_INTERNAL", `the worker answered ${result.kind} for a file it was asked to convert`);
}

/** The text the parser reads (`minutes text`), read on one worker. */
export async function readTextFenced(bytes: Uint8Array, sourcePath: string | null, settings: ParseSettings, fence: Fence, onOcrProgress?: OcrProgressListener): Promise<string> {
  const result = await runFenced(bytes, sourcePath, { ...settings, readText: true }, fence, onOcrProgress);
  if (result.kind === "text") return result.text;
  throw new MinutesError("E_INTERNAL", `the worker answered ${result.kind} when asked for the text`);
}
