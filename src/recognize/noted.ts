// Recognizes "…during which the following was noted:-" material: the points, grouped under their sub-headings.
import type { RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Noted } from "../types/minutes.js";
import { toPoints } from "./content.js";
import { sourceOf, type Context } from "./context.js";
import { NOTED_INTRO } from "./lead-words.js";
import { subHeading } from "./sub-heading.js";


/** Group an item's noted points. A paragraph that is neither a sub-heading nor an introduction ends the material. */
export function recognizeNoted(ctx: Context, blocks: RootContent[]): Noted[] {
  const groups: Noted[] = [];
  let intro: string | null = null;
  let active = false;
  let heading: { text: string; node: RootContent } | null = null;
  let group: Noted | null = null;
  for (const node of blocks) {
    const text = node.type === "paragraph" ? plainText(node) : "";
    if (node.type === "paragraph" && NOTED_INTRO.test(text)) {
      [active, intro, heading, group] = [true, text, null, null];
      continue;
    }
    if (!active) continue;
    const sub = subHeading(node);
    if (sub !== null) {
      [heading, group] = [{ text: sub, node }, null];
      continue;
    }
    if (node.type !== "list") {
      active = false;
      continue;
    }
    if (!group) {
      group = { heading: heading?.text ?? null, intro, points: [], source: sourceOf(ctx, heading?.node ?? node) };
      groups.push(group);
    }
    for (const point of toPoints(ctx, node)) group.points.push(point);
    group.source = sourceOf(ctx, heading?.node ?? node, node);
    if (heading) group.source = { ...group.source, line: sourceOf(ctx, heading.node).line };
  }
  return groups;
}
