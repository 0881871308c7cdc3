// The numbered reading of a document: the header (everything before the first item) and one section per numbered item,
// whose numbers go forward in one numbering style; with the fallbacks for minutes that number nothing but mark headings
// "(Item n)", and outline minutes whose top-level bullets are the items.
import type { List, ListItem, Paragraph, RootContent, Root } from "mdast";
import { plainText, rawText } from "../../parse/text.js";
import { inTitleCase, isShouted } from "../title-case.js";
import { AGENDA_REFERENCE, LONE_REFERENCE, compareOrder, continuesTitle, matchItemHeading, PLAIN_NUMBER, SLASHED_NUMBER, splitRunOn, type ItemHeading, type NumberingStyle } from "../item-heading.js";
import type { Section, Sections } from "./index.js";
import { isContainerTitle, isHeaderSection, REPORTING_VERBS } from "../lexicon/item-words.js";
import { refusedBySequence, type Candidate } from "./sequence.js";
import { labelAt, titleLabel } from "../attendance.js";
import { tokenize } from "../tokens.js";
import { readStatement } from "../motions/read.js";

/** What a block yields: a heading that opens an item, or content. */
type Piece = { heading: ItemHeading & { style: NumberingStyle }; line: number; rest: RootContent[]; list?: List } | { content: RootContent };

/** A paragraph holding the lines after the first: the body text that follows a heading on the next line. */
export function remainder(paragraph: Paragraph): Paragraph | null {
  const text = rawText(paragraph);
  const cut = text.indexOf("\n");
  if (cut === -1 || !paragraph.position) return null;
  const start = paragraph.position.start.line + 1;
  return {
    type: "paragraph",
    children: [{ type: "text", value: text.slice(cut + 1) }],
    position: { start: { line: start, column: 1 }, end: paragraph.position.end },
  };
}

function firstLine(node: Paragraph): string {
  const text = rawText(node);
  const cut = text.indexOf("\n");
  return cut === -1 ? text : text.slice(0, cut);
}

/** A numbered list item is a heading when its whole first paragraph reads as a title: a wrapped sentence is not. */
function listItemPiece(item: ListItem, accept: Accept, followed = false): Piece | null {
  const [first, ...others] = item.children;
  if (first?.type !== "paragraph") return null;
  const marker = (item.data as { marker?: string } | undefined)?.marker ?? "";
  const forced = FORCED.has(item);
  // the whole first paragraph must read as a title; failing that, its first line may be the next number of the sequence
  // (a line of a list with the next line straight after it, nothing under it: "1. Francisco Rodriguez" / "2. Jesse Ortiz")
  const empty = others.length === 0 && followed;
  const oneLine = !rawText(first).includes("\n");
  const line = item.position?.start.line ?? 1;
  // a whole item on one line, as flattened minutes print it: "6. Accounts were presented and accepted for payment. Cheques …"
  const runOn = oneLine && !forced && RUN_ON.has(item) ? accept(`${marker} ${plainText(first)}`, { empty, evident: true }) : null;
  if (runOn) return { heading: runOn, line, rest: runOn.runOn ? [textParagraph(runOn.runOn, line), ...others] : others };
  // an attendance label is the title and its names the text: "1. PRESENT: Tom Hargraves Gordon Farrell" / "Larry Makutra …"
  const opening = firstLine(first);
  const colon = opening.indexOf(":");
  // so is a title in capitals before a colon and the record after it: "2. APPROVING AGENDA: Moved by Boesen. Carried."
  // (not "11. OPEN SESSION: REPORT OF ANY ACTION …", one title in capitals)
  const lead = colon > 0 ? opening.slice(0, colon) : "";
  const recordAfter = lead !== "" && isShouted(lead) && !isShouted(opening.slice(colon + 1)) && !continuesTitle(opening.slice(colon + 1));
  // and a short title before a colon, with the record after it on the line: "2485. Police Report: No report.",
  // "2489. Approval of minutes of previous meeting: Approved & signed as correct."
  // (not a title in capitals that goes on in capitals after its colon)
  const after = opening.slice(colon + 1).trim();
  // (nor a title block over the item's text below it: "3. The Old Police Station: EFSA/Abacus’ new planning application for" /
  // "smaller school" / its text)
  const titleBefore = lead !== "" && after !== "" && others.length === 0 && !(isShouted(lead) && isShouted(after)) && readsAsColonTitle(lead);
  const label = !forced && lead && (titleLabel(lead) !== null || recordAfter || titleBefore) ? accept(`${marker} ${lead}`, { runOn: false }) : null;
  if (label) {
    const names = rawText(first).slice(rawText(first).indexOf(":") + 1).trim();
    return { heading: label, line, rest: [...(names ? [textParagraph(names, line)] : []), ...others] };
  }
  // a short title on the item's first line and its text from the next, with no blank line between: "1. Call to Order" /
  // "The meeting was called to order at 6:02 pm."
  const titled = !oneLine && !forced && titleLineAbove(rawText(first)) ? accept(`${marker} ${firstLine(first)}`, { runOn: false }) : null;
  if (titled) {
    const rest = remainder(first);
    return { heading: titled, line, rest: [...(rest ? [rest] : []), ...others] };
  }
  const heading = accept(`${marker} ${plainText(first)}`, { runOn: false, forced, empty });
  // a point taken as an item is a statement ("It was agreed that …", "4. MK moves to adjourn, KA seconds."): its text
  // stays in the content too
  if (heading) return { heading, line, rest: forced || putsMotion(heading.titleRaw) ? [first, ...others] : others };
  // failing that, the first line as the next number of the sequence, its run-in title cut from the text that goes on
  // ("2. Approval of Minutes from Previous Meeting. The correct spelling …" / "minutes should be Hsi. MK moves …"): the
  // rest of the paragraph is the item's text
  const next = oneLine ? null : accept(`${marker} ${firstLine(first)}`, { runOn: false, sequenceOnly: true });
  if (!next) return null;
  const split = splitRunOn(next.titleRaw);
  // a motion put as the item's first words ("5. MK moves to adjourn, KA seconds. Vote: all in favor.") is its text too,
  // not a heading that names one ("26. Notice of Motion submitted by Cmhir. S. 6 Ceallaigh")
  if (putsMotion(split.title)) return { heading: { ...next, titleRaw: split.title }, line, rest: [first, ...others] };
  // a title cut from its text reads as one: "Treasurer’s Report", not "The 12 no" (of "The 12 no. Framework Members …")
  const { title, runOn: runIn } = inTitleCase(split.title) ? split : { title: next.titleRaw, runOn: null };
  return { heading: { ...next, titleRaw: title }, line, rest: [...runOnAndRest(runIn ?? undefined, remainder(first), line), ...others] };
}

/** A motion put, with its seconder or its result, not a heading that names one ("Notice of Motion submitted by X"). */
function putsMotion(text: string): boolean {
  const motion = readStatement(text);
  return Boolean(motion?.start && (motion.seconder !== undefined || motion.result !== undefined));
}

/** Words of a sentence, not of a title: its verbs and conjunctions. */
const SENTENCE_WORDS = new Set(["is", "are", "was", "were", "be", "been", "has", "have", "that", "which", "who", "would", "will", "should"]);

/** Most words of a title on a line of its own above its text. */
const MAX_TITLE_LINE_WORDS = 10;
/** A line that stops where a sentence goes on: a comma, a colon, or a word that needs the next ("… of", "… and"). */
const LINE_GOES_ON = /(?:[,;:–—-]|\b(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with))$/i;

/** A paragraph whose first line is a title and whose next line starts a sentence of its own (a capital letter), not a
 * sentence wrapped across the two. */
function titleLineAbove(text: string): boolean {
  const [head = "", next = ""] = text.split("\n", 2).map((line) => line.trim());
  // a title in capitals wrapped onto a second line in capitals is one title: "14. THE LOOKED AFTER CHILDREN" / "STRATEGY"
  if (isShouted(head) && isShouted(next.split(/[.:]/)[0] ?? "")) return false;
  if (head.split(/\s+/).length > MAX_TITLE_LINE_WORDS || LINE_GOES_ON.test(head) || /[.!?]$/.test(head)) return false;
  // a sentence wrapped before a capital ("KK advised the group that the December SDC Development" / "Control …") has a verb
  const words = head.toLowerCase().split(/[^\p{L}'’]+/u);
  if (words.some((word) => SENTENCE_WORDS.has(word) || REPORTING_VERBS.includes(word))) return false;
  return /^[\p{Lu}\d]/u.test(next);
}

/** A title before a colon: short, opening with a capital, without the verbs of a sentence ("Police Report", not "The
 * Clerk reported that"). */
function readsAsColonTitle(lead: string): boolean {
  const words = lead.trim().split(/\s+/);
  // (a sentence's stops and commas are no title's: "MK moves to adjourn, KA seconds. Vote: all in favor.")
  if (words.length > MAX_TITLE_LINE_WORDS || !/^[\p{Lu}\d]/u.test(lead.trim()) || /[.,;]\s/.test(lead)) return false;
  return !words.some((word) => SENTENCE_WORDS.has(word.toLowerCase()) || REPORTING_VERBS.includes(word.toLowerCase()));
}

/** Numbered points taken as items whatever they read like (see completeSequence). */
const FORCED = new WeakSet<ListItem>();

/** Numbered points that ingest broke out of minutes run together on one line (see ingest/run-on.ts): each is a whole
 * item, its title and its text on one line. */
const RUN_ON = new WeakSet<ListItem>();

/** Mark the numbered points that start on a run-on piece: `isRunOn` tells by the tree line. */
export function markRunOnItems(tree: Root, isRunOn: (line: number) => boolean): void {
  for (const node of tree.children) {
    if (node.type !== "list" || !node.ordered) continue;
    for (const item of node.children) if (isRunOn(item.position?.start.line ?? 0)) RUN_ON.add(item);
  }
}

/** The number of a numbered list item ("3." → 3), or null. */
function itemNumber(item: ListItem): number | null {
  const m = /^(\d{1,3})[.)]$/.exec((item.data as { marker?: string } | undefined)?.marker ?? "");
  return m ? Number(m[1]) : null;
}

/**
 * When the items found start at n > 1 and the points numbered 1 … n-1 stand before the first, at the top level,
 * they are the first items: minutes that number every point ("1. KK presented a proposal…") read so.
 */
function completeSequence(tree: Root, first: Section | undefined): boolean {
  const start = Number(first?.heading.number);
  if (!first || !Number.isInteger(start) || start <= 1) return false;
  const before = tree.children
    .filter((node): node is List => node.type === "list" && Boolean(node.ordered))
    .flatMap((list) => list.children)
    .filter((item) => (item.position?.start.line ?? 0) < first.line);
  const numbers = before.map(itemNumber);
  if (numbers.length !== start - 1 || numbers.some((n, i) => n !== i + 1)) return false;
  before.forEach((item) => FORCED.add(item));
  return true;
}

/** Fewest numbered points that make the items of minutes that number nothing else. */
const MIN_POINTS = 3;

/**
 * Minutes that are one run of numbered points and nothing else, "1) Previous meeting minutes were already approved …" …
 * "14) Possible updates to the CC&Rs. …": when no heading of any kind opens an item, the points are the items, each
 * titled by its first sentence. The points must number 1, 2, 3 … at the top level without starting again (a list that
 * restarts is lists inside items), and none is a roster under an attendance label.
 */
export function numberedPointsReading(tree: Root, styles?: NumberingStyle[]): Sections | null {
  const points = tree.children
    .filter((node, i): node is List => node.type === "list" && Boolean(node.ordered) && !(i > 0 && isRosterUnder(node, tree.children[i - 1]!)))
    .flatMap((list) => list.children);
  const numbers = points.map(itemNumber);
  if (points.length < MIN_POINTS || numbers.some((n, i) => n !== i + 1)) return null;
  points.forEach((item) => FORCED.add(item));
  const sections = splitByNumbers(tree, styles);
  return sections.items.length === points.length ? { ...sections, numbering: null, by: "numbers" } : null;
}

/**
 * Minutes whose record is one numbered list of points under a heading that holds the business ("## Minutes" / "1. CQ
 * explained …" … "16. AV asked …"): each point is an item, whatever it reads like, its numbers going forward with gaps
 * allowed. Null when no such list stands under such a heading.
 */
export function containerPointsReading(tree: Root, styles?: NumberingStyle[]): Sections | null {
  const at = tree.children.findIndex((node) => node.type === "heading" && isContainerTitle(plainText(node)));
  const list = tree.children[at + 1];
  if (at < 0 || list?.type !== "list" || !list.ordered || list.children.length < MIN_POINTS) return null;
  const numbers = list.children.map(itemNumber);
  if (numbers.some((n, i) => n === null || (i > 0 && n <= numbers[i - 1]!))) return null;
  list.children.forEach((item) => FORCED.add(item));
  const sections = splitByNumbers(tree, styles);
  return sections.items.length >= list.children.length ? { ...sections, numbering: null, by: "numbers" } : null;
}

/** An ordered list may hold item headings among ordinary numbered points: split it where they stand. */
function listPieces(list: List, accept: Accept): Piece[] {
  const pieces: Piece[] = [];
  let run: ListItem[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!.position;
    const last = run[run.length - 1]!.position;
    pieces.push({ content: { ...list, children: run, position: first && last ? { start: first.start, end: last.end } : list.position } });
    run = [];
  };
  list.children.forEach((item, i) => {
    const piece = list.ordered ? listItemPiece(item, accept, i < list.children.length - 1) : null;
    if (piece) {
      flush();
      pieces.push({ ...piece, list });
    } else run.push(item);
  });
  flush();
  return pieces;
}

type Accept = (
  line: string,
  options?: { runOn?: boolean; standalone?: boolean; forced?: boolean; sequenceOnly?: boolean; empty?: boolean; evident?: boolean },
) => (ItemHeading & { style: NumberingStyle }) | null;

/** A paragraph of text, standing for minute text printed on a heading's line. */
function textParagraph(text: string, line: number): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value: text }], position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

/** The text after a heading in its paragraph: the rest of the heading's line and the lines below, one paragraph still, so
 * that a label at the end of the line keeps the names on the next ("… Absent:" / "Gatto. Sheumaker arrived …"). */
export function runOnAndRest(runOn: string | undefined, rest: Paragraph | null, line: number): Paragraph[] {
  if (!runOn) return rest ? [rest] : [];
  if (!rest) return [textParagraph(runOn, line)];
  return [{ type: "paragraph", children: [{ type: "text", value: `${runOn}\n${rawText(rest)}` }], position: { start: { line, column: 1 }, end: rest.position?.end ?? { line, column: 1 } } }];
}

/** A paragraph that opens in italics, "**_7. Street Furniture_** — Frank Reid": a report's sub-heading, not an item. */
function opensInItalics(node: Paragraph): boolean {
  const first = node.children.find((child) => !(child.type === "text" && child.value.trim() === ""));
  if (first?.type === "emphasis") return true;
  return first?.type === "strong" && first.children[0]?.type === "emphasis";
}

function piecesOf(node: RootContent, accept: Accept): Piece[] {
  if (node.type === "list") return listPieces(node, accept);
  if (node.type === "paragraph" && opensInItalics(node)) return [{ content: node }];
  const opening = node.type === "paragraph" ? node.children.find((child) => !(child.type === "text" && child.value.trim() === "")) : undefined;
  if (node.type === "paragraph" && opening?.type === "strong") {
    // "**10 Meeting closed** at 7.55pm": the bold words are the heading, the rest of the line is minute text
    const bold = plainText(opening);
    const line = firstLine(node).replace(/\s+/g, " ").trim();
    const heading = line.startsWith(bold) && bold.length < line.length ? accept(bold) : null;
    if (heading) {
      const at = node.position?.start.line ?? 1;
      const runOn = line.slice(bold.length).replace(/^[\s—–-]+/, "").trim();
      return [{ heading, line: at, rest: runOnAndRest(runOn, remainder(node), at) }];
    }
  }
  if (node.type === "paragraph" || node.type === "heading") {
    const standalone = Boolean((node.data as { loneNumeral?: boolean } | undefined)?.loneNumeral);
    const heading = accept(node.type === "paragraph" ? firstLine(node) : rawText(node), { standalone });
    if (heading) {
      const line = node.position?.start.line ?? 1;
      if (heading.style.keepsHeadingInContent) return [{ heading: { ...heading, titleRaw: statementTitle(plainText(node)) }, line, rest: [node] }];
      const rest = node.type === "paragraph" ? remainder(node) : null;
      return [{ heading, line, rest: runOnAndRest(heading.runOn, rest, line) }];
    }
  }
  return [{ content: node }];
}

/** The title of a numbered resolution: its first sentence, after the movers ("R2023-147 D. Yemm, S. Foote: That …"). */
function statementTitle(text: string): string {
  const body = text.replace(/^\S+\s+(?!\s)(?:[^:]{0,80}:|\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+,\s+\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+)\s*/u, "");
  const end = /[.;](?=\s+\p{Lu}|\s*$)/u.exec(body);
  return (end ? body.slice(0, end.index) : body).slice(0, 200).trim();
}

/** An item that covers a range of agenda references, "Consent Calendar Approved (G-1/G-13)": G-1 … G-13 are inside it. */
interface ReferenceRange {
  letter: string;
  from: number;
  to: number;
}

function referenceRange(number: string): ReferenceRange | null {
  const m = /^([A-Z])-(\d+)\/\1-(\d+)$/.exec(number);
  return m ? { letter: m[1]!, from: Number(m[2]), to: Number(m[3]) } : null;
}

function withinRange(number: string, range: ReferenceRange | null): boolean {
  const m = /^([A-Z])-(\d+)$/.exec(number);
  return Boolean(range && m && m[1] === range.letter && Number(m[2]) >= range.from && Number(m[2]) <= range.to);
}

/** A heading in readable case, short and not a sentence: "Election of Chair" (not a setext-underlined paragraph). */
function isShortHeading(text: string): boolean {
  return !isShouted(text) && !/[.:;]$/.test(text) && text.split(/\s+/).length <= 10;
}

/** The header has reached its attendance ("PRESENT: …"): what follows is business. */
function hasAttendance(header: RootContent[]): boolean {
  return header.some((node) => node.type === "paragraph" && /^(?:[\w-]+\s+){0,2}?present\b/i.test(plainText(node)));
}

/** The next number of a plain sequence is an item even when its line reads like a sentence, if it is one short line:
 * an agenda's "4. Approval of the Minutes of the Regular Board Meeting – March 27, 2019." after item 3. */
const MAX_SEQUENCE_TITLE_WORDS = 20;

function nextInSequence(line: string, style: NumberingStyle | null, last: number[] | null): (ItemHeading & { style: NumberingStyle }) | null {
  if (style !== PLAIN_NUMBER || !last || last.length !== 1) return null;
  const m = /^(\d{1,3})[.)]\s+(\S[^\n]*)$/u.exec(line.trim());
  if (!m || Number(m[1]) !== last[0]! + 1 || m[2]!.split(/\s+/).length > MAX_SEQUENCE_TITLE_WORDS) return null;
  return { number: m[1]!, titleRaw: m[2]!.replace(/\.$/, ""), style: PLAIN_NUMBER };
}

/** The next item's number as the minutes would print it, for the style in use: "21", "145/19". */
function nextNumber(style: NumberingStyle | null, last: number[] | null): string | null {
  if (!last) return null;
  if (style === PLAIN_NUMBER && last.length === 1) return String(last[0]! + 1);
  if (style === SLASHED_NUMBER && last.length === 2) return `${last[1]! + 1}/${String(last[0]).padStart(2, "0")}`;
  return null;
}

/**
 * A paragraph of flattened minutes may hold the next item's heading after a sentence: "… No objection. 21. FINANCES: a. …",
 * "… by the working group. 145/19 To Discuss: Request from …". Split the paragraph there, so the heading opens its item.
 */
function splitAtNextNumber(node: RootContent, style: NumberingStyle | null, last: number[] | null): RootContent[] {
  const next = nextNumber(style, last);
  if (!next || node.type !== "paragraph") return [node];
  const text = plainText(node);
  // a plain substring test first: most paragraphs do not hold the number at all
  if (!text.includes(` ${next}`)) return [node];
  const escaped = next.replace(/[/.]/g, "\\$&");
  const m = new RegExp(`(?<=[.!?)]\\s)${escaped}[.):]?\\s+(?=\\p{Lu})`, "u").exec(text);
  if (!m) return [node];
  const paragraph = (value: string): Paragraph => ({ type: "paragraph", children: [{ type: "text", value }], position: node.position });
  return [paragraph(text.slice(0, m.index).trim()), paragraph(text.slice(m.index))];
}

/** A forced point as a heading: its number, and its text (to the first full stop) as the title, or the title that text
 * opens with when the minute runs on after it ("Minutes of the 2017 AGM Upon the proposition of …"). The point's whole
 * text stays its content. */
function forcedHeading(line: string): (ItemHeading & { style: NumberingStyle }) | null {
  const m = /^(\d{1,3})[.)]\s+(\S.*|.)$/.exec(line);
  if (!m) return null;
  const end = /\.(?:\s|$)/.exec(m[2]!);
  const sentence = (end ? m[2]!.slice(0, end.index) : m[2]!).slice(0, 200);
  const opening = splitRunOn(sentence).title;
  return { number: m[1]!, titleRaw: inTitleCase(opening) ? opening : sentence, style: PLAIN_NUMBER };
}

/** A numeral alone on its line, its title in the next paragraph: "I." / "Call to Order". */
const LONE_NUMERAL = /^(?:[IVXL]{1,7}|\d{1,3})\.$/;
const LONE_NUMERAL_AT_END = /\n[^\S\n]*(?:[IVXL]{1,7}|\d{1,3})\.\s*$/;

/** The word "Item" and its number alone on a line, the title in the next paragraph: "**Item 1.**" / "**To adopt …**". */
const LONE_ITEM_NUMBER = /^(?:agenda\s+)?item\s+(\d{1,3}(?:\.\d{1,2})?)\s*[.:]?$/i;

/** The numeral of a paragraph that holds only one ("IV.", "Item 3"), or of an empty numbered list item ("1." alone
 * parses so). "Item 3" is given as "Item 3.", as the item-word style reads it with its title. */
function loneNumeral(node: RootContent): string | null {
  if (node.type === "paragraph") {
    const text = plainText(node).trim();
    const item = LONE_ITEM_NUMBER.exec(text);
    if (item) return `Item ${item[1]}.`;
    return LONE_NUMERAL.test(text) ? text : null;
  }
  if (node.type === "list" && node.ordered && node.children.length === 1 && node.children[0]!.children.length === 0) {
    return (node.children[0]!.data as { marker?: string } | undefined)?.marker ?? null;
  }
  return null;
}

/** Join a lone numeral with the paragraph after it, as one heading paragraph. */
export function joinLoneNumerals(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const next = nodes[i + 1];
    // "Minutes" / "3." / "The minutes from the AGM 2014 were accepted …": a table row's number set level with the middle
    // of its cell, read after the title on the cell's first line (a title with no number of its own)
    const [title = "", second = "", ...text] = node.type === "paragraph" ? rawText(node).split("\n") : [];
    // (with nothing after the numeral and a title line next, the numeral is that title's: "No matters arising" / "5." then
    // "Finance")
    const titleNext = text.length === 0 && next?.type === "paragraph" && isTitleLine(rawText(next).split("\n")[0]!.trim());
    if (LONE_NUMERAL.test(second.trim()) && isTitleLine(title.trim()) && !/^\S{1,6}[.)]\s/.test(title.trim()) && !titleNext && node.position) {
      out.push({
        type: "paragraph",
        children: [{ type: "text", value: [`${second.trim()} ${title.trim()}`, ...text].join("\n") }],
        position: node.position,
        data: { loneNumeral: true } as Paragraph["data"],
      });
      continue;
    }
    // "XIV. Chair's Report" / "XV." in one paragraph, then "General Manager's Report": the last line is a lone numeral
    const lines = node.type === "paragraph" && next?.type === "paragraph" && LONE_NUMERAL_AT_END.test(rawText(node)) ? rawText(node).split("\n") : [];
    const lastLine = lines[lines.length - 1]?.trim() ?? "";
    if (lines.length > 1 && LONE_NUMERAL.test(lastLine) && next?.type === "paragraph" && node.position) {
      const start = node.position.start.line;
      out.push({ type: "paragraph", children: [{ type: "text", value: lines.slice(0, -1).join("\n") }], position: { start: node.position.start, end: { line: start + lines.length - 2, column: 1 } } });
      out.push({
        type: "paragraph",
        children: [{ type: "text", value: `${lastLine} ${rawText(next)}` }],
        position: next.position ? { start: { line: start + lines.length - 1, column: 1 }, end: next.position.end } : node.position,
        data: { loneNumeral: true } as Paragraph["data"],
      });
      i++;
      continue;
    }
    const numeral = loneNumeral(node);
    if (numeral && next?.type === "paragraph") {
      const text = `${numeral} ${rawText(next)}`;
      out.push({
        type: "paragraph",
        children: [{ type: "text", value: text }],
        position: node.position && next.position ? { start: node.position.start, end: next.position.end } : node.position,
        data: { loneNumeral: true } as Paragraph["data"],
      });
      i++;
    } else out.push(node);
  }
  return out;
}

/** The longest title a reference heading may have, in characters. */
const MAX_REFERENCE_TITLE = 160;

/** A line that reads as a title on its own: short, and not a sentence or a label. */
function isTitleLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_REFERENCE_TITLE && !/[.;:,]$/.test(text);
}

/** The text of a block that is one title line ("Apologies and Substitutes"), or null. */
function titleLine(node: RootContent | undefined): string | null {
  if (node === undefined || (node.type !== "paragraph" && node.type !== "heading")) return null;
  const text = plainText(node).trim();
  return !text.includes("\n") && isTitleLine(text) ? text : null;
}

/**
 * The headings that carry an agenda reference, each with its whole title, as a reader sees them whatever the typography:
 * a markdown heading or a line "Apologies and Substitutes (Item 1)", or a title line with the reference on the line
 * below, "Apologies and Substitutes" / "(Item 1)" (one paragraph or two). The reference paragraph of the last shape is
 * part of its heading (`absorbed`).
 */
function agendaHeadings(tree: Root): { titles: Map<RootContent, string>; absorbed: Set<RootContent> } {
  const titles = new Map<RootContent, string>();
  const absorbed = new Set<RootContent>();
  tree.children.forEach((node, i) => {
    const text = node.type === "paragraph" || node.type === "heading" ? plainText(node).trim() : "";
    const lines = text.split("\n").map((line) => line.trim());
    if (node.type === "heading" && AGENDA_REFERENCE.test(text)) titles.set(node, text);
    else if (lines.length === 1 && AGENDA_REFERENCE.test(text) && !LONE_REFERENCE.test(text) && text.length <= MAX_REFERENCE_TITLE) titles.set(node, text);
    else if (lines.length === 2 && LONE_REFERENCE.test(lines[1]!) && isTitleLine(lines[0]!))
      titles.set(node, `${lines[0]} ${lines[1]}`);
    else if (LONE_REFERENCE.test(text)) {
      const above = tree.children[i - 1];
      const title = titleLine(above);
      if (above && title !== null && !titles.has(above)) {
        titles.set(above, `${title} ${text}`);
        absorbed.add(node);
      }
    }
  });
  return { titles, absorbed };
}

/** Split by unnumbered headings: each heading with an agenda reference opens an item. */
function splitByHeadings(tree: Root, headings: ReturnType<typeof agendaHeadings>): Sections {
  const sections: Sections = { header: [], items: [] };
  for (const node of tree.children) {
    if (headings.absorbed.has(node)) continue;
    const titleRaw = headings.titles.get(node);
    if (titleRaw !== undefined) {
      // "Apologies and Substitutes (Item 1)": the reference is the only number the minutes print for the item
      const number = AGENDA_REFERENCE.exec(titleRaw)?.[1] ?? null;
      sections.items.push({ heading: { number, titleRaw }, line: node.position?.start.line ?? 1, blocks: [] });
      continue;
    }
    const current = sections.items[sections.items.length - 1];
    (current ? current.blocks : sections.header).push(node);
  }
  return sections;
}

/** A list right under an attendance label is the label's roster, not items: "PRESENT" / "1. Suzette Kent Chair" / "2.
 * Alan Thomas Permanent Member", "OTHER ATTENDEES" / "1. Elizabeth Cain GSA PMO", "## Attendees" / "- Gary O'Neall". */
function isRosterUnder(node: RootContent, above: RootContent): boolean {
  if (node.type !== "list" || (above.type !== "paragraph" && above.type !== "heading")) return false;
  // the block above is labels alone ("Attendance" / "PRESENT"), not a sentence that ends in a label's word
  return rawText(above)
    .trim()
    .split("\n")
    .every((line) => titleLabel(line.replace(/[*_#]/g, "")) !== null);
}

/** A list each of whose entries opens with an attendance label: "- Members: @tomberek, @K900" / "- Observers: @edef1c". */
function isLabelledRoster(node: RootContent): boolean {
  if (node.type !== "list") return false;
  return node.children.every((item) => {
    const [first] = item.children;
    const line = first ? rawText(first).replace(/[*_]/g, "").trim() : "";
    return labelAt(tokenize(line), 0, Number.MAX_SAFE_INTEGER) !== null;
  });
}

/** Split a tree into header and items: by numbered headings, whose numbers go forward in one numbering style, or,
 * when the minutes number nothing but mark headings "(Item n)", by those headings. */
export function numberedReading(tree: Root, styles?: NumberingStyle[]): Sections {
  // the candidates first, then the best sequence among them, then the walk that opens the items of that sequence only
  const candidates: Candidate[] = [];
  splitByNumbers(tree, styles, { collect: candidates });
  const refused = refusedBySequence(candidates);
  let numbered = splitByNumbers(tree, styles, { refused });
  if (completeSequence(tree, numbered.items[0])) numbered = splitByNumbers(tree, styles, { refused });
  const headings = agendaHeadings(tree);
  if (headings.titles.size >= 2 && headings.titles.size > numbered.items.length / 2) return { ...splitByHeadings(tree, headings), by: "references" };
  if (numbered.items.length === 0) {
    const bullets = splitByBullets(tree);
    if (bullets) return { ...bullets, by: "bullets" };
  }
  return { ...numbered, by: "numbers" };
}

/** Where a bullet's title ends and its record begins: "Meeting called to order at 9:08am – M. Prest (motion), …". */
const BULLET_TITLE_END = /(?<!\s)\s+[–—-]\s+|:\s/;
const MIN_BULLET_ITEMS = 3;

/** A bulleted list most of whose points, three or more, hold more than their own line: a record under each. */
function holdsRecords(node: RootContent): boolean {
  if (node.type !== "list" || node.children.length < MIN_BULLET_ITEMS) return false;
  return node.children.filter((item) => item.children.length > 1).length * 2 > node.children.length;
}

/**
 * Outline minutes with no numbering: the top-level bullets are the items ("- Perfunctory Business", "- Updates").
 * Each item keeps its bullet's own text as content, so what it records ("… – M. Prest (motion)") is read too.
 */
function splitByBullets(tree: Root): Sections | null {
  // rosters are no items: a list under an attendance label, or one of labels and their names ("- Members: @tomberek, …");
  // nor is a list under a heading of the header ("## Agenda" / "- Check-in" …, before "## Minutes")
  let section: string | null = null;
  const rosters = new Set(
    tree.children.filter((node, i) => {
      if (node.type === "heading") section = plainText(node);
      // (an agenda whose points hold their record, sub-bullets of discussion under most, is the business itself)
      return (i > 0 && isRosterUnder(node, tree.children[i - 1]!)) || isLabelledRoster(node) || (section !== null && isHeaderSection(section) && !holdsRecords(node));
    }),
  );
  const bullets = tree.children.filter((node): node is List => node.type === "list" && !node.ordered && !rosters.has(node)).flatMap((list) => list.children);
  if (bullets.length < MIN_BULLET_ITEMS) return null;
  const sections: Sections = { header: [], items: [] };
  for (const node of tree.children) {
    if (node.type !== "list" || node.ordered || rosters.has(node)) {
      const current = sections.items[sections.items.length - 1];
      (current ? current.blocks : sections.header).push(node);
      continue;
    }
    for (const item of node.children) {
      const [first] = item.children;
      const text = first ? plainText(first) : "";
      const found = BULLET_TITLE_END.exec(text);
      // a colon that goes on with the title is none of its end: "VOTE: OpenColorIO Graduation proposal", "Goals for TAC: Year 2"
      const cut = found && found[0].startsWith(":") && continuesTitle(text.slice(found.index + found[0].length)) ? null : found;
      sections.items.push({
        heading: { number: null, titleRaw: (cut ? text.slice(0, cut.index) : text).slice(0, 200) },
        line: item.position?.start.line ?? 1,
        blocks: [...item.children],
      });
    }
  }
  return sections;
}

/** How the walk over the tree treats candidate headings: collecting them all (no item is opened), or refusing those the
 * choice of a sequence left out. */
interface Walk {
  collect?: Candidate[];
  refused?: ReadonlySet<string>;
}

function splitByNumbers(tree: Root, styles?: NumberingStyle[], walk: Walk = {}): Sections {
  const sections: Sections = { header: [], items: [] };
  let style: NumberingStyle | null = null;
  let last: number[] | null = null;
  const taken = new Set<string>();
  let range: ReferenceRange | null = null;
  const seen = new Map<string, number>();
  const keyOf = (heading: ItemHeading) => {
    const base = `${heading.number}|${heading.titleRaw}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  };
  const accept: Accept = (line, options) => {
    const heading = options?.forced
      ? forcedHeading(line)
      : options?.sequenceOnly
        ? nextInSequence(line, style, last)
        : (matchItemHeading(line, style ? [style] : styles, options) ?? nextInSequence(line, style, last));
    if (!heading || heading.number === null) return null;
    if (walk.collect) {
      walk.collect.push({ key: keyOf(heading), number: heading.number, order: heading.style.order?.(heading.number) ?? null, style: heading.style.name, title: heading.titleRaw, empty: options?.empty ?? false, standalone: options?.standalone ?? false, distinctive: !heading.style.needsTitle || options?.evident === true });
      return null;
    }
    if (walk.refused?.has(keyOf(heading))) return null;
    const order = heading.style.order?.(heading.number) ?? null;
    if (withinRange(heading.number, range)) return null;
    // a number alone on its line, its title on the next, is a heading even when items are taken out of order
    const outOfOrderAllowed = options?.standalone === true && !taken.has(heading.number);
    if (order && last && compareOrder(order, last) <= 0 && !outOfOrderAllowed) {
      // a numbering that starts again at 1: sub-items of sections, or a list quoted in an item
      if (order.length === 1 && order[0] === 1) sections.restarts = (sections.restarts ?? 0) + 1;
      return null;
    }
    style = heading.style;
    if (!last || !order || compareOrder(order, last) > 0) last = order;
    taken.add(heading.number);
    range = referenceRange(heading.number) ?? range;
    return heading;
  };
  // the header only grows: each of its blocks is looked at once for the attendance (rescanning it per heading is quadratic)
  let attendanceSeen = false;
  let scanned = 0;
  const headerHasAttendance = (): boolean => {
    for (; !attendanceSeen && scanned < sections.header.length; scanned++) attendanceSeen = hasAttendance([sections.header[scanned]!]);
    return attendanceSeen;
  };
  let previous: RootContent | null = null;
  for (const whole of joinLoneNumerals(tree.children)) {
    const roster = previous !== null && isRosterUnder(whole, previous);
    previous = whole;
    if (roster) {
      const current = sections.items[sections.items.length - 1];
      (current ? current.blocks : sections.header).push(whole);
      continue;
    }
    for (const node of splitAtNextNumber(whole, style, last)) {
      // before the first numbered item, a heading in readable case after the attendance opens an item of its own:
      // "## Election of Chair" ahead of minute 283 (a label in capitals, "UNRESTRICTED ITEMS", does not)
      if (node.type === "heading" && sections.items.length === 0 && headerHasAttendance() && isShortHeading(plainText(node)) && !matchItemHeading(plainText(node))) {
        sections.items.push({ heading: { number: null, titleRaw: plainText(node) }, line: node.position?.start.line ?? 1, blocks: [], node });
        continue;
      }
      for (const piece of piecesOf(node, accept)) {
        if ("heading" in piece) {
          const { style: pieceStyle, runOn: _runOn, ...heading } = piece.heading;
          sections.numbering ??= pieceStyle;
          sections.items.push({ heading, line: piece.line, blocks: [...piece.rest], node: whole, ...(piece.list ? { list: piece.list } : {}) });
        } else {
          const current = sections.items[sections.items.length - 1];
          (current ? current.blocks : sections.header).push(piece.content);
        }
      }
    }
  }
  return sections;
}
