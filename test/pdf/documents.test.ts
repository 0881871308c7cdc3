// Real minutes from fixtures/pdf/: every expectation here was checked against the PDF itself (page images, pdftotext).
import MarkdownIt from "markdown-it";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf, type PdfLine, type PdfText } from "../../src/ingest/pdf/index.js";
import { fixture } from "./helpers.js";

function indexOf(lines: readonly PdfLine[], predicate: (text: string) => boolean): number {
  const index = lines.findIndex((line) => predicate(line.text));
  expect(index, "line not found").toBeGreaterThanOrEqual(0);
  return index;
}

/** The lines of the paragraph starting at `start` (up to the next blank line). */
function paragraph(lines: readonly PdfLine[], start: number): string[] {
  const out: string[] = [];
  for (let i = start; i < lines.length && lines[i]?.text !== ""; i++) out.push(lines[i]?.text ?? "");
  return out;
}

function html(result: PdfText): string {
  return new MarkdownIt({ html: false }).disable("code").render(result.lines.map((line) => line.text).join("\n"));
}

describe("Kent County Council Cabinet, 9 January 2025", () => {
  let result: PdfText;
  beforeAll(async () => {
    result = await readPdf(fixture("kent-cc-cabinet_2025-01-09.pdf"));
  });

  it("has 9 pages, every line with its page, in page order", () => {
    expect(result.pageCount).toBe(9);
    const pages = result.lines.map((line) => line.page);
    expect(pages[0]).toBe(1);
    expect(pages[pages.length - 1]).toBe(9);
    for (let i = 1; i < pages.length; i++) expect(pages[i]).toBeGreaterThanOrEqual(pages[i - 1] as number);
  });

  it("keeps each numbered minute heading on a line of its own, as printed, at column 0, on its page", () => {
    const expected: Array<[string, number]> = [
      ["76. Apologies", 1],
      ["77. Declarations of Interest", 1],
      ["78. Minutes of the Meeting held on 28 November 2024", 1],
      ["79. Cabinet Member Updates", 1],
      ["80. Provisional Local Government Finance Settlement 2025-26", 1],
      ["81. Quarterly Performance Report, Q2 2024-2025", 3],
      ["82. Corporate Risk Register", 4],
      ["83. English Devolution White Paper", 5],
    ];
    for (const [heading, page] of expected) {
      const i = indexOf(result.lines, (text) => text.startsWith(heading));
      expect(result.lines[i]?.page).toBe(page);
      expect(result.lines[i - 1]?.text).toBe("");
      expect(result.lines[i + 1]?.text).toBe("");
    }
    const apologies = indexOf(result.lines, (text) => text.startsWith("76. Apologies"));
    expect(result.lines[apologies + 2]?.text).toBe("No apologies were received.");
  });

  it("reads the PRESENT: and IN ATTENDANCE: blocks as lines starting with the labels, names on the same line", () => {
    const present = indexOf(result.lines, (text) => text.startsWith("PRESENT:"));
    const presentBlock = paragraph(result.lines, present);
    expect(presentBlock[0]).toBe("PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell, Mrs S Chandler,");
    expect(presentBlock.join(" ")).toContain("Mr R J Thomas");
    const attendance = indexOf(result.lines, (text) => text.startsWith("IN ATTENDANCE:"));
    const attendanceBlock = paragraph(result.lines, attendance);
    expect(attendanceBlock[0]).toBe("IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mrs S Hammond");
    expect(attendanceBlock.join(" ")).toContain("Mr D Whittle (Director of Strategy, Policy, Relationships and Corporate Assurance)");
    expect(result.lines[present]?.page).toBe(1);
  });

  it("nests the bullets of 'it was noted:' under their numbered paragraph", () => {
    const noted = indexOf(result.lines, (text) => text === "2. Further to comments and questions from Members it was noted:");
    expect(result.lines[noted]?.page).toBe(2);
    expect(result.lines[noted + 2]).toEqual({
      text: "   - That whilst the allocation of the Recovery Grant seemed to heavily favour",
      page: 2,
    });
    expect(result.lines[noted + 3]?.text).toBe("     those councils that were under intense short-term financial pressures,");
    expect(html(result)).toMatch(
      /<li>\s*<p>Further to comments and questions from Members it was noted:<\/p>\s*<ul>\s*<li>\s*<p>That whilst the allocation/,
    );
  });

  it("nests the (a)/(b) paragraphs of minute 83 under paragraph 1, across the page break", () => {
    const leader = indexOf(result.lines, (text) => text.startsWith("1. The Leader introduced the report which detailed"));
    expect(result.lines[leader]?.page).toBe(5);
    const a = indexOf(result.lines, (text) => text.includes("(a) whether to request for Kent and Medway"));
    expect(result.lines[a]).toEqual({ text: "   - (a) whether to request for Kent and Medway to be included in the Devolution", page: 6 });
    expect(result.lines[a + 1]?.text).toBe("     Priority Programme; and");
  });

  it("has no page furniture to remove (the PDF has no running headers, footers or page numbers)", () => {
    expect(result.furniture).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("reads at most maxPages pages and says so", async () => {
    const two = await readPdf(fixture("kent-cc-cabinet_2025-01-09.pdf"), { maxPages: 2 });
    expect(two.pageCount).toBe(9);
    expect(Math.max(...two.lines.map((line) => line.page))).toBe(2);
    expect(two.warnings.map((warning) => warning.code)).toContain("pages-not-read");
  });
});

describe("Kent County Council Corporate Parenting Panel, 29 October 2024", () => {
  let result: PdfText;
  beforeAll(async () => {
    result = await readPdf(fixture("kent-cc-corporate-parenting-panel_2024-10-29.pdf"));
  });

  it("removes the page numbers 1–9 at the foot of each page", () => {
    expect(result.furniture).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((page) => ({ text: String(page), page })));
    expect(result.lines.some((line) => /^\d+$/.test(line.text))).toBe(false);
    expect(result.warnings.map((warning) => warning.code)).toEqual(["page-furniture-removed"]);
  });

  it("nests the a./b./c. points under their numbered paragraph", () => {
    const intro = indexOf(result.lines, (text) => text.startsWith("1. Joanne Carpenter, Participation and Engagement Manager"));
    const a = indexOf(result.lines, (text) => text.includes("a. Ms Carpenter shared that the recruitment"));
    expect(a).toBeGreaterThan(intro);
    expect(result.lines[a]).toEqual({
      text: "   - a. Ms Carpenter shared that the recruitment of six apprentices had taken",
      page: 2,
    });
    const b = indexOf(result.lines, (text) => text.includes("b. Furthermore, Ms Carpenter shared"));
    expect(result.lines[b]?.text.startsWith("   - b. ")).toBe(true);
  });
});

describe("Milburn Parish Council, 5 July 2016", () => {
  let result: PdfText;
  beforeAll(async () => {
    result = await readPdf(fixture("milburn-parish-council_2016-07-05.pdf"));
  });

  it("removes the Signed/Dated footers and 'Page x of 3'", () => {
    const furniture = result.furniture.map((line) => `${line.page}:${line.text.replace(/_+/g, "_")}`);
    expect(furniture).toEqual([
      "1:Signed _ Dated _",
      "1:Page 1 of 3",
      "2:Signed _ Dated _",
      "2:Page 2 of 3",
      "3:Signed _ Dated _",
      "3:Page 3 of 3",
    ]);
    expect(result.lines.some((line) => line.text.startsWith("Signed") || line.text.startsWith("Page "))).toBe(false);
  });

  it("keeps the YY.MM.N minute headings on lines of their own", () => {
    const i = indexOf(result.lines, (text) => text === "16.07.2 Register of Interests");
    expect(result.lines.slice(i - 1, i + 3).map((line) => line.text)).toEqual(["", "16.07.2 Register of Interests", "", "None"]);
    expect(result.lines[indexOf(result.lines, (text) => text === "16.07.6 Asset Register")]?.page).toBe(2);
  });
});

describe("other documents", () => {
  it("Nipissing: the running header 'July 11, 2023 – Minutes – Page N' of pages 2–5 is furniture", async () => {
    const result = await readPdf(fixture("nipissing-township-council_2023-07-11.pdf"));
    expect(result.furniture).toEqual([2, 3, 4, 5].map((page) => ({ text: `July 11, 2023 – Minutes – Page ${page}`, page })));
    expect(result.lines.some((line) => line.text.includes("– Minutes – Page"))).toBe(false);
  });

  it("Manordeilo: Symbol-font bullets become markdown bullets; the page numbers at the top are furniture", async () => {
    const result = await readPdf(fixture("manordeilo-salem-community-council_2016-02-10.pdf"));
    const bullet = indexOf(result.lines, (text) => text.includes("The merger of local authorities"));
    expect(result.lines[bullet]).toEqual({
      text: "- The merger of local authorities (possibly down to 8 or 9 across Wales) and the merger of community councils",
      page: 2,
    });
    expect(result.furniture).toEqual([1, 2, 3, 4].map((page) => ({ text: String(page), page })));
  });

  it("an agenda with a good text layer reads without error", async () => {
    const result = await readPdf(fixture("cuyahoga-county-board-of-health-agenda_2019-04-24.pdf"));
    expect(result.pageCount).toBe(13);
    expect(result.lines.some((line) => line.text.includes("Call to Order"))).toBe(true);
  });
});
