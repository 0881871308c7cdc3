// The item's text as a flat run of units (paragraphs, headings, list items, quoted paragraphs), for the recognizers that
// read statements in order whatever block they stand in: motions, votes, decisions.
import type { RootContent } from "mdast";
import { plainText } from "../parse/text.js";

export interface Unit {
  text: string;
  node: RootContent;
}

/** Several recognizers read the same item's units: they are made once per item. */
const cache = new WeakMap<RootContent[], Unit[]>();

/** Every paragraph and heading in document order, descending into lists and block quotes. */
export function unitsOf(blocks: RootContent[]): Unit[] {
  const cached = cache.get(blocks);
  if (cached) return cached;
  const units: Unit[] = [];
  cache.set(blocks, units);
  const visit = (node: RootContent) => {
    if (node.type === "list") for (const item of node.children) item.children.forEach(visit);
    else if (node.type === "blockquote") node.children.forEach(visit);
    else if (node.type === "paragraph" || node.type === "heading" || node.type === "html") {
      const text = plainText(node);
      if (text) units.push({ text, node });
    }
  };
  blocks.forEach(visit);
  return units;
}
