// Child process of bench/text.mjs: times one contender on the Rotherham text repeated to a size, in a heap of its own,
// so that neither contender pays for the other's garbage. Prints the median milliseconds of its rounds as JSON.
import { readFileSync } from "node:fs";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parseMinutes } from "../../dist/index.js";
import { median } from "./measure.mjs";

const [which, sizeArg, roundsArg] = process.argv.slice(2);
const bytes = Number(sizeArg) * 1024 * 1024;
const base = readFileSync(new URL("../../fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt", import.meta.url), "utf8");
const input = Buffer.from(Array.from({ length: Math.ceil(bytes / Buffer.byteLength(base)) }, () => base).join("\n\n"));
const text = input.toString("utf8");
const remark = unified().use(remarkParse);
remark.data().micromarkExtensions = [{ disable: { null: ["codeIndented"] } }];
const run = which === "ours" ? () => parseMinutes(input, { validate: true }) : async () => remark.parse(text);

await run(); // warm up
const times = [];
for (let i = 0; i < Number(roundsArg); i++) {
  const start = performance.now();
  await run();
  times.push(performance.now() - start);
}
console.log(JSON.stringify({ ms: median(times), bytes: input.length }));
