// Item headings, their order, readable titles, classification and ids.
import { describe, expect, it } from "vitest";
import { parseLines } from "../../src/parse/index.js";
import { fromText } from "../../src/ingest/index.js";
import { classifyItem } from "../../src/recognize/classify.js";
import { itemId } from "../../src/recognize/item.js";
import { matchItemHeading, readsAsTitle } from "../../src/recognize/item-heading.js";
import { splitSections } from "../../src/recognize/segment/index.js";
import { isShouted, readableTitle } from "../../src/recognize/title-case.js";

describe("matchItemHeading", () => {
  it.each([
    ["14. THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE", "14", "THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE"],
    ["76. Apologies (Item 1)", "76", "Apologies (Item 1)"],
    ["137/19 Apologies for Absence", "137/19", "Apologies for Absence"],
    ["14/037: Minutes of the Last Meeting held on 25th February 2014", "14/037", "Minutes of the Last Meeting held on 25th February 2014"],
    ["21.01.03 Finance", "21.01.03", "Finance"],
    ["16.07.2 Register of Interests", "16.07.2", "Register of Interests"],
    ["1 Apologies", "1", "Apologies"],
  ])("%s", (line, number, titleRaw) => {
    expect(matchItemHeading(line)).toMatchObject({ number, titleRaw });
  });
  it("refuses sentences, dates and lower-case starts", () => {
    expect(matchItemHeading("1. More young people would be able to be educated locally, in their communities with mainstream peers.")).toBeNull();
    expect(matchItemHeading("4 November 2025")).toBeNull();
    expect(matchItemHeading("3 members of the public were present")).toBeNull();
  });
  it("takes a title in capitals even when it is long", () => {
    expect(readsAsTitle("IMPROVING LIVES SELECT COMMISSION - SUB AND PROJECT GROUP UPDATES")).toBe(true);
  });
});

describe("splitSections", () => {
  const sections = (text: string) => splitSections(parseLines(fromText(text, { format: "text", encoding: "utf-8" })));
  it("opens an item at each numbered heading, and keeps numbered points inside the item", () => {
    const s = sections("TITLE\n\n10. MINUTES\n\nResolved: - approved.\n\n15. DRAFT STRATEGY\n\nAspirations-\n\n1. More young people would be educated locally.\n2. More would start well.\n\n16. WORK PROGRAMME\n\nNoted.");
    expect(s.header).toHaveLength(1);
    expect(s.items.map((i) => [i.heading.number, i.heading.titleRaw, i.blocks.length])).toEqual([
      ["10", "MINUTES", 1],
      ["15", "DRAFT STRATEGY", 2],
      ["16", "WORK PROGRAMME", 1],
    ]);
  });
  it("requires item numbers to go forward", () => {
    const s = sections("5. FIRST\n\nText.\n\n6. SECOND\n\n2. BACK\n\n7. THIRD");
    expect(s.items.map((i) => i.heading.number)).toEqual(["5", "6", "7"]);
  });
  it("keeps to the numbering style of the first item", () => {
    const s = sections("137/19 Apologies\n\nNone.\n\n138/19 Declarations\n\n1 Planning\n\n139/19 Minutes");
    expect(s.items.map((i) => i.heading.number)).toEqual(["137/19", "138/19", "139/19"]);
  });
  it("splits a heading from the text on its next line", () => {
    const s = sections("21.01.03 Finance\nThe clerk reported the balance.");
    expect(s.items[0]!.blocks).toHaveLength(1);
    expect(s.items[0]!.blocks[0]!.position!.start.line).toBe(2);
  });
});

describe("readableTitle", () => {
  it("turns capitals into readable case, keeping apostrophes and the document's acronyms", () => {
    const acronyms = new Set(["SEND", "CAMHS"]);
    expect(readableTitle("THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE", acronyms)).toBe("The Looked After Children's Sufficiency Strategy 2023-2027 Update");
    expect(readableTitle("DRAFT SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND) SUFFICIENCY STRATEGY 2026-2029 UPDATE", acronyms)).toBe(
      "Draft Special Educational Needs and Disabilities (SEND) Sufficiency Strategy 2026-2029 Update",
    );
    expect(readableTitle("SEND AND CAMHS SERVICES", acronyms)).toBe("SEND and CAMHS Services");
    expect(readableTitle("IMPROVING LIVES SELECT COMMISSION - SUB AND PROJECT GROUP UPDATES")).toBe("Improving Lives Select Commission - Sub and Project Group Updates");
  });
  it("keeps abbreviations without vowels and titles already in mixed case", () => {
    expect(readableTitle("KCC BUDGET")).toBe("KCC Budget");
    expect(readableTitle("Apologies (Item 1)")).toBe("Apologies (Item 1)");
    expect(isShouted("Apologies (Item 1)")).toBe(false);
  });
});

describe("classifyItem", () => {
  it.each([
    ["MINUTES OF THE PREVIOUS MEETING", ["previous_minutes"]],
    ["DECLARATIONS OF INTEREST", ["declarations"]],
    ["Declarations of Disclosable Pecuniary Interests", ["declarations"]],
    ["EXCLUSION OF THE PRESS AND PUBLIC", ["exclusion"]],
    ["QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS", ["public_questions"]],
    ["URGENT BUSINESS", ["urgent_business"]],
    ["WORK PROGRAMME", ["work_programme"]],
    ["Apologies for Absence", ["apologies"]],
    ["THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE", []],
    ["IMPROVING LIVES SELECT COMMISSION - SUB AND PROJECT GROUP UPDATES", []],
  ])("%s", (title, expected) => {
    expect(classifyItem(title)).toEqual(expected);
  });
});

describe("itemId", () => {
  it("derives ids from numbers, unique within the document", () => {
    const taken = new Set<string>();
    expect(itemId("137/19", 0, taken)).toBe("item-137-19");
    expect(itemId("14", 1, taken)).toBe("item-14");
    expect(itemId("14", 2, taken)).toBe("item-14-2");
    expect(itemId(null, 3, taken)).toBe("item-at-4");
  });
});
