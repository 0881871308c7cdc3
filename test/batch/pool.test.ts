// The worker pool: reuse of long-lived workers, the per-task time limit (terminate and replace), crashes, and closing.
import { describe, expect, it } from "vitest";
import { MinutesError } from "../../src/errors.js";
import { PoolClosedError, WorkerPool } from "../../src/cli/batch/pool.js";

/** A tiny worker: doubles n; `hang` blocks its thread for a minute, `crash` ends it, `hog` fills its heap. */
const WORKER = `
const { parentPort, threadId } = require("node:worker_threads");
parentPort.on("message", (task) => {
  if (task.hang) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60000);
  if (task.crash) process.exit(3);
  if (task.hog) for (const kept = []; ; ) kept.push(new Array(10000).fill(task.n));
  parentPort.postMessage({ type: "result", result: { id: task.id, value: task.n * 2, thread: threadId } });
});
parentPort.postMessage({ type: "ready" });
`;

interface T {
  id: number;
  n: number;
  hang?: boolean;
  crash?: boolean;
  hog?: boolean;
}
interface R {
  id: number;
  value: number;
  thread: number;
}

const pool = (size: number, timeoutMs?: number) => new WorkerPool<T, R>({ size, script: WORKER, eval: true, timeoutMs });

describe("WorkerPool", () => {
  it("runs every task on a fixed set of reused workers", async () => {
    const p = pool(2);
    try {
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => p.run({ id: i, n: i })));
      expect(results.map((r) => r.value)).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
      expect(new Set(results.map((r) => r.thread)).size).toBeLessThanOrEqual(2);
      expect(p.started).toBe(2);
    } finally {
      await p.close();
    }
  });

  it("replaces a worker after maxTasksPerWorker tasks, so that a long run starts fresh workers", async () => {
    const p = new WorkerPool<T, R>({ size: 1, script: WORKER, eval: true, maxTasksPerWorker: 5 });
    try {
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => p.run({ id: i, n: i })));
      expect(results.map((r) => r.value)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
      expect(new Set(results.map((r) => r.thread)).size).toBe(4);
      expect(p.recycled).toBe(4);
    } finally {
      await p.close();
    }
  });

  it("terminates a task over the time limit with E_TIMEOUT, replaces the worker, and goes on", async () => {
    const p = pool(1, 300);
    try {
      const stuck = p.run({ id: 0, n: 0, hang: true });
      const after = p.run({ id: 1, n: 21 });
      const error = await stuck.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MinutesError);
      expect((error as MinutesError).code).toBe("E_TIMEOUT");
      expect((await after).value).toBe(42);
      expect(p.started).toBe(2);
    } finally {
      await p.close();
    }
  });

  it("fails the task of a worker that fills its heap (resourceLimits) with E_OUT_OF_MEMORY, and starts another", async () => {
    const p = new WorkerPool<T, R>({ size: 1, script: WORKER, eval: true, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    try {
      const error = await p.run({ id: 0, n: 1, hog: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MinutesError);
      expect((error as MinutesError).code).toBe("E_OUT_OF_MEMORY");
      expect((error as MinutesError).exitCode).toBe(75);
      expect((error as MinutesError).message).toBe("reading the file needed more memory than the limit of 32 MiB (see --max-memory)");
      expect((await p.run({ id: 1, n: 4 })).value).toBe(8);
      expect(p.started).toBe(2);
    } finally {
      await p.close();
    }
  });

  it("fails the task of a worker that dies with E_INTERNAL and starts another", async () => {
    const p = pool(1);
    try {
      const error = await p.run({ id: 0, n: 0, crash: true }).catch((e: unknown) => e);
      expect((error as MinutesError).code).toBe("E_INTERNAL");
      expect((await p.run({ id: 1, n: 5 })).value).toBe(10);
    } finally {
      await p.close();
    }
  });

  it("rejects unfinished and later tasks with PoolClosedError when closed", async () => {
    const p = pool(1);
    const running = p.run({ id: 0, n: 0, hang: true }).catch((e: unknown) => e);
    const queued = p.run({ id: 1, n: 1 }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100));
    await p.close();
    expect(await running).toBeInstanceOf(PoolClosedError);
    expect(await queued).toBeInstanceOf(PoolClosedError);
    await expect(p.run({ id: 2, n: 2 })).rejects.toBeInstanceOf(PoolClosedError);
  });

  it("fails everything, without looping, when a worker cannot start", async () => {
    const p = new WorkerPool<T, R>({ size: 2, script: "throw new Error('no library')", eval: true });
    try {
      const error = await p.run({ id: 0, n: 0 }).catch((e: unknown) => e);
      expect((error as MinutesError).code).toBe("E_INTERNAL");
      expect((error as MinutesError).message).toMatch(/cannot start a worker thread: no library/);
      expect(p.started).toBe(2);
    } finally {
      await p.close();
    }
  });
});
