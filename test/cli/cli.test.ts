// The built command, run as users run it: stdin, -o, exit codes, warnings on stderr and never on stdout.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const ROTHERHAM = join(ROOT, "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt");

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("minutes (built CLI)", () => {
  it("is built: dist/cli/main.js exists (npm test builds first)", () => {
    expect(existsSync(join(ROOT, "dist/cli/main.js"))).toBe(true);
  });

  it("parses a file to compact JSON on stdout, warnings with line numbers on stderr", () => {
    const { code, stdout, stderr } = run(["parse", ROTHERHAM]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    const doc = JSON.parse(stdout);
    expect(doc.meeting.body).toBe("Improving Lives Select Commission");
    expect(stderr).toBe(
      `minutes: ${ROTHERHAM}:6: warning stray-text: dropped the stray fragment "n" at the end of the line\n` +
        `minutes: ${ROTHERHAM}:178: warning hyphenation-joined: joined "Cary- Anne" as "Cary-Anne"\n`,
    );
  });

  it("reads stdin with -, and --pretty indents", () => {
    const { code, stdout } = run(["parse", "-", "--pretty", "-q"], readFileSync(ROTHERHAM));
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "schema_version": "1.0.0"')).toBe(true);
    expect(JSON.parse(stdout).source.path).toBeNull();
  });

  it("writes -o files atomically, leaving no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-cli-"));
    const out = join(dir, "out.json");
    const { code, stdout } = run(["parse", ROTHERHAM, "-o", out, "--quiet"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).items).toHaveLength(9);
    expect(readdirSync(dir)).toEqual(["out.json"]);
  });

  it.each([
    [["parse", "/no/such/file.txt"], 66, /^minutes: \/no\/such\/file\.txt: E_IO cannot read or write the file: no such file or directory\n$/],
    [["parse", "-"], 65, /^minutes: <stdin>: E_EMPTY /],
    [["parse"], 2, /missing required argument 'file'/],
    [["frobnicate"], 2, /unknown command 'frobnicate'/],
    [["parse", "x.txt", "--max-bytes", "lots"], 2, /expected a positive whole number/],
  ])("minutes %j exits %i with a one-line error and no stack trace", (args, exit, message) => {
    const { code, stderr, stdout } = run(args as string[], "");
    expect(code).toBe(exit);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stdout).toBe("");
  });

  it("refuses a binary file with E_BINARY (exit 65), and shows a stack only with --debug", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-cli-"));
    const png = join(dir, "scan.txt");
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const plain = run(["parse", png]);
    expect(plain.code).toBe(65);
    expect(plain.stderr).toBe(`minutes: ${png}: E_BINARY the input is a PNG image, not text, PDF or docx\n`);
    const debug = run(["parse", png, "--debug"]);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("prints its version, its schema, and validates JSON files", () => {
    expect(run(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    const schema = JSON.parse(run(["schema"]).stdout);
    expect(schema.$id).toMatch(/minutes\.schema\.json$/);
    const dir = mkdtempSync(join(tmpdir(), "minutes-cli-"));
    const good = join(dir, "good.json");
    const bad = join(dir, "bad.json");
    run(["parse", ROTHERHAM, "-o", good, "-q"]);
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(good, "utf8")), items: "none" }));
    expect(run(["validate", good]).code).toBe(0);
    const invalid = run(["validate", good, bad]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/bad\.json: invalid\n {2}\/items must be array/);
  });

  it("shows examples and exit codes in --help", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:/);
    expect(stdout).toMatch(/Exit codes: 0 ok/);
  });
});
