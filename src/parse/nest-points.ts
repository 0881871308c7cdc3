// Tree transform: restore sub-points that text conversion flattened. A point ending "…the following:-" owns the
// indented points after it, and also a first sub-point that lost its indent at a page break.
import type { List, ListItem, Root } from "mdast";
import { plainText } from "./text.js";
import { eachList } from "./visit.js";

/** A point that introduces sub-points: it ends with a colon, or the minutes' ":-". */
const INTRODUCES = /:\s*-?\s*$/;

const indentOf = (item: ListItem) => (item.position?.start.column ?? 1) - 1;
const textOf = (item: ListItem) => (item.children[0] ? plainText(item.children[0]) : "");

/** How many items after `at` belong under it. */
function countChildren(items: ListItem[], at: number): number {
  const parentIndent = indentOf(items[at]!);
  let n = 0;
  for (let i = at + 1; i < items.length; i++) {
    const item = items[i]!;
    const deeper = indentOf(item) > parentIndent;
    const next = items[i + 1];
    const lostIndent = !deeper && !INTRODUCES.test(textOf(item)) && next !== undefined && indentOf(next) > parentIndent;
    if (!deeper && !lostIndent) break;
    n++;
  }
  return n;
}

function nest(list: List): void {
  for (let at = 0; at < list.children.length; at++) {
    const parent = list.children[at]!;
    if (!INTRODUCES.test(textOf(parent))) continue;
    const n = countChildren(list.children, at);
    if (n === 0) continue;
    const children = list.children.splice(at + 1, n);
    const first = children[0]!.position;
    const last = children[children.length - 1]!.position;
    const sublist: List = {
      type: "list",
      ordered: list.ordered,
      start: list.ordered ? 1 : null,
      spread: false,
      children,
      position: first && last ? { start: first.start, end: last.end } : undefined,
    };
    parent.children.push(sublist);
    if (parent.position && last) parent.position = { start: parent.position.start, end: last.end };
  }
}

/** unified plugin. */
export function nestIntroducedPoints() {
  return (tree: Root) => eachList(tree, nest);
}
