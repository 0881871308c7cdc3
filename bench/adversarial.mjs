// Adversarial benchmark (not a test): hostile inputs at a base size and at 10x, to show parsing time grows linearly and stays in budget.
// Each input (lib/adversarial-inputs.mjs) is parsed whole — parseMinutes on its bytes, validation on — in a child process
// of its own (lib/time-adversarial.mjs) at each size, the machine being shared and noisy; the ratio compares the two
// sizes of the same run. A time ratio over 1.5x the size ratio (15 for 10x the bytes) is SUPER-LINEAR; a time at 10x
// over the input's budget FAILs; a child that throws or dies is a CRASH. Any of them is checked again with two more pairs
// of processes (each size's median over the three counts), and if it stands makes the exit status 1, so the bench can be
// run by hand as a check.
// Run: npm run build && node bench/adversarial.mjs [--only <part of an input's name>]
import { spawnSync } from "node:child_process";
import { INPUTS } from "./lib/adversarial-inputs.mjs";

const CHILD = new URL("lib/time-adversarial.mjs", import.meta.url).pathname;
const SUPER_LINEAR = 1.5;
/** A child that runs this long is stopped and counted a failure. */
const TIMEOUT_MS = 60_000;
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? null : process.argv[onlyAt + 1];

function measure(index, scale, rounds, budget, cap) {
  const result = spawnSync(process.execPath, [CHILD, String(index), String(scale), String(rounds), String(budget), String(cap)], {
    encoding: "utf8",
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 20,
  });
  if (result.error?.code === "ETIMEDOUT" || result.signal === "SIGTERM") return { crash: `timed out after ${TIMEOUT_MS / 1000} s` };
  if (result.status !== 0) {
    const lines = result.stderr.split("\n").filter((line) => /Error|error:|at /.test(line));
    return { crash: (lines.find((line) => /Error/.test(line)) ?? result.stderr.trim().split("\n").pop() ?? `exit ${result.status}`).trim() };
  }
  return JSON.parse(result.stdout);
}

function measurePair(index, budget) {
  return { small: measure(index, 1, 5, budget, 2), large: measure(index, 10, 3, budget, 3) };
}

function judge(input, { small, large }) {
  if (small.crash || large.crash) return { verdict: "CRASH", note: small.crash ?? large.crash };
  const timeRatio = large.ms / small.ms;
  const sizeRatio = large.bytes / small.bytes;
  const problems = [];
  if (large.ms > input.budget * 1000) problems.push("FAIL");
  if (timeRatio > SUPER_LINEAR * sizeRatio) problems.push("SUPER-LINEAR");
  return { verdict: problems.length ? problems.join(" ") : "PASS", timeRatio, sizeRatio };
}

/** The median of one size's measurements from several processes; a crash counts when most of them crashed. */
function medianOf(runs) {
  const ok = runs.filter((run) => !run.crash).sort((a, b) => a.ms - b.ms);
  if (ok.length * 2 <= runs.length) return runs.find((run) => run.crash);
  return ok[(ok.length - 1) >> 1];
}

const size = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`);
const ms = (value) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);
const pad = (text, width) => String(text).padEnd(width);
const lpad = (text, width) => String(text).padStart(width);

console.log(`node ${process.version}; parseMinutes(bytes, { validate: true }), each size in a child process of its own;`);
console.log("median of up to 5 rounds in 2 s at 1x, 3 rounds in 3 s at 10x (after a warm-up run); peak RSS of the 10x process");
console.log(`SUPER-LINEAR when time ratio > ${SUPER_LINEAR} x size ratio; FAIL when the 10x time is over budget\n`);
const header = `${pad("input", 35)}${pad("base", 12)}${lpad("size 1x", 9)}${lpad("time 1x", 11)}${lpad("size 10x", 10)}${lpad("time 10x", 11)}${lpad("ratio", 7)}${lpad("size x", 8)}${lpad("peak RSS", 10)}  ${pad("budget at 10x", 14)}verdict`;
console.log(header);
console.log("-".repeat(header.length + 8));
const started = Date.now();
let failed = 0;
for (const [index, input] of INPUTS.entries()) {
  if (only && !input.name.includes(only)) continue;
  let pair = measurePair(index, input.budget);
  let outcome = judge(input, pair);
  if (outcome.verdict !== "PASS") {
    // confirm with two more pairs of processes, the sizes alternating: each size's median over the three counts
    const pairs = [pair, measurePair(index, input.budget), measurePair(index, input.budget)];
    pair = { small: medianOf(pairs.map((p) => p.small)), large: medianOf(pairs.map((p) => p.large)) };
    outcome = judge(input, pair);
  }
  if (outcome.verdict !== "PASS") failed++;
  const { small, large } = pair;
  const budget = `≤ ${input.budget} s`;
  if (outcome.verdict === "CRASH") {
    console.log(`${pad(input.name, 35)}${pad(input.what, 12)}${lpad("", 72)}  ${pad(budget, 14)}CRASH: ${outcome.note}`);
    continue;
  }
  console.log(
    `${pad(input.name, 35)}${pad(input.what, 12)}${lpad(size(small.bytes), 9)}${lpad(ms(small.ms), 11)}${lpad(size(large.bytes), 10)}${lpad(ms(large.ms), 11)}` +
      `${lpad(outcome.timeRatio.toFixed(1), 7)}${lpad(`${outcome.sizeRatio.toFixed(0)}x`, 8)}${lpad(`${large.rssMB.toFixed(0)} MB`, 10)}  ${pad(budget, 14)}${outcome.verdict}`,
  );
}
console.log(`\n${failed === 0 ? "all inputs within budget and linear" : `${failed} input(s) failed`} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failed === 0 ? 0 : 1;
