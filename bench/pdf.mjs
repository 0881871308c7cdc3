// Benchmark: bare pdf.js text extraction versus our WHOLE PDF path (parseMinutes: reconstruction, parse, recognize,
// validate) over the corpus PDFs, in the same run and alternating; prints pages/s of each, the ratio and peak RSS.
//
// Usage: node bench/pdf.mjs [path/to/compiled/document.js]      (build first: npm run build)
//   PDF_MODULE   compiled module exporting parseMinutes (default dist/document.js)
//   PDF_CORPUS   directory of PDFs (default fixtures/pdf)
//   BENCH_REPS   timed repetitions of each side (default 5)
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const here = new URL(".", import.meta.url);
const modulePath = process.argv[2] ?? process.env.PDF_MODULE ?? new URL("../dist/document.js", here).pathname;
const corpus = process.env.PDF_CORPUS ?? new URL("../fixtures/pdf/", here).pathname;
const reps = Number(process.env.BENCH_REPS ?? 5);
/** The one corpus PDF with a broken text layer: it is refused (E_PDF_UNREADABLE_TEXT), so it is left out of the timing. */
const UNREADABLE = "horsley-parish-council_2014-03-18.pdf";

const { parseMinutes } = await import(pathToFileURL(resolve(modulePath)).href);
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

const names = readdirSync(corpus).filter((name) => name.endsWith(".pdf") && name !== UNREADABLE).sort();
const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(corpus, name))) }));

/** Bare pdf.js: open, getTextContent on every page, release each page, destroy. */
async function bare(bytes) {
  const doc = await pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = doc.numPages;
  for (let n = 1; n <= pages; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/** The whole path, as the CLI runs it: bytes to a validated minutes document. */
async function ours(bytes) {
  const doc = await parseMinutes(bytes, { path: "bench.pdf" });
  return doc.source.pages;
}

async function pass(fn) {
  const start = process.hrtime.bigint();
  let pages = 0;
  for (const file of files) pages += await fn(file.bytes);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, pages };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Check every document once (and warm up both sides).
let failures = 0;
for (const file of files) {
  try {
    await ours(file.bytes);
  } catch (error) {
    failures++;
    console.log(`parseMinutes failed on ${file.name}: ${error.code ?? ""} ${error.message}`);
  }
}
await pass(bare);
async function unreadableOutcome() {
  try {
    await parseMinutes(new Uint8Array(readFileSync(join(corpus, UNREADABLE))));
    return "no error";
  } catch (error) {
    return error.code ?? String(error);
  }
}
const unreadableCode = await unreadableOutcome();

const bareTimes = [];
const ourTimes = [];
let pageTotal = 0;
for (let rep = 0; rep < reps; rep++) {
  // Alternate which side goes first, so drift on a noisy machine hits both alike.
  const order = rep % 2 === 0 ? [bare, ours] : [ours, bare];
  for (const fn of order) {
    const { ms, pages } = await pass(fn);
    (fn === bare ? bareTimes : ourTimes).push(ms);
    pageTotal = pages;
  }
}

const bareMs = median(bareTimes);
const ourMs = median(ourTimes);
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`documents: ${files.length} (${pageTotal} pages), repetitions: ${reps}, parseMinutes failures: ${failures}`);
console.log(`${UNREADABLE}: ${unreadableCode}`);
console.log(`bare pdf.js : ${(pageTotal / (bareMs / 1000)).toFixed(1)} pages/s (median ${bareMs.toFixed(0)} ms per pass; runs ${bareTimes.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`parseMinutes: ${(pageTotal / (ourMs / 1000)).toFixed(1)} pages/s (median ${ourMs.toFixed(0)} ms per pass; runs ${ourTimes.map((t) => t.toFixed(0)).join(", ")})`);
console.log(`ratio parseMinutes / bare: ${(ourMs / bareMs).toFixed(2)}x (target <= 1.30x)`);
console.log(`peak RSS: ${rssMb.toFixed(0)} MB`);
