// The best sequence of numbered headings. Every line that could head a numbered item is a candidate; the sequence kept is
// the one whose numbers go forward in one style with the fewest gaps and whose headings read most like items. A list of
// speakers or of an agenda numbered inside an item loses to the items around it: its lines have no content of their own
// and read as people's names ("3. Victoria Fernandez"), and its numbers run on where the items' numbers would.
import { compareOrder } from "../item-heading.js";
import { GIVEN_NAMES } from "../lexicon/given-names.js";
import { parsePeople } from "../people.js";

export interface Candidate {
  /** Identifies the candidate from one walk of the tree to the next: number, title and occurrence. */
  key: string;
  number: string;
  order: number[] | null;
  style: string;
  title: string;
  /** A list line with nothing under it before the next. */
  empty: boolean;
  /** A numeral alone on its line, its title on the next: a heading even out of order, never refused. */
  standalone: boolean;
  /** A numbering that is evidence enough alone ("137/19", "R2023-147"): the title is not weighed. */
  distinctive: boolean;
}

/** How far back a candidate looks for the one before it in a sequence: bounded, so the choice is linear. */
const WINDOW = 64;

/** A title that is a person's name, perhaps with a role or an affiliation: "Victoria Fernandez", "Jake Whittaker Los
 * Rios Community College". */
function readsAsPerson(title: string): boolean {
  const words = title.trim().split(/\s+/);
  // a title in capitals is a heading's ("MATTERS ARISING"), however its words look
  // a phrase in running words ("Chairman’s report", "Call to order") is no name
  const lowerWords = words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length;
  if (!/\p{Ll}/u.test(title) || words.length > 6 || lowerWords >= 1) return false;
  const people = parsePeople(title);
  if (people.length !== 1 || people[0]!.name.split(/\s+/).length < 2) return false;
  const [first] = people[0]!.name.split(/\s+/);
  // a given name, an initial or a title says it is a person: "Karen Bayne", "J. Smith", "Cllr Brown" — not "Audit Act"
  return title.trim().startsWith(first!) && (GIVEN_NAMES.has(first!.toLowerCase()) || /^\p{Lu}\.?$/u.test(first!) || people[0]!.honorific !== null);
}

/** A title that reads as a sentence: long, or introducing what follows ("Mr R Gough, Leader of the Council provided an
 * update on the following:"). */
function readsAsSentence(title: string): boolean {
  return title.split(/\s+/).length > 10 || /:\s*$/.test(title) || /\b(?:was|were|is|are|had|has|provided|reported|said|stated|noted)\b/.test(title);
}

/** Dots or an ellipsis run out to fill a line: a line to sign on ("Signed ………… Date ……") or a contents line. */
const LEADER = /(?:\.{4}|…{2})/;

/** What a candidate is worth as an item's heading. */
function worth(c: Candidate): number {
  let value = 1;
  if (c.distinctive) return value;
  if (c.empty) value -= 0.6;
  if (LEADER.test(c.title)) value -= 0.8;
  if (readsAsPerson(c.title)) value -= 0.8;
  if (readsAsSentence(c.title)) value -= 0.7;
  return value;
}

/** What it is worth for `b` to follow `a` in a sequence: the next number is best, a gap costs a little more the wider. */
function step(a: Candidate, b: Candidate): number {
  const x = a.order!;
  const y = b.order!;
  if (x.length === y.length && y.length > 0) {
    const same = x.slice(0, -1).every((n, i) => n === y[i]);
    const gap = y[y.length - 1]! - x[x.length - 1]!;
    if (same && gap === 1) return 0.5;
    // minutes skip numbers (items taken in closed session, withdrawn): a gap costs less than a heading is worth
    if (same && gap > 1) return -0.2 - 0.01 * Math.min(gap, 30);
  }
  return -0.3;
}

/** The keys of the candidates the best sequence leaves out. Candidates whose style need not go forward are all kept. */
export function refusedBySequence(candidates: Candidate[]): Set<string> {
  // the numbering of the first candidate is the items' (a later style is the sub-items': "8." then "8.1.1")
  const first = candidates[0];
  const styles = new Map<string, Candidate[]>();
  for (const c of candidates) if (c.order && !c.standalone && c.style === first?.style) styles.set(c.style, [...(styles.get(c.style) ?? []), c]);
  let best: { score: number; chosen: Set<string> } = { score: -Infinity, chosen: new Set() };
  for (const list of styles.values()) {
    const score: number[] = [];
    const from: number[] = [];
    list.forEach((c, i) => {
      let bestPrev = -1;
      let bestValue = 0;
      for (let j = Math.max(0, i - WINDOW); j < i; j++) {
        if (compareOrder(list[j]!.order!, c.order!) >= 0) continue;
        const value = score[j]! + step(list[j]!, c);
        if (value > bestValue || bestPrev === -1) {
          if (bestPrev === -1 && value <= 0) continue;
          bestValue = value;
          bestPrev = j;
        }
      }
      score.push(worth(c) + (bestPrev >= 0 ? bestValue : 0));
      from.push(bestPrev);
    });
    let end = -1;
    score.forEach((s, i) => {
      if (end === -1 || s > score[end]!) end = i;
    });
    if (end === -1 || score[end]! <= best.score) continue;
    const chosen = new Set<string>();
    for (let i = end; i >= 0; i = from[i]!) chosen.add(list[i]!.key);
    best = { score: score[end]!, chosen };
  }
  return new Set(candidates.filter((c) => c.order && !c.standalone && c.style === first?.style && !best.chosen.has(c.key)).map((c) => c.key));
}
