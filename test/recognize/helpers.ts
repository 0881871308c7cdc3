// Test helpers: run ingest and parse on a snippet and hand its blocks to one recognizer.
import type { RootContent } from "mdast";
import { fromText } from "../../src/ingest/index.js";
import { parseLines } from "../../src/parse/index.js";
import { collectAcronyms, type Context } from "../../src/recognize/context.js";

export function snippet(text: string): { ctx: Context; blocks: RootContent[] } {
  const source = fromText(text, { format: "text", encoding: "utf-8" });
  const tree = parseLines(source);
  return { ctx: { text: source, acronyms: collectAcronyms(source), warnings: [] }, blocks: tree.children };
}
