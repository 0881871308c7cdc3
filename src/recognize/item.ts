// Recognizes one item from its section: number, title, classification, then each per-item recognizer in turn.
import type { Item } from "../types/minutes.js";
import { recognizeActions } from "./actions.js";
import { classifyItem } from "./classify.js";
import { contentOf } from "./content.js";
import { sourceAt, sourceOf, type Context } from "./context.js";
import { withDecisions } from "./decisions.js";
import { recognizeDeclarations } from "./declarations.js";
import { recognizeItemAttendance } from "./item-attendance.js";
import { recognizeMotions } from "./motions/index.js";
import { recognizeNoted } from "./noted.js";
import { recognizeResolutions } from "./resolutions.js";
import { AGENDA_REFERENCE } from "./item-heading.js";
import type { Section } from "./segment/index.js";
import { readableTitle } from "./title-case.js";
import { unitsOf } from "./units.js";

/** For each set of taken ids, the last suffix given to each base ("item-1" → 3 after "item-1-3"). */
const lastSuffixes = new WeakMap<Set<string>, Map<string, number>>();

/** A stable id from the number ("item-137-19"), or from the position when unnumbered. */
export function itemId(number: string | null, index: number, taken: Set<string>): string {
  const base = number ? `item-${number.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}` : `item-at-${index + 1}`;
  // the search for a free suffix resumes where the last one for this base stopped (ids once taken stay taken): from 2
  // each time, ten thousand items numbered "1" ("## Apologies (Item 1)") took quadratic time
  const suffixes = lastSuffixes.get(taken) ?? new Map<string, number>();
  lastSuffixes.set(taken, suffixes);
  let id = base;
  let n = suffixes.get(base) ?? 1;
  while (taken.has(id)) id = `${base}-${++n}`;
  suffixes.set(base, n);
  taken.add(id);
  return id;
}

export function recognizeItem(ctx: Context, section: Section, index: number, taken: Set<string>): Item {
  const { blocks, heading } = section;
  const noted = recognizeNoted(ctx, blocks);
  const motions = recognizeMotions(ctx, unitsOf(blocks));
  const resolutions = withDecisions(ctx, blocks, motions, recognizeResolutions(ctx, blocks));
  const last = blocks[blocks.length - 1];
  const source = last ? { ...sourceAt(ctx, section.line), end_line: sourceOf(ctx, last).end_line } : sourceAt(ctx, section.line);
  return {
    id: itemId(heading.number, index, taken),
    number: heading.number,
    title: readableTitle(heading.titleRaw.replace(AGENDA_REFERENCE, ""), ctx.acronyms),
    title_raw: heading.titleRaw,
    classification: classifyItem(heading.titleRaw),
    in_attendance: recognizeItemAttendance(ctx, blocks),
    content: contentOf(ctx, blocks),
    noted,
    resolutions,
    motions,
    declarations: recognizeDeclarations(ctx, blocks),
    actions: recognizeActions(noted, resolutions),
    source,
  };
}
