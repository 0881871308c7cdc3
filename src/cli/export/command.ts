// `minutes export`: documents into CSV tables and a SQLite archive. Minutes files, directories and globs are parsed by the
// batch (its workers, progress, incremental manifest and report); JSON outputs of parse are taken as they are; `-` reads NDJSON.
import { createInterface } from "node:readline";
import { MinutesError } from "../../errors.js";
import type { MinutesDocument } from "../../types/minutes.js";
import { checkedMinutesJson } from "../load-document.js";
import { asMinutesError, formatError, safeForTerminal, safeLines } from "../output.js";
import type { BatchFlags } from "../batch/options.js";
import { INPUT_EXTENSIONS } from "../batch/paths.js";
import type { ParseSettings } from "../batch/protocol.js";
import { runBatch, type BatchContext, type BatchIo, type BatchSink } from "../batch/run.js";
import type { CsvTables } from "./csv.js";
import type { SqliteArchive } from "./sqlite.js";

export interface ExportFlags extends BatchFlags, Omit<ParseSettings, "pretty" | "acceptJson"> {
  csv?: string;
  sqlite?: string;
}

/** A directory walk for export also picks up the JSON that parse wrote. */
export const EXPORT_EXTENSIONS = [...INPUT_EXTENSIONS, "json"] as const;

/** The sinks of one export, taking each document in turn. */
class Destinations {
  /** Inputs whose meeting (same bytes) was already taken from an earlier input. */
  readonly duplicates: { display: string; first: string }[] = [];

  constructor(
    readonly sqlite: SqliteArchive | null,
    readonly csv: CsvTables | null,
  ) {}

  take(doc: MinutesDocument, key: string, display: string): void {
    const first = this.sqlite?.takenFrom(doc);
    const tookSqlite = this.sqlite ? this.sqlite.take(doc, key, display) : true;
    const tookCsv = this.csv ? this.csv.take(doc) : true;
    if (!tookSqlite || !tookCsv) this.duplicates.push({ display, first: first ?? "an earlier input" });
  }

  async commit(): Promise<void> {
    await this.csv?.commit();
    await this.sqlite?.commit();
  }

  async discard(): Promise<void> {
    this.sqlite?.rollback();
    await this.csv?.discard();
  }

  get meetings(): number {
    return this.sqlite?.meetings ?? this.csv?.meetings ?? 0;
  }

  get rows(): number {
    return this.sqlite?.rows ?? this.csv?.rows ?? 0;
  }
}

function where(flags: ExportFlags): string {
  return [flags.sqlite, flags.csv ? `${flags.csv.replace(/(?<!\/)\/+$/, "")}/` : null].filter(Boolean).join(" and ");
}

/** NDJSON on stdin: one minutes JSON document a line (as `minutes parse … --ndjson` prints). Returns the exit code. */
async function readNdjson(destinations: Destinations, io: BatchIo, flags: ExportFlags, signal: AbortSignal): Promise<number> {
  let failed = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (signal.aborted) break;
    if (line.trim() === "") continue;
    const label = `<stdin>:${lineNumber}`;
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new MinutesError("E_INVALID_DOCUMENT", `the line is not JSON (export - reads NDJSON: one minutes JSON document a line): ${(error as Error).message}`);
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) throw new MinutesError("E_INVALID_DOCUMENT", "the line is not a minutes JSON document");
      const doc = checkedMinutesJson(value as Record<string, unknown>, flags.requireMinutes);
      destinations.take(doc, label, label);
    } catch (error) {
      failed++;
      io.stderr(`${formatError(label, asMinutesError(error))}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Run the export; resolves to the exit code. */
export async function runExport(inputs: string[], flags: ExportFlags, io: BatchIo, ctx: Omit<BatchContext, "sink" | "extensions">): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`${formatError(null, new MinutesError("E_USAGE", message))}\n`);
    return 2;
  };
  if (!flags.csv && !flags.sqlite) return usage("say where to export: --csv <dir> (one CSV file per table) and/or --sqlite <file>");
  const stdin = inputs.includes("-");
  if (stdin && inputs.length > 1) return usage("standard input (-) can only be read on its own");

  let sqlite: SqliteArchive | null = null;
  let csv: CsvTables | null = null;
  try {
    if (flags.sqlite) {
      const { SqliteArchive } = await import("./sqlite.js");
      // CSV files hold every input of the export: then nothing is skipped
      sqlite = await SqliteArchive.open(flags.sqlite, { fresh: Boolean(flags.force || flags.csv || stdin), temps: ctx.temps });
    }
    if (flags.csv) {
      const { CsvTables } = await import("./csv.js");
      csv = await CsvTables.open(flags.csv, ctx.temps);
    }
  } catch (error) {
    sqlite?.rollback();
    const err = asMinutesError(error);
    io.stderr(`${formatError(err.code === "E_SQLITE_UNAVAILABLE" ? null : (csv || !flags.csv ? flags.sqlite : flags.csv) ?? null, err)}\n`);
    if (flags.debug) io.stderr(`${safeLines((err.cause as Error | undefined)?.stack ?? err.stack ?? "")}\n`);
    return err.exitCode;
  }
  const destinations = new Destinations(sqlite, csv);

  let code: number;
  try {
    if (stdin) {
      code = await readNdjson(destinations, io, flags, ctx.signal);
    } else {
      const sink: BatchSink = {
        manifest: sqlite?.manifest ?? new Map(),
        take: (json, input) => destinations.take(JSON.parse(json) as MinutesDocument, input.key, input.display),
      };
      code = await runBatch(inputs, { ...flags, pretty: false, acceptJson: true } as BatchFlags & ParseSettings, io, {
        ...ctx,
        sink,
        extensions: EXPORT_EXTENSIONS,
      });
    }
  } catch (error) {
    await destinations.discard();
    throw error;
  }

  for (const { display, first } of destinations.duplicates) {
    io.stderr(`minutes: ${safeForTerminal(display)}: the same minutes (same sha256) as ${safeForTerminal(first)}: exported once\n`);
  }
  if (ctx.signal.aborted || code === 2) {
    await destinations.discard();
    if (ctx.signal.aborted) io.stderr(`minutes: export interrupted: nothing written, ${where(flags)} left as ${flags.sqlite && flags.csv ? "they were" : "it was"}\n`);
    return code;
  }
  try {
    await destinations.commit();
  } catch (error) {
    await destinations.discard();
    const err = asMinutesError(error);
    io.stderr(`${formatError(flags.sqlite ?? flags.csv ?? null, err)}\n`);
    return err.exitCode;
  }
  if (!flags.quiet) {
    const meetings = destinations.meetings;
    io.stderr(`minutes: exported ${meetings} meeting${meetings === 1 ? "" : "s"} (${destinations.rows} rows) to ${where(flags)}\n`);
  }
  return code;
}
