// The batch run: expand the inputs, pick this shard's files, convert them on the worker pool, and commit results in input order
// (to --out-dir, to stdout as --ndjson, or to a sink such as `minutes export`'s tables).
import { realpath } from "node:fs/promises";
import { resolve } from "node:path";
import { MinutesError } from "../../errors.js";
import type { Warning } from "../../types/minutes.js";
import { asMinutesError, formatError, formatWarning, safeForTerminal, safeLines } from "../output.js";
import { expandInputs } from "./inputs.js";
import { expectedSha256, loadManifest, optionsFingerprint, saveManifest, type Manifest, type ManifestEntry } from "./manifest.js";
import { batchUsageError, heapLimits, windowSize, type BatchFlags } from "./options.js";
import { OutDir } from "./out-dir.js";
import { INPUT_EXTENSIONS, isWithin, outputNames } from "./paths.js";
import { PoolClosedError, WorkerPool } from "./pool.js";
import { Progress } from "./progress.js";
import { documentOptions, type ParseSettings, type Task, type TaskResult } from "./protocol.js";
import { ReorderBuffer } from "./reorder.js";
import { reportSummary, ReportWriter } from "./report.js";
import { inShard } from "./shard.js";
import { count, done, emptyTally, exitCodeOf, formatSummary, type Outcome } from "./summary.js";

/**
 * Where a batch's documents go when it is neither --out-dir nor --ndjson: `minutes export` takes each document into its
 * tables. Its manifest says what was taken before (keyed by the input's path relative to the input root), so that
 * unchanged inputs are skipped; the batch records each taken input in it.
 */
export interface BatchSink {
  manifest: Manifest;
  /** Take one converted document's JSON, in input order; a throw fails that file, with the error's code. */
  take(json: string, input: { key: string; display: string }): void;
}

/** Where a batch writes: injectable for tests. `stdout` returns false when the pipe is full (see `drained`). */
export interface BatchIo {
  stdout: (text: string) => boolean;
  stderr: (text: string) => void;
  stderrIsTty: boolean;
  columns: number;
  /** Resolves when stdout can take more. */
  drained: () => Promise<void>;
}

export interface BatchContext {
  toolVersion: string;
  schemaVersion: string;
  /** The worker script (dist/cli/batch/worker.js). */
  workerScript: URL;
  /** Aborted on SIGINT/SIGTERM: stop dispatching, end the workers, finish what is being written, summarise. */
  signal: AbortSignal;
  /** Exit code when interrupted (130 for SIGINT). */
  interruptedExitCode: () => number;
  /** Temporary files being written, for a forced exit to remove. */
  temps: Set<string>;
  cwd?: string;
  /** Save the manifest at least this often during a long run (ms). */
  manifestEveryMs?: number;
  /** Replace each worker after this many files (see PoolOptions.maxTasksPerWorker). */
  maxTasksPerWorker?: number;
  /** The documents go here instead of --out-dir or stdout (the caller has checked the options). */
  sink?: BatchSink;
  /** What a directory walk picks up (default: the minutes extensions, INPUT_EXTENSIONS). */
  extensions?: readonly string[];
}

/** Files a worker converts before it is replaced by a fresh one: bounds memory on long runs at a small start-up cost. */
export const TASKS_PER_WORKER = 200;

/** One finished file, before it is committed in input order. */
interface Finished {
  outcome: Outcome;
  json: string | null;
  warningList: Warning[];
  stack?: string;
  details?: unknown;
  /** For a sink: the manifest key and entry to record once the sink has taken the document. */
  record?: { key: string; entry: ManifestEntry };
}

function usage(io: BatchIo, message: string): number {
  io.stderr(`${formatError(null, new MinutesError("E_USAGE", message))}\n`);
  return 2;
}

/** Run `minutes parse` over many inputs; resolves to the exit code (0 all done, 1 some failed, 2 usage, 130 interrupted). */
export async function runBatch(args: string[], flags: BatchFlags & ParseSettings, io: BatchIo, ctx: BatchContext): Promise<number> {
  const started = performance.now();
  const sink = ctx.sink ?? null;
  const problem = sink ? null : batchUsageError(args, flags);
  if (problem) return usage(io, problem);

  const extensions = ctx.extensions ?? INPUT_EXTENSIONS;
  const expanded = await expandInputs(args, ctx.cwd, extensions);
  for (const { arg, kind } of expanded.empty) {
    const what = kind === "glob" ? "no file matches this pattern" : `no minutes files found (${extensions.map((e) => `.${e}`).join(" ")})`;
    io.stderr(`minutes: ${safeForTerminal(arg)}: ${what}\n`);
  }
  if (expanded.files.length === 0) return usage(io, "no input files found");

  const names = flags.outDir ? outputNames(expanded.relatives) : null;

  const settings: ParseSettings = {
    ...documentOptions(flags),
    pretty: Boolean(flags.pretty) && !flags.ndjson,
    ...(flags.acceptJson ? { acceptJson: true } : {}),
  };
  const fingerprint = optionsFingerprint(settings);

  let outDir: OutDir | null = null;
  let manifest: Manifest = sink ? sink.manifest : new Map();
  let report: ReportWriter | null = null;
  try {
    if (flags.outDir) {
      outDir = await OutDir.open(flags.outDir);
      manifest = await loadManifest(outDir.root);
    }
    if (flags.report) {
      report = await ReportWriter.open(
        flags.report,
        {
          tool: "minutes",
          version: ctx.toolVersion,
          schema_version: ctx.schemaVersion,
          started_at: new Date().toISOString(),
          root: expanded.root,
          out_dir: flags.outDir ?? null,
          shard: flags.shard ? `${flags.shard.index}/${flags.shard.count}` : null,
        },
        ctx.temps,
      );
    }
  } catch (error) {
    const err = asMinutesError(error);
    io.stderr(`${formatError(flags.report && !outDir ? flags.report : (flags.outDir ?? null), err)}\n`);
    return err.exitCode;
  }

  // this shard's files; never the outputs of this run (a glob such as `archive/**` can reach into --out-dir)
  const outRoots = outDir && flags.outDir ? [outDir.root, resolve(ctx.cwd ?? process.cwd(), flags.outDir)] : [];
  const selected: number[] = [];
  for (let i = 0; i < expanded.files.length; i++) {
    const file = expanded.files[i] as (typeof expanded.files)[number];
    if (outRoots.some((root) => isWithin(root, file.path))) continue;
    if (!flags.shard || inShard(expanded.relatives[i] as string, flags.shard)) selected.push(i);
  }

  const jobs = Math.max(1, Math.min(flags.jobs ?? 1, selected.length));
  const tally = emptyTally(selected.length);
  const mode = flags.quiet ? "none" : io.stderrIsTty ? "bar" : "plain";
  const progress = new Progress({ write: io.stderr, mode, columns: io.columns });
  const pool =
    selected.length > 0 && !ctx.signal.aborted
      ? new WorkerPool<Task, TaskResult>({
          size: jobs,
          script: ctx.workerScript,
          workerData: settings,
          timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000,
          resourceLimits: heapLimits(flags.maxMemory),
          maxTasksPerWorker: ctx.maxTasksPerWorker ?? TASKS_PER_WORKER,
        })
      : null;

  let manifestDirty = false;
  let lastManifestSave = performance.now();
  let manifestSaving: Promise<void> = Promise.resolve();
  const saveManifestSoon = (): void => {
    if (!outDir || !manifestDirty || performance.now() - lastManifestSave < (ctx.manifestEveryMs ?? 30_000)) return;
    manifestDirty = false;
    lastManifestSave = performance.now();
    const dir = outDir.root;
    manifestSaving = manifestSaving.then(() => saveManifest(dir, manifest, ctx.temps)).catch(() => {
      manifestDirty = true; // try again at the next save
    });
  };

  /** Convert file `selected[k]`: check the manifest, run it on the pool, write its output. Null when interrupted. */
  const convert = async (k: number): Promise<Finished | null> => {
    const i = selected[k] as number;
    const file = expanded.files[i] as (typeof expanded.files)[number];
    const rel = expanded.relatives[i] as string;
    const outRel = names?.[i] ?? null;
    const outShown = outRel && flags.outDir ? `${flags.outDir.replace(/(?<!\/)\/+$/, "")}/${outRel}` : null;
    const current = { input: rel, toolVersion: ctx.toolVersion, schemaVersion: ctx.schemaVersion, options: fingerprint };
    // the manifest key: the output file, or for a sink the input
    const key = outRel ?? (sink ? rel : null);
    const entry = key ? manifest.get(key) : undefined;
    let expect: string | null = null;
    if (key && !flags.force) {
      const wanted = expectedSha256(entry, current);
      if (wanted && (sink || (outDir && outRel && (await outDir.existing(outRel))))) expect = wanted;
    }
    const sent = performance.now();
    let result: TaskResult;
    try {
      if (!pool) return null;
      result = await pool.run({ id: k, path: file.path, sourcePath: file.display, expectSha256: expect });
    } catch (error) {
      if (error instanceof PoolClosedError) return null;
      const err = asMinutesError(error);
      result = { id: k, kind: "failed", error: { code: err.code, message: err.message }, sha256: null, ms: Math.round(performance.now() - sent) };
    }
    if (result.kind === "text") {
      // a batch never asks for text (readText is for `minutes text`, on one input)
      result = { id: k, kind: "failed", error: { code: "E_INTERNAL", message: "the worker answered with text, not a document" }, sha256: result.sha256, ms: result.ms };
    }
    const outcome: Outcome = { path: file.display, status: "converted", error: null, warnings: 0, output: null, sha256: result.sha256, ms: result.ms };
    const finished: Finished = { outcome, json: null, warningList: [] };
    const failWith = (code: string, message: string): void => {
      outcome.status = "failed";
      outcome.error = { code, message };
    };
    if (result.kind === "failed") {
      failWith(result.error.code, result.error.message);
      finished.stack = result.error.stack;
      finished.details = result.error.details;
      if (key) manifest.delete(key);
      manifestDirty = true;
      return finished;
    }
    if (result.kind === "unchanged") {
      outcome.status = "skipped";
      outcome.warnings = entry?.warnings ?? 0;
      outcome.output = outShown;
    } else {
      outcome.warnings = result.warnings.length;
      finished.warningList = result.warnings;
      const fresh: ManifestEntry = {
        input: rel,
        sha256: result.sha256,
        tool_version: ctx.toolVersion,
        schema_version: ctx.schemaVersion,
        options: fingerprint,
        warnings: result.warnings.length,
      };
      if (outDir && outRel) {
        try {
          const path = outDir.pathOf(outRel);
          if (/\.json$/i.test(file.path) && (path === file.path || path === (await realpath(file.path).catch(() => null)))) {
            throw new MinutesError("E_IO", "cannot write the output: it would replace the input file");
          }
          await outDir.write(outRel, result.json, ctx.temps);
          outcome.output = outShown;
          manifest.set(outRel, fresh);
          manifestDirty = true;
        } catch (error) {
          const err = asMinutesError(error);
          failWith(err.code, err.message);
          manifest.delete(outRel);
          return finished;
        }
      } else {
        finished.json = result.json;
        if (sink && key) finished.record = { key, entry: fresh };
      }
    }
    if (flags.failOnWarning && outcome.warnings > 0) failWith("E_WARNINGS", `${outcome.warnings} warning${outcome.warnings === 1 ? "" : "s"} (--fail-on-warning)`);
    return finished;
  };

  // ndjson lines must stay in input order: once a result is missing (interrupted), later ones are not printed
  let gap = false;
  let paused = false;
  let next = 0;
  let active = 0;
  const window = windowSize(jobs, Boolean(flags.ndjson) || sink !== null);
  const buffer = new ReorderBuffer<Finished | null>();

  const commit = (finished: Finished | null): void => {
    if (finished === null) {
      gap = true;
      return;
    }
    if (flags.ndjson && gap) return;
    const { outcome } = finished;
    if (sink && finished.json !== null) {
      const record = finished.record;
      try {
        sink.take(finished.json, { key: record?.key ?? outcome.path, display: outcome.path });
        if (record) manifest.set(record.key, record.entry);
      } catch (error) {
        const err = asMinutesError(error);
        outcome.status = "failed";
        outcome.error = { code: err.code, message: err.message };
        finished.stack = err.stack;
        if (record) manifest.delete(record.key);
      }
    } else if (finished.json !== null && !io.stdout(finished.json)) {
      paused = true;
      void io.drained().then(() => {
        paused = false;
        pump();
      });
    }
    if (!flags.quiet) for (const warning of finished.warningList) progress.message(formatWarning(outcome.path, warning));
    if (outcome.status === "failed" && outcome.error) {
      const code = outcome.error.code;
      if (code !== "E_WARNINGS") {
        const err = new MinutesError(code as MinutesError["code"], outcome.error.message);
        progress.message(formatError(outcome.path, err));
        if (code === "E_INVALID_OUTPUT" && Array.isArray(finished.details)) for (const line of finished.details) progress.message(`  ${safeForTerminal(String(line))}`);
        if (flags.debug && finished.stack) progress.message(safeLines(finished.stack));
      } else {
        progress.message(`minutes: ${safeForTerminal(outcome.path)}: E_WARNINGS ${outcome.error.message}`);
      }
    }
    count(tally, outcome);
    report?.add(outcome);
    progress.update(done(tally), tally.total, tally.failed);
    saveManifestSoon();
  };

  let finish: () => void = () => undefined;
  const pump = (): void => {
    while (!ctx.signal.aborted && !paused && next < selected.length && next - buffer.next < window) start(next++);
    if (active === 0 && (ctx.signal.aborted || next >= selected.length)) finish();
  };
  const start = (k: number): void => {
    active++;
    convert(k)
      .catch((error: unknown): Finished => {
        const err = asMinutesError(error);
        const file = expanded.files[selected[k] as number];
        return {
          outcome: { path: file?.display ?? "?", status: "failed", error: { code: err.code, message: err.message }, warnings: 0, output: null, sha256: null, ms: 0 },
          json: null,
          warningList: [],
          stack: err.stack,
        };
      })
      .then((finished) => {
        buffer.put(k, finished);
        for (const ready of buffer.drain()) commit(ready);
        active--;
        pump();
      });
  };
  const onAbort = (): void => {
    void pool?.close();
    pump();
  };

  await new Promise<void>((resolve) => {
    finish = resolve;
    ctx.signal.addEventListener("abort", onAbort, { once: true });
    pump();
  });
  ctx.signal.removeEventListener("abort", onAbort);
  for (const rest of buffer.rest()) commit(rest);
  progress.stop();
  await pool?.close();

  const interrupted = ctx.signal.aborted ? String(ctx.signal.reason ?? "interrupted") : null;
  let exitCode = interrupted ? ctx.interruptedExitCode() : exitCodeOf(tally);
  await manifestSaving;
  if (outDir) {
    try {
      await saveManifest(outDir.root, manifest, ctx.temps);
    } catch (error) {
      io.stderr(`${formatError(`${outDir.given}/.minutes-manifest.json`, asMinutesError(error))}\n`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  const elapsed = performance.now() - started;
  if (report) {
    try {
      await report.finish(reportSummary(tally, elapsed, interrupted, exitCode));
    } catch (error) {
      await report.discard();
      io.stderr(`${formatError(flags.report ?? null, asMinutesError(error))}\n`);
      if (exitCode === 0) exitCode = 1;
    }
  }
  io.stderr(formatSummary(tally, elapsed, interrupted));
  return exitCode;
}
