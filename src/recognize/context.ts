// What every recognizer is given: the lines the tree was parsed from, a way to cite them, and a place for warnings.
import type { Nodes } from "mdast";
import type { Position } from "unist";
import type { SourceText } from "../ingest/source-text.js";
import type { Source, Warning } from "../types/minutes.js";

export interface Context {
  readonly text: SourceText;
  /** Upper-case words the document itself writes in upper case in ordinary sentences (SEND, CAMHS): kept so in titles. */
  readonly acronyms: ReadonlySet<string>;
  readonly warnings: Warning[];
}

/** Tree line (1-based, as in node positions) to the source it came from. */
export function sourceAt(ctx: Context, startLine: number, endLine = startLine): Source {
  const first = ctx.text.lines[startLine - 1];
  const last = ctx.text.lines[Math.max(startLine, endLine) - 1] ?? first;
  return { line: first?.line ?? 1, end_line: Math.max(first?.line ?? 1, last?.line ?? 1), page: first?.page ?? null };
}

/** The source of a node, or of a run of nodes. */
export function sourceOf(ctx: Context, ...nodes: (Nodes | { position?: Position })[]): Source {
  const start = nodes[0]?.position?.start.line ?? 1;
  const end = nodes[nodes.length - 1]?.position?.end.line ?? start;
  return sourceAt(ctx, start, end);
}

export function warn(ctx: Context, code: string, message: string, source: Source | null = null): void {
  ctx.warnings.push({ code, message, source });
}

/** Words of two or more capitals (digits allowed after the first letter) that the document uses in mixed-case lines. */
const WHOLE_ACRONYM = /^[A-Z][0-9]*[A-Z][A-Z0-9]*s?$/;
const TWO_CAPITALS = /[A-Z][A-Z0-9]*[A-Z]/;
const SHOUTED_WORD = /^[A-Z][A-Z'’]+$/;
/** A word of capitals, its markup and punctuation aside: "**TREASURER", "REPORT:**". */
const shoutedWord = (word: string | undefined): boolean => SHOUTED_WORD.test(lettersOf(word ?? ""));

/** A word from its first letter to its last letter or apostrophe: "**TREASURER" → "TREASURER". */
function lettersOf(word: string): string {
  const isLetter = (c: string) => (c >= "A" && c <= "Z") || (c >= "a" && c <= "z");
  let from = 0;
  while (from < word.length && !isLetter(word[from]!)) from++;
  let to = word.length;
  while (to > from && !isLetter(word[to - 1]!) && word[to - 1] !== "'" && word[to - 1] !== "’") to--;
  return word.slice(from, to);
}

/** More capitals than lower-case letters: a heading or a shouted label, no evidence of an acronym. */
function mostlyCapitals(line: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= lower;
}

export function collectAcronyms(text: SourceText): Set<string> {
  const found = new Set<string>();
  for (const { text: line } of text.lines) {
    if (!TWO_CAPITALS.test(line) || mostlyCapitals(line)) continue;
    const words = line.split(/\s+/);
    words.forEach((word, i) => {
      const core = word.replace(/^[^A-Za-z0-9]+|(?<![^A-Za-z0-9])[^A-Za-z0-9]+$/g, "");
      if (!WHOLE_ACRONYM.test(core)) return;
      // a word in a run of capitals is shouting ("STOKE FERRY PARISH COUNCIL Draft…"), not an acronym
      if (shoutedWord(words[i - 1]) || shoutedWord(words[i + 1])) return;
      found.add(core.replace(/s$/, ""));
    });
  }
  return found;
}
