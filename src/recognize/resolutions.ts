// Recognizes resolutions: "Resolved:- That …:-" with numbered clauses "1) …", "RESOLVED that …", "Resolved: - That …".
import type { List, ListItem, RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Clause, Resolution } from "../types/minutes.js";
import { toPoint } from "./content.js";
import { sourceOf, type Context } from "./context.js";
import { RESOLVED } from "./lead-words.js";

/** Resolving words that announce clauses: "That the Commission:-". */
const ANNOUNCES_CLAUSES = /[:;]\s*-?$|\bthat\s*[:-]*$/i;

/** A clause from a point: its printed number (or its place, when the list is bulleted), its text with sub-points. */
function clauseOf(ctx: Context, item: ListItem, index: number): Clause {
  const point = toPoint(ctx, item);
  const nested = point.points.map((p) => p.text).join(" ");
  return { number: point.number ?? String(index + 1), text: point.text + (nested ? ` ${nested}` : ""), source: point.source };
}

function clausesOf(ctx: Context, list: List): Clause[] {
  return list.children.map((item, i) => clauseOf(ctx, item, i));
}

/** Every resolution of an item, with its clauses from the list that follows the resolving words; resolutions inside
 * numbered paragraphs ("3. RESOLVED that …") and quotations count too. */
export function recognizeResolutions(ctx: Context, blocks: RootContent[]): Resolution[] {
  const resolutions: Resolution[] = [];
  scan(ctx, blocks, resolutions);
  return resolutions;
}

function scan(ctx: Context, blocks: RootContent[], resolutions: Resolution[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    if (node.type === "list") {
      for (const item of node.children) scan(ctx, item.children, resolutions);
      continue;
    }
    if (node.type === "blockquote") {
      scan(ctx, node.children, resolutions);
      continue;
    }
    if (node.type !== "paragraph") continue;
    const text = plainText(node);
    const lead = RESOLVED.exec(text);
    if (!lead) continue;
    const words = text.slice(lead[0].length).trim() || text;
    const next = blocks[i + 1];
    if (next?.type === "list" && ANNOUNCES_CLAUSES.test(words)) {
      resolutions.push({ text: words, clauses: clausesOf(ctx, next), source: sourceOf(ctx, node, next) });
      i++;
    } else {
      resolutions.push({ text: words, clauses: [], source: sourceOf(ctx, node) });
    }
  }
}
