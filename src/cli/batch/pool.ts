// The worker pool: N long-lived worker_threads, one task each at a time, each in a heap of bounded size; a task over the
// time limit has its worker terminated and replaced, and a task that fills the heap fails with E_OUT_OF_MEMORY.
import { Worker, type ResourceLimits } from "node:worker_threads";
import { MinutesError } from "../../errors.js";

export interface PoolOptions<T = unknown> {
  /** Number of workers. */
  size: number;
  /** The worker script. It must post {type: "ready"} once loaded, then answer each task with {type: "result", result}. */
  script: URL | string;
  /** Given to every worker as workerData. */
  workerData?: unknown;
  /** Per-task limit in milliseconds, counted from the task reaching a ready worker; none when undefined. */
  timeoutMs?: number;
  /**
   * Replace a worker after it has done this many tasks. V8 sizes a heap by its history and pdf.js leaves
   * fragments behind, so a worker that lives for thousands of files slowly grows; a fresh one starts small again.
   * This keeps peak memory the same for 500 files or 50,000. None when undefined.
   */
  maxTasksPerWorker?: number;
  /**
   * The V8 heap of each worker (resourceLimits): a task whose worker reaches it fails with E_OUT_OF_MEMORY and the
   * worker is replaced. Unbounded (as the process's own heap) when undefined.
   */
  resourceLimits?: ResourceLimits;
  /** Run `script` as code (tests). */
  eval?: boolean;
  /** Called with what a worker posts as {type: "progress", progress} while it works on a task. */
  onProgress?: (task: T, progress: unknown) => void;
}

/** The pool was closed (the run was interrupted) before the task finished. */
export class PoolClosedError extends Error {
  constructor() {
    super("the worker pool was closed");
    this.name = "PoolClosedError";
  }
}

interface Job<T, R> {
  task: T;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  ready: boolean;
  retired: boolean;
  job: Job<T, R> | null;
  timer: NodeJS.Timeout | null;
  done: number;
}

type Message<R> = { type: "ready" } | { type: "result"; result: R } | { type: "progress"; progress: unknown };

/** Node ends a worker whose heap reached its resourceLimits with this error (and the process goes on). */
function outOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY";
}

/** The failure of a task whose worker ran out of memory, naming the limit it reached. */
function outOfMemoryError(limits: ResourceLimits | undefined, cause: Error): MinutesError {
  const limit = limits?.maxOldGenerationSizeMb;
  const message = limit === undefined ? "reading the file filled the memory of its worker thread" : `reading the file needed more memory than the limit of ${limit} MiB (see --max-memory)`;
  return new MinutesError("E_OUT_OF_MEMORY", message, { cause });
}

export class WorkerPool<T, R> {
  private readonly slots = new Set<Slot<T, R>>();
  private readonly queue: Job<T, R>[] = [];
  private closed = false;
  private startupError: Error | null = null;
  /** Workers started, counting replacements (for tests). */
  started = 0;
  /** Workers replaced after maxTasksPerWorker tasks (for tests). */
  recycled = 0;

  constructor(private readonly options: PoolOptions<T>) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError("pool size must be a positive integer");
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  /** Convert one task; rejects with E_TIMEOUT, E_OUT_OF_MEMORY, E_INTERNAL (the worker died) or PoolClosedError. */
  run(task: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.closed) return reject(new PoolClosedError());
      if (this.startupError) return reject(this.startupError);
      this.queue.push({ task, resolve, reject });
      this.pump();
    });
  }

  /** Terminate every worker; tasks not finished reject with PoolClosedError. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new PoolClosedError());
    const ending: Promise<number>[] = [];
    for (const slot of this.slots) {
      this.retire(slot);
      slot.job?.reject(new PoolClosedError());
      slot.job = null;
      ending.push(slot.worker.terminate());
    }
    this.slots.clear();
    await Promise.allSettled(ending);
  }

  private spawn(): void {
    this.started++;
    const { script, workerData, resourceLimits } = this.options;
    const worker = new Worker(script, { workerData, eval: this.options.eval ?? false, ...(resourceLimits ? { resourceLimits } : {}) });
    const slot: Slot<T, R> = { worker, ready: false, retired: false, job: null, timer: null, done: 0 };
    this.slots.add(slot);
    worker.on("message", (message: Message<R>) => {
      if (slot.retired) return;
      if (message.type === "ready") {
        slot.ready = true;
        this.pump();
      } else if (message.type === "result" && slot.job) {
        const job = slot.job;
        slot.job = null;
        this.clearTimer(slot);
        slot.done++;
        if (this.options.maxTasksPerWorker !== undefined && slot.done >= this.options.maxTasksPerWorker && !this.closed) this.replace(slot);
        job.resolve(message.result);
        this.pump();
      } else if (message.type === "progress" && slot.job) {
        this.options.onProgress?.(slot.job.task, message.progress);
      }
    });
    worker.on("error", (error: Error) => this.lost(slot, error));
    worker.on("exit", (code) => this.lost(slot, new Error(`the worker exited with code ${code}`)));
  }

  /** A worker died on its own (crash, out of memory, a failed import): fail its task and start another. */
  private lost(slot: Slot<T, R>, error: Error): void {
    if (slot.retired) return;
    const wasReady = slot.ready;
    this.retire(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    const failure = outOfMemory(error)
      ? outOfMemoryError(this.options.resourceLimits, error)
      : new MinutesError("E_INTERNAL", `the worker thread stopped: ${error.message}`, { cause: error });
    slot.job?.reject(failure);
    slot.job = null;
    if (this.closed) return;
    if (!wasReady) {
      // it never loaded: another would fail the same way, so fail everything rather than loop
      this.startupError = new MinutesError("E_INTERNAL", `cannot start a worker thread: ${error.message}`, { cause: error });
      for (const job of this.queue.splice(0)) job.reject(this.startupError);
      return;
    }
    this.spawn();
  }

  /** End a worker that is done with its work, and start another in its place once its memory is released. */
  private replace(slot: Slot<T, R>): void {
    this.retire(slot);
    this.slots.delete(slot);
    this.recycled++;
    void slot.worker.terminate().finally(() => {
      if (!this.closed) this.spawn();
    });
  }

  private retire(slot: Slot<T, R>): void {
    slot.retired = true;
    this.clearTimer(slot);
  }

  private clearTimer(slot: Slot<T, R>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.retired || slot.job) continue;
      const job = this.queue.shift() as Job<T, R>;
      slot.job = job;
      const { timeoutMs } = this.options;
      if (timeoutMs !== undefined) slot.timer = setTimeout(() => this.timedOut(slot), timeoutMs);
      slot.worker.postMessage(job.task);
    }
  }

  private timedOut(slot: Slot<T, R>): void {
    if (slot.retired || !slot.job) return;
    const job = slot.job;
    slot.job = null;
    this.retire(slot);
    this.slots.delete(slot);
    void slot.worker.terminate();
    const seconds = (this.options.timeoutMs ?? 0) / 1000;
    job.reject(new MinutesError("E_TIMEOUT", `the file took longer than the time limit of ${seconds} s (see --timeout)`));
    if (!this.closed) this.spawn();
  }
}
