// The fenced room: a single PDF is read on a worker thread with a bounded heap, so that a PDF built to fill the heap fails
// with E_OUT_OF_MEMORY (exit 75, one line) instead of killing the process, as it does when read in-process; a batch goes
// on past it; text input is still read on the main thread.
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { needsFence } from "../../src/cli/batch/single.js";
import { heapBombPdf } from "./heap-bomb-pdf.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const ROTHERHAM = join(ROOT, "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt");
const KENT = join(ROOT, "fixtures/pdf/kent-cc-cabinet_2025-01-09.pdf");
const DOCX = join(ROOT, "fixtures/pdf/newbiggin-parish-council_2019-09-03.docx");
/** The heap the tests give the worker (and the in-process run): small, so the bomb goes off in seconds. */
const HEAP_MB = 64;
/** The string the bomb inflates to, in MiB: a few times the heap, once pdf.js has read it. */
const BOMB_MB = 24;
/** The fenced run must end well within the vitest limit. */
const WITHIN_MS = 20_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(args: string[], env: Record<string, string> = {}, stdin?: Uint8Array): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, FORCE_COLOR: "0", ...env }, stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"] });
    if (stdin) child.stdin!.end(stdin);
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - start });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "minutes-fence-"));
let bomb: string;

beforeAll(() => {
  bomb = join(dir, "heap-bomb.pdf");
  writeFileSync(bomb, heapBombPdf(BOMB_MB));
});

/** The refusal of the bomb: exit 75, one line "minutes: <file>: E_OUT_OF_MEMORY …", no stack trace, nothing on stdout, in time. */
function expectOutOfMemory(result: Run, file: string) {
  expect(result.code, result.stderr).toBe(75);
  expect(result.signal).toBeNull();
  expect(result.stdout).toBe("");
  expect(result.stderr).toBe(`minutes: ${file}: E_OUT_OF_MEMORY reading the file needed more memory than the limit of ${HEAP_MB} MiB (see --max-memory)\n`);
  expect(result.ms).toBeLessThan(WITHIN_MS);
}

describe("the heap bomb", () => {
  it("is small, and read in-process it kills the process with a V8 out-of-memory (what a single PDF did before the fence)", async () => {
    expect(heapBombPdf(BOMB_MB).length).toBeLessThan(100_000);
    const script = `import { readFileSync } from "node:fs";
const { parseMinutes } = await import(${JSON.stringify(join(ROOT, "dist/document.js"))});
await parseMinutes(new Uint8Array(readFileSync(${JSON.stringify(bomb)})));
console.log("survived");`;
    const result = await run([`--max-old-space-size=${HEAP_MB}`, "--input-type=module", "-e", script]);
    expect(result.stdout).not.toContain("survived");
    // V8's fatal error aborts the process: SIGABRT (134 through a shell), with a native stack trace on stderr
    expect(result.signal === "SIGABRT" || result.code === 134, `${result.code} ${result.signal}`).toBe(true);
    expect(result.stderr).toMatch(/FATAL ERROR: .*JavaScript heap out of memory/);
  });
});

describe("minutes on the heap bomb, fenced (built CLI)", { timeout: 60_000 }, () => {
  it("parse: E_OUT_OF_MEMORY, exit 75, one line, within the time", async () => {
    expectOutOfMemory(await run([BIN, "parse", bomb, "--max-memory", String(HEAP_MB)]), bomb);
  });

  it("parse from standard input, told a PDF by its content", async () => {
    expectOutOfMemory(await run([BIN, "parse", "-", "--max-memory", String(HEAP_MB)], {}, readFileSync(bomb)), "<stdin>");
  });

  it("text and show read a PDF in the same fence", async () => {
    expectOutOfMemory(await run([BIN, "text", bomb, "--max-memory", String(HEAP_MB)]), bomb);
    expectOutOfMemory(await run([BIN, "show", bomb, "--max-memory", String(HEAP_MB)]), bomb);
  });

  it("a batch fails the bomb and goes on: its worker is replaced and the next PDF converts", async () => {
    const archive = mkdtempSync(join(dir, "archive-"));
    writeFileSync(join(archive, "a-bomb.pdf"), heapBombPdf(BOMB_MB));
    copyFileSync(KENT, join(archive, "b-kent.pdf"));
    const result = await run([BIN, "parse", archive, "--ndjson", "-j", "1", "-q", "--max-memory", String(HEAP_MB)]);
    expect(result.code, result.stderr).toBe(1);
    const docs = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as { source: { path: string; pages: number } });
    expect(docs.map((d) => d.source.path)).toEqual([join(archive, "b-kent.pdf")]);
    expect(docs[0]!.source.pages).toBe(9);
    expect(result.stderr).toMatch(/E_OUT_OF_MEMORY +.*a-bomb\.pdf: reading the file needed more memory than the limit of 64 MiB/);
    expect(result.stderr).toMatch(/1 converted, 0 skipped \(up to date\), 1 failed/);
  });

});

describe.concurrent("minutes within the fence (built CLI)", { timeout: 60_000 }, () => {
  it("a PDF and a Word document within the limit parse as before", async () => {
    const [pdf, docx] = await Promise.all([run([BIN, "parse", KENT, "--max-memory", String(HEAP_MB)]), run([BIN, "parse", DOCX, "--max-memory", String(HEAP_MB)])]);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect((JSON.parse(pdf.stdout) as { source: { format: string; pages: number } }).source).toMatchObject({ format: "pdf", pages: 9 });
    expect(docx.code, docx.stderr).toBe(0);
    expect((JSON.parse(docx.stdout) as { source: { format: string } }).source.format).toBe("docx");
  });

  it("text input is read on the main thread: the worker's test-only delay does not touch it, but does touch a PDF", async () => {
    // MINUTES_TEST_DELAY_MS blocks a worker for that long before it parses: a file read on a worker takes at least that
    // long, whatever the load; the text parse (a fraction of a second) ends well before
    const delayMs = 15_000;
    const env = { MINUTES_TEST_DELAY_MS: String(delayMs) };
    const [text, pdf] = await Promise.all([run([BIN, "parse", ROTHERHAM], env), run([BIN, "parse", KENT], env)]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.ms).toBeLessThan(delayMs);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.ms).toBeGreaterThanOrEqual(delayMs);
  });

  it("--max-memory refuses a value a worker cannot start in", async () => {
    const result = await run([BIN, "parse", KENT, "--max-memory", "16"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--max-memory.*expected a whole number of MiB, at least 64/);
  });
});

describe("which inputs are fenced", () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text));
  it("PDF and Word documents by their content or --format; text, markdown and HTML not", () => {
    expect(needsFence(new Uint8Array(readFileSync(KENT)), undefined)).toBe(true);
    expect(needsFence(new Uint8Array(readFileSync(DOCX)), undefined)).toBe(true);
    expect(needsFence(bytes("1. Apologies\n"), undefined)).toBe(false);
    expect(needsFence(bytes("<html><body><p>Minutes</p></body></html>"), undefined)).toBe(false);
    expect(needsFence(bytes("1. Apologies\n"), "pdf")).toBe(true);
    expect(needsFence(bytes("1. Apologies\n"), "docx")).toBe(true);
    // --format text on a PDF is refused as binary before any PDF code runs
    expect(needsFence(new Uint8Array(readFileSync(KENT)), "text")).toBe(false);
  });
});
