#!/usr/bin/env node
// The wild check: parse minutes nobody labeled and check the invariants every set of minutes should meet — read as
// minutes (not an agenda or unknown), at least one person present, at least two items, a date, a body, and no item
// titled with a person's name. Prints the failures and the pass rate.
//
//   node scripts/wild.mjs                         the wild set, fixtures/wild (the README says how it was gathered)
//   node scripts/wild.mjs DIR|FILE…               other files or directories
//   node scripts/wild.mjs --index INDEX.tsv       the rows of an archive index whose looks_like is "minutes"
//   options: --min 0.95 (exit 1 below it), --verbose (every failing file), --jobs 2, --out report.tsv
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, existsSync, statSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, extname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "bin/minutes.js");
const READABLE = new Set([".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"]);

function options(argv) {
  const opts = { inputs: [], min: null, verbose: false, jobs: 2, index: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--min") opts.min = Number(argv[++i]);
    else if (a === "--verbose") opts.verbose = true;
    else if (a === "--jobs") opts.jobs = Number(argv[++i]);
    else if (a === "--index") opts.index = argv[++i];
    else if (a === "--out") opts.out = argv[++i];
    else opts.inputs.push(a);
  }
  return opts;
}

/** Every readable file under the inputs (directories walked), or the minutes rows of an index. */
function filesOf(opts) {
  if (opts.index) {
    const [head, ...rows] = readFileSync(opts.index, "utf8").trim().split("\n").map((l) => l.split("\t"));
    const col = (name) => head.indexOf(name);
    return rows
      .filter((r) => r[col("looks_like")] === "minutes")
      .map((r) => resolve(dirname(opts.index), "..", r[col("local_path")]).replace(/\/archives\/archives\//, "/archives/"))
      .map((p) => (existsSync(p) ? p : r2(p)))
      .filter((p) => p && READABLE.has(extname(p).toLowerCase()));
  }
  const inputs = opts.inputs.length ? opts.inputs : [join(ROOT, "fixtures/wild")];
  const files = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (READABLE.has(extname(p).toLowerCase())) files.push(p);
  };
  for (const input of inputs) walk(resolve(input));
  return files;
}
function r2(p) {
  return existsSync(p) ? p : null;
}

/** Parse a list of files with the batch mode of the CLI, one JSON document a line. */
function parseAll(files, jobs) {
  return new Promise((done) => {
    const docs = new Map();
    const failed = new Map();
    const chunks = [];
    for (let i = 0; i < files.length; i += 400) chunks.push(files.slice(i, i + 400));
    const next = () => {
      const chunk = chunks.shift();
      if (!chunk) return done({ docs, failed });
      const child = spawn(process.execPath, [BIN, "parse", ...chunk, "--ndjson", "--quiet", "--jobs", String(jobs), "--timeout", "120"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      child.on("close", () => {
        for (const line of out.split("\n")) {
          if (!line.trim()) continue;
          try {
            const doc = JSON.parse(line);
            if (doc.source?.path) docs.set(resolve(doc.source.path), doc);
          } catch {
            // a line that is not JSON is not a document
          }
        }
        for (const line of err.split("\n")) {
          const m = /^minutes: (.+?): (E_[A-Z_]+) /.exec(line);
          if (m) failed.set(resolve(m[1]), m[2]);
        }
        next();
      });
    };
    next();
  });
}

const HONORIFIC = /^(?:cllr|councillor|mr|mrs|ms|miss|dr|director|commissioner|trustee|mayor|chair(?:man|person)?|president|supervisor|member)\.?\s+/i;
const fold = (s) => String(s ?? "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();

/** An item titled with a person's name: "Cllr Smith", "Councillor J. Brown:", or the full name of someone listed. */
function personTitled(doc) {
  const people = ["present", "apologies", "absent", "in_attendance"].flatMap((k) => doc.attendance?.[k] ?? []).map((p) => fold(p.name));
  const names = new Set(people.filter((n) => n.includes(" ")));
  return (doc.items ?? []).filter((item) => {
    const title = String(item.title_raw ?? item.title ?? "").replace(/[:.\s]+$/, "").trim();
    if (!title) return false;
    if (HONORIFIC.test(title) && /^\S+\s+(?:\p{Lu}\.?\s*){0,2}\p{Lu}[\p{L}'’-]+$/u.test(title)) return true;
    const bare = fold(title.replace(HONORIFIC, ""));
    return title.split(/\s+/).length <= 4 && names.has(bare);
  });
}

/** The invariants a document breaks. */
function broken(doc) {
  const out = [];
  if (doc.document_type !== "minutes") out.push(`type=${doc.document_type}`);
  if ((doc.attendance?.present ?? []).length === 0) out.push("no-present");
  if ((doc.items ?? []).length < 2) out.push(`items=${(doc.items ?? []).length}`);
  if (!doc.meeting?.date) out.push("no-date");
  if (!doc.meeting?.body && !doc.meeting?.organization) out.push("no-body");
  const titled = personTitled(doc);
  if (titled.length) out.push(`person-title=${JSON.stringify(titled[0].title)}`);
  return out;
}

const opts = options(process.argv.slice(2));
const files = filesOf(opts);
if (files.length === 0) {
  console.error("wild: no readable files");
  process.exit(2);
}
const { docs, failed } = await parseAll(files, opts.jobs);
const counts = new Map();
const rows = [];
let pass = 0;
for (const file of files) {
  const doc = docs.get(resolve(file));
  const problems = doc ? broken(doc) : [`error=${failed.get(resolve(file)) ?? "no-output"}`];
  for (const p of problems) {
    const key = p.split("=")[0];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (problems.length === 0) pass++;
  rows.push([relative(process.cwd(), file), problems.join(" ") || "ok"]);
}
if (opts.verbose) for (const [file, problems] of rows) if (problems !== "ok") console.log(`${file}\t${problems}`);
if (opts.out) writeFileSync(opts.out, ["file\tproblems", ...rows.map((r) => r.join("\t"))].join("\n") + "\n");
const rate = pass / files.length;
const summary = [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
console.log(`failures by invariant: ${summary || "none"}`);
console.log(`wild: ${pass}/${files.length} documents pass every invariant (${(rate * 100).toFixed(1)}%)`);
process.exit(opts.min !== null && rate < opts.min ? 1 : 0);
