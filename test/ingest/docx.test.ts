// Word (.docx) input: detected by content, converted through mammoth and the HTML ingest, Word's list numbers written into
// the text; the same minutes as their PDF or plain text; damaged and look-alike files refused with stable codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseMinutes, parseMinutesText } from "../../src/document.js";
import { MinutesError } from "../../src/errors.js";
import { isDocx } from "../../src/ingest/detect.js";
import { formatNumber, numberParagraphs } from "../../src/ingest/docx-numbering.js";
import { attr, MOST_XML_DEPTH, tags, xmlProblem } from "../../src/ingest/docx-xml.js";
import { expandInputs } from "../../src/cli/batch/inputs.js";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { numberedMinutesDocx, PLAIN_MINUTES } from "./docx-build.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const NEWBIGGIN = join(ROOT, "fixtures/pdf/newbiggin-parish-council_2019-09-03");

function run(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the tests compare between two readings of the same minutes. */
function essentials(doc: MinutesDocument) {
  const names = (people: { name: string }[]) => people.map((p) => p.name);
  return {
    document_type: doc.document_type,
    meeting: { body: doc.meeting.body, organization: doc.meeting.organization, date: doc.meeting.date, start_time: doc.meeting.start_time },
    attendance: {
      present: names(doc.attendance.present),
      apologies: names(doc.attendance.apologies),
      absent: names(doc.attendance.absent),
      in_attendance: names(doc.attendance.in_attendance),
    },
    items: doc.items.map((item) => ({
      number: item.number,
      title: item.title,
      resolutions: item.resolutions.map((r) => r.clauses.map((c) => `${c.number ?? ""} ${c.text}`)),
      motions: item.motions.map((m) => ({ text: m.text, mover: m.mover, seconder: m.seconder, result: m.result })),
    })),
  };
}

async function codeOf(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await parseMinutes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(MinutesError);
    return { code: (error as MinutesError).code, message: (error as MinutesError).message };
  }
  throw new Error("the input was not refused");
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A docx from its document.xml (and numbering.xml), the least Word and mammoth need. */
async function docxOf(documentBody: string, numberingXml?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${documentBody}</w:body></w:document>`);
  if (numberingXml) {
    zip.file("word/_rels/document.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>');
    zip.file("word/numbering.xml", numberingXml);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A numbered paragraph of document.xml. */
const numbered = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const plain = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** numbering.xml: abstract numberings from their levels ([format, lvlText, start?]), and list instances. */
function numberingXml(abstracts: Record<number, [string, string, number?][]>, nums: { id: number; abstract: number; overrides?: Record<number, number> }[]): string {
  const lvl = ([format, text, start]: [string, string, number?], i: number) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="${start ?? 1}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>` +
    Object.entries(abstracts).map(([id, levels]) => `<w:abstractNum w:abstractNumId="${id}">${levels.map(lvl).join("")}</w:abstractNum>`).join("") +
    nums
      .map(
        (n) =>
          `<w:num w:numId="${n.id}"><w:abstractNumId w:val="${n.abstract}"/>` +
          Object.entries(n.overrides ?? {}).map(([l, start]) => `<w:lvlOverride w:ilvl="${l}"><w:startOverride w:val="${start}"/></w:lvlOverride>`).join("") +
          "</w:num>",
      )
      .join("") +
    "</w:numbering>"
  );
}

/** The text a document.xml's paragraphs get, numbers written in (the w:t of each paragraph, joined). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => [...(m[1] ?? "").matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
}

describe("the XML of a Word document's parts", () => {
  it("tags: a '>' in a quoted attribute value, CDATA, comments and declarations do not end or make tags", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x><w:p a="1>2" b='/>'><!-- <w:q> --><![CDATA[<w:r>]]><w:t/></w:p>`;
    const found = [...tags(xml)].map((t) => `${t.closing ? "/" : ""}${t.name}${t.empty ? "/" : ""}`);
    expect(found).toEqual(["w:p", "w:t/", "/w:p"]);
    expect(attr([...tags(xml)][0]!, "a")).toBe("1>2");
  });

  it("xmlProblem: elements left open or closed by another tag, too deep, or none at all", () => {
    expect(xmlProblem(`<w:document ${W}><w:body><w:p/></w:body></w:document>`)).toBeNull();
    expect(xmlProblem("<w:document><w:body>")).toBe("is not well-formed XML (<w:body> is not closed: cut short?)");
    expect(xmlProblem("<w:p><w:r></w:p></w:r>")).toBe("is not well-formed XML (</w:p> closes <w:r>)");
    expect(xmlProblem("<w:p/></w:p>")).toBe("is not well-formed XML (</w:p> closes no element)");
    expect(xmlProblem("<a>".repeat(MOST_XML_DEPTH) + "</a>".repeat(MOST_XML_DEPTH))).toBeNull();
    expect(xmlProblem("<a>".repeat(MOST_XML_DEPTH + 1))).toBe(`nests its elements more than ${MOST_XML_DEPTH} deep`);
    expect(xmlProblem("")).toBe("holds no XML element");
  });
});

describe("Word's list numbering written into the text", () => {
  it("formats: decimal, letters, roman numerals, zero-padded; aa after z", () => {
    expect([1, 4, 9, 14, 1999].map((n) => formatNumber(n, "lowerRoman"))).toEqual(["i", "iv", "ix", "xiv", "mcmxcix"]);
    expect([1, 26, 27, 28].map((n) => formatNumber(n, "upperLetter"))).toEqual(["A", "Z", "AA", "BB"]);
    expect([3, 12].map((n) => formatNumber(n, "decimalZero"))).toEqual(["03", "12"]);
    expect(formatNumber(7, "decimal")).toBe("7");
    // as far as Word's letters go ("z" thirty times), then digits: a huge start cannot make a huge label
    expect(formatNumber(780, "lowerLetter")).toBe("z".repeat(30));
    expect(formatNumber(2_000_000_000, "lowerLetter")).toBe("2000000000");
    expect(formatNumber(5000, "upperRoman")).toBe("5000");
  });

  it("a list continues across other paragraphs; levels nest with %1.%2; deeper levels restart; start values count", () => {
    const xml = numberingXml({ 0: [["decimal", "%1."], ["decimal", "%1.%2"], ["lowerLetter", "(%3)"]], 1: [["upperRoman", "%1)", 4]] }, [
      { id: 1, abstract: 0 },
      { id: 2, abstract: 1 },
    ]);
    const body = [
      numbered(1, 0, "Apologies"),
      plain("None."),
      numbered(1, 0, "Minutes"),
      numbered(1, 1, "Accuracy"),
      numbered(1, 2, "first"),
      numbered(1, 2, "second"),
      numbered(1, 1, "Matters arising"),
      numbered(1, 2, "again first"),
      plain("Text between."),
      numbered(2, 0, "Roman from four"),
      numbered(1, 0, "Finance"),
      numbered(1, 1, "Payments"),
    ].join("");
    const out = numberParagraphs(`<w:body>${body}</w:body>`, xml, null);
    expect(out).toMatchObject({ numbered: 10, unresolved: 0 });
    expect(paragraphTexts(out.xml)).toEqual([
      "1. Apologies", "None.", "2. Minutes", "2.1 Accuracy", "(a) first", "(b) second", "2.2 Matters arising", "(a) again first",
      "Text between.", "IV) Roman from four", "3. Finance", "3.1 Payments",
    ]);
    // the numbering is turned off, so mammoth does not make a list of them as well
    expect(out.xml).not.toMatch(/<w:numId w:val="[12]"/);
  });

  it("a list instance with a startOverride restarts; one sharing the abstract numbering without it continues", () => {
    const xml = numberingXml({ 0: [["decimal", "%1."]] }, [
      { id: 1, abstract: 0 },
      { id: 2, abstract: 0, overrides: { 0: 1 } },
      { id: 3, abstract: 0 },
    ]);
    const body = [numbered(1, 0, "a"), numbered(1, 0, "b"), numbered(2, 0, "c"), numbered(2, 0, "d"), numbered(3, 0, "e")].join("");
    expect(paragraphTexts(numberParagraphs(body, xml, null).xml)).toEqual(["1. a", "2. b", "1. c", "2. d", "3. e"]);
  });

  it("numbering given by a paragraph style (and the style it is based on) counts; bullets are left alone", () => {
    const xml = numberingXml({ 0: [["decimal", "%1."]], 1: [["bullet", "•"]] }, [{ id: 5, abstract: 0 }, { id: 6, abstract: 1 }]);
    const styles =
      `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="ItemBold"><w:basedOn w:val="Item"/></w:style></w:styles>`;
    const styled = (style: string, text: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const out = numberParagraphs([styled("Item", "Apologies"), styled("ItemBold", "Minutes"), numbered(6, 0, "a bullet")].join(""), xml, styles);
    expect(paragraphTexts(out.xml)).toEqual(["1. Apologies", "2. Minutes", "a bullet"]);
    expect(out.xml).toContain('<w:numId w:val="6"/>');
  });

  it("a list word/numbering.xml does not define is counted as unresolved, and the document is still read", async () => {
    const xml = numberingXml({ 0: [["decimal", "%1."]] }, [{ id: 1, abstract: 0 }]);
    expect(numberParagraphs(numbered(9, 0, "Lost"), xml, null)).toMatchObject({ numbered: 0, unresolved: 1 });
    const doc = await parseMinutes(await docxOf(`${plain("Minutes of the Parish Council")}${numbered(1, 0, "Apologies")}${numbered(9, 0, "Lost")}`, xml));
    expect(doc.warnings.map((w) => w.code)).toContain("docx-numbering-unresolved");
    expect(doc.items.map((i) => i.number)).toContain("1");
  });
});

describe("Word documents built with Word's numbering, headings and an attendance table", () => {
  it("give the same meeting, attendance, items, resolutions and motions as the same minutes in plain text", async () => {
    const bytes = await numberedMinutesDocx();
    const fromDocx = await parseMinutes(bytes, { path: "minutes.docx" });
    const fromText = parseMinutesText(PLAIN_MINUTES);
    expect(fromDocx.source.format).toBe("docx");
    expect(essentials(fromDocx)).toEqual(essentials(fromText));
    // what the plain text says, so that the comparison is not between two equal failures
    expect(fromDocx.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      "1 Apologies", "2 Declarations of Interest", "3 Minutes of the Previous Meeting", "4 Playing Field", "5 Finance", "6 Date of Next Meeting",
    ]);
    expect(fromDocx.attendance.present.map((p) => p.name)).toEqual(["A Smith", "B Jones", "C Brown", "E Green"]);
    expect(fromDocx.attendance.apologies.map((p) => p.name)).toEqual(["D White"]);
    const finance = fromDocx.items[4]!;
    expect(finance.resolutions[0]?.clauses.map((c) => c.number)).toEqual(["1", "2"]);
    expect(fromDocx.items[3]?.motions[0]).toMatchObject({ mover: "Jones", seconder: "Brown" });
  });

  it("the second list of resolution clauses, a new instance of the same list, starts again at 1", async () => {
    const doc = new Document({
      numbering: { config: [{ reference: "clauses", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }] }] },
      sections: [
        {
          children: [
            new Paragraph("Minutes"),
            new Paragraph({ numbering: { reference: "clauses", level: 0, instance: 1 }, text: "First of the first" }),
            new Paragraph({ numbering: { reference: "clauses", level: 0, instance: 1 }, text: "Second of the first" }),
            new Paragraph("Between"),
            new Paragraph({ numbering: { reference: "clauses", level: 0, instance: 2 }, text: "First of the second" }),
          ],
        },
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), "minutes-docx-"));
    const file = join(dir, "restart.docx");
    writeFileSync(file, await Packer.toBuffer(doc));
    const { code, stdout } = run(["text", file]);
    expect(code).toBe(0);
    expect(stdout.split("\n").filter((l) => l !== "")).toEqual(["Minutes", "1. First of the first", "2. Second of the first", "Between", "1. First of the second"]);
  });

  it("`minutes text` prints the derived text, and source.line counts its lines", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-docx-"));
    const file = join(dir, "numbered.docx");
    writeFileSync(file, await numberedMinutesDocx());
    const text = run(["text", file]);
    expect(text.code).toBe(0);
    const lines = text.stdout.split("\n");
    const parsed = run(["parse", file]);
    expect(parsed.code, parsed.stderr).toBe(0);
    const doc = JSON.parse(parsed.stdout) as MinutesDocument;
    for (const item of doc.items) expect(lines[item.source.line - 1]).toContain(`${item.number}. ${item.title}`);
    expect(lines[doc.items[4]!.source.line - 1]).toBe("## 5. Finance");
  });
});

describe("the Newbiggin Parish Council minutes: the Word original reads as its PDF", () => {
  it("same meeting, attendance, item numbers and titles, resolutions and motions", async () => {
    const [docx, pdf] = await Promise.all([
      parseMinutes(readFileSync(`${NEWBIGGIN}.docx`), { path: "newbiggin.docx" }),
      parseMinutes(readFileSync(`${NEWBIGGIN}.pdf`), { path: "newbiggin.pdf" }),
    ]);
    expect(docx.source).toMatchObject({ format: "docx", pages: null, encoding: null });
    const counts = (doc: MinutesDocument) => doc.items.map((i) => ({ number: i.number, resolutions: i.resolutions.length, motions: i.motions.length }));
    const ofDocx = essentials(docx);
    const ofPdf = essentials(pdf);
    expect(ofDocx.meeting).toEqual(ofPdf.meeting);
    expect(ofDocx.attendance).toEqual(ofPdf.attendance);
    expect(ofDocx.items.map((i) => [i.number, i.title])).toEqual(ofPdf.items.map((i) => [i.number, i.title]));
    expect(counts(docx)).toEqual(counts(pdf));
    // read against document.xml: "Newbiggin Parish Council - 3rd September 2019"; Present: Councillors D Thompson (Chair),
    // N Armstrong, M Atkinson, R Robson and P Clarke, A Armstrong, EDC, Clerk J Brampton; apologies "None"; items 19.09.01
    // Apologies to 19.09.12 Any Other Business; no motion is moved or seconded
    expect(docx.meeting).toMatchObject({ organization: "Newbiggin Parish Council", date: "2019-09-03" });
    expect(ofDocx.attendance.present).toEqual(["D Thompson", "N Armstrong", "M Atkinson", "R Robson", "P Clarke", "A Armstrong"]);
    expect(ofDocx.attendance.apologies).toEqual([]);
    expect(docx.items.map((i) => i.number)).toEqual(Array.from({ length: 12 }, (_, i) => `19.09.${String(i + 1).padStart(2, "0")}`));
    expect(docx.items.at(-1)?.title).toBe("Any Other Business");
    expect(docx.items.flatMap((i) => i.motions)).toEqual([]);
    // "resolved to pay all of the above" and "resolved to retain the Financial Policy" are both under Finance
    expect(docx.items.find((i) => i.number === "19.09.09")?.resolutions.length).toBe(2);
  });
});

describe("look-alikes and damaged Word documents", () => {
  it("a zip of other files, an xlsx, an OLE .doc and an .odt: E_BINARY; .doc and .odt are told to save as .docx or PDF", async () => {
    const other = new JSZip();
    other.file("notes.txt", "1. Apologies\n");
    expect(await codeOf(await other.generateAsync({ type: "nodebuffer" }))).toEqual({
      code: "E_BINARY",
      message: "the input is a zip archive (docx, xlsx, odt…), not text, PDF or docx",
    });
    const xlsx = new JSZip();
    xlsx.file("xl/workbook.xml", "<workbook/>");
    expect(await codeOf(await xlsx.generateAsync({ type: "nodebuffer" }))).toMatchObject({ code: "E_BINARY", message: expect.stringContaining("an Excel workbook") });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect(await codeOf(ole)).toEqual({
      code: "E_BINARY",
      message: "the input is an OLE document (a legacy Word .doc or Excel .xls), not text, PDF or docx: save it as .docx or PDF",
    });
    // a .doc: its directory names the WordDocument stream
    const doc = new Uint8Array([...ole, ...Buffer.from("Root Entry\0\0WordDocument\0", "utf16le")]);
    expect(await codeOf(doc)).toEqual({
      code: "E_BINARY",
      message: "the input is a legacy Word document (.doc, an OLE file), not text, PDF or docx: save it as .docx or PDF",
    });
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text");
    odt.file("content.xml", "<office:document-content/>");
    expect(await codeOf(await odt.generateAsync({ type: "nodebuffer" }))).toEqual({
      code: "E_BINARY",
      message: "the input is an OpenDocument file (odt, ods, a zip archive), not text, PDF or docx: save it as .docx or PDF",
    });
  });

  it("a docx with no word/document.xml, and one cut short: E_DOCX_CORRUPT, one line", async () => {
    const noDocument = new JSZip();
    noDocument.file("word/styles.xml", "<w:styles/>");
    expect(await codeOf(await noDocument.generateAsync({ type: "nodebuffer" }))).toEqual({
      code: "E_DOCX_CORRUPT",
      message: "the Word document (docx) cannot be read: the zip archive has no word/document.xml",
    });
    const whole = readFileSync(`${NEWBIGGIN}.docx`);
    // cut short, it has no central directory: its local headers tell it is a Word document
    expect(isDocx(whole.subarray(0, 4000))).toBe(true);
    for (const length of [2000, Math.floor(whole.length / 2), whole.length - 10]) {
      const refused = await codeOf(whole.subarray(0, length));
      expect(refused.code, `cut at ${length}`).toBe("E_DOCX_CORRUPT");
      expect(refused.message).not.toContain("\n");
    }
  });

  it("the CLI: a damaged docx is one line on stderr with its code, exit 65, no stack", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-docx-"));
    const file = join(dir, "cut.docx");
    writeFileSync(file, readFileSync(`${NEWBIGGIN}.docx`).subarray(0, 3000));
    const { code, stdout, stderr } = run(["parse", file]);
    expect(code).toBe(65);
    expect(stdout).toBe("");
    expect(stderr).toMatch(new RegExp(`^minutes: ${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: E_DOCX_CORRUPT the Word document \\(docx\\) cannot be read: [^\\n]+\\n$`));
  });

  it("an element mammoth does not know is reported as a docx-conversion warning", async () => {
    const doc = await parseMinutes(await docxOf(`${plain("Minutes of the Parish Council")}<w:p><w:r><w:t>1. Apologies</w:t></w:r><w:r><w:madeUp/></w:r></w:p>`));
    const warning = doc.warnings.find((w) => w.code === "docx-conversion");
    expect(warning?.message).toMatch(/^the Word document's conversion reported 1 problem, some text may be missing: .*w:madeUp/);
  });
});

describe("batch inputs and loading", () => {
  it("a directory walk picks up .docx files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-docx-walk-"));
    writeFileSync(join(dir, "a.docx"), await numberedMinutesDocx());
    writeFileSync(join(dir, "b.txt"), PLAIN_MINUTES);
    writeFileSync(join(dir, "c.xlsx"), "not picked up");
    const found = await expandInputs([dir], dir);
    expect(found.relatives).toEqual(["a.docx", "b.txt"]);
  });

  it("a run loads mammoth and jszip only for a Word document, and pdf.js and tesseract.js (OCR) for neither", async () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-docx-lazy-"));
    const docx = join(dir, "minutes.docx");
    const text = join(dir, "minutes.txt");
    writeFileSync(docx, await numberedMinutesDocx());
    writeFileSync(text, PLAIN_MINUTES);
    const hook = join(ROOT, "bench/lib/register-pdf-import-hook.mjs");
    const loads = (file: string) => {
      const result = spawnSync(process.execPath, ["--import", hook, BIN, "parse", file, "-q"], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      // pdf.js is the heavy PDF code; ingest/pdf/furniture.js (page-number helpers) is shared with text by running-footers.ts
      return {
        docx: /DOCX-MODULE .*\/mammoth\//.test(result.stderr),
        pdf: /PDF-MODULE .*(?:pdfjs-dist|pdf-parse)/.test(result.stderr),
        ocr: /OCR-MODULE /.test(result.stderr),
      };
    };
    expect(loads(text)).toEqual({ docx: false, pdf: false, ocr: false });
    expect(loads(docx)).toEqual({ docx: true, pdf: false, ocr: false });
  });

  it("mammoth and jszip are imported only by the docx reader, which ingest imports on demand", () => {
    const index = readFileSync(join(ROOT, "dist/ingest/index.js"), "utf8");
    expect(index).toContain('await import("./docx-lines.js")');
    expect(index).not.toMatch(/from "(?:mammoth|jszip)"|\.\/docx-lines\.js";/);
    const reader = readFileSync(join(ROOT, "dist/ingest/docx-lines.js"), "utf8");
    expect(reader).toMatch(/import\("mammoth"\)/);
    expect(reader).not.toMatch(/^import .* from "(?:mammoth|jszip)"/m);
  });
});
