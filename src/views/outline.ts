// The human view of one set of minutes (`minutes show`): a pure function from a document to an outline, given a width and colour.
//
// Meeting line, attendance by list (the chair marked), then every item with its number, title and page:line, its noted
// points (one line each, shortened to the width, unless one item is shown in full), resolutions with their clauses,
// motions (mover, seconder, result, counts, named votes), declarations and actions; warnings last, with their lines.
import { Chalk, type ChalkInstance } from "chalk";
import { safeForTerminal } from "../cli/output.js";
import type { Action, Declaration, Item, MinutesDocument, Motion, Noted, Person, Point, Resolution, Source, Vote, Warning } from "../types/minutes.js";

export interface OutlineOptions {
  /** Columns to fit the outline to (at least 40 are used). */
  width: number;
  /** Mark what is what with ANSI colours. */
  color: boolean;
  /** Show only this item (see findItem), in full: nothing shortened. */
  item?: Item | null;
}

/** The pieces of the outline that colours mark. */
interface Palette {
  title: (s: string) => string;
  heading: (s: string) => string;
  label: (s: string) => string;
  dim: (s: string) => string;
  chair: (s: string) => string;
  resolved: (s: string) => string;
  motion: (s: string) => string;
  result: Record<NonNullable<Motion["result"]>, (s: string) => string>;
  declaration: (s: string) => string;
  action: (s: string) => string;
  warning: (s: string) => string;
}

function palette(c: ChalkInstance): Palette {
  return {
    title: c.bold,
    heading: c.bold,
    label: c.cyan,
    dim: c.dim,
    chair: c.cyan,
    resolved: c.green.bold,
    motion: c.magenta.bold,
    result: { carried: c.green.bold, lost: c.red.bold, withdrawn: c.yellow.bold },
    declaration: c.blue.bold,
    action: c.cyan.bold,
    warning: c.yellow.bold,
  };
}

const MIN_WIDTH = 40;
const INDENT = "   ";
const WHITESPACE = /\s+/g;

/** Text for one line of the terminal: runs of white space (line breaks too) as one space, control characters escaped. */
function clean(text: string): string {
  return safeForTerminal(text.replace(WHITESPACE, " ").trim());
}

const length = (text: string): number => Array.from(text).length;

/** At most `width` characters, with "…" when cut. */
function shorten(text: string, width: number): string {
  const chars = Array.from(text);
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(1, width - 1)).join("").trimEnd()}…`;
}

/** A piece of a line kept whole where it fits: `plain` is what is measured, `shown` what is printed (coloured). */
interface Unit {
  plain: string;
  shown: string;
}

/**
 * Pack units separated by spaces into lines of at most `width`: the first line after `first` (already coloured;
 * `firstLength` visible characters), the others after `indent`. A unit longer than a line is broken at its spaces,
 * uncoloured; a word longer than a line is cut.
 */
function pack(units: Unit[], width: number, first: string, firstLength: number, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let used = firstLength;
  let empty = true;
  const newLine = (): void => {
    lines.push(line);
    line = indent;
    used = indent.length;
    empty = true;
  };
  /** Put a word on the line, cut where the line ends when it is longer than the room left. */
  const cut = (word: string): void => {
    let chars = Array.from(word);
    while (chars.length > 0) {
      if (!empty && width - used - 1 < 1) newLine();
      const take = Math.max(1, width - used - (empty ? 0 : 1));
      line += `${empty ? "" : " "}${chars.slice(0, take).join("")}`;
      used += Math.min(take, chars.length) + (empty ? 0 : 1);
      empty = false;
      chars = chars.slice(take);
      if (chars.length > 0) newLine();
    }
  };
  for (const unit of units) {
    const size = length(unit.plain);
    if (!empty && used + 1 + size > width) newLine();
    if (used + (empty ? 0 : 1) + size <= width) {
      line += `${empty ? "" : " "}${unit.shown}`;
      used += size + (empty ? 0 : 1);
      empty = false;
      continue;
    }
    const words = unit.plain.split(" ").filter((w) => w !== "");
    if (words.length > 1) {
      // longer than a whole line: its words, uncoloured, as far as they go on this line and the next
      for (const word of words) {
        if (!empty && used + 1 + length(word) > width) newLine();
        cut(word);
      }
      continue;
    }
    cut(unit.plain);
  }
  lines.push(line);
  return lines;
}

/** Word-wrap plain text (see pack). */
function wrap(text: string, width: number, first: string, firstLength: number, indent: string): string[] {
  const words = text.split(" ").filter((w) => w !== "");
  return pack(words.map((w) => ({ plain: w, shown: w })), width, first, firstLength, indent);
}

/** "p.3:105" for a page of a PDF, "line 29" for text. */
export function where(source: Source | null): string {
  if (!source) return "";
  return source.page === null ? `line ${source.line}` : `p.${source.page}:${source.line}`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-11-04" → "Tuesday 4 November 2025"; anything else as it is. */
function longDate(date: string): string {
  const match = ISO_DATE.exec(date);
  if (!match) return date;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1] ?? month} ${year}`;
}

/** A person as a reader says it: "Councillor Brent", "Dr A Ghosh (Director of Public Health)". */
function personText(person: Person): string {
  const name = person.honorific ? `${person.honorific} ${person.name}` : person.name;
  const notes = [person.position, person.substitute_for ? `substitute for ${person.substitute_for}` : null].filter((n): n is string => Boolean(n));
  return clean(notes.length > 0 ? `${name} (${notes.join(", ")})` : name);
}

function roleText(person: Person): string | null {
  if (person.role === "chair") return "chair";
  if (person.role === "vice_chair") return "vice chair";
  return null;
}

const ACTION_KINDS: Record<Action["kind"], string> = { request_for_information: "information requested", follow_up: "follow-up", deferral: "deferred" };

class Outline {
  readonly lines: string[] = [];
  readonly width: number;
  readonly p: Palette;
  readonly full: boolean;

  constructor(options: OutlineOptions) {
    this.width = Math.max(MIN_WIDTH, Math.floor(options.width) || MIN_WIDTH);
    this.p = palette(new Chalk({ level: options.color ? 1 : 0 }));
    this.full = Boolean(options.item);
  }

  blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== "") this.lines.push("");
  }

  /** A labelled paragraph: `label` (coloured) then the text, wrapped under `indent`. */
  labelled(indent: string, label: string, colour: (s: string) => string, text: string, hang = `${indent}${INDENT}`): void {
    const lead = `${indent}${label}${text ? " " : ""}`;
    this.lines.push(...wrap(clean(text), this.width, `${indent}${colour(label)}${text ? " " : ""}`, length(lead), hang));
  }

  /** A line of plain text, wrapped (in full) or shortened to the width. */
  text(indent: string, bullet: string, text: string, short: boolean, colour: (s: string) => string = (s) => s): void {
    const plain = clean(text);
    if (short) {
      this.lines.push(`${indent}${bullet}${colour(shorten(plain, this.width - length(indent) - length(bullet)))}`);
      return;
    }
    const hang = `${indent}${" ".repeat(length(bullet))}`;
    this.lines.push(...wrap(plain, this.width, `${indent}${bullet}`, length(indent) + length(bullet), hang).map((line) => colour(line)));
  }

  meeting(doc: MinutesDocument): void {
    const { meeting, source } = doc;
    const name = [meeting.organization, meeting.body].filter((s): s is string => Boolean(s)).map(clean).join(" — ");
    const kind = doc.document_type === "minutes" ? "" : ` [${doc.document_type}]`;
    const title = `${name || (source.path ? clean(source.path) : "Minutes")}${kind}`;
    this.lines.push(this.p.title(shorten(title, this.width)));
    const facts = [
      meeting.date ? longDate(meeting.date) : "no date",
      meeting.start_time,
      meeting.location,
      meeting.status ? `${meeting.status} minutes` : null,
    ].filter((s): s is string => Boolean(s)).map(clean);
    this.lines.push(...wrap(facts.join(" · "), this.width, "", 0, ""));
    const file = [source.pages ? `${source.format}, ${source.pages} page${source.pages === 1 ? "" : "s"}` : source.format, source.path ? clean(source.path) : "<stdin>"];
    this.lines.push(this.p.dim(shorten(file.join(" · "), this.width)));
  }

  attendance(doc: MinutesDocument): void {
    const lists: [string, Person[]][] = [
      ["Present", doc.attendance.present],
      ["Apologies", doc.attendance.apologies],
      ["Absent", doc.attendance.absent],
      ["In attendance", doc.attendance.in_attendance],
    ];
    const labelWidth = Math.max(...lists.map(([label, people]) => length(`${label} (${people.length})`))) + 2;
    for (const [label, people] of lists) {
      const head = people.length > 0 ? `${label} (${people.length})` : label;
      const pad = " ".repeat(labelWidth - length(head));
      if (people.length === 0) {
        this.lines.push(`${this.p.label(head)}${pad}${this.p.dim("—")}`);
        continue;
      }
      // each person whole on a line where the width allows
      const units = people.map((person, i): Unit => {
        const role = roleText(person);
        const comma = i < people.length - 1 ? "," : "";
        return {
          plain: `${personText(person)}${role ? ` [${role}]` : ""}${comma}`,
          shown: `${personText(person)}${role ? ` ${this.p.chair(`[${role}]`)}` : ""}${comma}`,
        };
      });
      this.lines.push(...pack(units, this.width, `${this.p.label(head)}${pad}`, labelWidth, " ".repeat(labelWidth)));
    }
  }

  /** The item's heading: number and title in full (wrapped), its page:line at the end of the last line; then its contents. */
  item(item: Item): void {
    const number = item.number ? `${clean(item.number)}. ` : "";
    const place = where(item.source);
    const title = clean(item.title) || "(untitled)";
    const hang = " ".repeat(Math.min(length(number), 8));
    const room = Math.max(20, this.width - length(place) - 2);
    const heading = wrap(`${number}${title}`, room, "", 0, hang);
    const last = heading.pop() as string;
    for (const line of heading) this.lines.push(this.p.heading(line));
    this.lines.push(`${this.p.heading(last)}${" ".repeat(Math.max(2, this.width - length(last) - length(place)))}${this.p.dim(place)}`);
    let intro: string | null = null;
    for (const group of item.noted) {
      this.noted(group, group.intro !== intro);
      intro = group.intro;
    }
    for (const resolution of item.resolutions) this.resolution(resolution);
    for (const motion of item.motions) this.motion(motion);
    for (const declaration of item.declarations) this.declaration(declaration);
    for (const action of item.actions) this.action(action);
  }

  /** One group of noted points; its intro only when `newIntro` (the groups of one passage repeat it). */
  noted(group: Noted, newIntro: boolean): void {
    const label = group.heading ? `Noted — ${clean(group.heading)}` : "Noted";
    this.lines.push(`${INDENT}${this.p.label(shorten(label, this.width - INDENT.length))}`);
    if (group.intro && newIntro) this.text(`${INDENT}  `, "", group.intro, !this.full, this.p.dim);
    const walk = (points: Point[], depth: number): void => {
      for (const point of points) {
        const indent = `${INDENT}  ${"  ".repeat(depth)}`;
        const bullet = point.number ? `${clean(point.number)}) ` : "• ";
        this.text(indent, bullet, point.text, !this.full);
        walk(point.points, depth + 1);
      }
    };
    walk(group.points, 0);
  }

  resolution(resolution: Resolution): void {
    this.labelled(INDENT, "Resolved:", this.p.resolved, resolution.text);
    for (const clause of resolution.clauses) this.text(`${INDENT}  `, `${clean(clause.number)}) `, clause.text, false);
  }

  motion(motion: Motion): void {
    const label = motion.kind === "amendment" ? "Amendment" : "Motion";
    const result = motion.result ? this.p.result[motion.result](motion.result) : this.p.dim("no result recorded");
    const counts = motion.counts
      ? [["for", motion.counts.for], ["against", motion.counts.against], ["abstain", motion.counts.abstain]]
          .filter(([, n]) => n !== null)
          .map(([what, n]) => `${n} ${what}`)
          .join(", ")
      : "";
    this.lines.push(`${INDENT}${this.p.motion(label)} ${result}${counts ? ` (${counts})` : ""}  ${this.p.dim(where(motion.source))}`);
    const by = [motion.mover ? `moved by ${motion.mover}` : null, motion.seconder ? `seconded by ${motion.seconder}` : null].filter(Boolean).join(", ");
    if (by) this.text(`${INDENT}  `, "", by, false);
    if (motion.text) this.text(`${INDENT}  `, "", motion.text, false);
    const byOption = new Map<Vote["option"], string[]>();
    for (const vote of motion.votes) byOption.set(vote.option, [...(byOption.get(vote.option) ?? []), clean(vote.name)]);
    for (const [option, names] of byOption) this.labelled(`${INDENT}  `, `${option[0]?.toUpperCase()}${option.slice(1)} (${names.length}):`, this.p.label, names.join(", "));
  }

  declaration(declaration: Declaration): void {
    const what = [declaration.interest ? `${declaration.interest} interest` : "interest", declaration.item ? `in item ${declaration.item}` : null]
      .filter(Boolean)
      .join(" ");
    const text = `${declaration.name}: ${what}${declaration.nature ? ` — ${declaration.nature}` : ""}`;
    this.labelled(INDENT, "Declaration", this.p.declaration, text);
  }

  action(action: Action): void {
    const lead = `${INDENT}Action (${ACTION_KINDS[action.kind]}) `;
    const shown = `${INDENT}${this.p.action("Action")} ${this.p.dim(`(${ACTION_KINDS[action.kind]})`)} `;
    const text = clean(`${action.text}${action.owner ? ` — ${action.owner}` : ""}`);
    if (this.full) this.lines.push(...wrap(text, this.width, shown, length(lead), `${INDENT}${INDENT}`));
    else this.lines.push(`${shown}${shorten(text, Math.max(10, this.width - length(lead)))}`);
  }

  warnings(warnings: Warning[]): void {
    if (warnings.length === 0) return;
    this.blank();
    this.lines.push(this.p.warning(`Warnings (${warnings.length})`));
    const placeWidth = Math.max(...warnings.map((w) => length(where(w.source))));
    for (const warning of warnings) {
      const place = where(warning.source);
      const lead = `${INDENT}${place}${" ".repeat(placeWidth - length(place))}  ${clean(warning.code)}`;
      const first = `${INDENT}${this.p.dim(place)}${" ".repeat(placeWidth - length(place))}  ${this.p.warning(clean(warning.code))}`;
      this.lines.push(...wrap(clean(warning.message), this.width, `${first} `, length(lead) + 1, `${INDENT}${" ".repeat(placeWidth)}  `));
    }
  }
}

/** The item that `--item N` names: by its printed number, else by its id ("item-14"). */
export function findItem(doc: MinutesDocument, wanted: string): Item | null {
  const key = wanted.trim().replace(/\.$/, "");
  return doc.items.find((item) => item.number === key) ?? doc.items.find((item) => item.id === key) ?? null;
}

/** The warnings whose lines fall within an item. */
function warningsOf(doc: MinutesDocument, item: Item): Warning[] {
  return doc.warnings.filter((w) => w.source !== null && w.source.line >= item.source.line && w.source.line <= item.source.end_line);
}

/** The outline of a document (or, with `options.item`, of one of its items in full), ending with a newline. */
export function renderOutline(doc: MinutesDocument, options: OutlineOptions): string {
  const out = new Outline(options);
  out.meeting(doc);
  if (options.item) {
    out.blank();
    out.item(options.item);
    out.warnings(warningsOf(doc, options.item));
    return `${out.lines.join("\n")}\n`;
  }
  out.blank();
  out.attendance(doc);
  for (const item of doc.items) {
    out.blank();
    out.item(item);
  }
  if (doc.items.length === 0) {
    out.blank();
    out.lines.push(out.p.dim("No items found."));
  }
  out.warnings(doc.warnings);
  return `${out.lines.join("\n")}\n`;
}
