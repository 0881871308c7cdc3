// Recognizes resolutions: "Resolved:- That …:-" with numbered clauses "1) …", "RESOLVED that …", "Resolved: - That …".
import type { List, ListItem, RootContent } from "mdast";
import { plainText, rawText } from "../parse/text.js";
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
    if (!lead) {
      // "The Council considered these financial statements." / "RESOLVED: (i) That the accounts …": resolving words that
      // open a line inside the paragraph, each such line to the next one a resolution
      for (const words of resolvedLines(rawText(node))) resolutions.push({ text: words, clauses: [], source: sourceOf(ctx, node) });
      continue;
    }
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

/** The resolving words in capitals at a line's start after the first: "RESOLVED:", "RESOLVED that". */
const RESOLVED_LINE = /^RESOLVED\b/;

/** The resolutions of a paragraph whose lines after the first open with "RESOLVED", each to the next such line. */
function resolvedLines(text: string): string[] {
  const lines = text.split("\n");
  const found: string[] = [];
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!.trim();
    if (!RESOLVED_LINE.test(line)) {
      if (found.length > 0) found[found.length - 1] += ` ${line}`;
      continue;
    }
    const lead = RESOLVED.exec(line);
    found.push(lead ? line.slice(lead[0].length).trim() : line);
  }
  return found.filter(Boolean);
}
