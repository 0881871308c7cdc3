// Recognize: tree to domain objects. The header gives the meeting and attendance; each section gives an item.
import type { Root } from "mdast";
import type { SourceText } from "../ingest/source-text.js";
import type { Attendance, Item, Meeting, Warning } from "../types/minutes.js";
import { initialsOf, resolvePerson, surnameKey } from "./people.js";
import { assembleAttendance, chairLabelled, namesOfApologiesItem, readAttendance, titleLabel } from "./attendance.js";
import { markPresidingChair } from "./chair.js";
import { checkConsistency } from "./consistency.js";
import { collectAcronyms, sourceAt, type Context, warn } from "./context.js";
import type { TooDeep } from "../parse/markdown.js";
import { recognizeItem } from "./item.js";
import { dateOfHolding, recognizeMeeting } from "./meeting.js";
import { splitSections } from "./segment/index.js";
import { markRunOnItems } from "./segment/numbered.js";
import { AUTO_NUMBERING, detectStyle, STYLE_NAMES, styleNamed } from "./styles.js";
import { MinutesError } from "../errors.js";

export interface Recognized {
  /** The style configuration that read the items ("uk-committee", …), or null. */
  style: string | null;
  meeting: Meeting;
  attendance: Attendance;
  items: Item[];
  warnings: Warning[];
  /** Someone is recorded as present by a label, a roll call or a sentence — not only listed in a roster of members, as an
   * agenda lists those expected. */
  attended: boolean;
}

export interface RecognizeOptions {
  /** A style configuration's name (see styles.ts), or "auto" (the default) to try every numbering. */
  style?: string;
}

export function recognize(tree: Root, text: SourceText, options: RecognizeOptions = {}): Recognized {
  const ctx: Context = { text, acronyms: collectAcronyms(text), warnings: [] };
  const forced = options.style && options.style !== "auto" ? styleNamed(options.style) : null;
  if (options.style && options.style !== "auto" && !forced) {
    throw new MinutesError("E_USAGE", `unknown style "${options.style}": use auto or one of ${STYLE_NAMES.join(", ")}`);
  }
  const tooDeep = (tree.data as { tooDeep?: TooDeep } | undefined)?.tooDeep;
  if (tooDeep) {
    const message = `${tooDeep.count} line${tooDeep.count === 1 ? "" : "s"} nested deeper than lists 9 deep or quotes 18 deep: kept as text, markers and all, at that depth`;
    warn(ctx, "nesting-too-deep", message, sourceAt(ctx, tooDeep.first, tooDeep.last));
  }
  if (text.lines.some((line) => line.runOn)) markRunOnItems(tree, (line) => text.lines[line - 1]?.runOn === true);
  const sections = splitSections(tree, forced?.numbering ?? AUTO_NUMBERING);
  const documentText = text.lines.map((l) => l.text).join("\n");
  const style = forced?.name ?? detectStyle(sections.numbering ?? null, documentText)?.name ?? null;
  const meeting = recognizeMeeting(ctx, sections.header, sections.items[0]?.blocks);
  // a header with no date: the opening of the first item may say when the meeting was held
  if (!meeting.date && sections.items[0]) meeting.date = dateOfHolding(ctx, sections.items[0].blocks);
  const taken = new Set<string>();
  const items = sections.items.map((section, i) => recognizeItem(ctx, section, i, taken));
  // attendance: the header, the items that record it ("Call to order and roll call", "Apologies", "Present"), and the first
  // item when nothing else does ("Perfunctory Business / Commissioners Present: …")
  const evidence = readAttendance(ctx, sections.header);
  sections.items.forEach((section, i) => {
    const classes = items[i]!.classification;
    const label = titleLabel(section.heading.titleRaw);
    if (label || classes.includes("attendance") || classes.includes("call_to_order") || classes.includes("apologies") || (i === 0 && !evidence.some((e) => e.list === "present"))) {
      for (const found of readAttendance(ctx, section.blocks, label)) evidence.push(found);
    }
    // an apologies item may list the names alone: "R Healey", "A Armstrong, EDC"
    if (classes.includes("apologies")) for (const found of namesOfApologiesItem(ctx, section.blocks)) evidence.push(found);
  });
  // nothing in the header or the items that record attendance: the first item that holds a list of those present under a
  // label ("## Attendees" at the foot of the minutes, "Members Present: …" under "Time and Location")
  if (!evidence.some((e) => e.list === "present")) {
    for (const section of sections.items) {
      // (a label's list or a roll call: names in running sentences and rosters of members are not a record of attendance)
      const found = readAttendance(ctx, section.blocks).filter((e) => e.how === "label" || e.how === "rollcall");
      if (!found.some((e) => e.list === "present")) continue;
      for (const e of found) evidence.push(e);
      break;
    }
  }
  const attendance = assembleAttendance(evidence);
  withoutOwnerColumn(items, attendance);
  withShortNamesResolved(items, attendance);
  markPresidingChair(attendance, documentText, chairLabelled(evidence), (offset) => sourceAt(ctx, lineAtOffset(documentText, offset)));
  checkConsistency(ctx, attendance, items);
  const attended = evidence.some((e) => e.list === "present" && e.how !== "roster" && !e.reference);
  return { style, meeting, attendance, items, warnings: ctx.warnings, attended };
}

/** Fewest items, and the share of their titles, that show an owner column. */
const OWNER_COLUMN_ITEMS = 3;
const OWNER_COLUMN_SHARE = 0.6;

/** An owner column printed beside the item titles, "Apologies LB", "Matters Arising All": where most titles close on the
 * initials of someone present, or "All", those are the item's owner, not words of its title. The title as printed keeps
 * them. */
function withoutOwnerColumn(items: Item[], attendance: Attendance): void {
  const initials = new Set([...attendance.present, ...attendance.in_attendance].map((p) => initialsOf(p.name)).filter((i) => i.length >= 2));
  const owner = (title: string) => {
    const last = /\s(\S+)$/.exec(title.trim())?.[1];
    return last !== undefined && (last === "All" || (/^\p{Lu}{2,3}$/u.test(last) && initials.has(last)));
  };
  const owned = items.filter((item) => owner(item.title));
  if (owned.length < OWNER_COLUMN_ITEMS || owned.length < OWNER_COLUMN_SHARE * items.length) return;
  // the column once seen, the initials of someone absent close a title too ("EDI Report (standing item) TB")
  for (const item of items) if (owner(item.title) || /\s\p{Lu}{2,3}$/u.test(item.title.trim())) item.title = withoutLastWord(item.title);
}

/** Initials ("MK", "GdM"), a given name and an initial ("Rebecca N"), or a given name alone ("Daniel"). */
const SHORT_NAME = /^(?:\p{Lu}[\p{Lu}\p{Ll}]?\p{Lu}{1,3}|\p{Lu}\p{Ll}+ \p{Lu}\.?|\p{Lu}[\p{Ll}'’-]+)$/u;

/** Movers, seconders and voters printed short, "MK moves to accept, LH seconds", "Rebecca N: Aye", "Daniel proposes
 * motion for graduation, Gordon seconds": the one person present (or in attendance) they fit, where only one does. A
 * vote keeps the name as printed in `raw`. */
function withShortNamesResolved(items: Item[], attendance: Attendance): void {
  const people = [...attendance.present, ...attendance.in_attendance];
  if (people.length === 0) return;
  const surnames = new Set(people.map((p) => surnameKey(p.name)));
  const named = (printed: string | null) => {
    // (a surname alone, "Love", already says who: it stays as printed)
    if (printed === null || !SHORT_NAME.test(printed) || surnames.has(surnameKey(printed))) return printed;
    return resolvePerson(people, printed)?.name ?? printed;
  };
  for (const motion of items.flatMap((item) => item.motions)) {
    motion.mover = named(motion.mover);
    motion.seconder = named(motion.seconder);
    for (const vote of motion.votes) vote.name = named(vote.name) ?? vote.name;
  }
}

function withoutLastWord(title: string): string {
  const words = title.trim().split(/\s+/);
  return words.slice(0, -1).join(" ");
}

/** The line (1-based) of an offset into the lines joined by newlines. */
function lineAtOffset(joined: string, offset: number): number {
  let line = 1;
  for (let i = joined.indexOf("\n"); i !== -1 && i < offset; i = joined.indexOf("\n", i + 1)) line++;
  return line;
}
