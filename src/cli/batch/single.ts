// One input under --timeout: parsed on a worker thread that is terminated when the time limit is reached (a hung parse cannot be stopped otherwise).
import { MinutesError } from "../../errors.js";
import type { Warning } from "../../types/minutes.js";
import { WorkerPool } from "./pool.js";
import type { ParseSettings, Task, TaskResult } from "./protocol.js";

export interface Converted {
  json: string;
  warnings: Warning[];
}

/** Parse bytes already read on one worker; throws the MinutesError of the failure (E_TIMEOUT when over the limit). */
export async function convertWithTimeout(
  bytes: Uint8Array,
  sourcePath: string | null,
  settings: ParseSettings,
  timeoutMs: number,
  workerScript: URL,
): Promise<Converted> {
  const pool = new WorkerPool<Task, TaskResult>({ size: 1, script: workerScript, workerData: settings, timeoutMs });
  try {
    const result = await pool.run({ id: 0, path: sourcePath ?? "-", bytes, sourcePath, expectSha256: null });
    if (result.kind === "converted") return { json: result.json, warnings: result.warnings };
    if (result.kind === "failed") {
      const error = new MinutesError(result.error.code, result.error.message, { details: result.error.details });
      if (result.error.stack) error.stack = result.error.stack;
      throw error;
    }
    throw new MinutesError("E_INTERNAL", "the worker skipped a file it was asked to convert");
  } finally {
    await pool.close();
  }
}
