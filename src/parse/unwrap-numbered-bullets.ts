// Tree transform: "- 1) Considered…" parses as a bullet holding a one-item ordered list; make it one point "1) Considered…".
import type { List, ListItem, Paragraph, Root } from "mdast";
import { eachList } from "./visit.js";

/** The one-item numbered list that is a bullet's whole content, starting on the bullet's own line; else null. */
function wrappedNumber(item: ListItem): List | null {
  const [only] = item.children;
  if (item.children.length !== 1 || only?.type !== "list" || !only.ordered || only.children.length !== 1) return null;
  return only.position?.start.line === item.position?.start.line ? only : null;
}

function prefix(paragraph: Paragraph, text: string): void {
  const first = paragraph.children[0];
  if (first?.type === "text") first.value = text + first.value;
  else paragraph.children.unshift({ type: "text", value: text, position: paragraph.position });
}

function unwrap(item: ListItem, inner: List): void {
  const innerItem = inner.children[0]!;
  const marker = (innerItem.data as { marker?: string } | undefined)?.marker ?? `${inner.start ?? 1}.`;
  item.children = innerItem.children;
  item.data = { ...item.data, number: marker } as ListItem["data"];
  const first = item.children[0];
  if (first?.type === "paragraph") prefix(first, `${marker} `);
}

/** unified plugin. */
export function unwrapNumberedBullets() {
  return (tree: Root) =>
    eachList(tree, (list) => {
      if (list.ordered) return;
      for (const item of list.children) {
        const inner = wrappedNumber(item);
        if (inner) unwrap(item, inner);
      }
    });
}
