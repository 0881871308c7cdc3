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

  it("keeps indented text as paragraphs and lists, never code", () => {
    const text = "Present:\n\n        Councillor A Smith\n\n- bullet\n\n      indented continuation\n\n  - nested";
    const outline = blockOutline(parseMarkdown(text));
    expect(outline).toEqual(blockOutline(parseWithRemark(text)));
    expect(outline.join("\n")).not.toMatch(/code/);
    expect(outline[1]).toMatch(/^paragraph 3-3/);
    expect(outline[2]).toMatch(/^list ul 5-9/);
  });
});
