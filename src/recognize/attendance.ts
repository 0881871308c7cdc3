// Recognizes attendance: "Present:- …", "PRESENT:" with names on the following lines, "MEMBERS PRESENT:", "PRESENT IN THE
// CHAIR:", "Apologies for absence were received from …", "Absent:", "Regrets:", "In attendance:", "Staff:", "Also Present:",
// "Commissioners Present:" bullets, and roll-call rows "Robert Sherrard Commissioner Present".
import type { RootContent } from "mdast";
import { plainText, rawText } from "../parse/text.js";
import type { Attendance, Person } from "../types/minutes.js";
import { sourceOf, type Context, warn } from "./context.js";
import { parsePeople } from "./people.js";

type ListName = keyof Attendance;

/** The label's own punctuation: "-", ":-", ":", "–". */
const PUNCT = String.raw`\s*(?::\s*-|[:–-])?\s*`;
const label = (words: string) => new RegExp(`^(?:${words})${PUNCT}`, "i");

/** Labels that open each list, matched at the start of a line; the chair label marks its person as chair. */
const LABELS: { list: ListName; pattern: RegExp; chair?: boolean }[] = [
  { list: "present", pattern: label(String.raw`present\s+in\s+the\s+chair|in\s+the\s+chair`), chair: true },
  // Irish committees put their chair, "An Cathaoirleach", first under "In Attendance:"
  { list: "present", pattern: /^in\s+attendance\s*(?::\s*)?an\s+cathaoirleach\s*(?:[,:-]\s*)?/i, chair: true },
  { list: "in_attendance", pattern: label(String.raw`(?:also\s+|officers\s+|officials\s+|staff\s+)?(?:in\s+attendance|present\s+in\s+attendance)(?:\s+virtually|\s+remotely)?`) },
  { list: "in_attendance", pattern: label(String.raw`also\s+present|others\s+present|remote\s+attendance|staff\s+and\s+visitors\s+present`) },
  { list: "in_attendance", pattern: new RegExp(`^(?:officers|officials|staff)(?:\\s+present)?\\s*(?::\\s*-|[:–-])\\s*`, "i") },
  { list: "apologies", pattern: label(String.raw`apologies(?:\s+for\s+absence)?`) },
  { list: "apologies", pattern: label(String.raw`regrets`) },
  { list: "absent", pattern: label(String.raw`(?:members\s+|commissioners\s+|councillors\s+|directors\s+)?absent`) },
  { list: "present", pattern: label(String.raw`(?:[A-Za-z-]+\s+){0,2}?present`) },
];
/** Lead-in words before the names: "Apologies were received from", "were received from Councillors …". */
const LEAD_IN = /^(?:apologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+(?:received|submitted|given|accepted|noted|reported)\s+(?:from|by|for|on\s+behalf\s+of)|(?:were|was)\s+(?:received|submitted|accepted)\s+(?:from|for)|received\s+from)\s+/i;
/** A sentence inside an apologies item that names who sent them: "The Democratic Services Manager reported apologies from …". */
// Linear: the spaces before the names give back at most one character ((?=…), (\S.*|.)), and an "apologies … from" after
// another on the same line is not tried ((?<!…), the same words with spaces that are not line breaks): the earlier one read
// on to the same line break and failed, or matched first.
export const APOLOGIES_SENTENCE =
  /\bapologies\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+(?:also\s+)?)?(?:(?:received|submitted|given|accepted|noted|reported|tendered)\s+)?(?:from|for|by|on\s+behalf\s+of)\s+(?=\S|\s(?!\s))(?<!\bapologies\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+(?:also\s+)?)?(?:(?:received|submitted|given|accepted|noted|reported|tendered)\s+)?(?:from|for|by|on\s+behalf\s+of)\s.*?\bapologies[^\S\n\r\u2028\u2029]+(?:for[^\S\n\r\u2028\u2029]+absence[^\S\n\r\u2028\u2029]+)?(?:(?:were|was|had[^\S\n\r\u2028\u2029]+been)[^\S\n\r\u2028\u2029]+(?:also[^\S\n\r\u2028\u2029]+)?)?(?:(?:received|submitted|given|accepted|noted|reported|tendered)[^\S\n\r\u2028\u2029]+)?(?:from|for|by|on[^\S\n\r\u2028\u2029]+behalf[^\S\n\r\u2028\u2029]+of)[^\S\n\r\u2028\u2029]+)(.+)$|^(?:these|they)\s+were\s+(?:\w+\s+)?(?:accepted|received|noted)\s+(?:from|for)\s+(\S.*|.)$/i;
/** "Ms Grehan had given her formal apologies but was attending virtually." */
// The name ends with a letter (or is a capital and a space): a name ending in a space is never the shortest that works,
// and trying it read the spaces after it again for each length.
const GAVE_APOLOGIES = /^((?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[\p{Lu}](?: |[\p{L}'’ -]{0,39}?[\p{L}'’-]))\s+(?:had\s+)?(?:given|sent|tendered)\s+(?:his|her|their)\s+(?:formal\s+)?apologies\b/u;
/** Where the names end and the next sentence begins: ". The clerk…" (not ". Kim Davies"). */
const NEXT_SENTENCE = /\.\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;
/** Officers listed among those present: "Helen Richardson (Parish Clerk and …)", "Mrs N Cooper (Clerk)". */
const OFFICER = /\b(?:clerk|officer|secretary|minute[-\s]?taker|manager|administrator|proper officer|responsible financial|treasurer)\b/i;
/** An entry that starts with an officer's title: "Clerk J Connelly", "Clerk Mrs J Todd". */
const OFFICER_ENTRY = /^(?:the\s+)?(?:parish\s+|town\s+|deputy\s+)?(?:clerk|rfo|secretary)\b\s*[:-]?\s*/i;
/** Members of the public are not named attendees: "Members of the Public - Three Members", "Public: 2". */
const PUBLIC_ENTRY = /^(?:members\s+of\s+(?:the\s+)?public|public)\b/i;
/** A line of bracketed initials under a grid of names: "(AT) (KB) (MR)". */
const ONLY_INITIALS = /^(?:\(?[A-Z]{1,4}\)?(?:\s+|$))+$/;
/** "None", "Nil", "No apologies were received". */
const NONE = /^(?:none|nil|no\s+apologies\b.*|there\s+were\s+(?:no|none).*)$/i;
/** A roll-call row: name, title, status ("Andrei Garcia Commissioner Late 7:08 p.m."). */
const ROLL_CALL_ROW = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:Commissioner|Director|Council\s?member|Councillor|Chair(?:person)?|Vice[\s-]Chair(?:person)?|Alternate|Member|Trustee|Mayor|Vice\s+Mayor|Supervisor)\s+(Present|Absent|Late|Remote|Excused|Arrived)\b/u;
/** Lower-case words allowed in a list of names: joiners, name particles and the words of offices ("Member for"). */
const NAME_LIST_WORDS = new Set([
  "and", "of", "the", "for", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "y", "on", "in", "at", "to",
  "president", "vice", "member", "clerk", "chair", "chairman", "chairperson", "secretary", "treasurer", "trustee", "mayor",
]);

/** An office closing a line of its own: "Zima Creason, clerk". */
const OFFICE_AT_END = /,\s*(?:vice\s+)?(?:president|member|clerk|chair(?:man|person)?|secretary|treasurer|trustee)$/i;

/** True when a line reads as a list of people rather than a sentence: no lower-case words but joiners outside brackets. */
function readsAsNames(text: string): boolean {
  const bare = text.replace(/\([^()]*\)/g, " ");
  const words = bare.match(/(?<![\p{L}'’])\p{Ll}[\p{L}'’]+/gu) ?? [];
  return words.every((w) => NAME_LIST_WORDS.has(w)) && /\p{Lu}/u.test(bare);
}

/** An officer, not a member: listed with those present, but in attendance. */
function isOfficer(person: Person): boolean {
  return person.honorific !== "Councillor" && person.position !== null && OFFICER.test(person.position);
}

function people(ctx: Context, text: string, node: RootContent): Person[] {
  const body = text.replace(LEAD_IN, "").trim();
  if (body === "" || NONE.test(body.replace(/(?<![.\s])[.\s]+$/, ""))) return [];
  const source = sourceOf(ctx, node);
  const found = parsePeople(body);
  for (const p of found) {
    if (p.name.split(/\s+/).length > 6) warn(ctx, "unparsed-attendance", `"${p.name}" does not read as a name`, source);
  }
  return found.filter((p) => p.name.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(p.name)).map((p) => ({ ...p, substitute_for: null, source }));
}

/** People named by an apologies sentence in a paragraph: "Apologies were accepted for Cllr A, Cllr B (personal reasons)."
 * In an apologies item a bare list of names counts too: "A Armstrong EDC and M Armstrong". */
export function apologiesIn(ctx: Context, node: RootContent): Person[] {
  if (node.type !== "paragraph") return [];
  const text = plainText(node);
  const gave = GAVE_APOLOGIES.exec(text);
  if (gave) return people(ctx, gave[1]!, node);
  const m = APOLOGIES_SENTENCE.exec(text);
  if (m) return people(ctx, (m[1] ?? m[2]!).split(NEXT_SENTENCE)[0]!, node);
  return readsAsNames(text) && !NONE.test(text.replace(/(?<![.\s])[.\s]+$/, "")) ? people(ctx, text, node) : [];
}

/** An Obsidian-style callout marker that converters put before a label: "[!abstract]- Present:". */
const CALLOUT = /^\s*\[![\w-]+\][-+]?\s*/;

/** One line of text with the block it came from. */
interface Line {
  text: string;
  node: RootContent;
  /** True for the first line of a paragraph or list item. */
  starts: boolean;
}

/** The lines of the header blocks, list items included, in order. */
function linesOf(nodes: RootContent[]): Line[] {
  const lines: Line[] = [];
  for (const node of nodes) {
    if (node.type === "list") {
      for (const item of node.children) for (const line of linesOf(item.children)) lines.push(line);
    } else if (node.type === "paragraph" || node.type === "heading") {
      rawText(node)
        .split("\n")
        .forEach((text, i) => lines.push({ text: text.replace(CALLOUT, "").replace(/\s+/g, " ").trim(), node, starts: i === 0 }));
    } else if (node.type === "blockquote") {
      for (const line of linesOf(node.children)) lines.push(line);
    }
  }
  return lines.filter((l) => l.text !== "");
}

/** Characters at the end of an entry that entriesOf tests. */
const ENTRY_END = 32;

/** Group lines into entries: a label, an officer or the public starts an entry; other lines continue the one before. */
function entriesOf(lines: Line[]): Line[] {
  // An entry's lines are joined once at the end, and the tests read only its last characters (lines have single spaces,
  // so ", vice chairperson" is the longest ending they look for): retesting a growing entry's whole text is quadratic.
  const entries: { line: Line; texts: string[]; end: string }[] = [];
  for (const line of lines) {
    const current = entries[entries.length - 1];
    const last = current?.line;
    const end = current?.end ?? "";
    const opens = LABELS.some((l) => l.pattern.test(line.text)) || OFFICER_ENTRY.test(line.text) || PUBLIC_ENTRY.test(line.text) || ROLL_CALL_ROW.test(line.text);
    // "Paula Villescaz, president" / "Michael McKibbin, …": an office word ends one person's line
    const endsWithOffice = last && OFFICE_AT_END.test(end) && /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(line.text);
    // a line is complete at a full stop or colon, but not at an initial: "Clarke, T." / "Collingham"
    const complete = last && /[.:]$/.test(end) && !/(?:^|\s)\p{Lu}\.$/u.test(end);
    const continues = current && last && !line.starts && !opens && last.node === line.node && !complete && !endsWithOffice;
    if (continues) {
      current.texts.push(line.text);
      current.end = `${end} ${line.text}`.slice(-ENTRY_END);
    } else entries.push({ line: { ...line }, texts: [line.text], end: line.text.slice(-ENTRY_END) });
  }
  return entries.map(({ line, texts }) => ({ ...line, text: texts.join(" ") }));
}

/** A roll-call table that a converter exploded into one column at a time: a block of names ("Attendee Name" / "Karen
 * Benker" / "Julien Bouquet"), then blocks of titles, statuses ("Status" / "Present" / "Present") and times. */
const ROLL_CALL_HEADER = /^(?:attendee\s+name|name|title|status|arrived|departed)$/i;
const STATUS = /^(present|absent|remote|late|excused|arrived)$/i;
const PERSON_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;

function explodedRollCall(ctx: Context, blocks: RootContent[]): Attendance | null {
  const paragraphs = blocks.filter((b) => b.type === "paragraph");
  if (!paragraphs.some((p) => /^attendee\s+name$/im.test(rawText(p)))) return null;
  const result: Attendance = { present: [], apologies: [], absent: [], in_attendance: [] };
  const pending: { name: string; node: RootContent }[] = [];
  for (const node of paragraphs) {
    const lines = rawText(node).split("\n").map((l) => l.trim()).filter((l) => l && !ROLL_CALL_HEADER.test(l));
    if (lines.length === 0) continue;
    if (lines.every((l) => PERSON_LINE.test(l) && !STATUS.test(l))) for (const name of lines) pending.push({ name, node });
    else if (lines.every((l) => STATUS.test(l))) {
      for (const status of lines) {
        const person = pending.shift();
        if (!person) break;
        const list = /absent|excused/i.test(status) ? result.absent : result.present;
        for (const found of people(ctx, person.name, person.node)) list.push(found);
      }
    }
  }
  return result.present.length + result.absent.length > 0 ? result : null;
}

/** The attendance lists from the header blocks (and the roll call of a call-to-order item). */
export function recognizeAttendance(ctx: Context, header: RootContent[]): Attendance {
  const exploded = explodedRollCall(ctx, header);
  if (exploded) return exploded;
  const attendance: Attendance = { present: [], apologies: [], absent: [], in_attendance: [] };
  const add = (list: ListName, found: Person[]) => {
    if (list === "present") {
      for (const p of found) (isOfficer(p) ? attendance.in_attendance : attendance.present).push(p);
    } else for (const p of found) attendance[list].push(p);
  };
  let open: ListName | null = null;
  let previous: Line | null = null;
  for (const entry of entriesOf(linesOf(header))) {
    const before = previous;
    previous = entry;
    // a heading ends the attendance block: "## UNRESTRICTED ITEMS" is no one's name
    if (entry.node.type === "heading" && !LABELS.some((l) => l.pattern.test(entry.text))) {
      open = null;
      continue;
    }
    const row = ROLL_CALL_ROW.exec(entry.text);
    if (row) {
      add(row[2] === "Absent" || row[2] === "Excused" ? "absent" : "present", people(ctx, row[1]!, entry.node));
      continue;
    }
    const labelled = LABELS.find((l) => l.pattern.test(entry.text));
    if (labelled) {
      const rest = entry.text.replace(labelled.pattern, "");
      const found = people(ctx, rest, entry.node);
      if (labelled.chair && found[0]) found[0].role = "chair";
      if (readsAsNames(rest) || labelled.list === "apologies") add(labelled.list, found);
      open = labelled.list;
      continue;
    }
    if (OFFICER_ENTRY.test(entry.text) && open) {
      const found = people(ctx, entry.text.replace(OFFICER_ENTRY, ""), entry.node);
      for (const p of found) attendance.in_attendance.push({ ...p, position: p.position ?? "Clerk" });
      continue;
    }
    if (ONLY_INITIALS.test(entry.text)) continue;
    // members of the public are not named attendees, nor are the guests listed under them
    if (PUBLIC_ENTRY.test(entry.text)) {
      open = null;
      continue;
    }
    if (open && readsAsNames(entry.text)) {
      // a name broken by a blank line, "Novak Uí" / "Chonchúir, O’Brien": the previous entry ended without a comma
      const last = attendance[open][attendance[open].length - 1];
      const head = /^(\p{Lu}[\p{L}'’-]+)\s*,\s*(\S.*|)$/u.exec(entry.text);
      if (last && before && !/[,.;:]$/.test(before.text) && head && readsAsNames(before.text)) {
        last.name = `${last.name} ${head[1]}`;
        add(open, people(ctx, head[2]!, entry.node));
      } else add(open, people(ctx, entry.text, entry.node));
    } else open = null;
  }
  return attendance;
}
