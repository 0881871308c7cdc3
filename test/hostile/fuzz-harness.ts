// The fuzz tests' shared harness: run counts and seed from the environment, the contract every input must meet, replay hints.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { parseMinutes, type ParseOptions } from "../../src/document.js";
import { EXIT_CODES, isMinutesError, type MinutesErrorCode } from "../../src/errors.js";
import { isDocx } from "../../src/ingest/detect.js";
import { guardingStrayRejections, isPdfjsError } from "../../src/ingest/pdf/load.js";
import { minutesSchema } from "../../src/validate.js";

/** FUZZ_SCALE multiplies every run count (default 1, the bounded CI run; `npm run fuzz` uses 20; 0.1 for a smoke run). */
export const FUZZ_SCALE = positive(process.env.FUZZ_SCALE, 1);
/** The fixed CI seed; FUZZ_SEED overrides it (FUZZ_SEED=random picks a fresh one, printed). */
const DEFAULT_SEED = 20251127;
export const FUZZ_SEED =
  process.env.FUZZ_SEED === "random" ? Math.floor(Math.random() * 0x7fffffff) : Math.trunc(positive(process.env.FUZZ_SEED, DEFAULT_SEED));
/** FUZZ_PATH (from a failure report) replays one counterexample; run one property with `-t "<its name>"`. */
const FUZZ_PATH = process.env.FUZZ_PATH || undefined;
/** FUZZ_LOG=<file> appends each case's recipe before it runs: the last line names a case that killed the process. */
const FUZZ_LOG = process.env.FUZZ_LOG || undefined;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(n) && n > 0 ? n : fallback;
}

/** The run count for a property whose CI count is `base`. */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * FUZZ_SCALE));
}

/** A vitest timeout for a test that runs `cases` cases of at most ~`msPerCase` each, on top of a fixed margin. */
export function testTimeout(cases: number, msPerCase: number): number {
  return 60_000 + cases * msPerCase;
}

/** Refusals of an input: fine for hostile input. E_INVALID_OUTPUT and E_INTERNAL are bugs; E_USAGE, E_IO, E_TIMEOUT cannot arise here. */
export const BYTE_REFUSALS: ReadonlySet<MinutesErrorCode> = new Set([
  "E_EMPTY",
  "E_BINARY",
  "E_ENCODING",
  "E_TOO_LARGE",
  "E_PDF_CORRUPT",
  "E_PDF_ENCRYPTED",
  "E_PDF_NO_TEXT",
  "E_PDF_UNREADABLE_TEXT",
  "E_DOCX_CORRUPT",
]);
/** A string is never binary, mis-encoded or a PDF: it can only be empty. */
export const STRING_REFUSALS: ReadonlySet<MinutesErrorCode> = new Set(["E_EMPTY"]);

/** The schema compiled here, independently of the precompiled validator parseMinutes uses. */
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateSchema = ajv.compile(minutesSchema());

/** One fuzz case: the input, the options, and how it was made (shown in fast-check's counterexample). */
export interface FuzzCase {
  input: Uint8Array | string;
  options: ParseOptions;
  /** The recipe: base document and mutations, enough to see what broke it. */
  label: string;
}

/** Gives a case a short printed form: fast-check prints the recipe, not 8 KB of bytes. */
export function fuzzCase(input: Uint8Array | string, options: ParseOptions, label: string): FuzzCase {
  const value: FuzzCase = { input, options, label };
  const kind = typeof input === "string" ? `string(${input.length} chars)` : `Uint8Array(${input.length} bytes)`;
  Object.defineProperty(value, fc.toStringMethod, {
    value: () => `{ ${kind} ${JSON.stringify(options)} ← ${label} }`,
    enumerable: false,
  });
  return value;
}

/** Saves a failing input so it can be replayed with the CLI (bin/minutes.js parse <file>). */
function saveInput(fuzz: FuzzCase): string {
  const dir = join(tmpdir(), "minutes-fuzz");
  mkdirSync(dir, { recursive: true });
  const bytes = typeof fuzz.input === "string" ? Buffer.from(fuzz.input, "utf8") : fuzz.input;
  const ext = typeof fuzz.input === "string" ? "bin" : fuzz.options.format === "pdf" ? "pdf" : isDocx(fuzz.input) ? "docx" : "bin";
  const file = join(dir, `${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${ext}`);
  writeFileSync(file, bytes);
  return file;
}

/**
 * Rejections nobody handled, as they happen: a case that leaves one behind fails, for in Node it ends the process (the
 * CLI died of one). The exception: pdf.js's own, while the PDF reader guards against them (src/ingest/pdf/load.ts).
 */
const unhandled: unknown[] = [];
process.on("unhandledRejection", (reason) => {
  if (!(guardingStrayRejections() && isPdfjsError(reason))) unhandled.push(reason);
});

/** Lets a rejection left behind by the case surface: Node reports them once the microtask queue has drained. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a case came to: "ok" or the refusal's code. */
export type Outcome = "ok" | MinutesErrorCode;

/** Per-case time limit, `ms` plus `msPerKb` for each KB of input: far above a real (linear) parse, so only a hang or a
 * runaway (super-linear) pass trips it. It is CPU time, which other processes on a busy machine do not inflate. */
export interface Budget {
  ms: number;
  msPerKb?: number;
}

function limitOf(budget: Budget, input: Uint8Array | string): number {
  return Math.round(budget.ms + ((budget.msPerKb ?? 0) * input.length) / 1024);
}

function failure(fuzz: FuzzCase, what: string, cause?: unknown): Error {
  let file = "(could not save the input)";
  try {
    file = saveInput(fuzz);
  } catch {
    // the report matters more than the copy
  }
  return new Error(`${what}\n  case: ${fuzz.label}\n  options: ${JSON.stringify(fuzz.options)}\n  input saved to ${file}`, { cause });
}

/** The contract: a schema-valid document, or a MinutesError refusing the input with a documented code; in bounded time. */
export async function checkContract(fuzz: FuzzCase, budget: Budget): Promise<Outcome> {
  const allowed = new Set(typeof fuzz.input === "string" ? STRING_REFUSALS : BYTE_REFUSALS);
  if (fuzz.options.requireMinutes) allowed.add("E_NOT_MINUTES");
  const limit = limitOf(budget, fuzz.input);
  unhandled.length = 0;
  if (FUZZ_LOG) appendFileSync(FUZZ_LOG, `${JSON.stringify({ options: fuzz.options, case: fuzz.label })}\n`);
  const started = process.cpuUsage();
  const cpuMs = (): number => {
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  let outcome: Outcome;
  try {
    const document = await parseMinutes(fuzz.input, fuzz.options);
    outcome = "ok";
    const elapsed = cpuMs();
    if (!validateSchema(document)) {
      throw failure(fuzz, `schema-invalid output: ${ajv.errorsText(validateSchema.errors, { separator: "; " })}`);
    }
    // what the CLI writes: JSON, so no undefined, NaN or Infinity may hide in it
    const roundTrip: unknown = JSON.parse(JSON.stringify(document));
    if (!validateSchema(roundTrip)) {
      throw failure(fuzz, `output invalid after a JSON round trip: ${ajv.errorsText(validateSchema.errors, { separator: "; " })}`);
    }
    const bytes = typeof fuzz.input === "string" ? Buffer.byteLength(fuzz.input, "utf8") : fuzz.input.length;
    if (document.source.bytes !== bytes) throw failure(fuzz, `source.bytes is ${document.source.bytes}, the input has ${bytes}`);
    if (elapsed > limit) throw failure(fuzz, `took ${Math.round(elapsed)} ms of CPU (limit ${limit} ms): a hang or runaway pass`);
  } catch (error) {
    if (error instanceof Error && error.message.includes("\n  case: ")) throw error;
    if (!isMinutesError(error)) {
      const name = error instanceof Error ? error.constructor.name : typeof error;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      throw failure(fuzz, `threw ${name}, not a MinutesError: ${message}`, error);
    }
    if (!(error.code in EXIT_CODES) || !allowed.has(error.code)) {
      throw failure(fuzz, `MinutesError ${error.code} is not a refusal of the input (a bug): ${error.message}`, error);
    }
    outcome = error.code;
    const elapsed = cpuMs();
    if (elapsed > limit) throw failure(fuzz, `took ${Math.round(elapsed)} ms of CPU (limit ${limit} ms) to refuse: a hang or runaway pass`);
  }
  await settle();
  if (unhandled.length > 0) {
    const reason = unhandled[0];
    const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    throw failure(fuzz, `left an unhandled rejection behind (outcome ${outcome}): ${text}`, reason);
  }
  return outcome;
}

/** Tally of outcomes, printed after each property so a run shows it reached the parser (not only refusals). */
export class Tally {
  readonly counts = new Map<Outcome, number>();
  add(outcome: Outcome): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }
  get total(): number {
    let n = 0;
    for (const count of this.counts.values()) n += count;
    return n;
  }
  count(outcome: Outcome): number {
    return this.counts.get(outcome) ?? 0;
  }
  toString(): string {
    return [...this.counts].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ");
  }
}

/**
 * Runs an async property over `arbitrary` with the run's seed: `numRuns` cases, each held to the contract.
 * On failure the error carries fast-check's report (seed, path, shrunk counterexample) and the command that replays it.
 */
export async function fuzz(
  name: string,
  file: string,
  arbitrary: fc.Arbitrary<FuzzCase>,
  numRuns: number,
  budget: Budget,
  /** Shrink attempts allowed after a failure, so that a failing run ends in minutes (chained arbitraries shrink slowly). */
  maxShrinks = 300,
): Promise<Tally> {
  const tally = new Tally();
  const started = performance.now();
  const shrinking = fc.limitShrink(arbitrary, maxShrinks);
  const property = fc.asyncProperty(shrinking, async (fuzzCase) => {
    tally.add(await checkContract(fuzzCase, budget));
  });
  const details = await fc.check(property, {
    seed: FUZZ_SEED,
    numRuns: FUZZ_PATH ? 1 : numRuns,
    path: FUZZ_PATH,
    endOnFailure: FUZZ_PATH !== undefined,
    // an async hang (a promise pdf.js never settles) fails the case instead of the whole run
    timeout: Math.max(budget.ms * 4, 60_000),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const cases = details.failed ? `FAILED at case ${details.numRuns} of ${numRuns}` : `${details.numRuns} cases`;
  console.log(`[fuzz] ${file} › ${name}: ${cases} in ${seconds} s, seed ${FUZZ_SEED} (FUZZ_SCALE ${FUZZ_SCALE}): ${tally}`);
  if (details.failed) {
    const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ""} npx vitest run ${file} -t ${JSON.stringify(name)}`;
    throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: ${replay}`, { cause: details.errorInstance });
  }
  return tally;
}
