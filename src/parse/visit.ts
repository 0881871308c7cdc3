// Walks over the lists of an mdast tree, innermost first, for the transforms that mend list structure.
import type { List, Nodes } from "mdast";

/** Call `fn` on every list in the tree, children before parents. */
export function eachList(node: Nodes, fn: (list: List) => void): void {
  if (!("children" in node)) return;
  for (const child of node.children as Nodes[]) eachList(child, fn);
  if (node.type === "list") fn(node);
}
