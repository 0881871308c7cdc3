// Hostile inputs for bench/adversarial.mjs: each a generator of its text at a scale (1 = base size, 10 = ten times), and
// the time budget the whole path (parseMinutes on the bytes, validation on) must meet at the 10x size.

/** Repeat `unit` to `bytes` bytes (units are ASCII). */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const lines = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join("\n");
/** A surname made of letters only, distinct for each n: "Baf", "Cag", … */
function surname(n) {
  let s = "";
  for (let k = n + 26; k > 0; k = Math.floor(k / 26)) s += String.fromCharCode(97 + (k % 26));
  return s[0].toUpperCase() + s.slice(1);
}
/** Letters and digits with no spaces, from a fixed pseudo-random sequence. */
function noSpaces(bytes) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let x = 12345;
  let out = "";
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}
const KB = 1024;

/**
 * name: the table's label; what: how the base size is counted; make(scale): the text; budget: most seconds at 10x.
 * Budgets are about 3x what a run measured on the shared development machine, so noise alone should not fail them.
 */
export const INPUTS = [
  { name: "line of 'a'", what: "100 KB", make: (s) => fill("a", 100 * KB * s), budget: 1 },
  { name: "line, no spaces", what: "100 KB", make: (s) => noSpaces(100 * KB * s), budget: 1 },
  { name: "line of '1.2.3('", what: "100 KB", make: (s) => fill("1.2.3(", 100 * KB * s), budget: 1 },
  { name: "line of '('", what: "100 KB", make: (s) => fill("(", 100 * KB * s), budget: 1 },
  { name: "bullets '- item n'", what: "10k lines", make: (s) => lines(10_000 * s, (i) => `- item ${i + 1}`), budget: 6 },
  { name: "numbered 'n. item n'", what: "10k lines", make: (s) => lines(10_000 * s, (i) => `${i + 1}. item ${i + 1}`), budget: 5 },
  { name: "numbered '1. item'", what: "10k lines", make: (s) => lines(10_000 * s, () => "1. item"), budget: 5 },
  { name: "lines '1.' only", what: "10k lines", make: (s) => lines(10_000 * s, () => "1."), budget: 2 },
  // the staircase's bytes grow with the square of its depth: 10x the levels is 100x the bytes
  { name: "indent staircase '- x'", what: "1k levels", make: (s) => lines(1_000 * s, (d) => `${"  ".repeat(d)}- x`), budget: 15 },
  // nesting past markdown-it's limit (20 levels) used to drop the rest of the document; now kept as text, with a warning
  { name: "one line '- - - … x'", what: "10k levels", make: (s) => `${"- ".repeat(10_000 * s)}x`, budget: 1 },
  { name: "one line '> > > … x'", what: "10k levels", make: (s) => `${"> ".repeat(10_000 * s)}x`, budget: 1 },
  { name: "quote staircase '>…> x'", what: "300 levels", make: (s) => lines(300 * s, (d) => `${">".repeat(d + 1)} x`), budget: 10 },
  { name: "'Resolved:-' one line", what: "100k reps", make: (s) => "Resolved:-".repeat(100_000 * s), budget: 4 },
  { name: "'Resolved:-' per line", what: "100k lines", make: (s) => lines(100_000 * s, () => "Resolved:-"), budget: 20 },
  {
    name: "Present: 'Councillor X, …'",
    what: "10k names",
    make: (s) => `Minutes of the meeting\n\nPresent: ${Array.from({ length: 10_000 * s }, (_, i) => `Councillor ${surname(i)}`).join(", ")}\n\n1. Apologies\n\nNone.`,
    budget: 5,
  },
  // 30k: at 10k the base fits the processor's caches and runs faster a line than any larger size, a ratio over 15 from that alone
  { name: "lines 'PRESENT:'", what: "30k lines", make: (s) => lines(30_000 * s, () => "PRESENT:"), budget: 6 },
  { name: "table row of '|' cells", what: "10k cells", make: (s) => `| a |\n|---|\n${"| b ".repeat(10_000 * s)}|`, budget: 1 },
  // decisions: each sentence scanned every motion and resolution for an overlap: quadratic
  {
    name: "motions, one a line",
    what: "5k lines",
    make: (s) =>
      `Minutes\n\n1. Business\n\n${lines(5_000 * s, (i) => `Moved by Councillor ${surname(i)}, seconded by Councillor ${surname(i + 1)}. RESOLVED that the report be noted. CARRIED.\n`)}`,
    budget: 6,
  },
  {
    name: "one paragraph of sentences",
    what: "100 KB",
    make: (s) => `Minutes\n\n1. Business\n\n${fill("It was RESOLVED that Mr. Smith (Clerk) notes the £65.00 item No. 2018. ", 100 * KB * s)}`,
    budget: 2,
  },
  { name: "'**' and '_' runs", what: "100 KB", make: (s) => fill("**_a", 100 * KB * s), budget: 3 },
  // links: a note made of all the text before each link was quadratic; 100k links overflowed the stack in push(...spread)
  { name: "header line of links", what: "10k links", make: (s) => `Minutes\n\n${"[agenda](https://example.org/a) ".repeat(10_000 * s)}\n\n1. Business\n\nNone.`, budget: 4 },
  // nest-points spliced each run of sub-points out of the list in place: quadratic
  { name: "points '- n:' / ' - sub'", what: "5k pairs", make: (s) => `Minutes\n\n1. Business\n\n${lines(5_000 * s, (i) => `- Point ${i + 1} as follows:\n - sub-point`)}`, budget: 6 },
  // declarations re-tested every earlier sentence for a list introduction: quadratic
  { name: "paragraph of interests", what: "5k sentences", make: (s) => `Minutes\n\n1. Declarations of interest\n\n${"Cllr Smith declared an interest in item 4. ".repeat(5_000 * s)}`, budget: 2 },
  // decisions: each motion scanned every decision for an introduction ending in a colon: quadratic
  {
    name: "agreed as follows / motion",
    what: "5k pairs",
    make: (s) => `Minutes\n\n1. Business\n\n${lines(5_000 * s, () => "It was agreed as follows:\n\n- Proposed by Cllr Smith, seconded by Cllr Jones. Carried.\n")}`,
    budget: 10,
  },
  // motions: each result after a decided motion searched all motions for an open one: quadratic
  { name: "'Motion carried.' per line", what: "10k lines", make: (s) => `Minutes\n\n1. Business\n\n${lines(10_000 * s, () => "Motion carried.")}`, budget: 4 },
  { name: "headings '## Heading n'", what: "10k lines", make: (s) => lines(10_000 * s, (i) => `## Heading ${i + 1}\n`), budget: 4 },
  // item ids: a free suffix searched from 2 for each item of the same number: quadratic
  { name: "headings '## X (Item 1)'", what: "10k lines", make: (s) => lines(10_000 * s, () => "## Apologies (Item 1)\n"), budget: 6 },
  // the apologies already known were collected afresh for each apologies item: quadratic
  {
    name: "apologies items",
    what: "5k items",
    make: (s) => lines(5_000 * s, (i) => `## Apologies (Item ${i + 1})\n\nApologies were received from Councillor ${surname(i)}.\n`),
    budget: 5,
  },
  // decisions: each statement's paragraph found by a linear search of the run: quadratic
  { name: "paragraphs 'Members agreed'", what: "5k paras", make: (s) => `Minutes\n\n1. Business\n\n${lines(5_000 * s, () => "Members agreed to this\nMembers agreed to that\n")}`, budget: 5 },
  // consistency: each apology searched the present list: quadratic
  {
    name: "present and apologies, same names",
    what: "5k names",
    make: (s) => {
      const names = Array.from({ length: 5_000 * s }, (_, i) => `Councillor ${surname(i)}`).join(", ");
      return `Minutes of the meeting\n\nPresent: ${names}\n\nApologies: ${names}\n\n1. Business\n\nNone.`;
    },
    budget: 5,
  },
];
