// `minutes show` as people run it: colour only on a terminal (never with NO_COLOR or --no-color), JSON or minutes input, one-line errors.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main, type Io } from "../../src/cli/main.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const ROTHERHAM = join(ROOT, "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt");
// eslint-disable-next-line no-control-regex -- an ANSI escape is what is looked for
const ESCAPE = /\u001b\[/;

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  const result = spawnSync(process.execPath, [BIN, ...args], { input: options.input, encoding: "utf8", env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The command in this process, with stdout a terminal (or not) of 80 columns. */
async function inProcess(args: string[], tty: boolean) {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTty: tty, stdoutColumns: 80 };
  const code = await main(["node", "minutes", ...args], io);
  return { code, stdout, stderr };
}

const savedNoColor = process.env.NO_COLOR;
afterEach(() => {
  if (savedNoColor === undefined) delete process.env.NO_COLOR;
  else process.env.NO_COLOR = savedNoColor;
});

describe("minutes show", { timeout: 60_000 }, () => {
  it("colours on a terminal, and not with NO_COLOR, with --no-color, or when stdout is not a terminal", async () => {
    delete process.env.NO_COLOR;
    const terminal = await inProcess(["show", ROTHERHAM], true);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout).toMatch(ESCAPE);
    expect((await inProcess(["show", ROTHERHAM, "--no-color"], true)).stdout).not.toMatch(ESCAPE);
    expect((await inProcess(["show", ROTHERHAM], false)).stdout).not.toMatch(ESCAPE);
    process.env.NO_COLOR = "1";
    const noColor = await inProcess(["show", ROTHERHAM], true);
    expect(noColor.stdout).not.toMatch(ESCAPE);
    expect(noColor.stdout).toBe((await inProcess(["show", ROTHERHAM], false)).stdout);
  });

  it("prints plain text in a pipe (the built command), colour only with --color", () => {
    const piped = run(["show", ROTHERHAM]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    expect(piped.stdout.split("\n")[0]).toBe("Improving Lives Select Commission");
    expect(piped.stdout).not.toMatch(ESCAPE);
    expect(run(["show", ROTHERHAM], { env: { NO_COLOR: "1" } }).stdout).toBe(piped.stdout);
    expect(run(["show", ROTHERHAM, "--color"]).stdout).toMatch(ESCAPE);
  });

  it("shows the JSON of parse exactly as the minutes it came from, also from stdin", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-show-"));
    const json = join(dir, "rotherham.json");
    expect((await inProcess(["parse", ROTHERHAM, "-o", json, "-q"], false)).code).toBe(0);
    const fromMinutes = (await inProcess(["show", ROTHERHAM, "-w", "100"], false)).stdout;
    expect(fromMinutes.split("\n").length).toBeGreaterThan(100);
    expect((await inProcess(["show", json, "-w", "100"], false)).stdout).toBe(fromMinutes);
    const stdin = run(["show", "-", "-w", "100"], { input: readFileSync(json, "utf8") });
    expect(stdin.stdout).toBe(fromMinutes);
  });

  it("--item shows one item in full; an unknown item or a bad input is a one-line error", async () => {
    const item = await inProcess(["show", ROTHERHAM, "--item", "16"], false);
    expect(item.code).toBe(0);
    expect(item.stdout).toContain("16. Work Programme");
    expect(item.stdout).not.toContain("15. ");
    // line 322 of the document, in full (wrapped, not shortened)
    expect(item.stdout.replace(/\s+/g, " ")).toContain(
      "Children's and Young People's Services requested that the Response to the Prevention of Future Deaths Report be delayed from today's meeting and be presented to December's meeting.",
    );
    const missing = await inProcess(["show", ROTHERHAM, "--item", "99"], false);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("minutes: " + ROTHERHAM + ": E_USAGE no item 99 in these minutes (items: 10, 11, 12, 13, 14, 15, 16, 17, 18)\n");
    const dir = mkdtempSync(join(tmpdir(), "minutes-show-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ schema_version: "1.0.0", items: "none" }));
    const invalid = await inProcess(["show", bad], false);
    expect(invalid.code).toBe(65);
    expect(invalid.stderr).toMatch(/^minutes: .*bad\.json: E_INVALID_DOCUMENT the JSON does not match the minutes schema: .*\n$/);
    // a PDF is read on a worker thread (the built worker script): the built command
    const unreadable = run(["show", join(ROOT, "fixtures/pdf/horsley-parish-council_2014-03-18.pdf"), "--ocr", "never"]);
    expect(unreadable.code).toBe(65);
    expect(unreadable.stderr).toMatch(/E_PDF_UNREADABLE_TEXT .*\n$/);
    expect(unreadable.stderr.split("\n")).toHaveLength(2);
  });
});
