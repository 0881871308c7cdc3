// Item segmentation by evidence. Two readings of the document are made — by numbering (numbers that go forward in one
// style) and by typography (markdown headings at the level of the business, or lines in capitals standing alone) — and
// the evidence decides between them: numbering wins unless its items are an agenda quoted before the business (headings
// with no content), or the typography shows sections whose numbered sub-items restart at 1 ("CONSENT ITEMS" / "1." …,
// "ACTION ITEMS" / "1." …). Unnumbered headings printed like the numbered ones join the numbered items.
import type { Heading, List, Root, RootContent } from "mdast";
import { plainText } from "../../parse/text.js";
import type { ItemHeading, NumberingStyle } from "../item-heading.js";
import { headingsReading, leadInReading, restartsNumbering, titleCaseReading } from "./headings.js";
import { containerPointsReading, numberedPointsReading, numberedReading } from "./numbered.js";

export interface Section {
  heading: ItemHeading;
  /** Tree lines of the heading. */
  line: number;
  /** The item's blocks, in order. */
  blocks: RootContent[];
  /** The block the heading was read from. */
  node?: RootContent;
  /** The list whose item the heading is, when it is one. */
  list?: List;
}

export interface Sections {
  header: RootContent[];
  items: Section[];
  /** The numbering that opened the items, or null when items are unnumbered (headings, bullets) or none were found. */
  numbering?: NumberingStyle | null;
  /** How many times a numbered heading started again at 1 and was refused (numbered reading only). */
  restarts?: number;
  /** What opened the items: numbers, "(Item n)" references, top-level bullets, or headings told by typography. */
  by?: "numbers" | "references" | "bullets" | "headings";
}

/** Share of items with nothing in them above which the numbered items are a list (an agenda), not the minutes' items. */
const MAX_EMPTY_SHARE = 0.5;

/** The share of sections with no content of their own. */
function emptyShare(sections: Sections): number {
  if (sections.items.length === 0) return 1;
  return sections.items.filter((s) => s.blocks.length === 0).length / sections.items.length;
}

/** Split a tree into header and items by the reading the evidence favours. */
export function splitSections(tree: Root, styles?: NumberingStyle[]): Sections {
  const numbered = numberedReading(tree, styles);
  const typographic = headingsReading(tree);
  // nothing numbered as a heading, nothing in capitals or bold: headings in title case standing alone, else numbered
  // points that are all the minutes hold, else titles that open paragraphs with a colon
  // a heading that holds the business over one list of numbered points, each a sentence ("## Minutes" / "1. CQ explained …"),
  // where the numbers read as headings are fewer
  const points = numbered.by !== "bullets" && numbered.items.length < MIN_SECTIONS_AROUND_LIST ? containerPointsReading(tree, styles) : null;
  if (points && points.items.length > numbered.items.length) return points;
  if (!typographic) return numbered.items.length === 0 ? (titleCaseReading(tree) ?? numberedPointsReading(tree, styles) ?? leadInReading(tree) ?? numbered) : numbered;
  if (numbered.by === "bullets" && (bulletsBeforeHeadings(tree, numbered, typographic) || bulletsInOneSection(tree, numbered, typographic))) return numbered;
  if (numbered.items.length < 2 || numbered.by === "bullets") return typographic;
  // sections whose numbered sub-items start at 1 in each: the sections are the items
  if (restartingSections(typographic, numbered)) return typographic;
  // a numbered list inside one of the sections ("CORRESPONDENCE" / "1. DEFRA guidance" …): the list is that section's content
  if (listInOneSection(typographic, numbered, tree)) return typographic;
  // an agenda list before the business: numbered headings with nothing under them, all before the first heading of business
  const business = typographic.items[0]!.line;
  const listedBefore = numbered.items.every((s) => s.line < business);
  const oneList = numbered.items.filter((s) => s.list !== undefined && s.list === numbered.items[0]!.list).length >= numbered.items.length - 1;
  if (listedBefore && (oneList || emptyShare(numbered) > MAX_EMPTY_SHARE) && emptyShare(typographic) < MAX_EMPTY_SHARE) return typographic;
  return withLikeHeadings(numbered);
}

/** The first heading comes in the second half of the minutes, after most of the items the top-level bullets open: the
 * headings are not the business's (the lettering of a picture read by OCR, an appendix), and reading by them would leave
 * the minutes in the header. */
function bulletsBeforeHeadings(tree: Root, bullets: Sections, headings: Sections): boolean {
  const first = headings.items[0]?.line ?? Number.MAX_SAFE_INTEGER;
  const middle = (tree.position?.end.line ?? 0) / 2;
  return first > middle && bullets.items.filter((s) => s.line < first).length > bullets.items.length / 2;
}

/** All the top-level bullets stand under one heading ("# Agenda" / "* Welcome to new members" / "    * …"), and that
 * section holds most of the business: the bullets are the items, the heading only groups them. */
function bulletsInOneSection(tree: Root, bullets: Sections, headings: Sections): boolean {
  const first = bullets.items[0]?.line;
  if (first === undefined) return false;
  const at = headings.items.findLastIndex((s) => s.line <= first);
  if (at < 0) return false;
  const end = headings.items[at + 1]?.line ?? tree.position?.end.line ?? 0;
  if (!bullets.items.every((s) => s.line < end)) return false;
  const business = (tree.position?.end.line ?? 0) - headings.items[0]!.line;
  return (end - headings.items[at]!.line) * 2 > business;
}

/** Sections whose numbered sub-items start at 1 in each, at least two and as many as half the numbered items: the
 * sections are the items, and the numbers their sub-items. */
function restartingSections(sections: Sections, numbered: Sections): boolean {
  const restarting = sections.items.filter(restartsNumbering).length;
  // …or numbering that starts at 1 again and again inside the sections, under their sub-headings ("## Roundtable" /
  // "### Clackamas" / "1." … "### Umpqua" / "1." …)
  const starts = sections.items.reduce((n, s) => n + s.blocks.filter((b) => b.type === "list" && b.ordered && (b.start ?? 1) === 1).length, 0);
  const subHeadings = sections.items.some((s) => s.blocks.some((b) => b.type === "heading"));
  return numbered.by === "numbers" && ((restarting >= 2 && restarting >= numbered.items.length / 2) || (subHeadings && starts >= 2 && starts >= numbered.items.length));
}

/** Sections, at least this many, that a numbered list can stand inside as content. */
const MIN_SECTIONS_AROUND_LIST = 3;

/** All the numbered items stand under one heading of the typographic reading, entries of one list or half or more with
 * nothing under them, with at least two other headings with content, before or after it, and take up less than half the
 * business: the numbers are a list in that section (letters received, applications) and the headings are the minutes' items. Under a heading that holds the whole
 * business ("UNRESTRICTED ITEMS" / "1. …" to the end) the numbers are the items. */
function listInOneSection(sections: Sections, numbered: Sections, tree: Root): boolean {
  if (numbered.by !== "numbers" || sections.items.length < MIN_SECTIONS_AROUND_LIST) return false;
  const start = numbered.items[0]!.line;
  // the section the first number stands in, and where the next section starts
  const first = sections.items.findLastIndex((s) => s.line <= start);
  const end = sections.items[first + 1]?.line ?? tree.position?.end.line ?? 0;
  // a list is entries with nothing under them ("1. Letter from the county council"); items have their minutes
  if (first < 0 || !numbered.items.every((s) => s.line < end)) return false;
  // entries of one list, or entries most of which have nothing under them
  const oneList = numbered.items.every((s) => s.list !== undefined && s.list === numbered.items[0]!.list);
  if (!oneList && emptyShare(numbered) < MAX_EMPTY_SHARE) return false;
  if (sections.items.filter((s, k) => k !== first && s.blocks.length > 0).length < 2) return false;
  const business = Math.max(end, tree.position?.end.line ?? 0) - sections.items[0]!.line;
  return (end - start) * 2 < business;
}

/**
 * When the numbered items are markdown headings of one level, an unnumbered heading of that level after the first item
 * is an item too ("#### 4. MATTERS ARISING" … "#### PLANNING"), with no number.
 */
function withLikeHeadings(sections: Sections): Sections {
  const depths = sections.items.map((s) => (s.node?.type === "heading" ? (s.node as Heading).depth : null));
  const depth = depths[0];
  if (depth === null || depth === undefined || depths.some((d) => d !== depth)) return sections;
  const items: Section[] = [];
  for (const section of sections.items) {
    items.push({ ...section, blocks: [] });
    for (const node of section.blocks) {
      const current = items[items.length - 1]!;
      // an appendix after the minutes ("# Appendix: New Bills") is no item of business
      if (node.type === "heading" && node.depth === depth && !/^(?:appendix|appendices|annex|attachment)\b/i.test(plainText(node))) {
        items.push({ heading: { number: null, titleRaw: plainText(node) }, line: node.position?.start.line ?? 1, blocks: [], node });
      } else current.blocks.push(node);
    }
  }
  return { ...sections, items };
}
