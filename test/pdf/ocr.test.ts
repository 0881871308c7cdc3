// OCR of PDF pages without a usable text layer: a short scan built here (text drawn onto an image with @napi-rs/canvas,
// the image put into a PDF with pdfkit) read with ocr "auto" and refused with ocr "never"; and the pure steps that turn
// OCR words into text-layer runs and warnings. One scan only: OCR costs about 3 s a page.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/document.js";
import type { Io } from "../../src/cli/main.js";
import { isMinutesError } from "../../src/errors.js";
import { lowConfidenceWarnings, pageRanges, readPdf, type OcrProgress, type PdfText } from "../../src/ingest/pdf/index.js";
import { mendOcrText, OCR_FONT_ID, ocrItems, steadySizes, type OcrPage } from "../../src/ingest/pdf/ocr-words.js";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { fixture, makePdf } from "./helpers.js";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The scanned page: its lines, and the size each is drawn at (points). */
const SCAN: { text: string; size: number }[] = [
  { text: "Minutes of the Parish Council", size: 18 },
  { text: "Present: Cllr A Smith (Chair), Cllr B Jones", size: 12 },
  { text: "1. Apologies", size: 12 },
  { text: "There were no apologies.", size: 12 },
  { text: "2. Planning", size: 12 },
  { text: "It was resolved to approve the application.", size: 12 },
];
/** Resolution of the scan's image. */
const SCAN_DPI = 200;
/** The page: A5, in points. */
const PAGE = { width: 420, height: 595 };

/** Draws the lines in black on white, as a scanner would give them, and returns the PNG. */
function scannedImage(): Buffer {
  const scale = SCAN_DPI / 72;
  const canvas = createCanvas(Math.round(PAGE.width * scale), Math.round(PAGE.height * scale));
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#000000";
  let y = 60;
  for (const line of SCAN) {
    y += line.size * 1.8;
    context.font = `${Math.round(line.size * scale)}px sans-serif`;
    context.fillText(line.text, 40 * scale, y * scale);
  }
  return canvas.toBuffer("image/png");
}

/** An image-only PDF of the scanned page: no text layer at all. */
function scannedPdf(): Promise<Uint8Array> {
  const image = scannedImage();
  return makePdf({ size: [PAGE.width, PAGE.height], margin: 0 }, (doc) => void doc.image(image, 0, 0, { width: PAGE.width, height: PAGE.height }));
}

let scan: Uint8Array;
let text: PdfText;
let doc: MinutesDocument;
const progress: OcrProgress[] = [];

beforeAll(async () => {
  scan = await scannedPdf();
  text = await readPdf(scan, { ocr: "auto", onOcrProgress: (p) => progress.push(p) });
  doc = await parseMinutes(scan, { path: "scan.pdf" });
}, 120_000);

describe("a scanned page read by OCR", () => {
  it("gives the words of the page, line by line, on page 1", () => {
    const lines = text.lines.filter((line) => line.text !== "");
    expect(lines.map((line) => line.page)).toEqual(lines.map(() => 1));
    const words = lines.map((line) => line.text.replace(/^#+\s*/, ""));
    expect(words).toEqual(SCAN.map((line) => line.text));
    expect(text.pageCount).toBe(1);
  });

  it("says so in an ocr-used warning, with the pages and the mean confidence; the callback saw the page", () => {
    const used = text.warnings.filter((w) => w.code === "ocr-used");
    expect(used).toHaveLength(1);
    expect(used[0]?.message).toMatch(/^read 1 page by OCR \(page 1\), mean confidence (\d+)%$/);
    expect(Number(/(\d+)%$/.exec(used[0]?.message ?? "")?.[1])).toBeGreaterThan(80);
    expect(progress).toEqual([{ page: 1, done: 1, total: 1 }]);
  });

  it("is parsed like a text layer: attendance, items, and their page and line in the reconstructed text", () => {
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["A Smith", "B Jones"]);
    expect(doc.items.map((item) => [item.number, item.title])).toEqual([
      ["1", "Apologies"],
      ["2", "Planning"],
    ]);
    const planning = doc.items[1];
    expect(planning?.resolutions).toHaveLength(1);
    const line = planning?.source.line ?? 0;
    expect(planning?.source.page).toBe(1);
    expect(text.lines[line - 1]?.text).toMatch(/2\. Planning$/);
    expect(doc.warnings.map((w) => w.code)).toContain("ocr-used");
  });

  it("with ocr never, the scan is refused: E_PDF_NO_TEXT", async () => {
    const error = await readPdf(scan, { ocr: "never" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isMinutesError(error) && error.code).toBe("E_PDF_NO_TEXT");
  });
});

describe("OCR's progress on a terminal", () => {
  it("a single scan is read on its fenced worker, and the worker's progress reaches stderr as one line rewritten", async () => {
    const image = scannedImage();
    const twoPages = await makePdf({ size: [PAGE.width, PAGE.height], margin: 0 }, (doc) => {
      doc.image(image, 0, 0, { width: PAGE.width, height: PAGE.height });
      doc.addPage().image(image, 0, 0, { width: PAGE.width, height: PAGE.height });
    });
    const file = join(mkdtempSync(join(tmpdir(), "minutes-ocr-")), "scan.pdf");
    writeFileSync(file, twoPages);
    // the built command's main: its fenced worker is the built worker script
    const { main } = (await import(join(ROOT, "dist/cli/main.js"))) as typeof import("../../src/cli/main.js");
    const run = async (stderrIsTty: boolean, ...args: string[]) => {
      let stdout = "";
      let stderr = "";
      const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdoutIsTty: false, stderrIsTty };
      const code = await main(["node", "minutes", ...args, file], io);
      return { code, stdout, stderr };
    };
    const terminal = await run(true, "text");
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toBe(`\r\x1b[Kminutes: ${file}: OCR 1/2 pages\r\x1b[K`);
    // (the same page twice: its first lines repeat at the top of each page, and are set aside as a running title)
    expect(terminal.stdout).toContain("2. Planning");
    const piped = await run(false, "parse", "--quiet");
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe("");
    expect((JSON.parse(piped.stdout) as MinutesDocument).source.pages).toBe(2);
  }, 120_000);
});

describe("OCR is loaded only when a page needs it", () => {
  /** The OCR modules a run of the built CLI loads, as the import hook reports them. */
  function ocrModules(file: string, args: string[] = [], exitCode = 0): string[] {
    const hook = join(ROOT, "bench/lib/register-pdf-import-hook.mjs");
    const result = spawnSync(process.execPath, ["--import", hook, join(ROOT, "bin/minutes.js"), "parse", file, "-q", ...args], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(exitCode);
    return result.stderr.split("\n").filter((line) => line.startsWith("OCR-MODULE "));
  }

  it("a text-layer PDF does not load tesseract.js; a scan does; a scan with --ocr never does not", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-ocr-lazy-"));
    const born = join(dir, "minutes.pdf");
    const scanned = join(dir, "scan.pdf");
    writeFileSync(born, fixture("milburn-parish-council_2016-07-05.pdf"));
    writeFileSync(scanned, scan);
    expect(ocrModules(born)).toEqual([]);
    expect(ocrModules(scanned, ["--ocr", "never"], 65)).toEqual([]);
    expect(ocrModules(scanned).some((line) => /\/node_modules\/tesseract\.js\//.test(line))).toBe(true);
  }, 120_000);

  it("in a batch, OCR runs on the workers and --ocr travels in their settings (also to the --timeout worker)", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-ocr-batch-"));
    writeFileSync(join(dir, "scan.pdf"), scan);
    const cli = (args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin/minutes.js"), ...args], { encoding: "utf8" });
    const read = cli(["parse", dir, "--ndjson", "--jobs", "1", "-q"]);
    expect(read.status, read.stderr).toBe(0);
    const doc = JSON.parse(read.stdout) as MinutesDocument;
    expect(doc.items.map((item) => item.title)).toEqual(["Apologies", "Planning"]);
    expect(doc.warnings.map((w) => w.code)).toContain("ocr-used");
    const refused = cli(["parse", dir, "--ndjson", "--jobs", "1", "--ocr", "never"]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toMatch(/scan\.pdf: E_PDF_NO_TEXT /);
    const timed = cli(["parse", join(dir, "scan.pdf"), "--timeout", "60", "--ocr", "never"]);
    expect(timed.status).toBe(65);
    expect(timed.stderr).toMatch(/E_PDF_NO_TEXT the PDF has no text layer \(scanned/);
  }, 120_000);

  it("the PDF reader imports the OCR engine on demand, and only the engine imports tesseract.js", () => {
    const reader = readFileSync(join(ROOT, "dist/ingest/pdf/index.js"), "utf8");
    expect(reader).toContain('await import("./ocr.js")');
    expect(reader).not.toMatch(/from "\.\/ocr\.js"|from "tesseract\.js"/);
    const engine = readFileSync(join(ROOT, "dist/ingest/pdf/ocr.js"), "utf8");
    expect(engine).toMatch(/import\("tesseract\.js"\)/);
    expect(engine).not.toMatch(/^import .* from "(?:tesseract\.js|pdf-parse)"/m);
  });
});

describe("OCR words into text-layer runs (pure)", () => {
  const word = (text: string, x0: number, x1: number, confidence = 95) => ({ text, confidence, box: { x0, y0: 100, x1, y1: 120 } });
  const page: OcrPage = {
    page: 2,
    scale: 2,
    lines: [
      {
        words: [word("1.", 100, 120), word("Apologies", 180, 300), word("for", 310, 340), word("absence", 350, 440, 40)],
        baseline: { x0: 100, y0: 120, x1: 440, y1: 120 },
        rowHeight: 24,
      },
    ],
  };

  it("words close together make one run; a wide gap (a tab stop) starts another; y is measured up from the bottom", () => {
    const items = ocrItems(page, { page: 2, width: 300, height: 400, bottom: 0 });
    expect(items).toEqual([
      { str: "1.", x: 50, y: 340, width: 10, size: 12, fontId: OCR_FONT_ID },
      { str: "Apologies for absence", x: 90, y: 340, width: 130, size: 12, fontId: OCR_FONT_ID },
    ]);
  });

  it("a bullet OCR misread as a letter or symbol is a bullet run of its own; a line of noise (mean confidence below 30) is left out", () => {
    const lines: OcrPage["lines"] = [
      { words: [word("e", 100, 110, 20), word("Perfunctory", 130, 260), word("Business", 270, 360)], baseline: { x0: 100, y0: 120, x1: 360, y1: 120 }, rowHeight: 24 },
      { words: [word("o", 140, 150), word("Present:", 170, 260)], baseline: { x0: 140, y0: 170, x1: 260, y1: 170 }, rowHeight: 24 },
      { words: [word("oN", 100, 130, 20), word("sa,", 140, 170, 30)], baseline: { x0: 100, y0: 220, x1: 170, y1: 220 }, rowHeight: 24 },
    ];
    const items = ocrItems({ page: 1, scale: 2, lines }, { page: 1, width: 300, height: 400, bottom: 0 });
    expect(items.map((item) => item.str)).toEqual(["•", "Perfunctory Business", "o", "Present:"]);
  });

  it("a run set apart on its line and read with little confidence is noise beside the text (a logo's letters); an item number's stop read as a comma is mended", () => {
    const lines: OcrPage["lines"] = [
      // "wd]" of a logo, far left of the title, read at 48%
      { words: [word("wd]", 188, 227, 48), word("Lincoln", 719, 789), word("Square", 797, 868)], baseline: { x0: 188, y0: 120, x1: 868, y1: 120 }, rowHeight: 24 },
      // a low-confidence word inside the text's run stays: it is text OCR is unsure of
      { words: [word("Perfunctory", 130, 260, 20), word("Business", 270, 360)], baseline: { x0: 130, y0: 170, x1: 360, y1: 170 }, rowHeight: 24 },
      { words: [word("4,", 100, 120), word("APPROVAL", 130, 260), word("4,", 300, 320)], baseline: { x0: 100, y0: 220, x1: 320, y1: 220 }, rowHeight: 24 },
      { words: [word("4,", 100, 120), word("and", 130, 170), word("5", 180, 190)], baseline: { x0: 100, y0: 270, x1: 190, y1: 270 }, rowHeight: 24 },
      // a highlight's edge read as "~~" between two columns, read with confidence; a "$" apart from its figure stays
      { words: [word("Secretary", 100, 200), word("~~", 240, 260, 80), word("Jon", 300, 340), word("$", 400, 410), word("12", 450, 470)], baseline: { x0: 100, y0: 320, x1: 470, y1: 320 }, rowHeight: 24 },
      // the same inside the text's run, read with little confidence
      { words: [word("Secretary", 100, 200), word("~~", 205, 215, 32), word("Jon", 220, 260)], baseline: { x0: 100, y0: 370, x1: 260, y1: 370 }, rowHeight: 24 },
    ];
    const items = ocrItems({ page: 1, scale: 2, lines }, { page: 1, width: 600, height: 400, bottom: 0 });
    expect(items.map((item) => item.str)).toEqual(["Lincoln Square", "Perfunctory Business", "4. APPROVAL", "4,", "4, and 5", "Secretary", "Jon", "$", "12", "Secretary", "Jon"]);
  });

  it("sizes a few percent from the commonest become it; a heading that is really larger stays larger", () => {
    const item = (str: string, size: number) => ({ str, x: 0, y: 0, width: 1, size, fontId: OCR_FONT_ID });
    const items = [item("body text that is long", 11.2), item("more body text here", 10.6), item("Heading", 14.1)];
    steadySizes(items);
    expect(items.map((i) => i.size)).toEqual([11, 11, 14]);
  });

  it("mends ligatures, superscript ordinals read as quotes before a month, and Cllr read as Clir", () => {
    expect(mendOcrText("ofﬁce")).toBe("office");
    expect(mendOcrText('held on 18t" March 2014 and 22" April')).toBe("held on 18th March 2014 and 22nd April");
    expect(mendOcrText("Present: Clir Smith, ClIrs Jones and Cl1r Brown")).toBe("Present: Cllr Smith, Cllrs Jones and Cllr Brown");
    expect(mendOcrText('a 12" pipe; Clinton')).toBe('a 12" pipe; Clinton');
  });

  it("mends an agenda reference whose italic I was lost or read as l, and leaves other words alone", () => {
    expect(mendOcrText("(tem 1)")).toBe("(Item 1)");
    expect(mendOcrText("(ltem 12)")).toBe("(Item 12)");
    expect(mendOcrText("(Item 3)")).toBe("(Item 3)");
    expect(mendOcrText("the totem 4 (stem 2)")).toBe("the totem 4 (stem 2)");
  });

  it("doubtful words are flagged on their output line, with a cap and a count of the rest", () => {
    const lines = [
      { text: "1. Apologies for absence", page: 2 },
      { text: "", page: 2 },
      { text: "Cllr Smyth spoke", page: 3 },
    ];
    const warnings = lowConfidenceWarnings(
      [
        { page: 2, text: "absence", confidence: 40 },
        { page: 3, text: "Smyth", confidence: 51.6 },
        { page: 3, text: "vanished", confidence: 20 },
      ],
      lines,
    );
    expect(warnings).toEqual([
      { code: "ocr-low-confidence", message: 'OCR is unsure of 1 word on this line: "absence" (40%)', source: { line: 1, end_line: 1, page: 2 } },
      { code: "ocr-low-confidence", message: 'OCR is unsure of 1 word on this line: "Smyth" (52%)', source: { line: 3, end_line: 3, page: 3 } },
      {
        code: "ocr-low-confidence",
        message: "OCR is unsure of 1 more word in text left out of the output (page 3) (confidence below 60%)",
        source: null,
      },
    ]);
    const many = Array.from({ length: 30 }, (_, i) => ({ text: `word${i}`, page: 1 }));
    const capped = lowConfidenceWarnings(
      many.map((line) => ({ page: 1, text: line.text, confidence: 10 })),
      many,
    );
    expect(capped).toHaveLength(21);
    expect(capped[20]?.message).toBe("OCR is unsure of 10 more words on 10 more lines (confidence below 60%)");
  });

  it("page lists are ranges", () => {
    expect(pageRanges([3, 1, 2, 5, 7, 8])).toBe("1–3, 5, 7–8");
  });
});
