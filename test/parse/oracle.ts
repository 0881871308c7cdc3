// The test oracle: remark-parse (micromark) with the same constructs disabled, and a summary of block structure.
import type { Nodes, Root } from "mdast";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** remark-parse with indented code disabled, as our parser has it. */
export function parseWithRemark(text: string): Root {
  const processor = unified().use(remarkParse);
  const data = processor.data() as { micromarkExtensions?: unknown[] };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: ["codeIndented"] } }];
  return processor.parse(text) as Root;
}

const BLOCKS = new Set(["paragraph", "heading", "list", "listItem", "blockquote", "thematicBreak", "html", "code", "definition"]);

/** One line per block: depth, type, its variant and its first and last line. */
export function blockOutline(tree: Root): string[] {
  const out: string[] = [];
  const walk = (node: Nodes, depth: number) => {
    if (!BLOCKS.has(node.type) && node.type !== "root") return;
    if (node.type !== "root") {
      const variant = node.type === "heading" ? `h${node.depth}` : node.type === "list" ? (node.ordered ? `ol${node.start}` : "ul") : "";
      out.push(`${"  ".repeat(depth)}${node.type}${variant ? ` ${variant}` : ""} ${node.position?.start.line}-${node.position?.end.line}`);
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child, depth + (node.type === "root" ? 0 : 1));
  };
  walk(tree, 0);
  return out;
}
