// The `minutes` command: parse, show, export, text, schema and validate. Heavy modules are imported only by the commands that need them,
// and a PDF or Word document is read on a worker thread with a bounded heap (batch/single.ts), never on the command's own thread.
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { MinutesError } from "../errors.js";
import { STYLE_NAMES } from "../recognize/styles.js";
import type { OcrMode, OcrProgress } from "../ingest/pdf/index.js";
import type { InputFormat } from "../ingest/source-text.js";
import type { MinutesDocument, Warning } from "../types/minutes.js";
import { asMinutesError, formatError, formatJson, formatWarning, safeForTerminal, safeLines, writeFileAtomic } from "./output.js";
import { readInput } from "./read-input.js";
import { classify } from "./batch/inputs.js";
import { DEFAULT_MAX_MEMORY_MB, isBatch, parseMebibytes, parseSeconds, type BatchFlags } from "./batch/options.js";
import type { BatchContext, BatchIo } from "./batch/run.js";
import type { Fence } from "./batch/single.js";
import { parseShard } from "./batch/shard.js";
import { documentOptions } from "./batch/protocol.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

interface ParseFlags extends BatchFlags {
  maxMemory: number;
  style?: string;
  out?: string;
  pretty?: boolean;
  compact?: boolean;
  format?: InputFormat;
  password?: string;
  maxBytes: number;
  maxPages?: number;
  ocr?: OcrMode;
  requireMinutes?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

const WORKER_SCRIPT = new URL("./batch/worker.js", import.meta.url);

/** The schema version outputs are written with (the manifest records it), read from the schema without loading the parser. */
function schemaVersion(): string {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/minutes.schema.json", import.meta.url), "utf8")) as {
    properties: { schema_version: { const: string } };
  };
  return schema.properties.schema_version.const;
}

/** Where output and messages go: injectable so tests can run the command in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTty: boolean;
  /** True when stderr is a terminal (OCR progress is shown there only then). */
  stderrIsTty?: boolean;
  /** The terminal's width, when stdout is one. */
  stdoutColumns?: number;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY),
  get stdoutColumns() {
    return process.stdout.columns;
  },
};

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}

const EXAMPLES = `
Examples:
  $ minutes parse minutes.txt                 JSON to stdout (pretty on a terminal, compact in a pipe)
  $ minutes parse minutes.pdf -o minutes.json  write the JSON to a file
  $ cat minutes.txt | minutes parse -          read standard input
  $ minutes parse minutes.txt | jq '.items[] | {number, title}'
  $ minutes parse archive/ --out-dir json/     a whole archive: one JSON file each, redoing only what changed
  $ minutes parse 'archive/**/*.pdf' --ndjson  one line of JSON per file on stdout, in input order
  $ minutes parse archive/ --out-dir json/ --shard 2/4 --report report.json   one job of a CI matrix
  $ minutes show minutes.pdf                   an outline to read: meeting, attendance, items, decisions, warnings
  $ minutes show out/minutes.json --item 14    one item in full, from the JSON that parse wrote
  $ minutes export archive/ --sqlite minutes.db --csv tables/   tables to query: SQLite (with full-text search), CSV
  $ minutes text minutes.pdf                   the text the parser reads (source.line counts its lines)
  $ minutes validate out/*.json                check JSON files against the schema
  $ minutes schema > minutes.schema.json

Exit codes: 0 ok, 1 invalid JSON given to validate, or some files of a batch failed, 2 usage error, 65 input refused
(bad, empty, too large, unreadable PDF, not minutes under --require-minutes…), 66 file not readable, 70 internal error
(output failed the schema: a bug), 75 time or memory limit reached (--timeout, --max-memory), 130 interrupted.
`;

/** Erases the current terminal line (after a carriage return). */
const CLEAR_LINE = "\r\x1b[K";

/** OCR progress on stderr, one line rewritten in place, on a terminal only (and not with --quiet): the library's
 * onOcrProgress callback. Undefined when nothing is to be shown. */
function ocrProgress(io: Io, label: string, quiet: boolean | undefined): ((progress: OcrProgress) => void) | undefined {
  if (!io.stderrIsTty || quiet) return undefined;
  return ({ done, total }) => {
    io.stderr(done < total ? `${CLEAR_LINE}minutes: ${safeForTerminal(label)}: OCR ${done}/${total} pages` : CLEAR_LINE);
  };
}

function report(io: Io, file: string | null, error: unknown, debug: boolean | undefined): number {
  const err = asMinutesError(error);
  io.stderr(`${formatError(file, err)}\n`);
  if (err.code === "E_INVALID_OUTPUT" && Array.isArray(err.details)) for (const line of err.details) io.stderr(`  ${safeForTerminal(String(line))}\n`);
  if (debug) io.stderr(`${safeLines((err.cause as Error | undefined)?.stack ?? err.stack ?? "")}\n`);
  return err.exitCode;
}

async function parseCommand(io: Io, file: string, flags: ParseFlags): Promise<number> {
  const label = file === "-" ? "<stdin>" : file;
  try {
    const bytes = await readInput(file, flags.maxBytes);
    const pretty = flags.compact ? false : flags.pretty ? true : !flags.out && io.stdoutIsTty;
    const options = documentOptions(flags);
    let json: string;
    let warnings: Warning[];
    const { needsFence, convertFenced } = await import("./batch/single.js");
    if (flags.timeout !== undefined || needsFence(bytes, flags.format)) {
      // pdf.js and mammoth read on a worker whose heap is bounded; and a parse that hangs cannot be stopped on this
      // thread: under --timeout any input runs on a worker that the time limit terminates
      ({ json, warnings } = await convertFenced(bytes, file === "-" ? null : file, { ...options, pretty }, fence(flags), ocrProgress(io, label, flags.quiet)));
    } else {
      const { parseMinutes } = await import("../document.js");
      const doc = await parseMinutes(bytes, { path: file === "-" ? null : file, ...options, onOcrProgress: ocrProgress(io, label, flags.quiet) });
      json = formatJson(doc, pretty);
      warnings = doc.warnings;
    }
    if (!flags.quiet) for (const warning of warnings) io.stderr(`${formatWarning(label, warning)}\n`);
    if (flags.out) await writeFileAtomic(flags.out, json);
    else io.stdout(json);
    if (flags.failOnWarning && warnings.length > 0) {
      io.stderr(`minutes: ${safeForTerminal(label)}: ${warnings.length} warning${warnings.length === 1 ? "" : "s"} (--fail-on-warning)\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    return report(io, label, error, flags.debug);
  }
}

/** The worker a single input is read on: its script, --timeout and --max-memory. */
function fence(flags: ParseFlags): Fence {
  return { workerScript: WORKER_SCRIPT, timeoutMs: flags.timeout === undefined ? undefined : flags.timeout * 1000, maxMemoryMb: flags.maxMemory };
}

/** Streams for a batch: the process's own, or the injected Io (in-process tests: no TTY, no back-pressure). */
function batchIo(io: Io): BatchIo {
  if (io !== processIo) return { stdout: (t) => (io.stdout(t), true), stderr: io.stderr, stderrIsTty: false, columns: 80, drained: async () => undefined };
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTty: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns || 80,
    drained: () => new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
  };
}

/** Run a batch (parse's or export's) with clean interrupts: the context every batch gets. */
async function withInterrupts(run: (ctx: BatchContext) => Promise<number>): Promise<number> {
  const { watchInterrupts } = await import("./batch/signals.js");
  const temps = new Set<string>();
  const interrupts = watchInterrupts(temps);
  try {
    return await run({
      toolVersion: VERSION,
      schemaVersion: schemaVersion(),
      workerScript: WORKER_SCRIPT,
      signal: interrupts.signal,
      interruptedExitCode: interrupts.exitCode,
      temps,
    });
  } finally {
    interrupts.dispose();
  }
}

/** `minutes parse` with many inputs (or a directory, a glob, --out-dir, --ndjson…): the batch. */
async function batchCommand(io: Io, files: string[], flags: ParseFlags): Promise<number> {
  const { runBatch } = await import("./batch/run.js");
  return withInterrupts((ctx) => runBatch(files, { ...flags, pretty: Boolean(flags.pretty) }, batchIo(io), ctx));
}

interface ExportCliFlags extends ParseFlags {
  csv?: string;
  sqlite?: string;
}

/** `minutes export`: the batch (or NDJSON on stdin) into CSV tables and a SQLite archive. */
async function exportCommand(io: Io, inputs: string[], flags: ExportCliFlags): Promise<number> {
  try {
    const { runExport } = await import("./export/command.js");
    return await withInterrupts((ctx) => runExport(inputs, flags, batchIo(io), ctx));
  } catch (error) {
    return report(io, null, error, flags.debug);
  }
}

async function parseOrBatch(io: Io, files: string[], flags: ParseFlags): Promise<number> {
  const first = files[0] ?? "-";
  const kind = first === "-" ? "file" : await classify(first, process.cwd());
  return isBatch(files, kind, flags) ? batchCommand(io, files, flags) : parseCommand(io, first, flags);
}

interface ShowFlags extends ParseFlags {
  item?: string;
  width?: number;
  color?: boolean;
}

/** Colour on a terminal only: never with NO_COLOR or --no-color, or when stdout is not a TTY; --color forces it. */
function useColor(io: Io, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (process.env.NO_COLOR) return false;
  return io.stdoutIsTty;
}

async function showCommand(io: Io, file: string, flags: ShowFlags): Promise<number> {
  const label = file === "-" ? "<stdin>" : file;
  try {
    const [{ loadDocument, minutesJson }, { renderOutline, findItem }, { needsFence, convertFenced }] = await Promise.all([
      import("./load-document.js"),
      import("../views/outline.js"),
      import("./batch/single.js"),
    ]);
    const bytes = await readInput(file, flags.maxBytes);
    const path = file === "-" ? null : file;
    const onOcrProgress = ocrProgress(io, label, false);
    const doc =
      needsFence(bytes, flags.format) && !minutesJson(bytes)
        ? (JSON.parse((await convertFenced(bytes, path, { ...documentOptions(flags), pretty: false }, fence(flags), onOcrProgress)).json) as MinutesDocument)
        : await loadDocument(bytes, { path, ...documentOptions(flags), onOcrProgress });
    let item = null;
    if (flags.item !== undefined) {
      item = findItem(doc, flags.item);
      if (!item) {
        const numbers = doc.items.map((i) => i.number ?? i.id).join(", ");
        throw new MinutesError("E_USAGE", `no item ${flags.item} in these minutes (items: ${numbers || "none"})`);
      }
    }
    const width = flags.width ?? (io.stdoutIsTty && io.stdoutColumns ? io.stdoutColumns : Number(process.env.COLUMNS) || 80);
    io.stdout(renderOutline(doc, { width, color: useColor(io, flags.color), item }));
    return 0;
  } catch (error) {
    return report(io, label, error, flags.debug);
  }
}

async function textCommand(io: Io, file: string, flags: ParseFlags): Promise<number> {
  const label = file === "-" ? "<stdin>" : file;
  try {
    const { needsFence, readTextFenced } = await import("./batch/single.js");
    const bytes = await readInput(file, flags.maxBytes);
    const path = file === "-" ? null : file;
    const onOcrProgress = ocrProgress(io, label, false);
    if (needsFence(bytes, flags.format)) {
      io.stdout(await readTextFenced(bytes, path, { ...documentOptions(flags), pretty: false }, fence(flags), onOcrProgress));
    } else {
      const { readableText } = await import("./readable-text.js");
      io.stdout(await readableText(bytes, { path, format: flags.format, password: flags.password, maxBytes: flags.maxBytes, maxPages: flags.maxPages, ocr: flags.ocr, onOcrProgress }));
    }
    return 0;
  } catch (error) {
    return report(io, label, error, flags.debug);
  }
}

async function validateCommand(io: Io, files: string[]): Promise<number> {
  const { validateDocument } = await import("../validate.js");
  let failed = 0;
  for (const file of files) {
    try {
      const value = JSON.parse(readFileSync(file, "utf8")) as unknown;
      const result = validateDocument(value);
      if (result.valid) io.stderr(`minutes: ${safeForTerminal(file)}: valid\n`);
      else {
        failed++;
        io.stderr(`minutes: ${safeForTerminal(file)}: invalid\n${result.errors.map((e) => `  ${safeForTerminal(e)}\n`).join("")}`);
      }
    } catch (error) {
      failed++;
      const err = error instanceof SyntaxError ? new MinutesError("E_USAGE", `not JSON: ${error.message}`) : asMinutesError(error);
      io.stderr(`${formatError(file, err)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function addInputOptions(command: Command): Command {
  return command
    .addOption(new Option("--format <format>", "read the input as this format instead of detecting it").choices(["text", "markdown", "pdf", "docx"]))
    .addOption(new Option("--style <style>", "read the minutes in this style instead of detecting it").choices(["auto", ...STYLE_NAMES]).default("auto"))
    .option("--password <password>", "password of an encrypted PDF")
    .option("--max-bytes <n>", "refuse inputs larger than this many bytes", positiveInteger, DEFAULT_MAX_BYTES)
    .option("--max-pages <n>", "read at most this many PDF pages", positiveInteger)
    .addOption(
      new Option("--ocr <when>", "read PDF pages by OCR: auto (pages without a usable text layer), always, or never (refuse them)")
        .choices(["auto", "always", "never"])
        .default("auto"),
    )
    .option("--max-memory <MiB>", "the heap of the worker thread a PDF or Word document (or a batch's file) is read on: over it, E_OUT_OF_MEMORY", parseMebibytes, DEFAULT_MAX_MEMORY_MB)
    .option("--debug", "show stack traces of failures");
}

/** The options of the batch that parse and export share. */
function addBatchOptions(command: Command): Command {
  return command
    .option("-j, --jobs <n>", "batch: parse on this many worker threads", positiveInteger, availableParallelism())
    .option("--timeout <seconds>", "give up on a file after this long (E_TIMEOUT; its worker is replaced)", parseSeconds)
    .option("--report <file>", "batch: write every file's outcome as JSON to this file (atomically)")
    .option("--fail-on-warning", "count a file with warnings as failed (exit 1); its output is still written")
    .option("--require-minutes", "refuse a document that is not minutes (an agenda, or no minutes structure found): E_NOT_MINUTES");
}

/** Build the program; `exit` receives the exit code of whatever command ran. */
export function buildProgram(io: Io, exit: (code: number) => void): Command {
  const program = new Command("minutes")
    .description("Turn the minutes of public meetings into structured JSON, validated against a published JSON Schema.")
    .version(VERSION, "-V, --version")
    .addHelpText("after", EXAMPLES)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  addInputOptions(
    addBatchOptions(
      program
        .command("parse")
      .description("parse minutes (text, markdown, HTML, PDF or Word .docx; - for stdin) into JSON: one file, or many files, directories and globs")
      .argument("<file...>", "input files, directories (searched for .pdf .txt .text .md .markdown .htm .html) or globs; - for standard input")
      .option("-o, --out <file>", "write the JSON to this file (atomically) instead of stdout")
      .option("--pretty", "indent the JSON (the default on a terminal)")
      .option("--compact", "one line of JSON (the default in a pipe)")
      .option("-q, --quiet", "do not print warnings on stderr, nor batch progress")
      .option("--out-dir <dir>", "batch: write one <name>.json per input under this directory, mirroring paths below the inputs' common base")
      .option("--ndjson", "batch: print one line of JSON per input on stdout, in input order")
      .option("--force", "batch: redo every file, even those whose output is up to date")
      .option("--shard <i/n>", "batch: convert only shard i of n (a stable hash of each path), for a CI matrix", parseShard),
    ),
  ).action(async (files: string[], flags: ParseFlags) => exit(await parseOrBatch(io, files, flags)));

  addInputOptions(
    program
      .command("show")
      .description("print an outline of minutes for a person to read (minutes in any input format, or the JSON of `minutes parse`; - for stdin)")
      .argument("<file>", "minutes (text, markdown, HTML, PDF) or a JSON output of minutes parse, or - for standard input")
      .option("--item <n>", "show only the item numbered n (as printed, e.g. 14 or 137/19), in full")
      .option("-w, --width <columns>", "fit the outline to this width (default: the terminal's, else 80)", positiveInteger)
      .option("--color", "colour the outline even when stdout is not a terminal")
      .option("--no-color", "no colour (NO_COLOR in the environment does the same)"),
  ).action(async (file: string, flags: ShowFlags) => exit(await showCommand(io, file, flags)));

  addInputOptions(
    addBatchOptions(
      program
        .command("export")
      .description("export minutes into tables to query: one CSV file per table, and/or a SQLite archive (keys, indexes, full-text search)")
      .argument("<input...>", "minutes files, directories (also searched for .json), globs, JSON outputs of minutes parse; or - for NDJSON on stdin")
      .option("--csv <dir>", "write one CSV file per table (RFC 4180, UTF-8, header row) into this directory, replacing the previous tables")
      .option("--sqlite <file>", "add the meetings to this SQLite database, replacing the rows of meetings exported before")
      .option("-q, --quiet", "do not print warnings, progress or the exported line")
      .option("--force", "redo every input, even those the database has up to date"),
    ),
  ).action(async (inputs: string[], flags: ExportCliFlags) => exit(await exportCommand(io, inputs, flags)));

  addInputOptions(
    program.command("text").description("print the text the parser reads: for a PDF, its reconstructed text").argument("<file>", "input file, or - for standard input"),
  ).action(async (file: string, flags: ParseFlags) => exit(await textCommand(io, file, flags)));

  program
    .command("schema")
    .description("print the JSON Schema of the output")
    .action(() => {
      io.stdout(readFileSync(new URL("../../schemas/minutes.schema.json", import.meta.url), "utf8"));
      exit(0);
    });

  program
    .command("validate")
    .description("validate JSON files against the schema")
    .argument("<json-file...>", "files to check")
    .action(async (files: string[]) => exit(await validateCommand(io, files)));

  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return error.exitCode === 0 ? 0 : 2;
    }
    return report(io, null, error, argv.includes("--debug"));
  }
  return code;
}
