// Walks over the lists of an mdast tree, innermost first, for the transforms that mend list structure.
import type { List, Nodes } from "mdast";

/** Nodes that can hold lists; paragraphs and headings hold only text, and are not entered. */
const HOLDS_BLOCKS = new Set(["root", "list", "listItem", "blockquote"]);

/** Call `fn` on every list in the tree, children before parents. */
export function eachList(node: Nodes, fn: (list: List) => void): void {
  if (!HOLDS_BLOCKS.has(node.type)) return;
  for (const child of (node as { children: Nodes[] }).children) eachList(child, fn);
  if (node.type === "list") fn(node);
}
