// Recognizes resolutions: "Resolved:- That …:-" with numbered clauses "1) …", "RESOLVED that …", "Resolved: - That …".
import type { List, ListItem, RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Clause, Resolution } from "../types/minutes.js";
import { toPoint } from "./content.js";
import { sourceOf, type Context } from "./context.js";
import { RESOLVED } from "./lead-words.js";

/** A clause number leading a point: "1)", "(1)", "1.", "(a)", "a)", "i)". */
const CLAUSE_NUMBER = /^\(?(\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+/i;
/** Resolving words that announce clauses: "That the Commission:-". */
const ANNOUNCES_CLAUSES = /[:;]\s*-?$|\bthat\s*[:-]*$/i;

function clauseOf(ctx: Context, item: ListItem, index: number, ordered: boolean, start: number): Clause {
  const point = toPoint(ctx, item);
  const marker = (item.data as { number?: string } | undefined)?.number;
  const m = CLAUSE_NUMBER.exec(point.text);
  const number = m ? m[1]! : marker ? marker.replace(/[.)]$/, "") : ordered ? String(start + index) : String(index + 1);
  const nested = point.points.map((p) => p.text).join(" ");
  const text = (m ? point.text.slice(m[0].length) : point.text) + (nested ? ` ${nested}` : "");
  return { number, text, source: point.source };
}

function clausesOf(ctx: Context, list: List): Clause[] {
  return list.children.map((item, i) => clauseOf(ctx, item, i, list.ordered ?? false, list.start ?? 1));
}

/** Every resolution of an item, with its clauses from the list that follows the resolving words. */
export function recognizeResolutions(ctx: Context, blocks: RootContent[]): Resolution[] {
  const resolutions: Resolution[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
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
  return resolutions;
}
