// OCR benchmark: image-only copies of a few fixture PDFs (pages rendered at 150 dpi, put back as images) converted as a
// batch with --jobs 1 and --jobs 2 (pages/s, speed-up, peak RSS), then one 20-page scan converted in one command (time,
// peak RSS). Run: npm run bench:ocr   (about 3 s a page by OCR on one core: a few minutes)
//
// The two batch runs alternate over the rounds (--rounds N, default 1) and the median is reported, so that noise from
// other work on the machine hits both alike; the load average is printed with each run. Peak RSS is sampled from /proc
// every 50 ms (tesseract.js runs on worker threads of the one process, so its RSS covers them) and checked against VmHWM.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { clearInterval, setInterval } from "node:timers";
import { imageOnlyPdf } from "../scripts/lib/image-only.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const PDFS = join(ROOT, "fixtures/pdf");
/** Short text-layer documents, 12 pages in all: the batch. */
const BATCH = [
  "milburn-parish-council_2018-11-06.pdf",
  "milburn-parish-council_2019-01-08.pdf",
  "milburn-parish-council_2020-07-14.pdf",
  "chicago-lincoln-square-ssa21-commission_2018-01-29.pdf",
  "manordeilo-salem-community-council_2019-12-11.pdf",
];
/** The long scan: this document's pages repeated to 20. */
const LONG = { source: "milburn-parish-council_2021-01-26.pdf", pages: 20 };
const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 1;

function kb(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

function procStatus(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

/** Runs the CLI; wall seconds, peak RSS and VmHWM (MiB) of the process, exit code, stderr. */
function measure(args) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    let hwmKb = 0;
    const load = loadavg()[0];
    const timer = setInterval(() => {
      const status = procStatus(child.pid);
      peakKb = Math.max(peakKb, kb(status, "VmRSS"));
      hwmKb = Math.max(hwmKb, kb(status, "VmHWM"));
    }, 50);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ code, stderr, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakMiB: peakKb / 1024, hwmMiB: hwmKb / 1024, load });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const base = mkdtempSync(join(tmpdir(), "minutes-bench-ocr-"));
try {
  const batch = join(base, "scans");
  mkdirSync(batch);
  let pages = 0;
  for (const name of BATCH) {
    const scan = await imageOnlyPdf(readFileSync(join(PDFS, name)));
    writeFileSync(join(batch, name), scan);
    pages += (Buffer.from(scan).toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  }
  console.log(`node ${process.version}; batch: ${BATCH.length} image-only PDFs, ${pages} pages at 150 dpi; ${rounds} round(s)`);
  console.log("\njobs   wall s   pages/s  peak RSS MiB  VmHWM MiB  load1");
  const results = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round++) {
    for (const jobs of [1, 2]) {
      const out = join(base, `out-${jobs}-${round}`);
      const run = await measure(["parse", batch, "--out-dir", out, "--jobs", String(jobs), "-q"]);
      // one <name>.json per input (the batch's manifest, a dot file, is not counted)
      const written = readdirSync(out).filter((n) => n.endsWith(".json") && !n.startsWith(".")).length;
      if (run.code !== 0 || written !== BATCH.length) throw new Error(`--jobs ${jobs}: exit ${run.code}, ${written}/${BATCH.length} written\n${run.stderr}`);
      results[jobs].push(run);
      console.log(
        `${String(jobs).padStart(4)}  ${run.seconds.toFixed(1).padStart(7)}  ${(pages / run.seconds).toFixed(2).padStart(8)}  ${run.peakMiB.toFixed(0).padStart(12)}  ${run.hwmMiB.toFixed(0).padStart(9)}  ${run.load.toFixed(1).padStart(5)}`,
      );
    }
  }
  const one = median(results[1].map((r) => r.seconds));
  const two = median(results[2].map((r) => r.seconds));
  console.log(`\nmedian: --jobs 1 ${(pages / one).toFixed(2)} pages/s, --jobs 2 ${(pages / two).toFixed(2)} pages/s: speed-up ${(one / two).toFixed(2)}x`);

  const long = join(base, "scan-20-pages.pdf");
  writeFileSync(long, await imageOnlyPdf(readFileSync(join(PDFS, LONG.source)), { pageCount: LONG.pages }));
  const run = await measure(["parse", long, "-o", join(base, "scan-20-pages.json"), "-q"]);
  if (run.code !== 0) throw new Error(`the ${LONG.pages}-page scan: exit ${run.code}\n${run.stderr}`);
  const doc = JSON.parse(readFileSync(join(base, "scan-20-pages.json"), "utf8"));
  console.log(
    `\n${LONG.pages}-page scan in one command: ${run.seconds.toFixed(1)} s (${(LONG.pages / run.seconds).toFixed(2)} pages/s), ` +
      `peak RSS ${run.peakMiB.toFixed(0)} MiB (VmHWM ${run.hwmMiB.toFixed(0)} MiB), ${doc.source.pages} pages, ${doc.items.length} items, load1 ${run.load.toFixed(1)}`,
  );
} finally {
  rmSync(base, { recursive: true, force: true });
}
