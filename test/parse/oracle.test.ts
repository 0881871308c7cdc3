// Our fast parser against the oracle, remark-parse: the same block structure, with the same lines, on real documents.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/index.js";
import { splitLines } from "../../src/ingest/lines.js";
import { treeText } from "../../src/parse/index.js";
import { parseMarkdown } from "../../src/parse/markdown.js";
import { blockOutline, parseWithRemark } from "./oracle.js";

const CORPUS = new URL("../../fixtures/corpus/", import.meta.url);
const documents = readdirSync(CORPUS).filter((name) => /\.(md|txt)$/.test(name));

describe("block structure matches remark-parse (indented code disabled in both)", () => {
  it("has documents to compare", () => {
    expect(documents.length).toBeGreaterThanOrEqual(9);
  });

  it.each(documents)("%s, as normalised lines", (name) => {
    const text = splitLines(readFileSync(new URL(name, CORPUS), "utf8")).map((l) => l.text).join("\n");
    const ours = blockOutline(parseMarkdown(text));
    expect(ours.length).toBeGreaterThan(10);
    expect(ours).toEqual(blockOutline(parseWithRemark(text)));
  });

  it.each(documents)("%s, after repair (what the recognizers read)", (name) => {
    const text = treeText(ingestText(readFileSync(new URL(name, CORPUS))));
    expect(blockOutline(parseMarkdown(text))).toEqual(blockOutline(parseWithRemark(text)));
  });

  // With indented code off, "4 columns in is code" goes from every block rule, as in micromark (src/parse/no-indented-code.ts).
  it.each([
    [
      "an indented list interrupts a paragraph (fair-oaks, san-juan)",
      "III.   CONSENT CALENDAR\n       The following items were considered:\n       1. Approval of Minutes\n          a. Regular Board Meeting\n       2. Treasurer's Report",
      ["paragraph 1-2", "list ol1 3-5", "  listItem 3-4", "    paragraph 3-4", "  listItem 5-5", "    paragraph 5-5"],
    ],
    [
      "an item's content starts after all the spaces after its marker (sacramento)",
      "2.      Adopt Resolutions - Grant Award\n        (Administrative Analyst)\n\n     A. Moved by Director Webber\n        and carried.",
      ["list ol2 1-2", "  listItem 1-2", "    paragraph 1-2", "paragraph 4-5"],
    ],
    [
      "an item in a block quote ends at its content, the list at the quote's blank line (perth)",
      "> 58.8. The member —\n>\n> * 58.8.a. a member; and\n>\n> * 58.8.b. paid\n>\n> 58.9. Debts",
      ["blockquote 1-7", "  paragraph 1-1", "  list ul 3-6", "    listItem 3-3", "      paragraph 3-3", "    listItem 5-5", "      paragraph 5-5", "  paragraph 7-7"],
    ],
    [
      "headings, rules, quotes and HTML start at any indentation",
      "Minutes\n      # Heading\n      ---\n      > quoted\n      <div>\n\nText\n      ***",
      ["paragraph 1-1", "heading h1 2-2", "thematicBreak 3-3", "blockquote 4-4", "  paragraph 4-4", "html 5-5", "paragraph 7-7", "thematicBreak 8-8"],
    ],
    ["a setext underline may be indented", "Title\n      ===", ["heading h1 1-2"]],
    ["a fence and its closing fence may be indented", "      ```\n      code\n    ```\nafter", ["code 1-3", "paragraph 4-4"]],
    ["a next item may be indented, short of the item's content", "- one\n       - two\n- three\n   - four", ["list ul 1-4", "  listItem 1-2", "    paragraph 1-1", "    list ul 2-2", "      listItem 2-2", "        paragraph 2-2", "  listItem 3-4", "    paragraph 3-3", "    list ul 4-4", "      listItem 4-4", "        paragraph 4-4"]],
  ])("no 4-column guard: %s", (_name, text, expected) => {
    const outline = blockOutline(parseMarkdown(text));
    expect(outline).toEqual(expected);
    expect(outline).toEqual(blockOutline(parseWithRemark(text)));
  });

  it("keeps indented text as paragraphs and lists, never code", () => {
    const text = "Present:\n\n        Councillor A Smith\n\n- bullet\n\n      indented continuation\n\n  - nested";
    const outline = blockOutline(parseMarkdown(text));
    expect(outline).toEqual(blockOutline(parseWithRemark(text)));
    expect(outline.join("\n")).not.toMatch(/code/);
    expect(outline[1]).toMatch(/^paragraph 3-3/);
    expect(outline[2]).toMatch(/^list ul 5-9/);
  });
});
