// Text-path benchmark: our whole path (ingest, parse, recognize, assemble, validate) against remark-parse's parse alone,
// on the Rotherham text repeated to 1 MB and 10 MB, in the same run; then CLI start-up, checking no PDF code loads.
// Run: npm run build && node bench/text.mjs [--quick]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseMinutes } from "../dist/index.js";
import { mb, median, race } from "./lib/measure.mjs";

const quick = process.argv.includes("--quick");
const ROOT = new URL("../", import.meta.url);
const FIXTURE = new URL("fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt", ROOT);
const base = readFileSync(FIXTURE, "utf8");

function repeatTo(bytes) {
  const copies = Math.ceil(bytes / Buffer.byteLength(base));
  return Buffer.from(Array.from({ length: copies }, () => base).join("\n\n"));
}

const remark = unified().use(remarkParse);
remark.data().micromarkExtensions = [{ disable: { null: ["codeIndented"] } }];

console.log(`node ${process.version}; ${quick ? "quick run" : "full run"}`);
console.log("\n## Whole text path vs remark-parse alone (median of interleaved rounds)");
console.log("size     ours ms   ours MB/s   remark ms   remark MB/s   remark/ours");
const rows = [];
for (const size of quick ? [1] : [1, 10]) {
  const input = repeatTo(size * 1024 * 1024);
  const text = input.toString("utf8");
  await parseMinutes(input, { validate: true }); // warm up
  // remark-parse needs minutes for 10 MB: one round of it there; ours is cheap enough to repeat
  const rounds = size >= 10 ? 1 : 7;
  const t = await race(
    {
      ours: () => parseMinutes(input, { validate: true }),
      remark: () => remark.parse(text),
    },
    rounds,
  );
  rows.push({ size: mb(input.length), ...t });
  console.log(
    `${mb(input.length).toFixed(1).padStart(4)} MB ${t.ours.toFixed(0).padStart(8)} ${(mb(input.length) / (t.ours / 1000)).toFixed(1).padStart(11)} ${t.remark.toFixed(0).padStart(11)} ${(mb(input.length) / (t.remark / 1000)).toFixed(2).padStart(13)} ${(t.remark / t.ours).toFixed(1).padStart(13)}x`,
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
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["--import", HOOK, BIN, ...args], { encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`minutes ${args.join(" ")} failed: ${result.stderr}`);
    if (result.stderr.includes("PDF-MODULE")) pdfLoaded = true;
  }
  return { ms: median(times), pdfLoaded };
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
console.log(`minutes --version             ${version.ms.toFixed(0)} ms   PDF code loaded: ${version.pdfLoaded ? "YES" : "no"}`);
console.log(`minutes parse rotherham.txt   ${parse.ms.toFixed(0)} ms   PDF code loaded: ${parse.pdfLoaded ? "YES" : "no"}`);
console.log("(start-up times include the import hook that watches for PDF modules; it adds a few ms)");
