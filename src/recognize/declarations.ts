// Recognizes declarations of interest: "Councillor X declared a personal interest in item 7 (…) as …"; "There were no
// declarations of interest" gives none.
import type { RootContent } from "mdast";
import { plainText, sentences } from "../parse/text.js";
import type { Declaration } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { takeHonorific } from "./people.js";

/** "<Name> declared a <kind> interest in <item …>". */
const DECLARED = /^(.{2,60}?)\s+declared\s+(?:an?\s+)?((?:[\w-]+\s+){0,4}?)interests?\b(.*)$/i;
/** "Disclosure of pecuniary interest: Councillor Shelly Foote." */
const LABELLED = /^(?:declarations?|disclosures?)\s+of\s+((?:\w+\s+){0,3}?)interests?\s*[:-]+\s*(.+)$/i;
/** The item a declaration is about: "item 7", "minute 137/19", "agenda item 5(a)". */
const ITEM_REF = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?([\w./()]+?)(?=[\s,.;:)]|$)/i;
const NONE = /\b(?:no|none|nil)\b/i;
const MENTIONS_INTEREST = /interest/i;

function nameOf(text: string): string {
  return takeHonorific(text.trim())[2].replace(/^(?:that|and)\s+/i, "").trim();
}

function declarationIn(sentence: string): Omit<Declaration, "source"> | null {
  if (!MENTIONS_INTEREST.test(sentence)) return null;
  const declared = DECLARED.exec(sentence);
  if (declared) {
    const item = ITEM_REF.exec(declared[3]!);
    const interest = declared[2]!.trim();
    return { name: nameOf(declared[1]!), item: item ? item[1]!.replace(/[.)]$/, "") : null, interest: interest || null, description: sentence };
  }
  const labelled = LABELLED.exec(sentence);
  if (labelled && !NONE.test(labelled[2]!)) {
    const interest = labelled[1]!.trim();
    return { name: nameOf(labelled[2]!.replace(/(?<![.\s])[.\s]+$/, "")), item: null, interest: interest || null, description: sentence };
  }
  return null;
}

/** The declarations stated in an item's paragraphs and points. */
export function recognizeDeclarations(ctx: Context, blocks: RootContent[]): Declaration[] {
  const declarations: Declaration[] = [];
  const visit = (node: RootContent) => {
    if (node.type === "list") {
      for (const item of node.children) item.children.forEach(visit);
      return;
    }
    if (node.type !== "paragraph") return;
    const text = plainText(node);
    if (!MENTIONS_INTEREST.test(text)) return;
    for (const sentence of sentences(text)) {
      const found = declarationIn(sentence);
      if (found) declarations.push({ ...found, source: sourceOf(ctx, node) });
    }
  };
  blocks.forEach(visit);
  return declarations;
}
