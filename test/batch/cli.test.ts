// Batch conversion through the built CLI: failure isolation, reports, incremental runs, shards, SIGINT, ndjson order, path safety, timeouts.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const CORPUS = join(ROOT, "fixtures/corpus");
const PDF_DIR = join(ROOT, "fixtures/pdf");
const SMALL = ["san-juan-usd-board-of-education_2020-01-14.txt", "boughton-parish-council_2014-03.md", "stoke-ferry-parish-council_2019-06-05.md"];
const PDF = "manordeilo-salem-community-council_2016-02-10.pdf";
const HAS_PDF = existsSync(join(PDF_DIR, PDF));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), "minutes-batch-"));
}

/** Every file under dir, relative, / separated, sorted. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** n copies of small corpus files (each made distinct), named f001.txt …, in `dir`. */
function copies(dir: string, n: number): string[] {
  mkdirSync(dir, { recursive: true });
  const names: string[] = [];
  for (let i = 1; i <= n; i++) {
    const source = SMALL[i % SMALL.length] as string;
    const name = `f${String(i).padStart(3, "0")}${source.endsWith(".md") ? ".md" : ".txt"}`;
    writeFileSync(join(dir, name), `${readFileSync(join(CORPUS, source), "utf8")}\n\nCopy ${i}.\n`);
    names.push(name);
  }
  return names;
}

function ndjsonPaths(stdout: string): string[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => (JSON.parse(l) as { source: { path: string } }).source.path);
}

// each test runs the CLI a few times: give them room on a busy machine
describe("minutes parse, batch (built CLI)", { timeout: 60_000 }, () => {
  it("converts the good files, isolates the bad ones, and names them in the summary and the report", () => {
    const base = scratch();
    const input = join(base, "archive");
    mkdirSync(join(input, "2019/june"), { recursive: true });
    copyFileSync(join(CORPUS, SMALL[0] as string), join(input, SMALL[0] as string));
    copyFileSync(join(CORPUS, SMALL[1] as string), join(input, "2019", SMALL[1] as string));
    copyFileSync(join(CORPUS, SMALL[2] as string), join(input, "2019/june", SMALL[2] as string));
    if (HAS_PDF) copyFileSync(join(PDF_DIR, PDF), join(input, "2019", PDF));
    writeFileSync(join(input, "2019/corrupt.pdf"), "%PDF-1.4\n1 0 obj << junk >>\n\x00\x01garbage");
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(join(input, "notes.json"), "{}"); // not a minutes extension: not picked up
    const out = join(base, "out");
    const report = join(base, "report.json");

    const { code, stdout, stderr } = run(["parse", input, "--out-dir", out, "--report", report, "--jobs", "2"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    const expected = [
      ".minutes-manifest.json",
      "2019/boughton-parish-council_2014-03.json",
      ...(HAS_PDF ? [`2019/${PDF.replace(".pdf", ".json")}`] : []),
      "2019/june/stoke-ferry-parish-council_2019-06-05.json",
      "san-juan-usd-board-of-education_2020-01-14.json",
    ].sort();
    expect(tree(out)).toEqual(expected);
    const doc = JSON.parse(readFileSync(join(out, "2019/boughton-parish-council_2014-03.json"), "utf8"));
    expect(doc.schema_version).toBe("1.0.0");
    expect(doc.source.path).toBe(join(input, "2019", SMALL[1] as string));

    const good = HAS_PDF ? 4 : 3;
    expect(stderr).toMatch(new RegExp(`minutes: ${good + 2} files: ${good} converted, 0 skipped \\(up to date\\), 2 failed; .*\\n`));
    expect(stderr).toMatch(/minutes: failed files:\n( {2}E_\w+ .*\n){2}/);
    expect(stderr).toMatch(/ {2}E_PDF_CORRUPT {2}\S*corrupt\.pdf: /);
    expect(stderr).toMatch(/ {2}E_EMPTY {2}\S*empty\.txt: /);

    const data = JSON.parse(readFileSync(report, "utf8"));
    expect(data.summary).toMatchObject({ total: good + 2, converted: good, skipped: 0, failed: 2, not_done: 0, interrupted: null, exit_code: 1 });
    const byName = Object.fromEntries(data.files.map((f: { path: string }) => [f.path.slice(input.length + 1), f]));
    expect(Object.keys(byName)).toHaveLength(good + 2);
    expect(byName["2019/corrupt.pdf"]).toMatchObject({ status: "failed", error: { code: "E_PDF_CORRUPT" }, output: null });
    expect(byName["empty.txt"]).toMatchObject({ status: "failed", error: { code: "E_EMPTY" }, output: null });
    const converted = byName[SMALL[0] as string];
    expect(converted).toMatchObject({ status: "converted", error: null, output: join(out, "san-juan-usd-board-of-education_2020-01-14.json") });
    expect(converted.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof converted.ms).toBe("number");
    expect(typeof converted.warnings).toBe("number");
    expect(readdirSync(base).sort()).toEqual(["archive", "out", "report.json"]); // no temporary report file left
  });

  it("re-runs only what changed, and redoes everything with --force", () => {
    const base = scratch();
    const input = join(base, "in");
    const names = copies(input, 6);
    const out = join(base, "out");
    const report = join(base, "report.json");
    const statuses = () => (JSON.parse(readFileSync(report, "utf8")).files as { status: string }[]).map((f) => f.status);

    expect(run(["parse", input, "--out-dir", out, "--report", report, "-q"]).code).toBe(0);
    expect(statuses()).toEqual(Array(6).fill("converted"));
    const firstMtime = statSync(join(out, "f001.json")).mtimeMs;

    const again = run(["parse", input, "--out-dir", out, "--report", report, "-q"]);
    expect(again.code).toBe(0);
    expect(statuses()).toEqual(Array(6).fill("skipped"));
    expect(again.stderr).toMatch(/6 files: 0 converted, 6 skipped/);
    expect(statSync(join(out, "f001.json")).mtimeMs).toBe(firstMtime);

    appendFileSync(join(input, names[2] as string), "\nA late addition.\n");
    expect(run(["parse", input, "--out-dir", out, "--report", report, "-q"]).code).toBe(0);
    expect(statuses()).toEqual(["skipped", "skipped", "converted", "skipped", "skipped", "skipped"]);

    // an output removed by hand is redone; other options (here --pretty) redo everything
    rmSync(join(out, names[4]!.replace(/\.\w+$/, ".json")));
    expect(run(["parse", input, "--out-dir", out, "--report", report, "-q"]).code).toBe(0);
    expect(statuses()).toEqual(["skipped", "skipped", "skipped", "skipped", "converted", "skipped"]);

    expect(run(["parse", input, "--out-dir", out, "--report", report, "-q", "--pretty"]).code).toBe(0);
    expect(statuses()).toEqual(Array(6).fill("converted"));

    expect(run(["parse", input, "--out-dir", out, "--report", report, "-q", "--pretty", "--force"]).code).toBe(0);
    expect(statuses()).toEqual(Array(6).fill("converted"));
    const manifest = JSON.parse(readFileSync(join(out, ".minutes-manifest.json"), "utf8"));
    expect(Object.keys(manifest.entries)).toHaveLength(6);
    expect(manifest.entries["f001.json"]).toMatchObject({ input: names[0], tool_version: expect.any(String), schema_version: "1.0.0" });
  });

  it("splits the inputs into shards that cover each one exactly once", () => {
    const base = scratch();
    copies(join(base, "in/a"), 7);
    copies(join(base, "in/b"), 7);
    const all = ndjsonPaths(run(["parse", "in", "--ndjson", "-q"], { cwd: base }).stdout);
    expect(all).toHaveLength(14);
    const shards = [1, 2, 3].map((i) => ndjsonPaths(run(["parse", "in", "--ndjson", "-q", "--shard", `${i}/3`], { cwd: base }).stdout));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(shards.every((s) => s.length < 14)).toBe(true);
    for (const bad of ["0/3", "4/3", "two"]) {
      const r = run(["parse", "in", "--ndjson", "--shard", bad], { cwd: base });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/1 ≤ i ≤ n/);
    }
  });

  it("prints --ndjson as one compact document per line, in input order", () => {
    const base = scratch();
    const names = copies(join(base, "in"), 10);
    // the first files are slow, so that later ones finish first on the other worker
    const { code, stdout } = run(["parse", "in", "--ndjson", "-q", "--jobs", "2"], {
      cwd: base,
      env: { MINUTES_TEST_DELAY_MS: "300", MINUTES_TEST_DELAY_MATCH: "f00" },
    });
    expect(code).toBe(0);
    expect(stdout.endsWith("\n")).toBe(true);
    const lines = stdout.slice(0, -1).split("\n");
    expect(lines).toHaveLength(10);
    expect(ndjsonPaths(stdout)).toEqual(names.map((n) => join("in", n)));
  });

  it("stops cleanly on SIGINT: no partial or temporary files, a summary, exit 130", async () => {
    const base = scratch();
    copies(join(base, "in"), 40);
    const out = join(base, "out");
    const child = spawn(process.execPath, [BIN, "parse", "in", "--out-dir", out, "--jobs", "1", "-q", "--report", "report.json"], {
      cwd: base,
      env: { ...process.env, FORCE_COLOR: "0", MINUTES_TEST_DELAY_MS: "150" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 15_000;
    while (!existsSync(join(out, "f001.json")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    const files = tree(out);
    expect(files.filter((f) => f.endsWith(".tmp") || f.startsWith("."))).toEqual([".minutes-manifest.json"]);
    const outputs = files.filter((f) => f.endsWith(".json") && !f.startsWith("."));
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.length).toBeLessThan(40);
    for (const f of outputs) expect(JSON.parse(readFileSync(join(out, f), "utf8")).schema_version).toBe("1.0.0");
    expect(stderr).toMatch(/minutes: interrupted \(SIGINT\) after \d+ files? of 40: \d+ converted, .*, \d+ not done;/);
    const report = JSON.parse(readFileSync(join(base, "report.json"), "utf8"));
    expect(report.summary).toMatchObject({ interrupted: "SIGINT", exit_code: 130 });
    expect(report.files).toHaveLength(outputs.length);
    expect(readdirSync(base).sort()).toEqual(["in", "out", "report.json"]);
    // what was done is kept: a re-run skips it
    const rerun = run(["parse", "in", "--out-dir", out, "-q"], { cwd: base });
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`40 files: ${40 - outputs.length} converted, ${outputs.length} skipped`));
  });

  it("keeps every output inside --out-dir: `..`, absolute and odd Unicode inputs, and a link that points out", () => {
    const base = scratch();
    const work = join(base, "work");
    mkdirSync(join(work, "sub"), { recursive: true });
    mkdirSync(join(base, "elsewhere"));
    const text = readFileSync(join(CORPUS, SMALL[0] as string));
    const odd = ["caf\u00e9 \u2615 minutes.txt", "\u202eevil\u202c.md", "new\nline.txt", "-dash.txt", "  spaced  .txt"];
    for (const name of odd) writeFileSync(join(work, "sub", name), text);
    writeFileSync(join(work, "sub", "empty\u001b[31mred\n.txt"), ""); // fails: its name must reach the terminal escaped
    writeFileSync(join(base, "elsewhere", "up.txt"), text);
    writeFileSync(join(base, "abs.txt"), text);
    writeFileSync(join(base, "elsewhere", "linked.txt"), text);
    const out = join(work, "out");
    mkdirSync(out);
    writeFileSync(join(base, "precious.json"), "precious");
    symlinkSync(join(base, "precious.json"), join(out, "elsewhere"));
    const args = ["parse", "sub/../sub", "../elsewhere/up.txt", join(base, "abs.txt"), "../elsewhere/linked.txt", "--out-dir", "out", "-q", "--report", "r.json"];
    const { code, stderr } = run(args, { cwd: work });
    // the common base is `base`: outputs mirror work/sub/…, elsewhere/…, abs; "elsewhere" in out is a link, so those two fail
    expect(code).toBe(1);
    expect(readFileSync(join(base, "precious.json"), "utf8")).toBe("precious");
    expect(tree(out)).toEqual(
      [".minutes-manifest.json", "abs.json", "elsewhere", ...odd.map((n) => `work/sub/${n.replace(/\.\w+$/, ".json")}`)].sort(),
    );
    const report = JSON.parse(readFileSync(join(work, "r.json"), "utf8"));
    const failed = report.files.filter((f: { status: string }) => f.status === "failed");
    expect(failed.map((f: { path: string }) => f.path).sort()).toEqual(["../elsewhere/linked.txt", "../elsewhere/up.txt", "sub/empty\u001b[31mred\n.txt"]);
    for (const f of failed.filter((f: { path: string }) => f.path.includes("elsewhere"))) expect(f.error).toMatchObject({ code: "E_IO", message: expect.stringMatching(/symbolic link/) });
    expect(stderr.includes("\u001b")).toBe(false); // no raw escape sequence from a file name reaches the terminal
    expect(stderr).toMatch(/minutes: sub\/empty\\u001b\[31mred\\u000a\.txt: E_EMPTY /);
    expect(readdirSync(join(base, "elsewhere")).sort()).toEqual(["linked.txt", "up.txt"]);
  });

  it("takes a glob's files in order, never the outputs of the run itself", () => {
    const base = scratch();
    const names = copies(join(base, "in"), 3);
    const first = run(["parse", "in/**", "--out-dir", "in/json", "-q"], { cwd: base });
    expect(first.code).toBe(0);
    expect(tree(join(base, "in/json"))).toEqual([".minutes-manifest.json", ...names.map((n) => n.replace(/\.\w+$/, ".json"))]);
    const again = run(["parse", "in/**", "--out-dir", "in/json", "-q"], { cwd: base });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^minutes: 3 files: 0 converted, 3 skipped/m);
  });

  it("fails a file over --timeout with E_TIMEOUT and goes on with the others", () => {
    const base = scratch();
    copies(join(base, "in"), 4);
    const { code, stderr } = run(["parse", "in", "--out-dir", "out", "--timeout", "2", "-q", "--report", "r.json", "--jobs", "2"], {
      cwd: base,
      env: { MINUTES_TEST_DELAY_MS: "20000", MINUTES_TEST_DELAY_MATCH: "f002" },
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/ {2}E_TIMEOUT {2}in\/f002\.md: the file took longer than the time limit of 2 s/);
    expect(tree(join(base, "out"))).toEqual([".minutes-manifest.json", "f001.json", "f003.json", "f004.json"]);
    const report = JSON.parse(readFileSync(join(base, "r.json"), "utf8"));
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(["converted", "failed", "converted", "converted"]);
  });

  it("exits 75 when a single input runs over --timeout, and 0 within it", () => {
    const file = join(CORPUS, SMALL[0] as string);
    const slow = run(["parse", file, "--timeout", "0.5"], { env: { MINUTES_TEST_DELAY_MS: "10000" } });
    expect(slow.code).toBe(75);
    expect(slow.stderr).toBe(`minutes: ${file}: E_TIMEOUT the file took longer than the time limit of 0.5 s (see --timeout)\n`);
    expect(slow.stdout).toBe("");
    const ok = run(["parse", file, "--timeout", "30", "-q"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(run(["parse", file, "-q"]).stdout));
  });

  it("counts files with warnings as failed under --fail-on-warning", () => {
    const rotherham = join(CORPUS, "rotherham-improving-lives-select-commission_2025-11-04.txt");
    const clean = join(CORPUS, SMALL[0] as string);
    expect(run(["parse", rotherham, clean, "--ndjson", "-q"]).code).toBe(0);
    const strict = run(["parse", rotherham, clean, "--ndjson", "-q", "--fail-on-warning"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/ {2}E_WARNINGS {2}\S*rotherham\S*: 2 warnings \(--fail-on-warning\)/);
    expect(run(["parse", rotherham, "-q", "--fail-on-warning"]).code).toBe(1);
  });

  it.each([
    [["a.txt", "b.txt"], /need --out-dir <dir> .* or --ndjson/],
    [["fixtures/corpus"], /need --out-dir/],
    [["a.txt", "b.txt", "-o", "x.json"], /-o\/--out writes one file/],
    [["a.txt", "-", "--ndjson"], /standard input/],
    [["no-such-dir/**/*.pdf", "--ndjson"], /no input files found/],
    [["fixtures/corpus", "--ndjson", "--jobs", "0"], /positive whole number/],
    [["fixtures/corpus", "--ndjson", "--timeout", "soon"], /seconds/],
  ])("minutes parse %j is a usage error (exit 2)", (args, message) => {
    const { code, stderr, stdout } = run(["parse", ...(args as string[])]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe("");
  });
});
