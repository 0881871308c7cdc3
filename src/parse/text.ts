// The plain text of mdast nodes: what a reader sees, with markdown syntax gone and line breaks folded to spaces.
import type { Nodes } from "mdast";

const BLOCK_CONTAINERS = new Set(["root", "list", "listItem", "blockquote"]);

/** Text of a node and its descendants, line breaks kept as "\n". */
export function rawText(node: Nodes): string {
  if ("value" in node && node.type !== "html") return node.value;
  if (node.type === "html") return stripTags(node.value);
  if (node.type === "break") return "\n";
  if (!("children" in node)) return "";
  const children = node.children as Nodes[];
  // block containers hold blocks: keep them apart; phrasing content runs together
  if (BLOCK_CONTAINERS.has(node.type)) return children.map(rawText).join("\n");
  let out = "";
  for (const child of children) out += rawText(child);
  return out;
}

/** The value without its tags. Only the part up to the last ">" can hold one: `<[^>]*>` over "<<<<…" with no ">" after is
 * quadratic (every "<" scans to the end), so the rest is kept as it is. */
function stripTags(html: string): string {
  const end = html.lastIndexOf(">") + 1;
  // (?<!…): a tag starts only at a "<" with no "<" since the last ">", where the original's matches start, so each "<" is scanned once
  return html.slice(0, end).replace(/<(?<!<[^<>]*<)[^>]*>/g, "") + html.slice(end);
}

/** Collapse runs of white space (line breaks included) to single spaces and trim. */
export function squash(text: string): string {
  return MESSY_SPACE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** White space that squash would change: a run, a break or a tab, or space at either end. */
const MESSY_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/** Recognizers ask for the same node's text many times: keep it. Nodes are not changed once recognizing starts. */
const plainTexts = new WeakMap<Nodes, string>();

/** Text of a node on one line. */
export function plainText(node: Nodes): string {
  let text = plainTexts.get(node);
  if (text === undefined) {
    text = squash(rawText(node));
    plainTexts.set(node, text);
  }
  return text;
}

/** Sentence breaks: a full stop, then a capital — not "£65.00", not "No. 2018" nor "Tender No. RFT-2024-315" (a word after "No." still breaks), and
 * not after an honorific or an initial that a name follows ("Cllr. P. Harries declared …", "Councillor C. Rahman"). */
const SENTENCE_BREAK = /(?<![\s(](?:Cllr|Cllrs|Mr|Mrs|Ms|Dr|Rev|Revd|Prof|St|CLLR|MR|MRS|MS|DR)\.|(?:^|[\s(])\p{Lu}\.)(?<=[.!?])\s+(?=[\p{Lu}"“(])(?!\p{Lu}{1,5}-?\d)/u;

/** The sentences of a text, trimmed. */
export function sentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}
