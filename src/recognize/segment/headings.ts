// The unnumbered reading of a document: items opened by headings told by their typography — markdown headings at the
// level that holds the minutes' business, or short lines in capitals standing alone in a text. Sections set before the
// business ("Attendees", "Agenda", "Setup") are header; a "Minutes" heading is a container whose sub-headings are the
// items; a line in capitals inside a running numbered sequence ("2. Fire Chief's Report … OPERATIONS REPORT … 3. …") is
// a sub-heading of its item, not an item.
import type { Heading, Paragraph, Root, RootContent } from "mdast";
import { plainText, rawText } from "../../parse/text.js";
import { isContainerTitle, isHeaderSection } from "../lexicon/item-words.js";
import { labelAt, titleLabel } from "../attendance.js";
import { looksLikeName, titleAt } from "../people.js";
import { GIVEN_NAMES } from "../lexicon/given-names.js";
import { ANY_ORDER, findDate } from "../dates.js";
import { GENERAL_MEETINGS } from "../lexicon/meeting-words.js";
import { matchItemHeading } from "../item-heading.js";
import { fold, tokenize } from "../tokens.js";
import { BLANKS, trimEnd } from "../strings.js";
import { isShouted } from "../title-case.js";
import { MOTION_NOUNS } from "../lexicon/motion-words.js";
import type { Section, Sections } from "./index.js";
import { joinLoneNumerals, remainder, runOnAndRest } from "./numbered.js";

const MAX_HEADING_WORDS = 12;

/** "Meeting minutes", "Minutes", "Agenda for the April 12 video call": the document's title, not an item. */
const TITLE_WORDING = /^(?:(?:draft\s+)?(?:meeting\s+)?minutes|agenda\s+for\s.*|held\s+(?:at|in|on)\s.*)$/i;

/** A heading before the business that titles the document: its wording, or a full date ("2024-12-02 Board Meeting",
 * "SC Meeting W50 - Wed 2025/12/10"). */
function isTitleHeading(title: string): boolean {
  return TITLE_WORDING.test(title.trim()) || findDate(title, ANY_ORDER) !== null || GENERAL_MEETINGS.get(title.trim()) !== undefined;
}

/** A title's words for the record or the meeting it is of: "Falls Creek Ranch Board Minutes", "Annual Members' Meeting". */
const RECORD_WORDS = /\b(?:minutes|meeting|notes|report|summary)\b/i;
/** How many blocks under a title heading are looked at for the meeting's particulars. */
const PARTICULARS_SPAN = 6;

/** Whether a line gives the meeting's particulars: its date ("Date: September 26, 2024") or who attended ("Attendees",
 * "Members present: …"). */
function isParticulars(printed: string): boolean {
  const line = printed.replace(/[*_]/g, "").trim();
  const date = findDate(line, ANY_ORDER);
  if (date && date.index <= 20) return true;
  const tokens = tokenize(line);
  return tokens.some((_, i) => i < 6 && labelAt(tokens, i, Number.MAX_SAFE_INTEGER) !== null);
}

/** A heading naming the meeting or its record over the meeting's particulars: "## Falls Creek Ranch Board Minutes" /
 * "Status: Approved" / "Date: September 26, 2024", "CRETE TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING" / "October 9, 2024". */
function headsParticulars(nodes: RootContent[], i: number, title: string): boolean {
  if (!RECORD_WORDS.test(title)) return false;
  // the lines under it in its own paragraph, then the blocks below
  const own = nodes[i]!.type === "paragraph" ? rawText(nodes[i]!).trim().split("\n").slice(1) : [];
  if (own.some(isParticulars)) return true;
  for (let k = i + 1; k < nodes.length && k <= i + PARTICULARS_SPAN; k++) {
    if (nodes[k]!.type === "heading") return false;
    if (isParticulars(rawText(nodes[k]!).trim().split("\n")[0]!)) return true;
  }
  return false;
}

/** A word of at least three letters: what a heading with figures has ("2019 ACCOUNTS") and a reference ("CT.0144/4/Q") has not. */
const WORD_OF_THREE_LETTERS = /\p{L}{3}/u;

/** A line that labels those who attended, over their names ("MEMBERS PRESENT", "PERSONS PRESENT:"); an apologies line may
 * be an item's heading. */
function labelsNames(line: string): boolean {
  const label = labelAt(tokenize(line), 0, Number.MAX_SAFE_INTEGER);
  return label !== null && label.list !== "apologies";
}

/** A paragraph of one short line in capitals, not a sentence, alone or over the text it heads: "CALL TO ORDER",
 * "CLOSED SESSION:" / "The Board recessed …". A line in capitals over another is a title block. */
function shoutedLine(node: RootContent): string | null {
  if (node.type !== "paragraph") return null;
  const lines = rawText(node).trim().split("\n");
  const raw = lines[0]!.trim();
  if (lines.length > 1 && isShouted(lines[1]!)) return null;
  const words = raw.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS || !isShouted(raw) || /[.,;]$/.test(raw) || /^[\d(]/.test(raw) || matchItemHeading(raw)) return null;
  // a reference in capitals is no title: "CT.0144/4/Q", a planning application's number
  if (/\d/.test(raw) && !WORD_OF_THREE_LETTERS.test(raw)) return null;
  // "MEMBERS PRESENT", "OFFICIALS IN ATTENDANCE": an attendance label over its names
  if (labelsNames(raw)) return null;
  return trimEnd(raw, `:${BLANKS}`);
}

/** Most words of a heading in title case standing alone. */
const MAX_TITLE_CASE_WORDS = 6;
/** Small words a title-case heading leaves in lower case: "Report of the Treasurer". */
const TITLE_JOINERS = new Set(["of", "and", "the", "to", "for", "on", "in", "a", "an", "at", "with", "by", "&"]);

/** What a heading over nothing says: "None", "Nil", "N/A". */
const NOTHING = /^(?:none|nil|n\/a)\.?$/i;

/** A paragraph of one short line in title case over a paragraph of text: "Public Comment" / "Mayor Spencer stated …",
 * "Adjournment" / "There being no further business …". Not a label, a person's name or a line that ends in punctuation. */
function titleCaseLine(node: RootContent, next: RootContent | undefined): string | null {
  if (node.type !== "paragraph" || next?.type !== "paragraph") return null;
  // "Old Business:" alone on its line is a heading; "Absent: None." is a label and its value
  const raw = trimEnd(rawText(node).trim(), ":");
  if (raw.includes("\n") || !readsAsTitleCaseHeading(raw)) return null;
  // the text under it is prose: longer than the heading, a sentence (its full stop may be missing)
  const below = rawText(next).trim();
  return (below.length > raw.length && (/[.:;]$/.test(below) || readsAsProse(below))) || NOTHING.test(below) ? raw : null;
}

/** Fewest words of a sentence that lacks its full stop. */
const MIN_PROSE_WORDS = 6;

/** Words mostly in lower case, enough of them to be a sentence: "Mrs R Mendoza proposed acceptance of the minutes,
 * seconded by Mrs M Leamon". */
function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= MIN_PROSE_WORDS && words.filter((word) => /^\p{Ll}/u.test(word)).length * 2 >= words.length;
}

/** A short line in title case that is a heading: not punctuated as text, not a label of attendance, not a person's name
 * (a signature's or a speaker's, "Lara Weisiger", "Mr. Ross": a given name, a title or an initial first). */
function readsAsTitleCaseHeading(raw: string): boolean {
  if (/[.,;:!?)]$/.test(raw) || /^[\d(]/.test(raw) || NOTHING.test(raw)) return false;
  const words = raw.split(/\s+/);
  if (words.length > MAX_TITLE_CASE_WORDS || !words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && TITLE_JOINERS.has(word)))) return false;
  const person = words.length > 1 && looksLikeName(raw) && (GIVEN_NAMES.has(fold(words[0]!)) || titleAt(tokenize(raw), 0) !== null || /^\p{Lu}\.?$/u.test(words[0]!));
  return !person && titleLabel(raw) === null && !isTitleHeading(raw);
}

/** A title and its colon opening a paragraph, the record after it: "Treasurer's Report: $1068.40 with …". */
const LEAD_IN = /^([^:\n]{2,60}):(?:[^\S\n]+|\n|$)/;
/** Fewest words after a lead-in that make a record, not a field's value ("Meeting Start Time: 7:06"). */
const MIN_RECORD_WORDS = 4;
const MIN_LEAD_INS = 3;

interface LeadIn {
  title: string;
  /** The record after the colon on the title's line. */
  runOn: string;
  /** The record's lines below the title's. */
  below: Paragraph | null;
  /** The whole record: on the title's line and below it. */
  record: string;
}

/** A paragraph opened by a title in title case or capitals and a colon. A motion's label ("Motion:", "Vote:") is none. */
function leadIn(node: RootContent): LeadIn | null {
  if (node.type !== "paragraph") return null;
  const text = rawText(node);
  const m = LEAD_IN.exec(text);
  if (!m) return null;
  const title = m[1]!.replace(/[*_]/g, "").trim();
  if (!(readsAsTitleCaseHeading(title) || (isShouted(title) && title.split(/\s+/).length <= MAX_TITLE_CASE_WORDS && titleLabel(title) === null))) return null;
  if (MOTION_NOUNS.has(fold(title.split(/\s+/)[0]!))) return null;
  const record = text.slice(m[0].length);
  // "Opening:" alone on the paragraph's first line: the record is all below it
  const runOn = m[0].endsWith("\n") ? "" : record.split("\n", 1)[0]!.trim();
  return { title, runOn, below: remainder(node), record: record.trim() };
}

/**
 * Minutes whose parts open with a title and a colon in running text, "Review of Minutes: Minutes were approved as
 * read." / "Old Business: Discussion regarding …" / "New Business: A Fox Hunt is scheduled …": each such title opens an
 * item, its record the item's first block. A title that comes back ("Action:", "Note:") is a field of the record, not a
 * part, and at least three titles must open records of some words, so that "Meeting Start Time: 7:06" is no item. Used
 * only where nothing else opens an item.
 */
/** A value that is a web address and nothing more, with its brackets: "(https://example.org/minutes/)". */
const ONLY_ADDRESS = /^\(?(?:https?:\/\/|www\.)\S*\)?[.,]?\s*(?:\([^()]*\)\.?)?$/i;

export function leadInReading(tree: Root): Sections | null {
  const nodes = joinLoneNumerals(tree.children);
  // (a field whose value is only an address, "Source: https://…", is of the header)
  const leads = new Map(
    nodes.map((node) => [node, leadIn(node)] as const).filter((entry): entry is [RootContent, LeadIn] => entry[1] !== null && !ONLY_ADDRESS.test(entry[1].record.trim())),
  );
  const counts = new Map<string, number>();
  for (const lead of leads.values()) counts.set(fold(lead.title), (counts.get(fold(lead.title)) ?? 0) + 1);
  let repeated = 0;
  for (const [node, lead] of leads) {
    if (counts.get(fold(lead.title))! > 1) {
      leads.delete(node);
      repeated++;
    }
  }
  const records = [...leads.values()].filter((lead) => lead.record.split(/\s+/).length >= MIN_RECORD_WORDS);
  // titles that come back more often than not are speakers ("Steve:", "Dennis:"): a record of who said what, not of items
  if (records.length < MIN_LEAD_INS || repeated > records.length) return null;
  const sections: Sections = { header: [], items: [], numbering: null, by: "headings" };
  for (const node of nodes) {
    const lead = leads.get(node);
    if (lead) {
      const line = node.position?.start.line ?? 1;
      const blocks = runOnAndRest(lead.runOn, lead.below, line);
      sections.items.push({ heading: { number: null, titleRaw: lead.title }, line, blocks, node });
      continue;
    }
    const current = sections.items[sections.items.length - 1];
    (current ? current.blocks : sections.header).push(node);
  }
  return sections;
}

/** A year and a word opening a title: "2011 Financial Results". */
const YEAR_FIRST = /^(?:19|20)\d\d\s+\p{L}/u;

/** A paragraph that is one line of bold text: "**Adopt Bylaws**". */
function boldLine(node: RootContent): string | null {
  if (node.type !== "paragraph") return null;
  const children = (node as Paragraph).children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  if (children.length !== 1 || children[0]!.type !== "strong") return null;
  const text = plainText(node);
  // (a number opens a numbered heading, read by its numbering; a year opens a title: "2011 Financial Results")
  if (text.split(/\s+/).length > MAX_HEADING_WORDS || /[.,;]$/.test(text) || (/^\d/.test(text) && !YEAR_FIRST.test(text))) return null;
  // "**PERSONS PRESENT:**": an attendance label over its names
  if (labelsNames(text)) return null;
  return trimEnd(text, `:${BLANKS}`);
}

/** A paragraph opened by a caption in bold and its colon, its record run in after it: "**TREASURER REPORT:** Julie Campbell
 * reviewed …", "**Old Business**: none". The caption is in capitals or title case; an attendance label ("**PERSONS
 * PRESENT:**") or a motion's ("**Motion:**") is none. */
function boldCaption(node: RootContent): { title: string; runOn: string } | null {
  if (node.type !== "paragraph") return null;
  const children = (node as Paragraph).children;
  const first = children.findIndex((c) => !(c.type === "text" && c.value.trim() === ""));
  if (children[first]?.type !== "strong") return null;
  const bold = plainText(children[first]).trim();
  const after = children[first + 1];
  const colonAfter = after?.type === "text" && after.value.startsWith(":");
  if (!bold.endsWith(":") && !colonAfter) return null;
  const title = trimEnd(bold, `:${BLANKS}`);
  if (!title || /^[\d(]/.test(title) || title.split(/\s+/).length > MAX_HEADING_WORDS || MOTION_NOUNS.has(fold(title.split(/\s+/)[0]!))) return null;
  const shouted = isShouted(title) && !/[.,;]$/.test(title);
  if (!shouted && !readsAsTitleCaseHeading(title)) return null;
  if (titleLabel(title) !== null || labelAt(tokenize(title), 0, Number.MAX_SAFE_INTEGER) !== null) return null;
  const line = rawText(node).split("\n", 1)[0]!;
  const runOn = line.slice(line.indexOf(":", Math.max(0, line.indexOf(title)) + title.length) + 1).replace(/^[*_]+/, "").trim();
  // a field and its value ("**Meeting Date/Time:** 2024-06-10, 19:00") is no record
  const record = `${runOn} ${rawText(node).split("\n").slice(1).join(" ")}`.trim();
  return record.split(/\s+/).length >= MIN_RECORD_WORDS ? { title, runOn } : null;
}

/** A bold line alone, or a bold caption over its record. */
const boldHeading = (node: RootContent): string | null => boldLine(node) ?? boldCaption(node)?.title ?? null;

/** The number of a numbered paragraph or list item at the start of a block: "2.      FIRE CHIEF'S REPORT" → 2. */
function leadingNumber(node: RootContent): number | null {
  if (node.type === "list" && node.ordered) return node.start ?? 1;
  if (node.type !== "paragraph") return null;
  const m = /^(\d{1,4})[.)]\s/.exec(rawText(node).trimStart());
  return m ? Number(m[1]) : null;
}

/** The last number of an ordered list, or of a numbered paragraph. */
function lastNumber(node: RootContent): number | null {
  if (node.type === "list" && node.ordered) return (node.start ?? 1) + node.children.length - 1;
  return leadingNumber(node);
}

/** Items opened by the candidate headings, in order. */
function sectionsAt(nodes: RootContent[], isItem: (node: RootContent, index: number) => string | null, skip: (node: RootContent) => boolean = () => false): Sections {
  const sections: Sections = { header: [], items: [], numbering: null, by: "headings" };
  nodes.forEach((node, i) => {
    if (skip(node)) return;
    const title = isItem(node, i);
    if (title !== null) {
      // the text under a heading line in the same paragraph is the item's first block, and a caption's run-in record
      const line = node.position?.start.line ?? 1;
      const rest = node.type === "paragraph" ? remainder(node) : null;
      const runOn = boldLine(node) === null ? boldCaption(node)?.runOn : undefined;
      sections.items.push({ heading: { number: null, titleRaw: title }, line, blocks: runOnAndRest(runOn, rest, line), node });
      return;
    }
    const current = sections.items[sections.items.length - 1];
    (current ? current.blocks : sections.header).push(node);
  });
  return sections;
}

/** The reading by markdown headings, or null when they do not make two items. */
function markdownReading(nodes: RootContent[], minItems = 2): Sections | null {
  const headings = nodes.filter((n): n is Heading => n.type === "heading");
  if (headings.length < 2) return null;
  const title = (h: Heading) => trimEnd(plainText(h), `:${BLANKS}`);
  // a heading over nothing but a date, before the business, is a line of the title: "## Technology Modernization Board" /
  // "## Meeting Minutes" / "December 17, 2018"
  const titlesOnly = (i: number): boolean => {
    const depthAt = (nodes[i] as Heading).depth;
    for (let k = i + 1; k < nodes.length; k++) {
      const below = nodes[k]!;
      // the next heading of its level or above ends it; a sub-heading is content ("## Finance" / "### Balance")
      if (below.type === "heading") return below.depth <= depthAt;
      const text = plainText(below).trim();
      if (text && findDate(text, ANY_ORDER)?.raw !== text) return false;
    }
    return true;
  };
  // the headings that title the document before its business ("## Riverside Users Group Inc", "## Annual General
  // Meeting", "### 26th April 2023 at 8:20PM", "### Held at NAB Events Hubs") and its header sections are none of the
  // business
  const leadingTitles = new Set<Heading>();
  const titling = (i: number) => isTitleHeading(title(nodes[i] as Heading)) || titlesOnly(i) || headsParticulars(nodes, i, title(nodes[i] as Heading));
  for (const i of letterhead(nodes, titling)) leadingTitles.add(nodes[i] as Heading);
  for (let i = 0; i < nodes.length; i++) {
    const h = nodes[i]!;
    if (h.type !== "heading" || leadingTitles.has(h)) continue;
    const text = title(h);
    if (isHeaderSection(text)) continue;
    if (!titling(i)) break;
    leadingTitles.add(h);
  }
  const ofBusiness = (h: Heading) => !isHeaderSection(title(h)) && !leadingTitles.has(h);
  // a "Minutes" heading holding sub-headings: its sub-headings are the items, and headings of its level after it too
  const container = headings.find((h, i) => isContainerTitle(title(h)) && headings.slice(i + 1).filter((s) => s.depth === h.depth + 1 && ofBusiness(s)).length >= 2);
  let depth: number;
  if (container) depth = container.depth + 1;
  else {
    // the shallowest level with two headings of business: leading header sections and a lone title do not count
    const usable = (d: number) => headings.filter((h) => h.depth === d && ofBusiness(h));
    const found = [1, 2, 3, 4, 5, 6].find((d) => usable(d).length >= minItems);
    if (found === undefined) return null;
    depth = found;
  }
  let business = false;
  let inContainer = false;
  const reading = sectionsAt(
    nodes,
    (node, i) => {
      if (node.type !== "heading") return null;
      const text = title(node);
      if (node === container) return null;
      if (node.depth < depth) {
        // a heading above the items' level: after the business has started it is one more item ("## Other business" after
        // "## Minutes"), unless it groups items of its own ("## Other Questions" / "### …"); before, it is a header section
        return (business || inContainer) && !groupsItems(nodes, i, depth) ? text : null;
      }
      if (node.depth > depth) return null;
      if (!business && (isHeaderSection(text) || leadingTitles.has(node) || isTitleHeading(text) || titlesOnly(i))) return null;
      if (container && node.position!.start.line < container.position!.start.line) return null;
      business = true;
      return text;
    },
    (node) => {
      if (node === container) inContainer = true;
      return node === container;
    },
  );
  return reading.items.length >= minItems ? reading : null;
}

/** Whether the heading at `i` has headings of the items' depth under it, before the next heading of its own level or
 * above: it groups items ("## Other Questions" / "### Acceptance of an offer" / "### Amend the policy"). */
function groupsItems(nodes: RootContent[], i: number, depth: number): boolean {
  const own = (nodes[i] as Heading).depth;
  for (let k = i + 1; k < nodes.length; k++) {
    const node = nodes[k]!;
    if (node.type !== "heading") continue;
    if (node.depth <= own) return false;
    if (node.depth === depth) return true;
  }
  return false;
}

/** How many headings of a letterhead may stand above the title, and the longest line under one. */
const LETTERHEAD_HEADINGS = 2;
const LETTERHEAD_LINE = 80;

/** Headings of a letterhead typeset large above the title ("## ABN 91 648 564 480" / "President: … Secretary: …" /
 * "## 17th September 2024"): the first headings, when a heading that titles the minutes follows them and only short
 * lines (addresses, officers, numbers) stand under them. */
function letterhead(nodes: RootContent[], titling: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== "heading") {
      if (rawText(node).split("\n").some((line) => line.trim().length > LETTERHEAD_LINE)) return [];
      continue;
    }
    if (found.length > 0 && titling(i)) return found;
    if (found.length >= LETTERHEAD_HEADINGS) return [];
    found.push(i);
  }
  return [];
}

/** The reading by lines in capitals (or bold lines) standing alone, or null when they do not make two items. */
function typographyReading(nodes: RootContent[], heading: (node: RootContent) => string | null): Sections | null {
  const candidates = nodes.map((node, i) => ({ node, i, title: heading(node) })).filter((c) => c.title !== null);
  if (candidates.length < 2) return null;
  // a candidate needs content after it: stacked lines in capitals are a title block
  const withContent = candidates.filter(
    (c) => rawText(c.node).trim().includes("\n") || boldCaption(c.node) !== null || (nodes[c.i + 1] !== undefined && heading(nodes[c.i + 1]!) === null),
  );
  const accepted = new Set<RootContent>();
  let lastAccepted = -1;
  for (const c of withContent) {
    // before the business, a line that titles the minutes is of the header
    // (a caption with its record run in after it is no title: "**MINUTES OF SEPTEMBER 1, 2015 BOARD MEETING:** The minutes …")
    const caption = boldLine(c.node) === null && boldCaption(c.node) !== null;
    if (lastAccepted < 0 && !caption && (isTitleHeading(c.title!) || headsParticulars(nodes, c.i, c.title!))) continue;
    if (lastAccepted >= 0 && insideSequence(nodes, lastAccepted, c.i)) continue;
    accepted.add(c.node);
    lastAccepted = c.i;
  }
  if (accepted.size < 2) return null;
  return sectionsAt(nodes, (node) => (accepted.has(node) ? heading(node) : null));
}

/** True when a numbered sequence runs on across the block at `at`: the numbered block before it (since the last item's
 * heading) is n and the next numbered block is n + 1. */
function insideSequence(nodes: RootContent[], from: number, at: number): boolean {
  let before: number | null = null;
  for (let k = at - 1; k > from; k--) {
    const n = lastNumber(nodes[k]!);
    if (n !== null) {
      before = n;
      break;
    }
  }
  if (before === null) return false;
  for (let k = at + 1; k < nodes.length; k++) {
    if (shoutedLine(nodes[k]!) !== null && leadingNumber(nodes[k + 1] ?? nodes[k]!) === null) return false;
    const n = leadingNumber(nodes[k]!);
    if (n !== null) return n === before + 1;
  }
  return false;
}

/** The unnumbered reading of a tree, or null when no typography makes two items of it. */
export function headingsReading(tree: Root): Sections | null {
  const nodes = joinLoneNumerals(tree.children);
  return markdownReading(nodes) ?? typographyReading(nodes, shoutedLine) ?? typographyReading(nodes, boldHeading);
}

/** The last reading, for minutes that neither number their items nor set them in capitals or bold: a single markdown
 * heading of business under the header's, or lines in title case standing alone over text. Null when neither is found. */
export function titleCaseReading(tree: Root): Sections | null {
  // one heading of business under the header's ("#### Attendees", "#### Apologies", "#### Resolutions" / "1. …"): one item
  const nodes = joinLoneNumerals(tree.children);
  const single = markdownReading(nodes, 1);
  if (single) return single;
  const titles = new Map(nodes.map((node, i) => [node, titleCaseLine(node, nodes[i + 1])]));
  const reading = sectionsAt(nodes, (node) => titles.get(node) ?? null);
  return reading.items.length >= 2 ? reading : null;
}

/** Whether the section's numbered blocks start at 1: a section of sub-items ("ACTION ITEMS" / "1. Adopt Resolutions …"). */
export function restartsNumbering(section: Section): boolean {
  for (const block of section.blocks) {
    const n = leadingNumber(block);
    if (n !== null) return n === 1;
  }
  return false;
}
