// Unit tests of the pure steps: hyphenation, list markers, page furniture, readability, line building, page joins.
import { describe, expect, it } from "vitest";
import { analyseLines, continuesAcrossPages } from "../../src/ingest/pdf/compose.js";
import { findFurniture, furnitureKey, isSignatureText } from "../../src/ingest/pdf/furniture.js";
import { isPageNumberText } from "../../src/ingest/page-numbers.js";
import { fontStyleFromName, hasHeadingShape, isMinuteNumbered } from "../../src/ingest/pdf/headings.js";
import { isOneWord, joinHyphenated } from "../../src/ingest/pdf/hyphenation.js";
import { groupLines } from "../../src/ingest/pdf/lines.js";
import { contentOffset, detectMarker, markdownItem } from "../../src/ingest/pdf/lists.js";
import { isUnreadable, textStats } from "../../src/ingest/pdf/readability.js";
import type { PageBox, RawItem, TextLine } from "../../src/ingest/pdf/types.js";

describe("hyphenation", () => {
  it("joins a word split at the line end when the halves make one word", () => {
    expect(joinHyphenated("the recom-", "mendation was agreed")).toEqual({
      first: "the recommendation",
      second: "was agreed",
      dehyphenated: true,
    });
    expect(joinHyphenated("a large pot-", "hole on the road")?.first).toBe("a large pothole");
    expect(joinHyphenated("end of the para-", "graph.")).toEqual({ first: "end of the paragraph.", second: "", dehyphenated: true });
  });

  it("keeps the hyphen for numbers, capitalised halves and compounds with digits", () => {
    expect(joinHyphenated("the plan for 2023-", "2027 was adopted")).toEqual({
      first: "the plan for 2023-2027",
      second: "was adopted",
      dehyphenated: false,
    });
    expect(joinHyphenated("Mr Ridgers (Vice-", "Chairman) spoke")?.first).toBe("Mr Ridgers (Vice-Chairman)");
    expect(joinHyphenated("Mr Crow-", "Brown, Mr Manion")?.first).toBe("Mr Crow-Brown,");
    expect(isOneWord("covid", "19")).toBe(false);
  });

  it("always drops a soft hyphen", () => {
    expect(joinHyphenated("Bartlett\u00ad", "Butt")?.first).toBe("BartlettButt");
  });

  it("leaves dashes and lines without a split word alone", () => {
    expect(joinHyphenated("Item 3 -", "Apologies")).toBeNull();
    expect(joinHyphenated("the end.", "Next")).toBeNull();
    expect(joinHyphenated("recom-", "(see below)")).toBeNull();
  });
});

describe("list markers", () => {
  it("detects glyph bullets and writes them as '- '", () => {
    for (const glyph of ["•", "●", "○", "▪", "\uf0b7", "-", "–"]) {
      const marker = detectMarker(`${glyph} Grass cutting`);
      expect(marker, glyph).toEqual({ kind: "bullet", marker: glyph, rest: "Grass cutting" });
      expect(markdownItem(marker!)).toBe("- Grass cutting");
      expect(contentOffset(marker!)).toBe(2);
    }
    expect(detectMarker("o Commissioners Present: A, B", "o")?.kind).toBe("bullet");
    expect(detectMarker("o Commissioners Present: A, B", "o Commissioners")).toBeNull();
  });

  it("keeps lettered, roman and parenthesised markers as the start of the item text", () => {
    const cases: Array<[string, string]> = [
      ["a. Ms Carpenter shared", "- a. Ms Carpenter shared"],
      ["(a) whether to request", "- (a) whether to request"],
      ["b) the budget", "- b) the budget"],
      ["i) Lloyds Bank Statement", "- i) Lloyds Bank Statement"],
      ["(iv) Key issues", "- (iv) Key issues"],
      ["viii) One Voice Wales", "- viii) One Voice Wales"],
      ["(1) The Panel noted", "- (1) The Panel noted"],
    ];
    for (const [text, markdown] of cases) {
      const marker = detectMarker(text);
      expect(marker?.kind, text).toBe("labelled");
      expect(markdownItem(marker!)).toBe(markdown);
    }
  });

  it("writes plain numbers as ordered items with the right content column", () => {
    const one = detectMarker("1. Mr Shipton introduced the report");
    expect(one).toEqual({ kind: "ordered", marker: "1.", rest: "Mr Shipton introduced the report" });
    expect(contentOffset(one!)).toBe(3);
    const ten = detectMarker("10) The Chairman thanked all staff");
    expect(markdownItem(ten!)).toBe("10) The Chairman thanked all staff");
    expect(contentOffset(ten!)).toBe(4);
  });

  it("does not take ordinary text for a marker", () => {
    for (const text of ["A. Davies proposed", "1.5 million was spent", "2023 accounts", "4.4.4.5vii) With regard", "None", "-3 degrees"]) {
      expect(detectMarker(text), text).toBeNull();
    }
  });
});

describe("headings", () => {
  it("recognises minute numbers", () => {
    for (const text of ["76. Apologies", "270. Apologies for Absence", "16.07.2 Register of Interests", "137/19 Apologies", "14/037: Minutes"]) {
      expect(isMinuteNumbered(text), text).toBe(true);
    }
    for (const text of ["R2023-147 D. Yemm, S. Foote:", "2023", "Item 5"]) expect(isMinuteNumbered(text), text).toBe(false);
  });

  it("never takes a label with its value, or a sentence, for a heading", () => {
    expect(hasHeadingShape("PRESENT: Mr R W Gough (Chairman), Mr N Baker")).toBe(false);
    expect(hasHeadingShape("PRESENT")).toBe(false);
    expect(hasHeadingShape("No apologies were received.")).toBe(false);
    expect(hasHeadingShape("Participation Team update")).toBe(true);
  });

  it("reads bold from font names", () => {
    expect(fontStyleFromName("FAAABD+Arial-BoldMT").bold).toBe(true);
    expect(fontStyleFromName("ABCDEE+Calibri,Bold").bold).toBe(true);
    expect(fontStyleFromName("FAAABH+Arial-ItalicMT")).toEqual({ bold: false, italic: true });
    expect(fontStyleFromName("Century", { bold: true }).bold).toBe(true);
  });
});

function line(page: number, y: number, text: string, size = 12): TextLine {
  return { page, text, x0: 72, x1: 72 + text.length * 5, y, size, fontId: "f1", segments: [{ text, x: 72, x1: 72 + text.length * 5, size, fontId: "f1" }] };
}

describe("page furniture", () => {
  it("recognises page numbers and signature lines", () => {
    for (const text of ["3", "Page 3 of 12", "page 3", "- 3 -", "– 12 –", "3 of 12", "July 11, 2023 – Minutes – Page 2", "Planning Commission January 27, 2020 Minutes Page 1 of 3"]) {
      expect(isPageNumberText(text), text).toBe(true);
    }
    for (const text of ["The meeting closed at 9pm", "Item 3", "2023-24 budget"]) expect(isPageNumberText(text), text).toBe(false);
    expect(isSignatureText("Signed _______________ Dated ___________")).toBe(true);
    expect(isSignatureText("Signed _______________ Dated 8th January 2019")).toBe(true);
    expect(isSignatureText("Signed agreement dated 3 May was received")).toBe(false);
    expect(furnitureKey("Page 12 of 14")).toBe(furnitureKey("Page 3 of 14"));
  });

  it("removes lines repeated at the top or bottom of most pages, and page numbers, but not body text", () => {
    const boxes: PageBox[] = [1, 2, 3].map((page) => ({ page, width: 595, height: 842, bottom: 0 }));
    const lines: TextLine[] = [];
    const firsts = ["The meeting opened at 7pm.", "Councillors resolved to pay the invoice.", "No other business was raised."];
    const lasts = ["The Clerk will write to the school.", "This was agreed by all present.", "The meeting closed at 9pm."];
    for (const page of [1, 2, 3]) {
      lines.push(line(page, 810, "Upton Parish Council Minutes 2025"));
      lines.push(line(page, 700, firsts[page - 1] as string));
      lines.push(line(page, 400, "A line repeated in the middle of every page"));
      lines.push(line(page, 100, lasts[page - 1] as string));
      lines.push(line(page, 30, String(page)));
    }
    const furniture = [...findFurniture(lines, boxes)].map((i) => lines[i]?.text);
    expect(furniture.sort()).toEqual(["1", "2", "3", "Upton Parish Council Minutes 2025", "Upton Parish Council Minutes 2025", "Upton Parish Council Minutes 2025"].sort());
  });

  it("does not remove a header that appears on only one page of three", () => {
    const boxes: PageBox[] = [1, 2, 3].map((page) => ({ page, width: 595, height: 842, bottom: 0 }));
    const lines = [line(1, 810, "KENT COUNTY COUNCIL"), line(1, 700, "Body"), line(2, 810, "Other text"), line(3, 810, "More text")];
    expect(findFurniture(lines, boxes).size).toBe(0);
  });
});

describe("readability", () => {
  it("passes English minutes and fails control-character garbage", () => {
    const english =
      "The minutes of the meeting held on 3rd May 2016 had been circulated prior to this meeting. All agreed this was a true record and were approved and signed by the Chairman. The Clerk reported that the council had received a letter regarding the planning application.";
    expect(isUnreadable(textStats(english))).toBe(false);
    const garbage = "\u0019\u001f\"#\u001c\u0017& \u0013\"\u001a#\u0019\u0001\u0015\u001f$\u001e\u0015\u001a\u001c 6+7+38\u0012\u0001\u0015116\u0001\u001e\u0001\u0019')0+88";
    expect(isUnreadable(textStats(garbage.repeat(3)))).toBe(true);
  });

  it("fails letters that make no words (a shifted font encoding)", () => {
    const shifted = "Uif njovuft pg uif nffujoh ifme po 4se Nbz xfsf bqqspwfe boe tjhofe cz uif Dibjsnbo bu uif tubsu pg uif nffujoh ";
    expect(isUnreadable(textStats(shifted.repeat(3)))).toBe(true);
  });

  it("passes text with a few symbol-font bullets, and says nothing about very short text", () => {
    const bulleted = "\uf0b7 The merger of local authorities and the merger of community councils into larger councils. ".repeat(5);
    expect(isUnreadable(textStats(bulleted))).toBe(false);
    expect(isUnreadable(textStats("\u0001\u0002"))).toBe(false);
  });
});

function item(str: string, x: number, y: number, size = 12, fontId = "f1"): RawItem {
  return { str, x, y, width: str.length * size * 0.5, size, fontId };
}

describe("line building", () => {
  it("orders lines top to bottom and runs left to right, rebuilding spaces from gaps", () => {
    const lines = groupLines(
      [item("Mr R W Gough (Chairman)", 134, 663), item("PRESENT:", 70, 663), item("MINUTES", 70, 704), item("of a meeting", 128, 704)],
      1,
    );
    expect(lines.map((l) => l.text)).toEqual(["MINUTES of a meeting", "PRESENT: Mr R W Gough (Chairman)"]);
  });

  it("joins runs that touch without a space, and keeps a raised superscript on its line", () => {
    const lines = groupLines([item("c", 100, 500), item("alled", 106, 500), item("10", 200, 400), item("th", 212, 403, 8)], 1);
    expect(lines.map((l) => l.text)).toEqual(["called", "10th"]);
    expect(lines[1]?.size).toBe(12);
  });

  it("takes a space drawn as a run of its own for a word space where the gap is narrow, but not one drawn inside a word", () => {
    const run = (str: string, x: number, width: number, size = 12, y = 500): RawItem => ({ str, x, y, width, size, fontId: "f1" });
    // "10)" " " "Alyson": 2.0 apart (0.17 of the size), under the gap that makes a space by itself (0.2)
    const marker = groupLines([run("10)", 90, 16), run(" ", 106, 2, 12, 500), run("Alyson located", 108, 80)], 1);
    expect(marker.map((l) => l.text)).toEqual(["10) Alyson located"]);
    expect(groupLines([run("10)", 90, 16), run("Alyson located", 108, 80)], 1).map((l) => l.text)).toEqual(["10)Alyson located"]);
    // "16" " " "th" and "THR" " " "IFT": a space of next to no width where the runs touch is none
    const ordinal = groupLines([run("passed this 16", 36, 286.75), run(" ", 322.75, 0.01), run("th", 322.8, 7, 8, 504), run("day", 333.6, 20)], 1);
    expect(ordinal.map((l) => l.text)).toEqual(["passed this 16th day"]);
    expect(groupLines([run("THR", 91.4, 9.81, 6.3), run(" ", 101.21, 0.04, 6.3), run("IFT", 101.48, 7, 6.3)], 1).map((l) => l.text)).toEqual(["THRIFT"]);
    // a blank run alone never makes a line
    expect(groupLines([run(" ", 90, 3, 12, 300), run("Minutes", 90, 40)], 1).map((l) => l.text)).toEqual(["Minutes"]);
  });

  it("keeps two columns of a line a column gap apart, and words of one column a space apart", () => {
    const run = (str: string, x: number, width: number): RawItem => ({ str, x, y: 500, width, size: 10, fontId: "f1" });
    // 1.5 em between runs is a wide word space, 2 em or more a gap between columns
    expect(groupLines([run("Present", 70, 40), run("Apologies", 330, 45)], 1).map((l) => l.text)).toEqual(["Present   Apologies"]);
    expect(groupLines([run("Steve Scott (Chair)", 70, 90), run("Alex Ball", 330, 40)], 1).map((l) => l.text)).toEqual(["Steve Scott (Chair)   Alex Ball"]);
    expect(groupLines([run("approved", 70, 40), run("the budget", 125, 45)], 1).map((l) => l.text)).toEqual(["approved the budget"]);
  });

  it("drops text drawn twice to fake bold", () => {
    const lines = groupLines([item("Finance", 72, 500), item("Finance", 72.3, 500)], 1);
    expect(lines.map((l) => l.text)).toEqual(["Finance"]);
    // A double letter set glyph by glyph is not a duplicate.
    const valley = groupLines(["V", "a", "l", "l", "e", "y"].map((ch, i) => ({ ...item(ch, 100 + i * 3.3, 500), width: 3.3 })), 1);
    expect(valley.map((l) => l.text)).toEqual(["Valley"]);
  });
});

describe("page breaks", () => {
  it("continues a paragraph only when the sentence runs on", () => {
    expect(continuesAcrossPages("the roof had been", "replaced in January.", false, false)).toBe(true);
    expect(continuesAcrossPages("subsidized housing projects and can", "Undermine", false, true)).toBe(true);
    expect(continuesAcrossPages("assistance with housing;", "AND WHEREAS the lack", false, true)).toBe(false);
    expect(continuesAcrossPages("the end of the item", "83. English Devolution", true, true)).toBe(false);
  });
});

describe("dashes at a line's start", () => {
  const metrics = { size: 12, fontId: "f1", margin: 72, right: 520, pitchRatio: 1.2 };
  const markers = (texts: string[]) =>
    analyseLines(
      texts.map((text, i) => line(1, 700 - i * 14.4, text)),
      metrics,
      new Map(),
    ).map((info) => info.marker?.marker ?? null);

  it("goes on with a line that ends mid-sentence, level with it, when no other dash follows", () => {
    expect(markers(["Apologies were received from Ed Vaisey – Minister, Peter Bernard", "– Eye Library Friends, Di Humphrey – Friends of Lowestoft", "Library, Rachel Wood."])).toEqual([null, null, null]);
  });

  it("is a bullet after a colon, a full stop, or among dashes", () => {
    expect(markers(["The following were noted:", "– the roof repairs", "The Clerk reported."])).toEqual([null, "–", null]);
    expect(markers(["Items noted", "– the roof repairs", "– the bus shelter"])).toEqual([null, "–", "–"]);
  });
});
