// Child process of bench/adversarial.mjs: parses one hostile input (lib/adversarial-inputs.mjs) at one scale, in a heap
// of its own. Warms up on the same input, then prints the median milliseconds of its rounds (up to the number asked,
// within a cap of time) and its peak RSS as JSON.
// Run alone: node bench/lib/time-adversarial.mjs <input index> <scale> <rounds> <budget s> <cap s>
import { performance } from "node:perf_hooks";
import { parseMinutes } from "../../dist/index.js";
import { INPUTS } from "./adversarial-inputs.mjs";
import { median } from "./measure.mjs";

const [indexArg, scaleArg, roundsArg, budgetArg, capArg] = process.argv.slice(2);
const input = INPUTS[Number(indexArg)];
const bytes = Buffer.from(input.make(Number(scaleArg)));
const run = () => parseMinutes(bytes, { validate: true });

// warm up on the same input: the compiler, and the heap grown to the size the input needs (growing it is paid once,
// by whichever round runs first, and would otherwise make the larger size look super-linear)
await run();
const times = [];
// rounds stop early once they have taken the cap (seconds) in all, or one round was over the budget: more would say no
// more, and the whole bench is to take about three minutes
const stopAfter = Number(budgetArg) * 1000;
let spent = 0;
for (let i = 0; i < Number(roundsArg) && spent < Number(capArg) * 1000; i++) {
  const start = performance.now();
  await run();
  times.push(performance.now() - start);
  spent += times[i];
  if (times[i] > stopAfter) break;
}
console.log(JSON.stringify({ ms: median(times), rounds: times.length, bytes: bytes.length, rssMB: process.resourceUsage().maxRSS / 1024 }));
