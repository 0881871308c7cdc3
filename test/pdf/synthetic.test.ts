// A PDF built here with pdfkit: running header, "Page N of M" footer, bullets at two indents, a bullet split by a page break.
import MarkdownIt from "markdown-it";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf, type PdfText } from "../../src/ingest/pdf/index.js";
import { placedPdf, type Placed } from "./helpers.js";

const HEADER = "Upton Parish Council – Minutes of 4 March 2025";
const BOLD = "Helvetica-Bold";

const page1: Placed[] = [
  { text: HEADER, x: 72, y: 30, size: 9 },
  { text: "Minutes of the Parish Council", x: 72, y: 70, font: BOLD, size: 16 },
  { text: "PRESENT:", x: 72, y: 110, font: BOLD },
  { text: "Cllr A Smith (Chair), Cllr B Jones and Cllr C Brown", x: 150, y: 110 },
  { text: "12. Finance", x: 72, y: 138, font: BOLD },
  { text: "The clerk presented the accounts for the year and the following", x: 72, y: 166 },
  { text: "points were noted:", x: 72, y: 180 },
  { text: "•", x: 90, y: 208 },
  { text: "The bank balance of £1,234 was reported to the council", x: 108, y: 208 },
  { text: "and accepted.", x: 108, y: 222 },
  { text: "•", x: 90, y: 250 },
  { text: "Payments were approved as follows:", x: 108, y: 250 },
  { text: "–", x: 108, y: 278 },
  { text: "Grass cutting £250", x: 126, y: 278 },
  { text: "–", x: 108, y: 292 },
  { text: "Website hosting £80", x: 126, y: 292 },
  { text: "•", x: 90, y: 320 },
  { text: "The clerk reported that the recom-", x: 108, y: 320 },
  { text: "mendation on the noticeboard was agreed.", x: 108, y: 334 },
  { text: "•", x: 90, y: 760 },
  { text: "The chairman thanked the volunteers who had", x: 108, y: 760 },
  { text: "repaired the bus shelter and noted that the roof", x: 108, y: 774 },
  { text: "Page 1 of 2", x: 270, y: 810, size: 9 },
];
const page2: Placed[] = [
  { text: HEADER, x: 72, y: 30, size: 9 },
  { text: "had been replaced in January.", x: 108, y: 70 },
  { text: "13. Date of Next Meeting", x: 72, y: 112, font: BOLD },
  { text: "The next meeting will be held on 1 April 2025 at 7pm in the", x: 72, y: 140 },
  { text: "village hall.", x: 72, y: 154 },
  { text: "Page 2 of 2", x: 270, y: 810, size: 9 },
];

describe("synthetic minutes (pdfkit)", () => {
  let result: PdfText;
  beforeAll(async () => {
    result = await readPdf(await placedPdf([page1, page2]));
  });

  it("reconstructs headings, paragraphs and nested lists", () => {
    expect(result.lines.map((line) => line.text)).toEqual([
      "## Minutes of the Parish Council",
      "",
      // the label at a tab stop of its own, its names in the next column: a column gap between them
      "PRESENT:   Cllr A Smith (Chair), Cllr B Jones and Cllr C Brown",
      "",
      "12. Finance",
      "",
      "The clerk presented the accounts for the year and the following",
      "points were noted:",
      "",
      "- The bank balance of £1,234 was reported to the council",
      "  and accepted.",
      "",
      "- Payments were approved as follows:",
      "",
      "  - Grass cutting £250",
      "  - Website hosting £80",
      "",
      "- The clerk reported that the recommendation",
      "  on the noticeboard was agreed.",
      "",
      "- The chairman thanked the volunteers who had",
      "  repaired the bus shelter and noted that the roof",
      "  had been replaced in January.",
      "",
      "13. Date of Next Meeting",
      "",
      "The next meeting will be held on 1 April 2025 at 7pm in the",
      "village hall.",
    ]);
  });

  it("keeps the page of every line, across the page break inside a bullet", () => {
    const page = (text: string): number | undefined => result.lines.find((line) => line.text.includes(text))?.page;
    expect(page("repaired the bus shelter")).toBe(1);
    expect(page("had been replaced in January.")).toBe(2);
    expect(page("13. Date of Next Meeting")).toBe(2);
    expect(result.pageCount).toBe(2);
  });

  it("removes the running header and the page numbers into furniture, with one warning", () => {
    expect(result.furniture).toEqual([
      { text: HEADER, page: 1 },
      { text: "Page 1 of 2", page: 1 },
      { text: HEADER, page: 2 },
      { text: "Page 2 of 2", page: 2 },
    ]);
    expect(result.lines.some((line) => line.text.includes("Upton Parish Council") || line.text.includes("Page "))).toBe(false);
    expect(result.warnings).toEqual([
      { code: "page-furniture-removed", message: "removed 4 lines of page furniture (headers, footers, page numbers)", source: null },
    ]);
  });

  it("parses as CommonMark with the dashes nested under their bullet", () => {
    const md = new MarkdownIt({ html: false }).disable("code");
    const html = md.render(result.lines.map((line) => line.text).join("\n"));
    expect(html).toMatch(/<li>\s*<p>Payments were approved as follows:<\/p>\s*<ul>\s*<li>Grass cutting £250<\/li>\s*<li>Website hosting £80<\/li>\s*<\/ul>/);
    expect(html).toContain("<h2>Minutes of the Parish Council</h2>");
  });
});

describe("a heading set in from the headings' margin (pdfkit)", () => {
  it("is a sub-heading, written a level down; a centred title is not", async () => {
    const lines: Placed[] = [
      { text: "OCCC Meeting Minutes", x: 230, y: 60, font: BOLD, size: 14 },
      { text: "Roundtable Discussion", x: 72, y: 110, font: BOLD, size: 13 },
      { text: "Clackamas Community College", x: 96, y: 140, font: BOLD, size: 13 },
      { text: "Enrollment is stable and the program is growing this year.", x: 96, y: 168 },
      { text: "Umpqua Community College", x: 96, y: 200, font: BOLD, size: 13 },
      { text: "Working on a Cybersecurity program for the coming year.", x: 96, y: 228 },
      { text: "Discussion on Courses", x: 72, y: 260, font: BOLD, size: 13 },
      { text: "The group agreed to adopt the new course numbers for next year.", x: 72, y: 288 },
    ];
    const { lines: read } = await readPdf(await placedPdf([lines]));
    expect(read.map((line) => line.text).filter((text) => text.startsWith("#"))).toEqual([
      "## OCCC Meeting Minutes",
      "## Roundtable Discussion",
      "### Clackamas Community College",
      "### Umpqua Community College",
      "## Discussion on Courses",
    ]);
  });
});
