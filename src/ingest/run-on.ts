// Minutes run into one paragraph: a website that flattened the clerk's document puts every item on one long line.
// The items are still there, as an inline sequence "1. Apologies … 2. Declarations … 3. Minutes …". This step finds
// the longest run of consecutive numbers among the inline markers of such a line and breaks the line before each of
// them, and before each inline bullet, so that the parser sees the items a reader sees. The pieces keep the source
// line they came from.
import type { Warning } from "../types/minutes.js";
import type { SourceLine } from "./source-text.js";

/** A line that holds whole minutes is long, and holds most of the document's text: a paragraph with a numbered list run
 * into it ("RESOLVED that 1. … 2. … 3. … 4. …") is a small share of its minutes. */
const RUN_ON_LENGTH = 600;
const RUN_ON_SHARE = 0.5;
/** Fewer consecutive numbers than this are a list inside a sentence, not the items of the minutes. */
const MIN_SEQUENCE = 4;

/** An item number inline: "1." or "12." after a space, followed by a space and a capital letter (or an opening quote). */
const INLINE_NUMBER = /(?<=\s)(\d{1,2})\.\s+(?=[\p{Lu}"“‘'])/gu;
/** A bullet glyph inline, after a space, followed by a space. */
const INLINE_BULLET = /(?<=\s)[•▪◦●]\s+/gu;

interface Marker {
  /** Offset in the line where the marker starts. */
  at: number;
  number: number;
}

/** The markers of the longest run n, n+1, n+2 … in order of position (each number at most once; the first wins). */
export function longestInlineSequence(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of text.matchAll(INLINE_NUMBER)) markers.push({ at: match.index, number: Number(match[1]) });
  // chain[i] = length of the best run ending at marker i; previous[i] = the marker before it in that run
  const chain: number[] = [];
  const previous: number[] = [];
  const bestEndingWith = new Map<number, number>(); // number -> index of the marker that ends the longest run with it
  let best = -1;
  markers.forEach((marker, i) => {
    const before = bestEndingWith.get(marker.number - 1);
    chain[i] = before === undefined ? 1 : chain[before]! + 1;
    previous[i] = before ?? -1;
    const held = bestEndingWith.get(marker.number);
    if (held === undefined || chain[held]! < chain[i]!) bestEndingWith.set(marker.number, i);
    if (best < 0 || chain[i]! > chain[best]!) best = i;
  });
  const run: Marker[] = [];
  for (let i = best; i >= 0; i = previous[i]!) run.push(markers[i]!);
  return run.reverse();
}

/** Break one flattened line at its item sequence and its bullets; a line with no such sequence comes back as it is. */
export function breakRunOnLine(line: SourceLine): SourceLine[] {
  const sequence = longestInlineSequence(line.text);
  if (sequence.length < MIN_SEQUENCE) return [line];
  // offset -> how the new line starts: an item keeps its number; a bullet glyph (and its spaces) becomes "- "
  const cuts = new Map<number, { lead: string; skip: number; item?: boolean }>();
  for (const marker of sequence) cuts.set(marker.at, { lead: "", skip: 0, item: true });
  for (const match of line.text.matchAll(INLINE_BULLET)) cuts.set(match.index, { lead: "- ", skip: match[0].length });
  const pieces: SourceLine[] = [];
  let from = 0;
  let lead = "";
  let item = false;
  const piece = (text: string): SourceLine => (item ? { ...line, text, runOn: true } : { ...line, text });
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    pieces.push(piece(lead + line.text.slice(from, at).trimEnd()));
    const cut = cuts.get(at)!;
    lead = cut.lead;
    item = cut.item ?? false;
    from = at + cut.skip;
  }
  pieces.push(piece(lead + line.text.slice(from).trimEnd()));
  // a blank line between pieces makes each item its own block, as a reader sees it
  return pieces.flatMap((piece, i) => (i === 0 ? [piece] : [{ ...line, text: "" }, piece]));
}

/** Every line of a flattened document broken at its items, with a warning each; other documents are unchanged. */
export function breakRunOnLines(lines: SourceLine[], warnings: Warning[] = []): SourceLine[] {
  let total = 0;
  for (const line of lines) total += line.text.length;
  const runOn = (line: SourceLine) => line.text.length >= RUN_ON_LENGTH && line.text.length >= total * RUN_ON_SHARE;
  if (!lines.some(runOn)) return lines;
  return lines.flatMap((line) => {
    if (!runOn(line)) return [line];
    const pieces = breakRunOnLine(line);
    const items = pieces.filter((piece) => piece.runOn).length;
    if (items > 0) {
      const message = `the minutes are run together on one line: broke it before its ${items} numbered items`;
      warnings.push({ code: "run-on-minutes", message, source: { line: line.line, end_line: line.line, page: line.page } });
    }
    return pieces;
  });
}
