// The same minutes as text and as PDF give the same document. The PDF is built here with pdfkit from the Rotherham text
// as a council would have printed it: a bold title, a running header on every page and a "Page N of M" footer, bold
// numbered item headings ("14. THE LOOKED AFTER …") and sub-headings, paragraphs, bullets "•" with sub-bullets "–" at a
// deeper indent, numbered clauses "1)" under "Resolved:-", and page breaks wherever the text reaches the bottom margin.
//
// How the PDF is built: from the text path's own reading of the .txt, i.e. its repaired text (the stray "n" dropped,
// "Cary- Anne" rejoined, sentences split by blank lines rejoined): the lines before the first item (title, date,
// Present, Apologies, webcast) come from the ingested text, paragraph by paragraph; each item is its number and printed
// title (`title_raw`) and its `content` blocks in order (paragraphs, sub-headings, points with their sub-points). So the
// PDF prints the clean text a council would have printed, with the structure the text shows.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/document.js";
import { ingest } from "../../src/ingest/index.js";
import type { Block, MinutesDocument, Person, Point } from "../../src/types/minutes.js";
import { flowPdf, type FlowBlock, type FlowSpan } from "./helpers.js";

const PATH = "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt";
const HEADER = "Improving Lives Select Commission - 04/11/25";

/** The PDF's blocks, from the text path's document and the ingested lines before the first item. */
async function blocksOf(bytes: Uint8Array, doc: MinutesDocument): Promise<FlowBlock[]> {
  const text = await ingest(bytes, { path: PATH });
  const firstItemLine = doc.items[0]!.source.line;
  const paragraphs: string[][] = [[]];
  for (const line of text.lines.slice(0, firstItemLine - 1)) {
    if (line.text.trim() === "") paragraphs.push([]);
    else paragraphs[paragraphs.length - 1]!.push(line.text.trim().replace(/^<(.*)>$/, "$1"));
  }
  const [titleLines, ...front] = paragraphs.filter((p) => p.length > 0);
  const blocks: FlowBlock[] = [
    ...titleLines!.map((t, i): FlowBlock => ({ kind: i === 0 ? "title" : "heading", text: t })),
    ...front.map((p): FlowBlock => ({ kind: "paragraph", text: p.join(" ") })),
  ];
  const points = (list: Point[], ordered: boolean, depth: number): FlowBlock[] =>
    list.flatMap((p, i) => [
      {
        kind: "point" as const,
        text: p.text,
        depth,
        marker: p.number !== null ? `${p.number})` : depth === 0 ? "•" : "–",
        tight: depth > 0 || (ordered && i > 0),
      },
      ...points(p.points, p.points.some((q) => q.number !== null), depth + 1),
    ]);
  const content = (block: Block): FlowBlock[] => {
    if (block.type === "paragraph") return [{ kind: "paragraph", text: block.text }];
    if (block.type === "heading") return [{ kind: "subheading", text: block.text }];
    return points(block.items, block.ordered, 0);
  };
  for (const item of doc.items) {
    blocks.push({ kind: "heading", text: `${item.number}. ${item.title_raw}` });
    blocks.push(...item.content.flatMap(content));
  }
  return blocks;
}

/** A text tree of points: a point is its text, or [text, sub-points] when it has sub-points; numbers kept. */
type Tree = string | [string, Tree[]];
const tree = (list: Point[]): Tree[] =>
  list.map((p) => {
    const text = p.number === null ? p.text : `${p.number}) ${p.text}`;
    return p.points.length > 0 ? [text, tree(p.points)] : text;
  });
const person = ({ source: _source, ...rest }: Person) => rest;

/** What both readings must agree on: every field but `source` (lines and pages differ by construction). */
function facts(doc: MinutesDocument) {
  return {
    meeting: { body: doc.meeting.body, date: doc.meeting.date },
    attendance: {
      present: doc.attendance.present.map(person),
      apologies: doc.attendance.apologies.map(person),
      absent: doc.attendance.absent.map(person),
      in_attendance: doc.attendance.in_attendance.map(person),
    },
    items: doc.items.map((item) => ({
      number: item.number,
      title: item.title,
      title_raw: item.title_raw,
      noted: item.noted.map((group) => ({ heading: group.heading, intro: group.intro, points: tree(group.points) })),
      resolutions: item.resolutions.map((r) => ({ text: r.text, clauses: r.clauses.map((c) => [c.number, c.text]) })),
    })),
  };
}

describe("Rotherham minutes: the text and a PDF of it give the same document", () => {
  let fromText: MinutesDocument;
  let fromPdf: MinutesDocument;
  let blocks: FlowBlock[];
  let spans: FlowSpan[];
  let pageCount: number;
  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../${PATH}`, import.meta.url)));
    fromText = await parseMinutes(bytes, { path: PATH });
    blocks = await blocksOf(bytes, fromText);
    const pdf = await flowPdf(blocks, { header: HEADER, footer: (n, m) => `Page ${n} of ${m}` });
    spans = pdf.spans;
    pageCount = pdf.pages.length;
    fromPdf = await parseMinutes(pdf.bytes, { path: "rotherham.pdf" });
  });

  it("the PDF is what the test means: several pages, a page break inside a point and inside a sub-point", () => {
    expect(fromPdf.source.format).toBe("pdf");
    expect(fromPdf.source.pages).toBe(pageCount);
    expect(pageCount).toBeGreaterThan(5);
    const split = spans.filter((s) => s.firstPage !== s.lastPage).map((s) => blocks[s.block]!);
    expect(split.some((b) => b.kind === "point" && b.depth === 0)).toBe(true);
    expect(blocks.some((b) => b.kind === "point" && b.depth === 1 && b.marker === "–")).toBe(true);
  });

  it("same meeting, attendance, items, noted groups (as text trees) and resolutions with clauses", () => {
    expect(facts(fromPdf)).toEqual(facts(fromText));
  });

  it("each part on its own, for a readable failure", () => {
    const [pdf, text] = [facts(fromPdf), facts(fromText)];
    expect(pdf.meeting).toEqual({ body: "Improving Lives Select Commission", date: "2025-11-04" });
    // soft: every difference is reported, not only the first
    expect.soft(pdf.meeting).toEqual(text.meeting);
    for (const list of ["present", "apologies", "absent", "in_attendance"] as const) {
      expect.soft(pdf.attendance[list], list).toEqual(text.attendance[list]);
    }
    expect.soft(pdf.items.map((i) => [i.number, i.title, i.title_raw])).toEqual(text.items.map((i) => [i.number, i.title, i.title_raw]));
    for (const [k, item] of text.items.entries()) {
      expect.soft(pdf.items[k]?.noted, `item ${item.number} noted`).toEqual(item.noted);
      expect.soft(pdf.items[k]?.resolutions, `item ${item.number} resolutions`).toEqual(item.resolutions);
    }
  });

  it("no header or footer text in the PDF's items, and every element has its page", () => {
    const strings = JSON.stringify(fromPdf.items);
    expect(strings).not.toContain("Improving Lives Select Commission - 04/11/25");
    expect(strings).not.toMatch(/Page \d+ of \d+/);
    for (const item of fromPdf.items) {
      expect(item.source.page, `item ${item.number}`).not.toBeNull();
      for (const r of item.resolutions) expect(r.source.page).not.toBeNull();
    }
  });

  it("warnings: the text's repairs are not needed in the PDF; the PDF reports the furniture it removed", () => {
    expect(fromText.warnings.map((w) => w.code)).toEqual(["stray-text", "hyphenation-joined"]);
    expect(fromPdf.warnings.map((w) => w.code)).toEqual(["page-furniture-removed"]);
  });
});
