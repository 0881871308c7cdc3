// Tree transform: restore sub-points that text conversion flattened. A point ending "…the following:-" owns the
// indented points after it, and also a first sub-point that lost its indent at a page break; failing those, a run of
// points set off from it by a blank line and kept together ("…included the following:" / blank / "- Coffee…").
import type { List, ListItem, Root } from "mdast";
import { plainText } from "./text.js";
import { eachList } from "./visit.js";

/** A point that introduces sub-points: it ends with a colon, or the minutes' ":-". */
const INTRODUCES = /:\s*(?:-\s*)?$/;

const indentOf = (item: ListItem) => (item.position?.start.column ?? 1) - 1;
const textOf = (item: ListItem) => (item.children[0] ? plainText(item.children[0]) : "");

/** True when a blank line stands between item i and the item before it. */
function setOff(items: ListItem[], i: number): boolean {
  const before = items[i - 1]?.position?.end.line;
  const start = items[i]?.position?.start.line;
  return before !== undefined && start !== undefined && start - before > 1;
}

/** The run of points after a blank line, at the parent's indent, with no blank line inside it. */
function countSetOffRun(items: ListItem[], at: number): number {
  if (!setOff(items, at + 1)) return 0;
  let n = 1;
  while (at + 1 + n < items.length && !setOff(items, at + 1 + n) && indentOf(items[at + 1 + n]!) === indentOf(items[at]!)) n++;
  return n;
}

/** How many items after `at` belong under it, by indentation. */
function countIndentedChildren(items: ListItem[], at: number): number {
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

/** The set-off run applies only to bullets whose parent has no sub-points yet: numbered paragraphs keep their order. */
function countChildren(items: ListItem[], at: number, ordered: boolean): number {
  const indented = countIndentedChildren(items, at);
  if (indented || ordered || items[at]!.children.some((child) => child.type === "list")) return indented;
  return countSetOffRun(items, at);
}

function nest(list: List): void {
  // the points kept at this level are gathered into a new array: splicing each run of sub-points out of the list in
  // place moved every point after it, quadratic in a list of thousands of "…as follows:" points
  const items = list.children;
  const kept: ListItem[] = [];
  for (let at = 0; at < items.length; at++) {
    const parent = items[at]!;
    kept.push(parent);
    if (!INTRODUCES.test(textOf(parent))) continue;
    const n = countChildren(items, at, list.ordered === true);
    if (n === 0) continue;
    const children = items.slice(at + 1, at + 1 + n);
    at += n;
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
  list.children = kept;
}

/** unified plugin. */
export function nestIntroducedPoints() {
  return (tree: Root) => eachList(tree, nest);
}
