// The tree transforms that mend list structure: numbered bullets unwrapped, flattened sub-points nested again.
import type { List } from "mdast";
import { describe, expect, it } from "vitest";
import { fromText } from "../../src/ingest/index.js";
import { parseLines } from "../../src/parse/index.js";
import { plainText } from "../../src/parse/text.js";

function outline(list: List): unknown[] {
  return list.children.map((item) => {
    const [first, ...rest] = item.children;
    const text = first ? plainText(first) : "";
    const sub = rest.find((c): c is List => c.type === "list");
    return sub ? [text, outline(sub)] : text;
  });
}

const firstList = (text: string): List => {
  const tree = parseLines(fromText(text, { format: "text", encoding: "utf-8" }));
  const list = tree.children.find((n): n is List => n.type === "list");
  if (!list) throw new Error("no list");
  return list;
};

describe("unwrapNumberedBullets", () => {
  it("makes '- 1) Considered…' one numbered point and the list ordered", () => {
    const list = firstList("- 1) Considered the progress.\n- 2) Requested information.");
    expect(list.ordered).toBe(true);
    expect(outline(list)).toEqual(["Considered the progress.", "Requested information."]);
    expect(list.children.map((i) => (i.data as { marker: string }).marker)).toEqual(["1)", "2)"]);
  });
  it("leaves a bullet list with only some numbered points unordered", () => {
    expect(firstList("- 1) First\n- plain").ordered).toBe(false);
  });
});

describe("nestIntroducedPoints", () => {
  it("nests indented points under the point that introduces them", () => {
    expect(outline(firstList("- Highlights included the following:\n - The launch of a film.\n - Free tickets.\n- Next point."))).toEqual([
      ["Highlights included the following:", ["The launch of a film.", "Free tickets."]],
      "Next point.",
    ]);
  });
  it("takes in a first sub-point that lost its indent, when indented ones follow", () => {
    expect(outline(firstList("- Key Documents were as follows:\n - Dashboard.\n- Local SEND provision map.\n - EHCP trends.\n- Key Areas were as follows:\n - EHCP Growth."))).toEqual([
      ["Key Documents were as follows:", ["Dashboard.", "Local SEND provision map.", "EHCP trends."]],
      ["Key Areas were as follows:", ["EHCP Growth."]],
    ]);
  });
  it("takes in a run of points set off by a blank line after an introducing point", () => {
    expect(outline(firstList("- Building a community.\n- Monthly activities included the following:\n\n- Coffee afternoons.\n- Foster carer breakfasts."))).toEqual([
      "Building a community.",
      ["Monthly activities included the following:", ["Coffee afternoons.", "Foster carer breakfasts."]],
    ]);
  });
  it("leaves points alone when nothing introduces them", () => {
    expect(outline(firstList("- First.\n - Second, indented by one space.\n- Third."))).toEqual(["First.", "Second, indented by one space.", "Third."]);
  });
});
