// Fuzz tests of text, markdown and HTML input: mutated corpus documents, line soups, odd encodings and random bytes must give a
// schema-valid document or a MinutesError refusal, never another exception or a hang. FUZZ_SCALE / FUZZ_SEED: see fuzz-harness.ts.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseOptions } from "../../src/document.js";
import { STYLE_NAMES } from "../../src/recognize/styles.js";
import { fuzz, fuzzCase, runs, testTimeout, type Budget, type FuzzCase } from "./fuzz-harness.js";

const FILE = "test/hostile/fuzz-text.test.ts";
const CORPUS_DIR = new URL("../../fixtures/corpus/", import.meta.url);

interface CorpusDoc {
  name: string;
  text: string;
}

const corpus: CorpusDoc[] = readdirSync(CORPUS_DIR)
  .filter((name) => /\.(?:md|txt|html)$/.test(name))
  .sort()
  .map((name) => ({ name, text: readFileSync(new URL(name, CORPUS_DIR), "utf8") }));

/** Most cases read a window of a document: small enough to keep the run fast. */
const WINDOW = 8 * 1024;
/** Far above a real parse of ≤ 8 KB (a few ms), or of a whole corpus document (≤ ~60 ms). A linear parse of the
 * repeated-token inputs takes ≤ ~6 ms a KB; a quadratic pass, many times that at 100 KB. */
const BUDGET: Budget = { ms: 2_000, msPerKb: 20 };

// ---------------------------------------------------------------------------------------------------------------------
// Pieces of text

/** Line openers the recognizers react to: markdown syntax, attendance and decision words, numbering, HTML and entities. */
const MARKERS = [
  "#", "##", "###", "######", "#######", "-", "*", "+", "•", "1.", "1)", "12.", "12.3", "12.3.4", "(a)", "a)", "(iv)", "iv.",
  "|", "| --- |", "|---|---|", ">", "> >", "```", "~~~", "---", "===", "***", "**", "__", "_", "`", "\\.", "1\\.",
  "RESOLVED", "RESOLVED:", "Resolved that", "It was RESOLVED that", "AGREED", "DECISION:", "Present:", "PRESENT:",
  "Apologies:", "Apologies for absence", "Absent:", "In attendance:", "Also present:", "Members present", "Moved by",
  "Seconded by", "Moved by Councillor", "Proposed:", "Seconded:", "Carried", "CARRIED", "Lost", "Motion", "MOTION",
  "For:", "Against:", "Abstained:", "Vote:", "Yeas:", "Nays:", "For (", "Against (6)", "Abstain (", "Motion Passed (", "Motion carried",
  "MOTION CARRIED UNANIMOUSLY [", "PASSED [", "FAILED [", "RESULT: PASSED [", "AYES:", "NAYS:", "ABSTAIN:", "ABSENT:", "declared the motion",
  "was seconded by", "Item", "Item 4", "Minute 12/34", "Agenda Item 7", "(Item 3)", "(Agenda item",
  "Cllr", "Councillor", "Mayor", "Chair:", "Chairman", "Clerk", "Declarations of interest", "Date of next meeting",
  "MINUTES", "Minutes of the", "AGENDA", "Agenda", "Date:", "Time:", "Venue:", "Monday 3 March 2014", "7.30pm", "19:00",
  "<p>", "</p>", "<li>", "<ol>", "</ul>", "<h2>", "</h3>", "<table><tr><td>", "<br>", "<div class=x>", "<article>",
  "</main>", "<!--", "-->", "<script>", "</style>", "<![CDATA[", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "&#1114112;", "&bogus;",
  "[", "](", "](http://x)", "![", "<", ">", "\\", "$", "%PDF-", "---\ntitle: x\n---", "",
];
const INDENTS = ["", "", "", " ", "  ", "   ", "    ", "     ", "        ", "\t", "\t\t", " \t", "\u00a0", "\u3000"];
const WORDS = [
  "the", "council", "resolved", "that", "minutes", "of", "meeting", "held", "on", "be", "approved", "and", "signed", "by",
  "chair", "Smith", "Jones", "Brown", "O'Neill", "Cllr.", "J.", "A", "Mr", "Mrs", "Dr", "(Chair)", "(Vice-Chair)", "—", "–",
  "£1,234.56", "$5", "2019", "3rd", "March", "7pm", "unanimously", "carried", "declared", "interest", "item", "noted",
  "report", "planning", "application", "ref:", "19/00123/FUL", "seconded", "moved", "proposed", "vote", "5-2", "(5)",
  ",", ".", ":", ";", "…", "’", "“", "”", "é", "ß", "Ł", "中文", "😀", "\u200b", "\u00ad", "\ufeff", "\u202e", "\u0301",
];

/** Characters that have broken text tools before: controls, odd spaces and breaks, invisible and bidi marks, combining marks. */
const ODD_CHARS = [
  "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u007f", "\u0080", "\u0085", "\u009f", "\r", "\r\n",
  "\n\n", "\t", "\u00a0", "\u00ad", "\u2028", "\u2029", "\u200b", "\u200d", "\u200e", "\u202e", "\u2066", "\ufeff", "\ufffd",
  "\ufffe", "\uffff", "\u0301", "\u0308\u0308\u0308", "\ud83d\ude00", "\u{10ffff}",
];
/** Numbers where counts, dates, times and item numbers are read: zero, huge (past a safe integer, Infinity once read), odd. */
const numberish: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100 }).map(String),
  fc.constantFrom("0", "00", "-1", "1.5", "9007199254740993", "9".repeat(20), "9".repeat(400), "1e999", "31", "32", "13", "24:60", "99:99"),
  fc.integer({ min: 15, max: 400 }).chain((n) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n - 1}}$`))),
  fc.tuple(fc.nat({ max: 99 }), fc.constantFrom(" to ", "-", " TO ", " for, ", "–"), fc.nat({ max: 99 })).map(([a, sep, b]) => `${a}${sep}${b}`),
);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const controlChar = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((code) => String.fromCharCode(code));

/** Random unicode to drop into text: any code point, graphemes, controls, lone surrogates and known troublemakers. */
const unicodeJunk: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: fc.oneof(controlChar, loneSurrogate, fc.constantFrom(...ODD_CHARS)), minLength: 1, maxLength: 12 }),
  loneSurrogate,
  fc.constantFrom(...ODD_CHARS),
);

/** One line of markdown-ish soup: indentation, a marker the recognizers react to, and words. */
const soupLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...INDENTS),
    fc.constantFrom(...MARKERS),
    fc.constantFrom("", " ", " ", "  ", ". ", ": ", "\t"),
    fc.array(
      fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: numberish }, { weight: 1, arbitrary: unicodeJunk }),
      { maxLength: 14 },
    ),
    fc.constantFrom("", "", "", ")", "]", ") Carried.", " votes"),
    fc.constantFrom("", "", "", " ", ".", ":", "  ", " |", "**", "</p>"),
  )
  .map(([indent, marker, gap, words, close, end]) => `${indent}${marker}${gap}${words.join(" ")}${close}${end}`);

/** The recognizers' own formulas with holes for numbers and names: counts, dates, times, item numbers, movers. */
const FORMULAS = [
  "Motion Passed ({n} to {m})", "Motion Failed ({n} to {m})", "MOTION CARRIED UNANIMOUSLY [{name}, {name}]", "PASSED [{n} TO {m}]",
  "RESULT: PASSED [{n}-{m}-{k}]", "FAILED [{n}-{m}]", "For ({n})", "Against ({m})", "Abstain ({k})", "For: {n}", "Against: {m}",
  "Abstentions: {k}", "The motion was carried by {n} votes to {m}.", "Carried ({n} for, {m} against, {k} abstentions)",
  "AYES: {name}, {name} NAYS: {name} ABSTAIN: {name} ABSENT: {name}", "Moved by Cllr {name}, seconded by Cllr {name}. Carried.",
  "Minutes of the meeting held on {n} March {m} at {k}pm", "Meeting held on Monday {n}/{m}/{k} at {n}:{m}", "{n} {name} {m} at {k}.{n}am",
  "The meeting opened at {n}:{m} and closed at {k}.{n}pm", "Item {n}", "{n}. {name}", "{n}.{m} {name}", "Minute {n}/{m}",
  "## {n}. {name} (Item {m})", "Present: Cllr {name}, Cllr {name} (Chair), Cllr {name} (Vice-Chair)", "Apologies: Cllr {name}",
  "Cllr {name} declared a pecuniary interest in item {n}.", "RESOLVED that the item be deferred to {n} {name} {m}.",
  "Date of next meeting: {n} {name} {m}", "Action: {name} to report by {n}/{m}/{k}.",
];
const NAMES = ["Smith", "A Smith", "O'Neill", "Mc Donald", "J. S. Bach", "Jean-Luc", "ÉLODIE", "van der Berg", "A", "", "Smith (Chair)", "X".repeat(300)];

/** A formula line: the shapes the recognizers parse, with numbers that are out of range or past a safe integer. */
const formulaLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FORMULAS), fc.array(numberish, { minLength: 3, maxLength: 3 }), fc.array(fc.constantFrom(...NAMES), { minLength: 5, maxLength: 5 }))
  .map(([formula, [n, m, k], names]) => {
    let i = 0;
    return formula.replace(/\{(n|m|k|name)\}/g, (_, hole: string) => (hole === "n" ? n! : hole === "m" ? m! : hole === "k" ? k! : names[i++ % names.length]!));
  });

// ---------------------------------------------------------------------------------------------------------------------
// Base documents: a window of a corpus document (most cases) or a whole one

interface Base {
  text: string;
  /** The document's name, for format hints (path) and the label. */
  name: string;
  label: string;
}

const corpusIndex = fc.nat({ max: corpus.length - 1 });

function docAt(i: number): CorpusDoc {
  return corpus[i % corpus.length]!;
}

/** A window of ≤ 8 KB of a corpus document at any character offset (it may cut a surrogate pair or an HTML tag). */
const window: fc.Arbitrary<Base> = fc.tuple(corpusIndex, fc.nat(), fc.integer({ min: 1, max: WINDOW })).map(([i, start, length]) => {
  const doc = docAt(i);
  const from = start % Math.max(1, doc.text.length - Math.min(length, doc.text.length) + 1);
  return { text: doc.text.slice(from, from + length), name: doc.name, label: `${doc.name}[${from}..${from + length})` };
});
const wholeDoc: fc.Arbitrary<Base> = corpusIndex.map((i) => ({ text: docAt(i).text, name: docAt(i).name, label: docAt(i).name }));
const base: fc.Arbitrary<Base> = fc.oneof({ weight: 9, arbitrary: window }, { weight: 1, arbitrary: wholeDoc });

// ---------------------------------------------------------------------------------------------------------------------
// Mutations of a document's lines

/** A mutation: applied to lines, it says what it did (with the resolved positions) for the counterexample. */
interface Mutation {
  apply(lines: string[]): { lines: string[]; did: string };
}

function at(n: number, size: number): number {
  return size === 0 ? 0 : n % (size + 1);
}

function range(start: number, length: number, size: number): [number, number] {
  const from = size === 0 ? 0 : start % size;
  return [from, Math.min(size, from + 1 + (length % 40))];
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // delete a range of lines
  fc.tuple(fc.nat(), fc.nat()).map(([s, l]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      return { lines: [...lines.slice(0, a), ...lines.slice(b)], did: `delete lines ${a}..${b}` };
    },
  })),
  // duplicate a range of lines somewhere else
  fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([s, l, t]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      const to = at(t, lines.length);
      return { lines: [...lines.slice(0, to), ...lines.slice(a, b), ...lines.slice(to)], did: `duplicate lines ${a}..${b} at ${to}` };
    },
  })),
  // swap two ranges of lines
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(([s1, l1, s2, l2]): Mutation => ({
    apply(lines) {
      let [a, b] = range(s1, l1, lines.length);
      let [c, d] = range(s2, l2, lines.length);
      if (c < a) [a, b, c, d] = [c, d, a, b];
      if (c < b) return { lines, did: "swap (overlapping: no-op)" };
      const out = [...lines.slice(0, a), ...lines.slice(c, d), ...lines.slice(b, c), ...lines.slice(a, b), ...lines.slice(d)];
      return { lines: out, did: `swap lines ${a}..${b} with ${c}..${d}` };
    },
  })),
  // insert random unicode inside a line
  fc.tuple(fc.nat(), fc.nat(), unicodeJunk).map(([l, col, junk]): Mutation => ({
    apply(lines) {
      if (lines.length === 0) return { lines: [junk], did: `insert ${JSON.stringify(junk)}` };
      const i = l % lines.length;
      const line = lines[i]!;
      const c = at(col, line.length);
      const out = [...lines];
      out[i] = line.slice(0, c) + junk + line.slice(c);
      return { lines: out, did: `insert ${JSON.stringify(junk)} at line ${i} col ${c}` };
    },
  })),
  // insert lines of soup
  fc.tuple(fc.nat(), fc.array(fc.oneof(soupLine, formulaLine), { minLength: 1, maxLength: 12 })).map(([t, soup]): Mutation => ({
    apply(lines) {
      const to = at(t, lines.length);
      return { lines: [...lines.slice(0, to), ...soup, ...lines.slice(to)], did: `insert soup at ${to}: ${JSON.stringify(soup)}` };
    },
  })),
  // splice in a window of another corpus document
  fc.tuple(fc.nat(), window).map(([t, other]): Mutation => ({
    apply(lines) {
      const to = at(t, lines.length);
      return { lines: [...lines.slice(0, to), ...other.text.split("\n"), ...lines.slice(to)], did: `splice ${other.label} at ${to}` };
    },
  })),
  // re-indent a range of lines
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...INDENTS.filter((s) => s !== ""))).map(([s, l, indent]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      const out = lines.map((line, i) => (i >= a && i < b ? indent + line : line));
      return { lines: out, did: `indent lines ${a}..${b} by ${JSON.stringify(indent)}` };
    },
  })),
  // strip the indentation of a range
  fc.tuple(fc.nat(), fc.nat()).map(([s, l]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      return { lines: lines.map((line, i) => (i >= a && i < b ? line.trimStart() : line)), did: `dedent lines ${a}..${b}` };
    },
  })),
  // join a range of lines into one (lost line breaks)
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(" ", "", "  ")).map(([s, l, glue]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      return { lines: [...lines.slice(0, a), lines.slice(a, b).join(glue), ...lines.slice(b)], did: `join lines ${a}..${b}` };
    },
  })),
  // break a line at a column (a hard wrap)
  fc.tuple(fc.nat(), fc.nat()).map(([l, col]): Mutation => ({
    apply(lines) {
      if (lines.length === 0) return { lines, did: "split (empty)" };
      const i = l % lines.length;
      const c = at(col, lines[i]!.length);
      const out = [...lines.slice(0, i), lines[i]!.slice(0, c), lines[i]!.slice(c), ...lines.slice(i + 1)];
      return { lines: out, did: `split line ${i} at col ${c}` };
    },
  })),
  // change case of a range
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([s, l, upper]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      const out = lines.map((line, i) => (i >= a && i < b ? (upper ? line.toUpperCase() : line.toLowerCase()) : line));
      return { lines: out, did: `${upper ? "upper" : "lower"}-case lines ${a}..${b}` };
    },
  })),
  // blank out a range (lines emptied, kept as blank lines)
  fc.tuple(fc.nat(), fc.nat()).map(([s, l]): Mutation => ({
    apply(lines) {
      const [a, b] = range(s, l, lines.length);
      return { lines: lines.map((line, i) => (i >= a && i < b ? "" : line)), did: `blank lines ${a}..${b}` };
    },
  })),
);

// ---------------------------------------------------------------------------------------------------------------------
// From text to the input: line endings, string or bytes in some encoding, byte damage

type Encoding = "utf-8" | "utf-8+bom" | "utf-16le+bom" | "utf-16be+bom" | "utf-16le" | "utf-16be" | "latin-1";

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? "\ufeff" : "") + text, "utf16le");
  if (bigEndian) le.swap16();
  return new Uint8Array(le);
}

function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case "utf-8":
      return new Uint8Array(Buffer.from(text, "utf8"));
    case "utf-8+bom":
      return new Uint8Array(Buffer.from("\ufeff" + text, "utf8"));
    case "utf-16le+bom":
      return utf16(text, false, true);
    case "utf-16be+bom":
      return utf16(text, true, true);
    case "utf-16le":
      return utf16(text, false, false);
    case "utf-16be":
      return utf16(text, true, false);
    case "latin-1":
      // characters above U+00FF keep their low byte, as a careless converter does
      return new Uint8Array(Buffer.from(text, "latin1"));
  }
}

const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 12, arbitrary: fc.constant<Encoding>("utf-8") },
  { weight: 1, arbitrary: fc.constantFrom<Encoding>("utf-8+bom", "utf-16le+bom", "utf-16be+bom", "utf-16le", "utf-16be", "latin-1") },
);

/** Damage to the encoded bytes. */
interface ByteDamage {
  apply(bytes: Uint8Array): { bytes: Uint8Array; did: string };
}

const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant<ByteDamage>({ apply: (bytes) => ({ bytes, did: "" }) }) },
  // truncate at any byte offset: mid-UTF-8 sequence, mid UTF-16 unit, inside the BOM
  fc.nat().map((n): ByteDamage => ({
    apply(bytes) {
      const cut = at(n, bytes.length);
      return { bytes: bytes.slice(0, cut), did: `truncate at byte ${cut}` };
    },
  })),
  // drop the start at any byte offset
  fc.nat().map((n): ByteDamage => ({
    apply(bytes) {
      const cut = at(n, bytes.length);
      return { bytes: bytes.slice(cut), did: `drop bytes before ${cut}` };
    },
  })),
  // overwrite a few bytes with random ones
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits): ByteDamage => ({
    apply(bytes) {
      const out = bytes.slice();
      const done = edits.filter(() => out.length > 0).map(([n, b]) => ((out[n % out.length] = b), `${n % out.length}=${b}`));
      return { bytes: out, did: `overwrite bytes ${done.join(",")}` };
    },
  })),
  // insert random bytes
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([n, junk]): ByteDamage => ({
    apply(bytes) {
      const to = at(n, bytes.length);
      const out = new Uint8Array(bytes.length + junk.length);
      out.set(bytes.subarray(0, to));
      out.set(junk, to);
      out.set(bytes.subarray(to), to + junk.length);
      return { bytes: out, did: `insert bytes [${[...junk].join(",")}] at ${to}` };
    },
  })),
);

const lineEnding = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r");
const styleOption = fc.option(fc.constantFrom("auto", ...STYLE_NAMES), { freq: 3, nil: undefined });

/** Options as a caller passes them: a path (a format hint) or not, a forced format now and then, a style. */
function optionsFor(name: string, asString: boolean): fc.Arbitrary<ParseOptions> {
  const ext = name.slice(name.lastIndexOf("."));
  return fc
    .tuple(
      fc.constantFrom<string | null | undefined>(undefined, null, name, `minutes${ext}`, "minutes.txt", "minutes.md", "minutes.html"),
      fc.oneof(
        { weight: 8, arbitrary: fc.constant(undefined) },
        { weight: 2, arbitrary: fc.constantFrom("text" as const, "markdown" as const, "html" as const) },
        // bytes forced to be read as PDF: a refusal, never a crash (a string cannot be a PDF: that is a usage error)
        { weight: asString ? 0 : 1, arbitrary: fc.constant("pdf" as const) },
      ),
      styleOption,
      // now and then the caller requires minutes: anything else is refused with E_NOT_MINUTES
      fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    )
    .map(([path, format, style, requireMinutes]) => {
      const options: ParseOptions = {};
      if (path !== undefined) options.path = path;
      if (format !== undefined) options.format = format;
      if (style !== undefined) options.style = style;
      if (requireMinutes) options.requireMinutes = true;
      return options;
    });
}

/** Text to a case: as a string, or as bytes in an encoding with optional damage. */
function toCase(text: string, name: string, label: string): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    // a string, as library callers pass one
    optionsFor(name, true).map((options) => fuzzCase(text, options, `${label} → string`)),
    fc.tuple(encoding, byteDamage, optionsFor(name, false)).map(([enc, damage, options]) => {
      const { bytes, did } = damage.apply(encode(text, enc));
      return fuzzCase(bytes, options, `${label} → ${enc}${did ? `, ${did}` : ""}`);
    }),
  );
}

function mutate(b: Base, mutations: Mutation[], eol: string): { text: string; label: string } {
  let lines = b.text.split(/\r?\n/);
  const did: string[] = [];
  for (const m of mutations) {
    const result = m.apply(lines);
    lines = result.lines;
    did.push(result.did);
  }
  return { text: lines.join(eol), label: [b.label, ...did, eol === "\n" ? "" : `EOL ${JSON.stringify(eol)}`].filter(Boolean).join("; ") };
}

// ---------------------------------------------------------------------------------------------------------------------
// The arbitraries of the properties

/** Corpus documents (mostly windows) under 0-6 line mutations, as strings or encoded bytes. */
const mutatedCorpus: fc.Arbitrary<FuzzCase> = fc
  .tuple(base, fc.array(mutation, { maxLength: 6 }), lineEnding)
  .chain(([b, mutations, eol]) => {
    const { text, label } = mutate(b, mutations, eol);
    return toCase(text, b.name, label);
  });

/** Lines of markdown-ish soup, alone or mixed with lines of a corpus window. */
const lineSoup: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.array(fc.oneof({ weight: 3, arbitrary: soupLine }, { weight: 1, arbitrary: formulaLine }), { minLength: 1, maxLength: 80 }),
    fc.option(window, { freq: 2 }),
    fc.nat(),
    lineEnding,
  )
  .chain(([soup, mixWith, seed, eol]) => {
    let lines = soup;
    let label = `soup of ${soup.length} lines`;
    if (mixWith) {
      const corpusLines = mixWith.text.split("\n");
      lines = [...corpusLines];
      soup.forEach((line, k) => lines.splice((seed + k * 7919) % (lines.length + 1), 0, line));
      label += ` mixed into ${mixWith.label}`;
    }
    return toCase(lines.join(eol), mixWith?.name ?? "soup.md", `${label}: ${JSON.stringify(soup.slice(0, 30))}`);
  });

/** Random bytes (with or without a BOM in front) and random strings of any code units. */
const randomInput: fc.Arbitrary<FuzzCase> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom<number[]>([], [], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x23, 0x20], [0x3c, 0x70, 0x3e]),
      fc.uint8Array({ maxLength: 4096 }),
      optionsFor("random.bin", false),
    )
    .map(([prefix, bytes, options]) => {
      const input = new Uint8Array([...prefix, ...bytes]);
      return fuzzCase(input, options, `random bytes, prefix [${prefix.join(",")}]`);
    }),
  // random bytes over printable ASCII, with line breaks: no NULs, so the text path reads them
  fc
    .tuple(fc.uint8Array({ min: 0x09, max: 0x7e, maxLength: 4096 }), optionsFor("random.txt", false))
    .map(([bytes, options]) => fuzzCase(bytes, options, "random ASCII-range bytes")),
  fc
    .tuple(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 2000 }),
        fc.string({ unit: "grapheme", maxLength: 500 }),
        fc.string({ unit: fc.oneof(unicodeJunk, fc.constantFrom(...MARKERS, ...WORDS, " ", "\n")), maxLength: 300 }),
      ),
      fc.boolean(),
      optionsFor("random.txt", true),
    )
    .map(([text, asBytes, options]) =>
      asBytes
        ? fuzzCase(new Uint8Array(Buffer.from(text, "utf8")), options, "random unicode as UTF-8 bytes")
        : fuzzCase(text, options, "random unicode string"),
    ),
);

/** Sprinkles multi-byte characters through a window so that byte cuts land inside UTF-8 sequences and UTF-16 pairs. */
const MULTIBYTE = ["é", "£", "€", "—", "’", "中", "😀", "\u0301", "\ufeff", "\u2028"];

/** Corpus windows in every encoding, cut at any byte offset. */
const encodedCorpus: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    base,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MULTIBYTE)), { maxLength: 20 }),
    fc.constantFrom<Encoding>("utf-8", "utf-8+bom", "utf-16le+bom", "utf-16be+bom", "utf-16le", "utf-16be", "latin-1"),
    fc.nat(),
    fc.boolean(),
    optionsFor("x.txt", false),
  )
  .map(([b, sprinkles, enc, cutAt, cut, options]) => {
    let text = b.text;
    for (const [n, ch] of sprinkles) {
      const i = at(n, text.length);
      text = text.slice(0, i) + ch + text.slice(i);
    }
    let bytes = encode(text, enc);
    let label = `${b.label} with ${sprinkles.length} multi-byte characters → ${enc}`;
    if (cut) {
      const end = at(cutAt, bytes.length);
      bytes = bytes.slice(0, end);
      label += `, truncated at byte ${end}`;
    }
    return fuzzCase(bytes, { ...options, path: options.path === undefined ? undefined : b.name }, label);
  });

/** Tokens repeated into long lines or many lines: the inputs that make backtracking regexes and nested loops blow up. */
const REPEATABLE = [
  " ", "\t", "a", "aa ", "A ", "1.", "1. ", "1.1.", "(a)", "-", "- ", "* ", "#", "# ", "##", "|", "| a ", ">", "> ", "**", "*",
  "_", "`", "\\", "[", "](", "<", "<a ", "<p>", "</p>", "<!--", "&", "&amp;", "&#", ".", ". ", ",", ", ", ":", "Cllr ",
  "Cllr A Smith, ", "Councillor ", "RESOLVED ", "that ", "Moved by ", "Present: ", "and ", "Mr. ", "A. ", "J.S. ", "O'",
  "-\n", "\n", "\n\n", "\n ", "\n- ", "\n1. ", "\n#", "\n|", "\n>", "\nRESOLVED\n", "\nPresent:\n", "Item 1\n", "’", "—",
  "\u00a0", "\u200b", "\ud800", "é", "😀", "0", "12/34 ", "7pm ", "£1 ", "(", ")", "–", "—", ";", "A", "Aa", "–A", "’A", "A-", ", A",
];

const repetitions: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.array(
      fc.tuple(fc.constantFrom(...REPEATABLE), fc.oneof(fc.integer({ min: 1, max: 4096 }), fc.integer({ min: 16 * 1024, max: 64 * 1024 }))),
      { minLength: 1, maxLength: 3 },
    ),
    fc.constantFrom("", "Minutes of the meeting\n\nPresent: Cllr A Smith\n\n1. Item\n", "# Minutes\n\n"),
    fc.boolean(),
  )
  .map(([parts, prefix, asString]) => {
    const text = prefix + parts.map(([token, chars]) => token.repeat(Math.max(1, Math.floor(chars / token.length)))).join("");
    const label = `${JSON.stringify(prefix.slice(0, 12))} + ${parts.map(([t, n]) => `${JSON.stringify(t)}×${Math.floor(n / t.length)}`).join(" + ")}`;
    return asString ? fuzzCase(text, {}, label) : fuzzCase(new Uint8Array(Buffer.from(text, "utf8")), {}, label);
  });

// ---------------------------------------------------------------------------------------------------------------------

describe("fuzz: text, markdown and HTML input", () => {
  it("reads the corpus", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((doc) => doc.name.split(".").pop()))).toEqual(new Set(["md", "txt", "html"]));
  });

  const MUTATED = runs(1000);
  it(
    "mutated corpus documents (line edits, unicode, soup, splices; string or bytes)",
    async () => {
      const tally = await fuzz("mutated corpus documents", FILE, mutatedCorpus, MUTATED, BUDGET);
      // the fuzzer reaches the parser: most mutated documents are still read
      expect(tally.count("ok")).toBeGreaterThan(tally.total / 2);
    },
    testTimeout(MUTATED, 60),
  );

  const SOUP = runs(400);
  it("markdown-ish line soups", async () => void (await fuzz("markdown-ish line soups", FILE, lineSoup, SOUP, BUDGET)), testTimeout(SOUP, 60));

  const ENCODED = runs(300);
  it(
    "encodings and byte truncations (UTF-16 with and without BOM, Latin-1, cuts inside sequences)",
    async () => void (await fuzz("encodings and byte truncations", FILE, encodedCorpus, ENCODED, BUDGET)),
    testTimeout(ENCODED, 60),
  );

  const RANDOM = runs(300);
  it("random bytes and random unicode", async () => void (await fuzz("random bytes and unicode", FILE, randomInput, RANDOM, BUDGET)), testTimeout(RANDOM, 60));

  const REPEATED = runs(100);
  it(
    "long runs of repeated tokens (up to ~200 KB: super-linear passes)",
    async () => void (await fuzz("long runs of repeated tokens", FILE, repetitions, REPEATED, BUDGET, 40)),
    testTimeout(REPEATED, 500),
  );
});
