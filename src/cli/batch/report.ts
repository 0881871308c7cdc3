// The --report file: every file's outcome as JSON, streamed to a temporary file as the run goes and renamed into place at the end.
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Outcome, Tally } from "./summary.js";

export interface ReportHeader {
  tool: "minutes";
  version: string;
  schema_version: string;
  started_at: string;
  root: string;
  out_dir: string | null;
  shard: string | null;
}

export interface ReportSummary {
  total: number;
  converted: number;
  skipped: number;
  failed: number;
  not_done: number;
  files_with_warnings: number;
  warnings: number;
  elapsed_ms: number;
  interrupted: string | null;
  exit_code: number;
}

/** The summary object of the report. */
export function reportSummary(tally: Tally, elapsedMs: number, interrupted: string | null, exitCode: number): ReportSummary {
  const done = tally.converted + tally.skipped + tally.failed;
  return {
    total: tally.total,
    converted: tally.converted,
    skipped: tally.skipped,
    failed: tally.failed,
    not_done: tally.total - done,
    files_with_warnings: tally.withWarnings,
    warnings: tally.warnings,
    elapsed_ms: Math.round(elapsedMs),
    interrupted,
    exit_code: exitCode,
  };
}

/**
 * `{"tool": …, "files": [ {path, status, error, warnings, output, sha256, ms}, … ], "summary": {…}}`: the header
 * fields, then one record per file in input order, then the summary. Memory stays flat: records go to disk as they come.
 */
export class ReportWriter {
  private first = true;

  private constructor(
    private readonly path: string,
    private readonly temp: string,
    private readonly stream: WriteStream,
    private readonly temps: Set<string>,
  ) {}

  static async open(path: string, header: ReportHeader, temps: Set<string>): Promise<ReportWriter> {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
    temps.add(temp);
    const stream = createWriteStream(temp, { flags: "wx" });
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (error) => {
        temps.delete(temp);
        reject(error);
      });
    });
    const head = JSON.stringify(header);
    stream.write(`${head.slice(0, -1)},"files":[\n`);
    return new ReportWriter(path, temp, stream, temps);
  }

  add(outcome: Outcome): void {
    this.stream.write(`${this.first ? "" : ",\n"}${JSON.stringify(outcome)}`);
    this.first = false;
  }

  /** Write the summary, close, and rename into place. */
  async finish(summary: ReportSummary): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(`\n],"summary":${JSON.stringify(summary)}}\n`, () => resolve());
    });
    try {
      await rename(this.temp, this.path);
    } finally {
      await rm(this.temp, { force: true });
      this.temps.delete(this.temp);
    }
  }

  /** Give up: close and remove the temporary file. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
    this.temps.delete(this.temp);
  }
}
