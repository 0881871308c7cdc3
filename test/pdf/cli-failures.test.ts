// The built command on bad PDFs: each gives its stable error code, exit code 65, and one line on stderr
// ("minutes: <file>: <CODE> <message>") with no stack trace; nothing on stdout.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, makePdf, png } from "./helpers.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const dir = mkdtempSync(join(tmpdir(), "minutes-pdf-cli-"));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the command (asynchronously: the runs of this file go in parallel, to keep it fast). */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** One failure line: the file, the code, a message; no stack trace, nothing else. */
function expectFailure(file: string, code: string, result: Run) {
  expect(result.code, result.stderr).toBe(65);
  expect(result.stdout).toBe("");
  const lines = result.stderr.split("\n");
  expect(lines, result.stderr).toHaveLength(2);
  expect(lines[1]).toBe("");
  expect(lines[0]!.startsWith(`minutes: ${file}: ${code} `), result.stderr).toBe(true);
  expect(lines[0]!.length).toBeGreaterThan(`minutes: ${file}: ${code} `.length + 10);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
}

const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe.concurrent("minutes parse on bad PDFs (built CLI)", () => {
  let encrypted: string;
  let imageOnly: string;
  let truncated: string;
  beforeAll(async () => {
    encrypted = file(
      "encrypted.pdf",
      await makePdf({ userPassword: "secret", ownerPassword: "owner" }, (doc) => {
        doc.fontSize(12).text("Present: Cllr A Smith (Chair) and Cllr B Jones", 72, 72);
        doc.text("1. Apologies", 72, 100);
        doc.text("There were no apologies.", 72, 120);
      }),
    );
    imageOnly = file(
      "scanned.pdf",
      await makePdf({ size: "A4" }, (doc) => {
        doc.image(png(60, 80), 72, 72, { width: 450 });
      }),
    );
    const whole = fixture("kent-cc-cabinet_2025-01-09.pdf");
    truncated = file("truncated.pdf", whole.slice(0, Math.floor(whole.length / 3)));
  });

  // (a wrong password, and garbage after a PDF header, are covered without the CLI in failures.test.ts)
  it("an encrypted PDF: E_PDF_ENCRYPTED; --password opens it", async () => {
    const [none, opened] = await Promise.all([run(["parse", encrypted]), run(["parse", encrypted, "--password", "secret", "-q"])]);
    expectFailure(encrypted, "E_PDF_ENCRYPTED", none);
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stderr).toBe("");
    const doc = JSON.parse(opened.stdout);
    expect(doc.source.format).toBe("pdf");
    expect(doc.attendance.present.map((p: { name: string }) => p.name)).toEqual(["A Smith", "B Jones"]);
  });

  it("a truncated PDF (the first third of the Kent cabinet minutes): E_PDF_CORRUPT", async () => {
    expectFailure(truncated, "E_PDF_CORRUPT", await run(["parse", truncated]));
  });

  it("an image-only PDF (a scanned page, no text layer) with --ocr never: E_PDF_NO_TEXT", async () => {
    expectFailure(imageOnly, "E_PDF_NO_TEXT", await run(["parse", imageOnly, "--ocr", "never"]));
  });

  it("the Horsley parish council minutes (a font with a broken encoding) with --ocr never: E_PDF_UNREADABLE_TEXT", async () => {
    const path = join(dir, "horsley.pdf");
    copyFileSync(join(ROOT, "fixtures/pdf/horsley-parish-council_2014-03-18.pdf"), path);
    expectFailure(path, "E_PDF_UNREADABLE_TEXT", await run(["parse", path, "--ocr", "never"]));
  });

  it("a PNG renamed .pdf: E_BINARY, named as a PNG image (it is not a PDF, whatever its name)", async () => {
    const path = file("photo.pdf", png(8, 8));
    const plain = await run(["parse", path]);
    expectFailure(path, "E_BINARY", plain);
    expect(plain.stderr).toBe(`minutes: ${path}: E_BINARY the input is a PNG image, not text, PDF or docx\n`);
  });

  it("`minutes text` fails the same way", async () => {
    expectFailure(imageOnly, "E_PDF_NO_TEXT", await run(["text", imageOnly, "--ocr", "never"]));
  });
});
