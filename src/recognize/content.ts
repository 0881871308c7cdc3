// The item's whole text as blocks, in order, with nothing dropped: paragraphs, headings, and lists of nested points.
import type { List, ListItem, RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Block, Point } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { subHeading } from "./sub-heading.js";

/** A number or letter printed at the start of a point's text: "(a) ", "a. ", "iv) ", "2) ". */
const PRINTED_NUMBER = /^\(?(\d{1,3}|[a-z]|[ivx]{1,6})[.)]\s+/;

/** The printed number of a numbered list item ("14." → "14", "1)" → "1"); null for a bullet. */
function markerNumber(item: ListItem): string | null {
  const marker = (item.data as { marker?: string } | undefined)?.marker ?? "";
  const m = /^(\d+)[.)]$/.exec(marker);
  return m ? m[1]! : null;
}

/** Content, noted groups and clauses read the same list items: each becomes a point once. */
const points = new WeakMap<ListItem, Point>();

/** A list item as a point: its paragraphs make the text, its lists the sub-points; its number is set apart. */
export function toPoint(ctx: Context, item: ListItem): Point {
  const known = points.get(item);
  if (known) return known;
  const point = makePoint(ctx, item);
  points.set(item, point);
  return point;
}

function makePoint(ctx: Context, item: ListItem): Point {
  const texts: string[] = [];
  const points: Point[] = [];
  for (const child of item.children) {
    if (child.type === "list") for (const point of toPoints(ctx, child)) points.push(point);
    else texts.push(plainText(child));
  }
  let text = texts.filter(Boolean).join(" ");
  let number = markerNumber(item);
  const printed = number === null ? PRINTED_NUMBER.exec(text) : null;
  if (printed) {
    number = printed[1]!;
    text = text.slice(printed[0].length);
  }
  return { number, text, points, source: sourceOf(ctx, item) };
}

export function toPoints(ctx: Context, list: List): Point[] {
  return list.children.map((item) => toPoint(ctx, item));
}

/** One tree node as blocks (a block quote gives its children's blocks). */
export function toBlocks(ctx: Context, node: RootContent): Block[] {
  switch (node.type) {
    case "list":
      return [{ type: "list", ordered: node.ordered ?? false, items: toPoints(ctx, node), source: sourceOf(ctx, node) }];
    case "blockquote":
      return node.children.flatMap((child) => toBlocks(ctx, child));
    case "thematicBreak":
      return [];
    case "heading":
      return [{ type: "heading", text: plainText(node), source: sourceOf(ctx, node) }];
    default: {
      const text = plainText(node);
      if (text === "") return [];
      const type = subHeading(node) !== null ? "heading" : "paragraph";
      return [{ type, text, source: sourceOf(ctx, node) }];
    }
  }
}

export function contentOf(ctx: Context, nodes: RootContent[]): Block[] {
  return nodes.flatMap((node) => toBlocks(ctx, node));
}
