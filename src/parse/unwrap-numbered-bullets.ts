// Tree transform: "- 1) Considered…" parses as a bullet holding a one-item ordered list; make it one numbered point,
// and call a bullet list whose every point is numbered that way an ordered list.
import type { List, ListItem, Root } from "mdast";
import { eachList } from "./visit.js";

/** The one-item numbered list that is a bullet's whole content, starting on the bullet's own line; else null. */
function wrappedNumber(item: ListItem): List | null {
  const [only] = item.children;
  if (item.children.length !== 1 || only?.type !== "list" || !only.ordered || only.children.length !== 1) return null;
  return only.position?.start.line === item.position?.start.line ? only : null;
}

/** The item takes the inner item's content, and its number as printed ("1)"). */
function unwrap(item: ListItem, inner: List): void {
  const innerItem = inner.children[0]!;
  item.children = innerItem.children;
  item.data = { ...item.data, marker: (innerItem.data as { marker?: string } | undefined)?.marker ?? `${inner.start ?? 1}.` } as ListItem["data"];
}

/** unified plugin. */
export function unwrapNumberedBullets() {
  return (tree: Root) =>
    eachList(tree, (list) => {
      if (list.ordered) return;
      let unwrapped = 0;
      for (const item of list.children) {
        const inner = wrappedNumber(item);
        if (inner) {
          unwrap(item, inner);
          unwrapped++;
        }
      }
      if (unwrapped > 0 && unwrapped === list.children.length) list.ordered = true;
    });
}
