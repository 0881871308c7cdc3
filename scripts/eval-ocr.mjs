#!/usr/bin/env node
// The OCR evaluation: for every text-layer PDF of the corpus, an image-only copy (pages rendered at 150 dpi, put back
// into a PDF as images) is parsed with the default --ocr auto, and both are scored with the shared scorer against the
// same truth. Prints original vs OCR per document and overall, and whether OCR is within 0.05 of the text layer.
// Slow (about 3 s a page by OCR): not part of npm test.
//
//   npm run eval:ocr                                   the whole corpus (../shared/corpus, ../shared/eval/truth)
//   node scripts/eval-ocr.mjs --only milburn,kent-cc   documents whose name contains one of these
//   options: --docs DIR, --truth DIR, --scorer FILE, --keep DIR (keep the image-only copies there), --tolerance 0.05
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { imageOnlyPdf } from "./lib/image-only.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/minutes.js");

function options(argv) {
  const opts = {
    docs: resolve(ROOT, "../shared/corpus"),
    truth: resolve(ROOT, "../shared/eval/truth"),
    scorer: resolve(ROOT, "../shared/eval/score.mjs"),
    only: null,
    keep: null,
    tolerance: 0.05,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => argv[++i];
    if (a === "--docs") opts.docs = resolve(value());
    else if (a === "--truth") opts.truth = resolve(value());
    else if (a === "--scorer") opts.scorer = resolve(value());
    else if (a === "--only") opts.only = value().split(",");
    else if (a === "--keep") opts.keep = resolve(value());
    else if (a === "--tolerance") opts.tolerance = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

/** The PDFs that have a truth file and a text layer the tool reads without OCR. */
async function textLayerPdfs(opts) {
  const { readPdf } = await import(join(ROOT, "dist/ingest/pdf/index.js"));
  const truths = new Set(readdirSync(opts.truth).map((name) => name.replace(/\.json$/, "")));
  const out = [];
  for (const name of readdirSync(opts.docs).sort()) {
    if (!name.endsWith(".pdf") || !truths.has(name)) continue;
    if (opts.only && !opts.only.some((part) => name.includes(part))) continue;
    try {
      await readPdf(new Uint8Array(readFileSync(join(opts.docs, name))), { ocr: "never" });
      out.push(name);
    } catch {
      // refused without OCR (no text layer, or an unreadable one): not a text-layer PDF
    }
  }
  return out;
}

/** Runs the shared scorer on a directory; the per-document overall by file name, and the total overall. */
function score(opts, docs) {
  const out = join(mkdtempSync(join(tmpdir(), "minutes-eval-ocr-score-")), "rows.tsv");
  const run = spawnSync(
    process.execPath,
    [opts.scorer, "--bin", BIN, "--docs", docs, "--truth", opts.truth, "--formats", "pdf", "--timeout", "900", "--out", out],
    { encoding: "utf8", maxBuffer: 64 << 20 },
  );
  if (!existsSync(out)) throw new Error(`the scorer failed: ${run.stderr}`);
  const rows = new Map();
  for (const line of readFileSync(out, "utf8").trim().split("\n").slice(1)) {
    const cells = line.split("\t");
    rows.set(cells[0], { ok: cells[1], overall: Number(cells[cells.length - 1]) });
  }
  const overall = Number(/overall=([\d.]+)/.exec(run.stdout)?.[1] ?? NaN);
  return { rows, overall };
}

const opts = options(process.argv.slice(2));
const names = await textLayerPdfs(opts);
const work = mkdtempSync(join(tmpdir(), "minutes-eval-ocr-"));
const original = join(work, "original");
const scanned = opts.keep ?? join(work, "image-only");
mkdirSync(original, { recursive: true });
mkdirSync(scanned, { recursive: true });
const started = performance.now();
for (const name of names) {
  symlinkSync(join(opts.docs, name), join(original, name));
  writeFileSync(join(scanned, name), await imageOnlyPdf(readFileSync(join(opts.docs, name))));
}
process.stderr.write(`eval-ocr: ${names.length} text-layer PDFs, image-only copies in ${scanned}\n`);
const before = score(opts, original);
const ocrStart = performance.now();
const after = score(opts, scanned);
const ocrSeconds = (performance.now() - ocrStart) / 1000;

const width = Math.max(...names.map((n) => n.length), 8);
const lines = [`${"document".padEnd(width)}  original  ocr    diff   within ${opts.tolerance}`];
let within = 0;
for (const name of names) {
  const a = before.rows.get(name);
  const b = after.rows.get(name);
  const diff = (b?.overall ?? 0) - (a?.overall ?? 0);
  const ok = Math.abs(diff) <= opts.tolerance || diff > 0;
  if (ok) within++;
  const ocrCell = b?.ok === "ok" ? (b.overall ?? 0).toFixed(2) : `${(b?.overall ?? 0).toFixed(2)}*`;
  lines.push(`${name.padEnd(width)}  ${(a?.overall ?? 0).toFixed(2).padEnd(8)}  ${ocrCell.padEnd(5)}  ${diff >= 0 ? "+" : ""}${diff.toFixed(2)}  ${ok ? "yes" : "NO"}`);
}
const diff = after.overall - before.overall;
lines.push(`${"overall".padEnd(width)}  ${before.overall.toFixed(3).padEnd(8)}  ${after.overall.toFixed(3)}  ${diff >= 0 ? "+" : ""}${diff.toFixed(3)}  ${Math.abs(diff) <= opts.tolerance ? "yes" : "NO"}`);
lines.push(`${within} of ${names.length} documents within ${opts.tolerance} (or better); * = the OCR copy was refused or failed`);
lines.push(`OCR run: ${ocrSeconds.toFixed(0)} s for the image-only copies (copies made in ${((ocrStart - started) / 1000).toFixed(0)} s, with the original's scoring)`);
console.log(lines.join("\n"));
process.exitCode = Math.abs(diff) <= opts.tolerance ? 0 : 1;
