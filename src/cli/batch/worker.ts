// A worker thread of the pool: imports the library once (and the PDF code on the first PDF), then converts one file per message.
// For `minutes export` it also takes minutes JSON (the output of parse) as it is, checked, and imports the parser only when an input needs it;
// for `minutes text` it answers with the text the parser reads. Its heap is bounded (the pool's resourceLimits): the fenced room
// in which pdf.js and mammoth read a single PDF or Word document, so that one that fills the heap cannot end the process.
import { createHash } from "node:crypto";
import { parentPort, workerData } from "node:worker_threads";
import type { OcrProgress } from "../../ingest/pdf/index.js";
import type { MinutesDocument } from "../../types/minutes.js";
import { checkedMinutesJson, minutesJson } from "../load-document.js";
import { asMinutesError, formatJson } from "../output.js";
import { readInput } from "../read-input.js";
import type { ParseSettings, Task, TaskResult, WorkerMessage } from "./protocol.js";

const settings = workerData as ParseSettings;
let library: Promise<typeof import("../../document.js")> | null = null;
const parser = (): Promise<typeof import("../../document.js")> => (library ??= import("../../document.js"));
// parse: the library is loaded before the worker says it is ready, so the first file's time limit does not pay for it
if (!settings.acceptJson && !settings.readText) await parser();

/** OCR's progress, posted to the runner when it asked for it (one input on a terminal). */
const onOcrProgress = settings.ocrProgress ? (progress: OcrProgress) => parentPort?.postMessage({ type: "progress", progress } satisfies WorkerMessage) : undefined;

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/**
 * TEST-ONLY hook, read here and nowhere else: MINUTES_TEST_DELAY_MS=<ms> blocks this thread for that long before each
 * file whose path contains MINUTES_TEST_DELAY_MATCH (every file when unset), imitating a parse that hangs. The batch
 * tests use it to exercise --timeout and SIGINT; it has no other use and is not part of the interface.
 */
const testDelayMs = Number(process.env.MINUTES_TEST_DELAY_MS ?? 0);
const testDelayMatch = process.env.MINUTES_TEST_DELAY_MATCH ?? "";

function testDelay(path: string): void {
  if (testDelayMs > 0 && path.includes(testDelayMatch)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, testDelayMs);
}

async function convert(task: Task): Promise<TaskResult> {
  const start = performance.now();
  const ms = () => Math.round(performance.now() - start);
  let hash: string | null = null;
  try {
    const bytes = task.bytes ?? (await readInput(task.path, settings.maxBytes));
    hash = sha256(bytes);
    if (task.expectSha256 !== null && task.expectSha256 === hash) return { id: task.id, kind: "unchanged", sha256: hash, ms: ms() };
    testDelay(task.path);
    if (settings.readText) {
      const { readableText } = await import("../readable-text.js");
      const text = await readableText(bytes, {
        path: task.sourcePath,
        format: settings.format,
        password: settings.password,
        maxBytes: settings.maxBytes,
        maxPages: settings.maxPages,
        ocr: settings.ocr,
        onOcrProgress,
      });
      return { id: task.id, kind: "text", text, sha256: hash, ms: ms() };
    }
    const json = settings.acceptJson ? minutesJson(bytes) : null;
    const doc: MinutesDocument = json ? checkedMinutesJson(json, settings.requireMinutes) : await (await parser()).parseMinutes(bytes, {
      path: task.sourcePath,
      format: settings.format,
      style: settings.style,
      password: settings.password,
      maxBytes: settings.maxBytes,
      maxPages: settings.maxPages,
      ocr: settings.ocr,
      onOcrProgress,
      requireMinutes: settings.requireMinutes,
    });
    return { id: task.id, kind: "converted", json: formatJson(doc, settings.pretty), sha256: hash, warnings: doc.warnings, ms: ms() };
  } catch (error) {
    const err = asMinutesError(error);
    const cause = err.cause as Error | undefined;
    return {
      id: task.id,
      kind: "failed",
      error: { code: err.code, message: err.message, details: err.details, stack: cause?.stack ?? err.stack },
      sha256: hash,
      ms: ms(),
    };
  }
}

const port = parentPort;
if (!port) throw new Error("worker.js runs only as a worker thread");
port.on("message", (task: Task) => {
  void convert(task).then((result) => {
    try {
      port.postMessage({ type: "result", result } satisfies WorkerMessage);
    } catch {
      // details that cannot be cloned: send the error without them
      const plain: TaskResult = result.kind === "failed" ? { ...result, error: { ...result.error, details: undefined } } : result;
      port.postMessage({ type: "result", result: plain } satisfies WorkerMessage);
    }
  });
});
port.postMessage({ type: "ready" } satisfies WorkerMessage);
