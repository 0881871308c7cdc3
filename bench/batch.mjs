// Batch benchmark: builds an archive of corpus copies (text, markdown and PDF), converts it with --jobs 1 and --jobs 2, and reports docs/s, speed-up and peak RSS.
// Run: npm run build && node bench/batch.mjs [--quick]   (--quick: 100 and 400 documents instead of 500 and 2,000)
// The --jobs 1 and --jobs 2 runs alternate for several rounds and the median is reported, so that noise from other
// work on the machine hits both alike; the CPU seconds of each run and the load average show how busy the machine was.
//
// Peak RSS is sampled from /proc every 20 ms over the CLI process and any descendants (there are none: worker_threads
// are threads of the one process, so its RSS covers the workers), and checked against the kernel's VmHWM for the process.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setInterval, clearInterval } from "node:timers";

const quick = process.argv.includes("--quick");
const ROOT = new URL("../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const CORPUS = join(ROOT, "fixtures/corpus");
const PDFS = join(ROOT, "fixtures/pdf");
/** Refused by design (a broken text layer: E_PDF_UNREADABLE_TEXT); left out so that every document converts. */
const LEFT_OUT = new Set(["horsley-parish-council_2014-03-18.pdf"]);

const sources = [
  ...readdirSync(CORPUS).filter((n) => /\.(txt|md)$/.test(n)).map((n) => join(CORPUS, n)),
  ...(existsSync(PDFS) ? readdirSync(PDFS).filter((n) => n.endsWith(".pdf") && !LEFT_OUT.has(n)).map((n) => join(PDFS, n)) : []),
].sort();

/** `count` documents, cycling through the sources, 100 to a folder. */
function buildArchive(dir, count) {
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const folder = join(dir, `batch-${String(Math.floor(i / 100)).padStart(3, "0")}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const name = source.slice(source.lastIndexOf("/") + 1);
    copyFileSync(source, join(folder, `${String(i).padStart(5, "0")}-${name}`));
  }
}

function procStatus(pid) {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return "";
  }
}

function kb(status, field) {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

/** The process and its descendants (children of every thread). */
function tree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks;
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pids[i]}/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean)) pids.push(Number(child));
      } catch {
        // gone
      }
    }
  }
  return pids;
}

/** Run the CLI over the archive; wall time, docs/s, peak RSS of the process tree (MiB), peak threads. */
function convert(archive, jobs, documents) {
  const out = mkdtempSync(join(tmpdir(), "minutes-bench-out-"));
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [BIN, "parse", archive, "--out-dir", out, "--jobs", String(jobs), "-q"], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    let peakKb = 0;
    let hwmKb = 0;
    let threads = 0;
    let cpuTicks = 0;
    const sample = () => {
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const status = procStatus(pid);
        sum += kb(status, "VmRSS");
        if (pid === child.pid) {
          hwmKb = Math.max(hwmKb, kb(status, "VmHWM"));
          threads = Math.max(threads, Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 0));
          try {
            // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux)
            const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
            cpuTicks = Math.max(cpuTicks, Number(fields[11]) + Number(fields[12]));
          } catch {
            // gone
          }
        }
      }
      peakKb = Math.max(peakKb, sum);
    };
    const load = loadavg()[0];
    const timer = setInterval(sample, 20);
    child.on("exit", (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const written = readdirSync(out, { recursive: true }).filter((n) => String(n).endsWith(".json") && !String(n).startsWith(".")).length;
      rmSync(out, { recursive: true, force: true });
      if (code !== 0 || written !== documents) return reject(new Error(`exit ${code}, ${written}/${documents} written\n${stderr}`));
      resolve({ jobs, documents, seconds, rate: documents / seconds, peakMiB: peakKb / 1024, hwmMiB: hwmKb / 1024, threads, cpu: cpuTicks / 100, load });
    });
  });
}

const row = (r) =>
  `${String(r.documents).padStart(5)}  ${String(r.jobs).padStart(4)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.rate.toFixed(1).padStart(7)}  ${r.cpu.toFixed(1).padStart(6)}  ${r.peakMiB.toFixed(0).padStart(14)}  ${r.hwmMiB.toFixed(0).padStart(10)}  ${String(r.threads).padStart(7)}  ${r.load.toFixed(1).padStart(6)}`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const small = quick ? 100 : 500;
const large = quick ? 400 : 2000;
const rounds = quick ? 1 : 3;
const kinds = sources.reduce((acc, s) => ((acc[s.slice(s.lastIndexOf(".") + 1)] = (acc[s.slice(s.lastIndexOf(".") + 1)] ?? 0) + 1), acc), {});
console.log(`node ${process.version}; sources cycled: ${sources.length} (${Object.entries(kinds).map(([k, n]) => `${n} .${k}`).join(", ")}); ${quick ? "quick run" : "full run"}`);
console.log("\ndocs  jobs   wall s   docs/s   CPU s  peak RSS MiB*  VmHWM MiB  threads  load1");

const base = mkdtempSync(join(tmpdir(), "minutes-bench-"));
try {
  const archiveSmall = join(base, "small");
  buildArchive(archiveSmall, small);
  const ones = [];
  const twos = [];
  for (let round = 0; round < rounds; round++) {
    ones.push(await convert(archiveSmall, 1, small));
    console.log(row(ones.at(-1)));
    twos.push(await convert(archiveSmall, 2, small));
    console.log(row(twos.at(-1)));
  }
  const one = { rate: median(ones.map((r) => r.rate)) };
  const two = { rate: median(twos.map((r) => r.rate)), peakMiB: median(twos.map((r) => r.peakMiB)) };
  const archiveLarge = join(base, "large");
  buildArchive(archiveLarge, large);
  const big = await convert(archiveLarge, 2, large);
  console.log(row(big));
  console.log("* sum of VmRSS over the process tree, sampled every 20 ms (worker threads are in the one process)");
  console.log(`\nmedian of ${rounds} alternated rounds at ${small} documents: --jobs 1 ${one.rate.toFixed(1)} docs/s, --jobs 2 ${two.rate.toFixed(1)} docs/s`);
  console.log(`speed-up, --jobs 2 over --jobs 1: x${(two.rate / one.rate).toFixed(2)}`);
  const growth = big.peakMiB / two.peakMiB - 1;
  console.log(`peak RSS at ${large} vs ${small} documents (--jobs 2; median of the ${small}-document runs): ${big.peakMiB.toFixed(0)} vs ${two.peakMiB.toFixed(0)} MiB, ${(growth * 100).toFixed(1)}% ${Math.abs(growth) <= 0.2 ? "(within 20%)" : "(OVER 20%)"}`);
} finally {
  rmSync(base, { recursive: true, force: true });
}
