// Text-path benchmark: our whole path (ingest, parse, recognize, assemble, validate) against remark-parse's parse alone,
// on the Rotherham text repeated to 1 MB and 10 MB, in the same run; then CLI start-up, checking no PDF code loads.
// Each contender is timed in a child process of its own (lib/time-parse.mjs), the two alternating: timed in one process,
// each paid for the other's garbage, and the ratio swung with the collector's timing.
// Run: npm run build && node bench/text.mjs [--quick]
import { spawnSync } from "node:child_process";
import { mb, median } from "./lib/measure.mjs";

const quick = process.argv.includes("--quick");
const ROOT = new URL("../", import.meta.url);
const FIXTURE = new URL("fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt", ROOT);

console.log(`node ${process.version}; ${quick ? "quick run" : "full run"}`);
console.log("\n## Whole text path vs remark-parse alone");
console.log("(each contender in a child process of its own, alternating; median of its rounds, then median over processes)");
console.log("size     ours ms   ours MB/s   remark ms   remark MB/s   remark/ours");
const CHILD = new URL("lib/time-parse.mjs", import.meta.url).pathname;
function timeIn(which, size, rounds) {
  const result = spawnSync(process.execPath, [CHILD, which, String(size), String(rounds)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${which} at ${size} MB failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}
const rows = [];
for (const size of quick ? [1] : [1, 10]) {
  // remark-parse needs minutes for 10 MB: one round of it there; ours is cheap enough to repeat
  const processes = size >= 10 ? 1 : 3;
  const ours = [];
  const remarks = [];
  let bytes = 0;
  for (let p = 0; p < processes; p++) {
    const o = timeIn("ours", size, size >= 10 ? 3 : 7);
    const r = timeIn("remark", size, size >= 10 ? 1 : 3);
    ours.push(o.ms);
    remarks.push(r.ms);
    bytes = o.bytes;
  }
  const t = { ours: median(ours), remark: median(remarks) };
  rows.push({ size: mb(bytes), ...t });
  console.log(
    `${mb(bytes).toFixed(1).padStart(4)} MB ${t.ours.toFixed(0).padStart(8)} ${(mb(bytes) / (t.ours / 1000)).toFixed(1).padStart(11)} ${t.remark.toFixed(0).padStart(11)} ${(mb(bytes) / (t.remark / 1000)).toFixed(2).padStart(13)} ${(t.remark / t.ours).toFixed(1).padStart(13)}x`,
  );
}
if (rows.length === 2) {
  const [a, b] = rows;
  console.log(`linearity: size x${(b.size / a.size).toFixed(1)} -> our time x${(b.ours / a.ours).toFixed(1)} (remark x${(b.remark / a.remark).toFixed(1)})`);
}

console.log("\n## CLI start-up (median wall time of separate processes)");
const BIN = new URL("bin/minutes.js", ROOT).pathname;
const HOOK = new URL("bench/lib/register-pdf-import-hook.mjs", ROOT).pathname;
function timeCommand(args, runs) {
  const times = [];
  let pdfLoaded = false;
  let docxLoaded = false;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--import", HOOK, BIN, ...args], { encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`minutes ${args.join(" ")} failed: ${result.stderr}`);
    if (result.stderr.includes("PDF-MODULE")) pdfLoaded = true;
    if (result.stderr.includes("DOCX-MODULE")) docxLoaded = true;
  }
  return { ms: median(times), pdfLoaded, docxLoaded };
}
function timeBare(runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ["-e", "0"]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
const runs = quick ? 5 : 15;
const bare = timeBare(runs);
const version = timeCommand(["--version"], runs);
const parse = timeCommand(["parse", FIXTURE.pathname, "-q"], runs);
console.log(`node -e 0 (baseline)          ${bare.toFixed(0)} ms`);
const loaded = (t) => `PDF code loaded: ${t.pdfLoaded ? "YES" : "no"}   Word code loaded: ${t.docxLoaded ? "YES" : "no"}`;
console.log(`minutes --version             ${version.ms.toFixed(0)} ms   ${loaded(version)}`);
console.log(`minutes parse rotherham.txt   ${parse.ms.toFixed(0)} ms   ${loaded(parse)}`);
console.log("(start-up times include the import hook that watches for PDF and Word modules; it adds a few ms)");
