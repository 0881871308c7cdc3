// The batch options of `minutes parse`: their values (and the memory limit of the worker threads, which a single PDF or Word
// document is read on too), and the rules that decide single-input or batch mode and refuse bad combinations.
import type { ResourceLimits } from "node:worker_threads";
import { InvalidArgumentError } from "commander";
import type { Shard } from "./shard.js";

/** Flags of `minutes parse` that the batch reads (commander fills them in). */
export interface BatchFlags {
  out?: string;
  outDir?: string;
  ndjson?: boolean;
  jobs?: number;
  timeout?: number;
  /** --max-memory: the heap of each worker thread, in MiB. */
  maxMemory?: number;
  force?: boolean;
  shard?: Shard;
  report?: string;
  failOnWarning?: boolean;
  pretty?: boolean;
  compact?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** --timeout: seconds, fractions allowed (0.5), at most a day. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400) throw new InvalidArgumentError("expected a number of seconds greater than 0");
  return n;
}

/** --max-memory's default, in MiB: the V8 heap (old generation) of a worker thread that reads a file. */
export const DEFAULT_MAX_MEMORY_MB = 1024;
/** Below this a worker cannot load the parser and pdf.js. */
export const MIN_MAX_MEMORY_MB = 64;

/** --max-memory: MiB, a whole number from MIN_MAX_MEMORY_MB up. */
export function parseMebibytes(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < MIN_MAX_MEMORY_MB || n > 1024 * 1024) throw new InvalidArgumentError(`expected a whole number of MiB, at least ${MIN_MAX_MEMORY_MB}`);
  return n;
}

/** The resourceLimits of a worker thread that reads files, from --max-memory. */
export function heapLimits(maxMemoryMb: number | undefined): ResourceLimits {
  return { maxOldGenerationSizeMb: maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB };
}

/**
 * Batch mode: several inputs, or a directory or a glob, or an option that only a batch has (--out-dir, --ndjson,
 * --shard, --report). Otherwise the command is today's single-input `minutes parse <file>`.
 */
export function isBatch(args: readonly string[], firstKind: "directory" | "file" | "glob", flags: BatchFlags): boolean {
  if (args.length !== 1 || firstKind !== "file") return true;
  return Boolean(flags.outDir || flags.ndjson || flags.shard || flags.report);
}

/** The reason a batch call is wrong, or null. */
export function batchUsageError(args: readonly string[], flags: BatchFlags): string | null {
  if (args.includes("-")) return "standard input (-) can only be read on its own, not in a batch";
  if (flags.out) return "-o/--out writes one file: for several inputs use --out-dir <dir> or --ndjson";
  if (flags.outDir && flags.ndjson) return "choose one of --out-dir and --ndjson";
  if (!flags.outDir && !flags.ndjson) {
    return "several inputs (or a directory, a glob, --shard or --report) need --out-dir <dir> (one JSON file each) or --ndjson (one line each on stdout)";
  }
  if (flags.ndjson && flags.pretty) return "--ndjson writes one line per document: it cannot be --pretty";
  if (flags.force && !flags.outDir) return "--force only applies with --out-dir (it redoes outputs that are up to date)";
  return null;
}

/** The ordering window: results held back at most, waiting for an earlier one. JSON text is held only for --ndjson. */
export function windowSize(jobs: number, ndjson: boolean): number {
  return ndjson ? Math.max(16, jobs * 4) : Math.max(256, jobs * 16);
}
