// The markdown-it → mdast mapping: node types, positions on every node, inline content and list markers.
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { plainText } from "../../src/parse/text.js";

function everyNode(node: Nodes, out: Nodes[] = []): Nodes[] {
  out.push(node);
  if ("children" in node) for (const child of node.children as Nodes[]) everyNode(child, out);
  return out;
}

describe("parseMarkdown", () => {
  const text = [
    "IMPROVING LIVES SELECT COMMISSION",
    "Tuesday 4 November 2025",
    "",
    "The webcast can be viewed at:-",
    "<https://rotherham.public-i.tv/core/portal/home>",
    "",
    "14. THE LOOKED AFTER CHILDREN'S STRATEGY",
    "",
    "- First **point**",
    "  - nested",
    "- 1) Considered",
    "",
    "## Heading",
  ].join("\n");
  const tree = parseMarkdown(text);

  it("gives every node a position, with lines and offsets", () => {
    for (const node of everyNode(tree)) {
      expect(node.position, node.type).toBeDefined();
      expect(node.position!.start.line).toBeGreaterThanOrEqual(1);
      expect(node.position!.end.line).toBeGreaterThanOrEqual(node.position!.start.line);
    }
    const [title] = tree.children;
    expect(title!.position!.start).toMatchObject({ line: 1, column: 1, offset: 0 });
    expect(title!.position!.end).toMatchObject({ line: 2, column: 24 });
  });

  it("maps paragraphs, lists, headings and links to mdast", () => {
    expect(tree.children.map((n) => n.type)).toEqual(["paragraph", "paragraph", "list", "list", "heading"]);
    const link = everyNode(tree).find((n) => n.type === "link");
    expect(link).toMatchObject({ type: "link", url: "https://rotherham.public-i.tv/core/portal/home" });
    const item = tree.children[2];
    expect(item).toMatchObject({ type: "list", ordered: true, start: 14 });
    expect(plainText(tree.children[1]!)).toBe("The webcast can be viewed at:- https://rotherham.public-i.tv/core/portal/home");
  });

  it("keeps emphasis as mdast nodes and plain text without markup", () => {
    const bullets = tree.children[3]!;
    const strong = everyNode(bullets).find((n) => n.type === "strong");
    expect(strong).toBeDefined();
    // before the transforms, "- 1) Considered" is a bullet holding an ordered list: the number is a marker, not text
    expect(plainText(bullets)).toBe("First point nested Considered");
  });

  it("records each list item's marker, and its column from the source", () => {
    const bullets = tree.children[3]!;
    if (bullets.type !== "list") throw new Error("expected a list");
    const nested = bullets.children[0]!.children[1];
    expect(nested?.type).toBe("list");
    if (nested?.type !== "list") return;
    expect(nested.children[0]!.position!.start.column).toBe(3);
    expect((bullets.children[0]!.data as { marker: string }).marker).toBe("-");
  });

  it("reads unescaped text: '1\\\\. PUBLIC FORUM' is a paragraph whose text is '1. PUBLIC FORUM'", () => {
    const escaped = parseMarkdown("1\\. PUBLIC FORUM (15 MINUTES)");
    expect(escaped.children[0]!.type).toBe("paragraph");
    expect(plainText(escaped.children[0]!)).toBe("1. PUBLIC FORUM (15 MINUTES)");
  });

  it("keeps lines nested past markdown-it's limit as text, and the rest of the document, and says where (no RangeError)", () => {
    const staircase = Array.from({ length: 2000 }, (_, d) => `${"  ".repeat(d)}- x${d}`);
    const deep = parseMarkdown(["1. Planning", "", ...staircase, "", "2. Close", "", "The meeting closed."].join("\n"));
    // markdown-it alone stops at its nesting limit and drops everything after: "2. Close" and the last paragraph stay
    expect(plainText(deep.children[deep.children.length - 1]!)).toBe("The meeting closed.");
    expect(plainText(deep)).toContain("x1999");
    expect(deep.data).toMatchObject({ tooDeep: { first: 12, last: 2002, count: 1991 } });
    const quotes = parseMarkdown(`${"> ".repeat(5000)}quoted`);
    expect(plainText(quotes)).toContain("quoted");
    expect(quotes.data).toMatchObject({ tooDeep: { count: 1 } });
  });
});
