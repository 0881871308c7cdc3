// Hostile and mistaken input files, built for real in a temp dir and run through the built CLI, then through the library.
// Each refusal: its stable code and exit code, one line on stderr (a stack only with --debug), nothing on stdout, the input unchanged.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, type ReadStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMinutes, parseMinutesText, type ParseOptions } from "../../src/document.js";
import { EXIT_CODES, MinutesError, type MinutesErrorCode } from "../../src/errors.js";
import { guessUtf16 } from "../../src/ingest/decode.js";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { heapBombPdf } from "../cli/heap-bomb-pdf.js";
import { fixture, makePdf, png } from "../pdf/helpers.js";
import { zip } from "./zip-build.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const MAIN_URL = pathToFileURL(join(ROOT, "dist/cli/main.js")).href;
const ROTHERHAM = join(ROOT, "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt");
const AGENDAS = ["cuyahoga-county-board-of-health-agenda_2019-04-24.pdf", "hidden-hills-city-council-agenda_2022-12-12.pdf"];
const MB = 1024 * 1024;
/** Each CLI test starts a few processes, and the suite runs many files at once: room for a loaded machine. */
const CLI_TIMEOUT = 90_000;

const dir = mkdtempSync(join(tmpdir(), "minutes-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Raw control characters a terminal would act on: C0 but tab and line feed, DEL, C1. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// ---------------------------------------------------------------------------------------------------------------------
// Building real files from bytes

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${main}</Types>`;

/** A Word document of the least parts Word and mammoth need, its paragraphs' document.xml given (deflated, as Word writes it). */
const DOCX_OF = (body: string) =>
  zip(
    {
      "[Content_Types].xml": CONTENT_TYPES(
        `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
      ),
      "_rels/.rels":
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml":
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
        `<w:body>${body}</w:body></w:document>`,
    },
    { deflate: true },
  );
const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const DOCX = () => DOCX_OF(paragraph("Minutes of the Parish Council. Present: Cllr A Smith. 1. Apologies"));

/** An OpenDocument text: a zip whose first entry is "mimetype". */
const ODT = () =>
  zip({
    mimetype: "application/vnd.oasis.opendocument.text",
    "content.xml": `<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body/></office:document-content>`,
  });

const XLSX = () =>
  zip({
    "[Content_Types].xml": CONTENT_TYPES(
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    ),
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Minutes" sheetId="1"/></sheets></workbook>`,
    "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`,
  });

const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
/** A 1×1 GIF89a. */
const GIF = Buffer.from(
  "474946383961010001008000000000ffffff21f90401000000002c00000000010001000002024401003b",
  "hex",
);
/** The 64-byte header of an x86-64 ELF executable. */
const ELF = (() => {
  const header = Buffer.alloc(64);
  header.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(0x3e, 18); // x86-64
  header.writeUInt32LE(1, 20);
  header.writeUInt16LE(64, 52);
  return header;
})();

/** A legacy Word document: an OLE compound file whose directory names the WordDocument stream (in UTF-16). */
const DOC = () => {
  const header = Buffer.alloc(512);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const directory = Buffer.alloc(512);
  ["Root Entry", "WordDocument", "1Table"].forEach((name, i) => {
    directory.write(name, i * 128, "utf16le");
    directory.writeUInt16LE((name.length + 1) * 2, i * 128 + 64);
  });
  return Buffer.concat([header, directory]);
};

const SAVE_AS = "save it as .docx or PDF";

/** The binary look-alikes people save under a text or PDF name, what the refusal must call them, and its advice. */
const BINARIES: { name: string; bytes: () => Buffer; says: string; advice?: string }[] = [
  { name: "photo.pdf", bytes: () => png(8, 8), says: "a PNG image" },
  { name: "minutes.doc", bytes: DOC, says: "a legacy Word document (.doc, an OLE file)", advice: SAVE_AS },
  { name: "minutes.odt", bytes: ODT, says: "an OpenDocument file (odt, ods, a zip archive)", advice: SAVE_AS },
  { name: "attendance.xlsx.txt", bytes: XLSX, says: "an Excel workbook (xlsx, a zip archive)" },
  { name: "archive.txt", bytes: () => zip({ "notes.txt": "1. Apologies\n" }), says: "a zip archive (docx, xlsx, odt…)" },
  { name: "scan.pdf", bytes: () => JPEG, says: "a JPEG image" },
  { name: "logo.txt", bytes: () => GIF, says: "a GIF image" },
  { name: "program.txt", bytes: () => ELF, says: "an ELF executable" },
  { name: "minutes.txt.gz.txt", bytes: () => gzipSync(Buffer.from("Minutes of the meeting\n1. Apologies\n")), says: "a gzip archive" },
];

/** The message refusing a binary file. */
const notText = (says: string, advice?: string) => `the input is ${says}, not text, PDF or docx${advice ? `: ${advice}` : ""}`;

const PROSE =
  "The river rose slowly through the night, and by morning the lower fields were under water. Farmers moved their sheep\n" +
  "to the high ground while the children watched from the bridge. Nobody could remember a flood like it since the winter\n" +
  "of 1947, when the whole valley froze and the trains stopped running for a fortnight.\n";
const CSV = "name,age,town\nAlice,34,Leeds\nBob,29,York\nCarol,41,Hull\n";
const NOT_MINUTES = "no minutes structure found: no meeting, attendance or numbered items";

/** Minutes with terminal escapes, a bell and a C1 CSI (U+009B) in item titles. */
const CONTROLS =
  "Minutes of the Parish Council meeting held on 3 March 2020\n\nPresent: Cllr A Smith (Chair), Cllr B Jones\n\n" +
  "1. Apologies \x1b[2J\x07for absence\u009b31m\n\nNone were received.\n\n" +
  "2. Planning \x1b]0;pwned\x07matters\u0085\n\nResolved that the application be supported.\n";

/** A file name that would colour the terminal red and ring its bell. */
const EVIL_NAME = "evil\x1b[31m\u009bname\x07.txt";
const escaped = (name: string) => name.replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`); // eslint-disable-line no-control-regex

const utf16be = (text: string) => Buffer.from(text, "utf16le").swap16();

// ---------------------------------------------------------------------------------------------------------------------
// Running the built command

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

interface RunOptions {
  /** Standard input: bytes, or a fresh stream for each run. */
  stdin?: Buffer | (() => Readable);
  env?: Record<string, string>;
  timeoutMs?: number;
  /** The script to run instead of bin/minutes.js. */
  script?: string;
  /** Options for node itself (before the script). */
  node?: string[];
}

function run(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [...(options.node ?? []), options.script ?? BIN, ...args], {
      env: { ...process.env, FORCE_COLOR: "0", ...options.env },
      stdio: [options.stdin ? "pipe" : "ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    let source: Readable | null = null;
    if (options.stdin) {
      child.stdin!.on("error", () => undefined); // EPIPE once the command stops reading: expected
      if (Buffer.isBuffer(options.stdin)) child.stdin!.end(options.stdin);
      else (source = options.stdin()).pipe(child.stdin!);
    }
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      source?.destroy();
      const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString("utf8");
      resolve({ code: signal ? null : code, stdout: text(stdout), stderr: text(stderr), ms: performance.now() - start });
    });
  });
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Every code a case below produced: the last test checks none is missing. */
const produced = new Set<MinutesErrorCode>();

interface Refusal {
  /** The input argument (and the file whose bytes must be unchanged, unless `hash` is false). */
  file: string;
  code: MinutesErrorCode;
  args?: string[];
  command?: "parse" | "text" | "show" | "export";
  /** What the error line names the input as: the argument itself by default; null for a usage error (no file). */
  label?: string | null;
  /** Hash the input before and after (false for a directory, a device, a missing file). */
  hash?: boolean;
  /** Also run with --debug and expect a stack (false where the input cannot be read twice). */
  debug?: boolean;
  options?: RunOptions;
}

/**
 * Runs the command on the input and checks the refusal: its exit code, exactly one line on stderr,
 * "minutes: <file>: <CODE> <message>", no stack trace, nothing on stdout, the input unchanged; with --debug, the same
 * line followed by a stack. Resolves to the message.
 */
async function refused(refusal: Refusal): Promise<{ message: string; run: Run }> {
  const { file, code, args = [], command = "parse", hash = true, debug = true } = refusal;
  const label = refusal.label === undefined ? escaped(file) : refusal.label;
  const before = hash ? await hashFile(file) : null;
  const argv = [command, file, ...args];
  const [plain, debugged] = await Promise.all([run(argv, refusal.options), debug ? run([...argv, "--debug"], refusal.options) : null]);
  const prefix = `minutes: ${label === null ? "" : `${label}: `}${code} `;
  expect(plain.code, plain.stderr).toBe(EXIT_CODES[code]);
  expect(plain.stdout).toBe("");
  const lines = plain.stderr.split("\n");
  expect(lines, plain.stderr).toHaveLength(2);
  expect(lines[1]).toBe("");
  expect(lines[0]!.startsWith(prefix), plain.stderr).toBe(true);
  const message = lines[0]!.slice(prefix.length);
  expect(message.length).toBeGreaterThan(10);
  expect(plain.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(plain.stderr).not.toMatch(RAW_CONTROL);
  if (debugged) {
    expect(debugged.code).toBe(EXIT_CODES[code]);
    expect(debugged.stdout).toBe("");
    expect(debugged.stderr.startsWith(`${lines[0]}\n`), debugged.stderr).toBe(true);
    expect(debugged.stderr).toMatch(/\n\s+at /);
    expect(debugged.stderr).not.toMatch(RAW_CONTROL);
  }
  if (before !== null) expect(await hashFile(file)).toBe(before);
  produced.add(code);
  return { message, run: plain };
}

/** A successful run: exit 0, the JSON document on stdout, the input unchanged. */
async function parsed(file: string, args: string[] = [], options: RunOptions = {}): Promise<{ doc: MinutesDocument; run: Run }> {
  const before = statSync(file).isFile() ? await hashFile(file) : null; // not a FIFO: hashing would drain it
  const result = await run(["parse", file, ...args], options);
  expect(result.code, result.stderr).toBe(0);
  const doc = JSON.parse(result.stdout) as MinutesDocument;
  if (before !== null) expect(await hashFile(file)).toBe(before);
  return { doc, run: result };
}

const path = (name: string) => join(dir, name);
const write = (name: string, bytes: Uint8Array | string) => {
  writeFileSync(path(name), bytes);
  return path(name);
};

/** A writer that keeps a FIFO full until stopped (the reader closing it ends the writes with EPIPE). */
function endlessWriter(fifo: string): { stop: () => void } {
  const stream = createWriteStream(fifo);
  const chunk = Buffer.from("1. Item of business\n".repeat(3000));
  let stopped = false;
  stream.on("error", () => (stopped = true));
  const pump = () => {
    while (!stopped) {
      if (!stream.write(chunk)) {
        stream.once("drain", pump);
        return;
      }
    }
  };
  pump();
  return {
    stop: () => {
      stopped = true;
      stream.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------------

const built = {
  encrypted: "",
  imageOnly: "",
  shapesOnly: "",
  horsley: "",
  truncated: "",
  multiPage: "",
  agendas: [] as string[],
  utf8: "",
};

beforeAll(async () => {
  built.encrypted = write(
    "encrypted.pdf",
    await makePdf({ userPassword: "secret", ownerPassword: "owner" }, (doc) => {
      doc.fontSize(12).text("Present: Cllr A Smith (Chair) and Cllr B Jones", 72, 72);
      doc.text("1. Apologies", 72, 100);
      doc.text("There were no apologies.", 72, 120);
    }),
  );
  built.imageOnly = write("scanned.pdf", await makePdf({ size: "A4" }, (doc) => void doc.image(png(60, 80), 72, 72, { width: 450 })));
  built.shapesOnly = write(
    "drawing.pdf",
    await makePdf({ size: "A4" }, (doc) => {
      doc.rect(100, 100, 200, 150).fill("#336699");
      doc.circle(300, 400, 60).stroke();
    }),
  );
  built.horsley = path("horsley.pdf");
  copyFileSync(join(ROOT, "fixtures/pdf/horsley-parish-council_2014-03-18.pdf"), built.horsley);
  const whole = fixture("kent-county-council_2025-01-09.pdf");
  built.truncated = write("download.pdf", whole.subarray(0, Math.floor(whole.length * 0.4)));
  built.multiPage = write("kent-cabinet.pdf", fixture("kent-cc-cabinet_2025-01-09.pdf"));
  built.agendas = AGENDAS.map((name) => write(name, fixture(name)));
  built.utf8 = write("rotherham.txt", readFileSync(ROTHERHAM));
});

describe.concurrent("PDF refusals (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("an encrypted PDF: E_PDF_ENCRYPTED; a wrong password too; --password opens it", async () => {
    const { message } = await refused({ file: built.encrypted, code: "E_PDF_ENCRYPTED" });
    expect(message).toBe("the PDF is encrypted; give its password to read it");
    const wrong = await refused({ file: built.encrypted, code: "E_PDF_ENCRYPTED", args: ["--password", "guess"] });
    expect(wrong.message).toBe("the PDF is encrypted and the password given is wrong");
    const { doc, run: ok } = await parsed(built.encrypted, ["--password", "secret", "-q"]);
    expect(ok.stderr).toBe("");
    expect(doc.source.format).toBe("pdf");
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["A Smith", "B Jones"]);
  });

  it("an image-only PDF (a scanned page), and one of vector shapes only: E_PDF_NO_TEXT", async () => {
    for (const file of [built.imageOnly, built.shapesOnly]) {
      const { message } = await refused({ file, code: "E_PDF_NO_TEXT", args: ["--ocr", "never"] });
      expect(message).toBe("the PDF has no text layer (scanned or image-only pages need OCR)");
    }
  });

  it("the image-only PDF with OCR (the default): read, and found to hold no text, E_PDF_NO_TEXT", { timeout: 120_000 }, async () => {
    const { message } = await refused({ file: built.imageOnly, code: "E_PDF_NO_TEXT", debug: false });
    expect(message).toBe("the PDF has no text layer and OCR found no text on its pages");
  });

  it("the image-only PDF where tesseract.js cannot be loaded: E_OCR_UNAVAILABLE (exit 69), never a stack trace", async () => {
    const node = ["--import", pathToFileURL(join(ROOT, "test/pdf/no-ocr-hook.mjs")).href];
    const { message } = await refused({ file: built.imageOnly, code: "E_OCR_UNAVAILABLE", options: { node } });
    expect(message).toBe(
      "OCR is unavailable: tesseract.js or its English data (@tesseract.js-data/eng) cannot be loaded (Cannot find package 'tesseract.js')",
    );
    const never = await refused({ file: built.imageOnly, code: "E_PDF_NO_TEXT", args: ["--ocr", "never"], options: { node }, debug: false });
    expect(never.message).toBe("the PDF has no text layer (scanned or image-only pages need OCR)");
  });

  it("the Horsley parish council minutes (a font with a broken encoding): E_PDF_UNREADABLE_TEXT", async () => {
    const { message } = await refused({ file: built.horsley, code: "E_PDF_UNREADABLE_TEXT", args: ["--ocr", "never"] });
    expect(message).toBe("the PDF's text layer is unreadable (broken font encoding); the pages need OCR");
  });

  it("a truncated download (the first 40% of a 10-page PDF): E_PDF_CORRUPT, never a shorter document", async () => {
    const { message } = await refused({ file: built.truncated, code: "E_PDF_CORRUPT" });
    expect(message).toBe("the PDF is truncated or damaged: no %%EOF marker at the end of the file");
  });

  it("--max-pages 1 on a 9-page PDF reads page 1 only, and says so in a pages-not-read warning", async () => {
    const { doc, run: result } = await parsed(built.multiPage, ["--max-pages", "1"]);
    expect(doc.source.pages).toBe(9);
    expect(doc.warnings[0]).toEqual({ code: "pages-not-read", message: "read only the first 1 page of 9 (maxPages); the rest was left out", source: null });
    expect(result.stderr.split("\n")[0]).toBe(`minutes: ${built.multiPage}: warning pages-not-read: read only the first 1 page of 9 (maxPages); the rest was left out`);
    expect(doc.items.length).toBeGreaterThan(0);
    expect(doc.items.every((item) => item.source.page === 1)).toBe(true);
  });
});

describe.concurrent("binary files under a text or PDF name (built CLI): E_BINARY, named by their content", { timeout: CLI_TIMEOUT }, () => {
  it.each(BINARIES)("$name is refused as $says", async ({ name, bytes, says, advice }) => {
    const file = write(name, bytes());
    const { message } = await refused({ file, code: "E_BINARY" });
    expect(message).toBe(notText(says, advice));
  });

  it("`minutes text` refuses them the same way", async () => {
    const file = write("text-of.xlsx.txt", XLSX());
    const { message } = await refused({ file, code: "E_BINARY", command: "text" });
    expect(message).toBe("the input is an Excel workbook (xlsx, a zip archive), not text, PDF or docx");
  });
});

describe.concurrent("Word documents (built CLI): read by their content; a damaged one is E_DOCX_CORRUPT", { timeout: CLI_TIMEOUT }, () => {
  it("a Word document under a .txt name is read as a docx", async () => {
    const file = write("minutes.docx.txt", DOCX());
    const result = await run(["parse", file]);
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout) as MinutesDocument;
    expect(doc.source.format).toBe("docx");
    expect(doc.source.encoding).toBeNull();
  });

  it("a zip with word/ entries but no word/document.xml, and a docx cut short: E_DOCX_CORRUPT", async () => {
    const noDocument = write("no-document.docx", zip({ "word/styles.xml": "<w:styles/>" }));
    expect((await refused({ file: noDocument, code: "E_DOCX_CORRUPT" })).message).toBe(
      "the Word document (docx) cannot be read: the zip archive has no word/document.xml",
    );
    const bytes = DOCX();
    const cut = write("cut.docx", bytes.subarray(0, bytes.length - 40));
    expect((await refused({ file: cut, code: "E_DOCX_CORRUPT" })).message).toMatch(
      /^the Word document \(docx\) cannot be read: the zip archive is damaged or cut short \(.+\)$/,
    );
  });

  it("a docx read with --format text or markdown: E_BINARY, saying to read it as a docx", async () => {
    const file = write("minutes.docx", DOCX());
    for (const format of ["text", "markdown"]) {
      const { message } = await refused({ file, code: "E_BINARY", args: ["--format", format] });
      expect(message).toBe(`the input is a Word document (docx), not ${format}: read it with --format docx, or without --format`);
    }
  });

  it("a zip bomb (2 KB that unpack to 8 MB of XML): E_TOO_LARGE past --max-bytes, before it is unpacked whole", async () => {
    const bomb = DOCX_OF(`${paragraph("Minutes of the Parish Council")}<w:p>${" ".repeat(8 * MB)}</w:p>`);
    expect(bomb.length).toBeLessThan(20_000);
    const file = write("bomb.docx", bomb);
    const { message } = await refused({ file, code: "E_TOO_LARGE", args: ["--max-bytes", String(MB)] });
    expect(message).toBe(`the Word document's XML unpacks to more than ${MB} bytes, over the limit (see --max-bytes)`);
    // under the default limit it is read: white space is no text
    expect((await parsed(file)).doc.items).toEqual([]);
  });

  it("a paragraph numbered in a list the docx does not define (no word/numbering.xml): read without a number, with a warning", async () => {
    const numbered = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Apologies</w:t></w:r></w:p>`;
    const file = write("numbered-no-numbering-part.docx", DOCX_OF(`${paragraph("Minutes of the Parish Council")}${numbered}`));
    const text = await run(["text", file]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe("Minutes of the Parish Council\n\nApologies\n");
    const { doc } = await parsed(file);
    expect(doc.warnings[0]).toEqual({
      code: "docx-numbering-unresolved",
      message: "1 numbered paragraph names a list word/numbering.xml does not define: read without its number",
      source: null,
    });
  });
});

describe.concurrent("empty, too large, endless (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("a zero-byte file and a white-space-only file: E_EMPTY", async () => {
    expect((await refused({ file: write("empty.txt", ""), code: "E_EMPTY" })).message).toBe("the input is empty (0 bytes)");
    expect((await refused({ file: write("blank.txt", "  \n\t\n \r\n   "), code: "E_EMPTY" })).message).toBe("the input has no text (only white space)");
  });

  it("a 150 MB file: E_TOO_LARGE from its size, without reading it (small peak memory, quick)", async () => {
    const big = write("big.txt", "");
    truncateSync(big, 150 * MB); // sparse: no disk used
    const { message, run: result } = await refused({ file: big, code: "E_TOO_LARGE" });
    expect(message).toBe(`the file is ${150 * MB} bytes, over the limit of ${100 * MB} (see --max-bytes)`);
    expect(result.ms).toBeLessThan(10_000);
    // the same command in-process, reporting its peak memory: far below the 150 MB it would take to read the file
    const script = write(
      "rss.mjs",
      `import { writeFileSync } from "node:fs";\nconst { main } = await import(${JSON.stringify(MAIN_URL)});\n` +
        `process.on("exit", () => writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n` +
        `process.exitCode = await main(process.argv);\n`,
    );
    const rssFile = path("rss.txt");
    const measured = await run(["parse", big], { script, env: { RSS_FILE: rssFile } });
    expect(measured.code, measured.stderr).toBe(65);
    expect(measured.stderr).toBe(`minutes: ${big}: E_TOO_LARGE ${message}\n`);
    const maxRssKb = Number(readFileSync(rssFile, "utf8"));
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(100 * 1024);
  });

  it("150 MB piped to `parse -`: E_TOO_LARGE just past --max-bytes, without reading the rest of the stream", async () => {
    const big = write("big-stdin.txt", "");
    truncateSync(big, 150 * MB);
    const streams: ReadStream[] = [];
    const stdin = () => {
      const stream = createReadStream(big);
      streams.push(stream);
      return stream;
    };
    const { message, run: result } = await refused({ file: "-", label: "<stdin>", code: "E_TOO_LARGE", args: ["--max-bytes", "1000000"], hash: false, options: { stdin } });
    expect(message).toBe("standard input is over the limit of 1000000 bytes (see --max-bytes)");
    expect(result.ms).toBeLessThan(10_000);
    for (const stream of streams) expect(stream.bytesRead).toBeLessThan(16 * MB);
  });

  it("--max-bytes 1000 on a 2 KB file: E_TOO_LARGE", async () => {
    const small = write("small.txt", readFileSync(ROTHERHAM).subarray(0, 2048));
    const { message } = await refused({ file: small, code: "E_TOO_LARGE", args: ["--max-bytes", "1000"] });
    expect(message).toBe("the file is 2048 bytes, over the limit of 1000 (see --max-bytes)");
  });

  it.skipIf(!existsSync("/dev/zero"))("/dev/zero (no size, no end): E_TOO_LARGE once --max-bytes is passed, quickly", async () => {
    const { message, run: result } = await refused({ file: "/dev/zero", code: "E_TOO_LARGE", args: ["--max-bytes", "100000"], hash: false, options: { timeoutMs: 15_000 } });
    expect(message).toBe("the input is over the limit of 100000 bytes (see --max-bytes)");
    expect(result.ms).toBeLessThan(10_000);
  });

  it.skipIf(process.platform === "win32")("a FIFO fed without end: E_TOO_LARGE; a FIFO with minutes in it parses", async () => {
    const endless = path("endless.fifo");
    execFileSync("mkfifo", [endless]);
    const writer = endlessWriter(endless);
    try {
      const { message } = await refused({ file: endless, code: "E_TOO_LARGE", args: ["--max-bytes", "100000"], hash: false, debug: false, options: { timeoutMs: 15_000 } });
      expect(message).toBe("the input is over the limit of 100000 bytes (see --max-bytes)");
    } finally {
      writer.stop();
    }
    const finite = path("finite.fifo");
    execFileSync("mkfifo", [finite]);
    const feed = createWriteStream(finite);
    feed.on("error", () => undefined);
    feed.end(readFileSync(ROTHERHAM));
    const { doc } = await parsed(finite, ["-q"], { timeoutMs: 15_000 });
    expect(doc.items).toHaveLength(9);
  });
});

describe.concurrent("hostile HTML (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("elements nested 100,000 deep, closed or left open: exit 0, the minutes around them read, no stack trace", async () => {
    for (const [name, open, close, items] of [
      ["divs.html", "<div>", "</div>", ["Apologies"]],
      // 100,000 lines "1." (each item opens the next list): no item heading is left to read
      ["lists-open.html", "<ol><li>", "", []],
    ] as const) {
      const file = write(name, `<p>Minutes</p><p>Present: Cllr A Smith, Cllr B Jones</p>${open.repeat(100_000)}<h2>1. Apologies</h2>${close.repeat(100_000)}`);
      const { doc, run: result } = await parsed(file, ["-q"]);
      expect(result.stderr).toBe("");
      expect(doc.attendance.present.map((p) => p.name)).toEqual(["A Smith", "B Jones"]);
      expect(doc.items.map((item) => item.title)).toEqual(items);
    }
  });

  it("a tag soup of stray, unclosed and misnested tags with no text: E_EMPTY, a one-line error", async () => {
    const file = write("soup.html", "<html><p><b><i></p></b><table><tr><td></ul></li><!-- <p>x -->".repeat(1000));
    expect((await refused({ file, code: "E_EMPTY" })).message).toBe("the input has no text");
  });
});

describe.concurrent("encodings (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("UTF-16 LE and BE without a byte-order mark: decoded, with an encoding-guessed warning, as the UTF-8 original", async () => {
    const text = readFileSync(ROTHERHAM, "utf8");
    const le = write("utf16le.txt", Buffer.from(text, "utf16le"));
    const be = write("utf16be.txt", utf16be(text));
    const [original, ...guessed] = await Promise.all([parsed(built.utf8), parsed(le), parsed(be)]);
    for (const [{ doc, run: result }, encoding, file] of [
      [guessed[0]!, "utf-16le", le],
      [guessed[1]!, "utf-16be", be],
    ] as const) {
      expect(doc.source.encoding).toBe(encoding);
      expect(doc.items).toEqual(original.doc.items);
      expect(doc.attendance).toEqual(original.doc.attendance);
      expect(doc.meeting).toEqual(original.doc.meeting);
      expect(doc.document_type).toBe("minutes");
      const warning = { code: "encoding-guessed", message: `the input has no byte-order mark: decoded as ${encoding}, guessed from its bytes`, source: null };
      expect(doc.warnings).toEqual([warning, ...original.doc.warnings]);
      expect(result.stderr.split("\n")[0]).toBe(`minutes: ${file}: warning encoding-guessed: ${warning.message}`);
    }
  });

  it("a UTF-16 byte-order mark on invalid UTF-16 (a lone surrogate; an odd number of bytes): E_ENCODING", async () => {
    const lone = write("lone-surrogate.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Present: Cllr A Smith\n", "utf16le"), Buffer.from([0x00, 0xd8, 0x41, 0x00])]));
    expect((await refused({ file: lone, code: "E_ENCODING" })).message).toBe("the input has a UTF-16LE byte-order mark but is not valid UTF-16LE");
    const odd = write("odd-length.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be("Present: Cllr A Smith\n"), Buffer.from([0x41])]));
    expect((await refused({ file: odd, code: "E_ENCODING" })).message).toBe("the input has a UTF-16BE byte-order mark but is not valid UTF-16BE (an odd number of bytes)");
  });
});

describe.concurrent("not minutes (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it.each(AGENDAS.map((name, i) => [name, i] as const))("the agenda %s: exit 0, document_type agenda, its items, no attendance", async (_name, i) => {
    const file = built.agendas[i]!;
    const { doc } = await parsed(file, ["-q"]);
    expect(doc.document_type).toBe("agenda");
    const count = i === 0 ? 16 : 10;
    expect(doc.items.map((item) => item.number)).toEqual(Array.from({ length: count }, (_, n) => String(n + 1)));
    expect(doc.attendance).toEqual({ present: [], apologies: [], absent: [], in_attendance: [] });
    expect(doc.warnings.map((w) => w.code)).not.toContain("not-minutes");
    const { message } = await refused({ file, code: "E_NOT_MINUTES", args: ["--require-minutes"] });
    expect(message).toBe("the input is an agenda, not minutes (minutes are required)");
  });

  it("prose and a CSV: exit 0, document_type unknown, a not-minutes warning; --require-minutes refuses them (E_NOT_MINUTES)", async () => {
    for (const file of [write("story.txt", PROSE), write("people.csv", CSV)]) {
      const { doc, run: result } = await parsed(file);
      expect(doc.document_type).toBe("unknown");
      expect(doc.warnings).toContainEqual({ code: "not-minutes", message: NOT_MINUTES, source: null });
      expect(result.stderr).toContain(`minutes: ${file}: warning not-minutes: ${NOT_MINUTES}\n`);
      const { message } = await refused({ file, code: "E_NOT_MINUTES", args: ["--require-minutes"] });
      expect(message).toBe(`the input is not minutes: ${NOT_MINUTES} (minutes are required)`);
      // on a worker thread (--timeout) too
      await refused({ file, code: "E_NOT_MINUTES", args: ["--require-minutes", "--timeout", "30"], debug: false });
    }
  });

  it("real minutes pass --require-minutes, with no not-minutes warning", async () => {
    const { doc } = await parsed(built.utf8, ["--require-minutes", "-q"]);
    expect(doc.document_type).toBe("minutes");
    expect(doc.warnings.map((w) => w.code)).not.toContain("not-minutes");
  });

  it("in a batch, --require-minutes fails the files that are not minutes and converts the rest", async () => {
    const batch = path("batch");
    mkdirSync(batch);
    copyFileSync(ROTHERHAM, join(batch, "rotherham.txt"));
    writeFileSync(join(batch, "story.txt"), PROSE);
    const ndjson = await run(["parse", batch, "--ndjson", "--require-minutes", "-q"]);
    expect(ndjson.code, ndjson.stderr).toBe(1);
    const lines = ndjson.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect((JSON.parse(lines[0]!) as MinutesDocument).document_type).toBe("minutes");
    expect(ndjson.stderr).toContain(`minutes: ${join(batch, "story.txt")}: E_NOT_MINUTES the input is not minutes: ${NOT_MINUTES} (minutes are required)\n`);
    // --out-dir: outputs written without the flag are not "up to date" for a run with it
    const out = path("batch-out");
    const first = await run(["parse", batch, "--out-dir", out, "-q"]);
    expect(first.code, first.stderr).toBe(0);
    const second = await run(["parse", batch, "--out-dir", out, "--require-minutes", "-q"]);
    expect(second.code, second.stderr).toBe(1);
    expect(second.stderr).toContain("E_NOT_MINUTES");
  });
});

describe.concurrent("output safety (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("control characters in item titles: valid JSON on stdout, no raw control character in any output", async () => {
    const file = write("controls.txt", CONTROLS);
    const { doc, run: result } = await parsed(file);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    const titles = doc.items.map((item) => item.title_raw);
    expect(titles).toHaveLength(2);
    for (const title of titles) expect(title).not.toMatch(RAW_CONTROL);
    // the C1 CSI is read as the Windows-1252 character its byte stands for
    expect(titles[0]).toBe("Apologies [2Jfor absence›31m");
    const text = await run(["text", file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("1. Apologies [2Jfor absence›31m");
    expect(text.stdout).not.toMatch(RAW_CONTROL);
  });

  it("a file name with escape sequences is escaped in warnings, errors, stacks and batch summaries", async () => {
    const named = write(EVIL_NAME, PROSE);
    const warned = await run(["parse", named]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain(`minutes: ${escaped(named)}: warning not-minutes: ${NOT_MINUTES}\n`);
    expect(warned.stderr).not.toMatch(RAW_CONTROL);
    const empty = write(`empty-${EVIL_NAME}`, "");
    await refused({ file: empty, code: "E_EMPTY" }); // checks the line names the file escaped, even with --debug
    const { message } = await refused({ file: path(`missing-${EVIL_NAME}`), code: "E_IO", hash: false });
    expect(message).toBe("cannot read or write the file: no such file or directory");
    const batch = await run(["parse", named, empty, "--ndjson"]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(escaped(empty));
    expect(batch.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe.concurrent("files that cannot be read (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("a missing file: E_IO (exit 66)", async () => {
    const { message } = await refused({ file: path("no-such-minutes.txt"), code: "E_IO", hash: false });
    expect(message).toBe("cannot read or write the file: no such file or directory");
  });

  it("a directory where a file is expected (`minutes text`): E_IO; `minutes parse <dir>` is a batch and wants --out-dir or --ndjson (E_USAGE)", async () => {
    const folder = path("a-folder");
    mkdirSync(folder);
    const { message } = await refused({ file: folder, code: "E_IO", command: "text", hash: false });
    expect(message).toBe("cannot read or write the file: it is a directory");
    // a usage error names no file, and has no stack to show
    const usage = await refused({ file: folder, code: "E_USAGE", label: null, hash: false, debug: false });
    expect(usage.message).toMatch(/^several inputs \(or a directory, a glob, --shard or --report\) need --out-dir <dir>/);
  });

  it.skipIf(process.platform === "win32" || process.getuid?.() === 0)("a file without read permission: E_IO", async () => {
    const locked = write("locked.txt", "1. Apologies\n");
    chmodSync(locked, 0o000);
    const { message } = await refused({ file: locked, code: "E_IO", hash: false });
    expect(message).toBe("cannot read or write the file: permission denied");
  });

  it("a parse that takes longer than --timeout: E_TIMEOUT (exit 75)", async () => {
    const { message } = await refused({
      file: built.utf8,
      code: "E_TIMEOUT",
      args: ["--timeout", "0.5"],
      // the worker's test-only hook: block for 5 s before parsing
      options: { env: { MINUTES_TEST_DELAY_MS: "5000" } },
    });
    expect(message).toBe("the file took longer than the time limit of 0.5 s (see --timeout)");
  });

  it("a PDF whose text fills the heap of the worker it is read on: E_OUT_OF_MEMORY (exit 75), the process lives", async () => {
    // a content stream that inflates to one 24 MiB string: pdf.js needs several times that to read it
    const bomb = write("heap-bomb.pdf", heapBombPdf(24));
    const { message } = await refused({ file: bomb, code: "E_OUT_OF_MEMORY", args: ["--max-memory", "64"] });
    expect(message).toBe("reading the file needed more memory than the limit of 64 MiB (see --max-memory)");
  });
});

describe.concurrent("show and export refusals (built CLI)", { timeout: CLI_TIMEOUT }, () => {
  it("a JSON document that claims to be minutes but does not match the schema: E_INVALID_DOCUMENT", async () => {
    const file = write("edited.json", JSON.stringify({ schema_version: "1.0.0", document_type: "minutes", items: 5 }));
    const { message } = await refused({ file, code: "E_INVALID_DOCUMENT", command: "show" });
    expect(message).toMatch(/^the JSON does not match the minutes schema: .* \(and \d+ more\)$/);
    const future = write("future.json", JSON.stringify({ schema_version: "9.0.0" }));
    const other = await refused({ file: future, code: "E_INVALID_DOCUMENT", command: "show", debug: false });
    expect(other.message).toBe('the JSON was written for schema "9.0.0"; this minutes reads schema 1.0.0: parse the minutes again');
  });

  it("export --sqlite where better-sqlite3 cannot be loaded: E_SQLITE_UNAVAILABLE, and no database written", async () => {
    const db = path("unavailable.db");
    const node = ["--import", pathToFileURL(join(ROOT, "test/export/no-sqlite-hook.mjs")).href];
    const { message } = await refused({ file: ROTHERHAM, code: "E_SQLITE_UNAVAILABLE", command: "export", args: ["--sqlite", db], label: null, options: { node } });
    expect(message).toMatch(/^--sqlite needs the better-sqlite3 package, which cannot be loaded here \(Cannot find package 'better-sqlite3'\)/);
    expect(existsSync(db)).toBe(false);
  });
});

describe("coverage", () => {
  it("every error code was produced by a real input, but the two that only a bug can produce", () => {
    const bugs: MinutesErrorCode[] = ["E_INVALID_OUTPUT", "E_INTERNAL"];
    const expected = (Object.keys(EXIT_CODES) as MinutesErrorCode[]).filter((code) => !bugs.includes(code)).sort();
    expect([...produced].sort()).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The same bytes through the library

/** Every string in a value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

async function codeOf(input: Uint8Array | string, options: ParseOptions = {}): Promise<{ code: MinutesErrorCode; message: string } | "parsed"> {
  try {
    await parseMinutes(input, options);
    return "parsed";
  } catch (error) {
    expect(error).toBeInstanceOf(MinutesError);
    return { code: (error as MinutesError).code, message: (error as MinutesError).message };
  }
}

describe.concurrent("the same inputs through parseMinutes", () => {
  it("empty and blank input: E_EMPTY", async () => {
    expect(await codeOf(new Uint8Array(0))).toEqual({ code: "E_EMPTY", message: "the input is empty (0 bytes)" });
    expect(await codeOf(Buffer.from(" \n\t\r\n"))).toEqual({ code: "E_EMPTY", message: "the input has no text (only white space)" });
    expect(await codeOf(" \n ")).toMatchObject({ code: "E_EMPTY" });
  });

  it.each(BINARIES)("$name: E_BINARY, $says", async ({ bytes, says, advice }) => {
    expect(await codeOf(bytes())).toEqual({ code: "E_BINARY", message: notText(says, advice) });
  });

  it("more binary formats by their magic numbers; NUL bytes in what is not UTF-16", async () => {
    const cases: [number[], string, string?][] = [
      [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4], "a 7-Zip archive"],
      [[0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0], "a RAR archive"],
      [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 4], "an xz archive"],
      [[0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0], "a TIFF image"],
      [[0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20], "a WebP image"],
      [[0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32], "an MP4/QuickTime/HEIC media file"],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], "an OLE document (a legacy Word .doc or Excel .xls)", SAVE_AS],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from("Root Entry\0Workbook", "utf16le")], "a legacy Excel workbook (.xls, an OLE file)"],
      [[...Buffer.from("Present: A\u0000 Smith")], "binary data (it contains NUL bytes)"],
      // UTF-16-looking but an odd number of bytes: not UTF-16 after all
      [[...Buffer.from("Present: Cllr A Smith", "utf16le"), 0x41], "binary data (it contains NUL bytes)"],
      // 16-bit numbers below 256: zero high bytes, but not text
      [[...new Uint8Array(new Uint16Array(Array.from({ length: 200 }, (_, i) => (i * 7) % 32)).buffer)], "binary data (it contains NUL bytes)"],
    ];
    for (const [bytes, says, advice] of cases) {
      expect(await codeOf(new Uint8Array(bytes)), says).toEqual({ code: "E_BINARY", message: notText(says, advice) });
    }
  });

  it("UTF-16 without a BOM reads as its UTF-8 original; with a BOM it needs no guess; invalid UTF-16 after a BOM is E_ENCODING", async () => {
    const text = readFileSync(ROTHERHAM, "utf8");
    const original = await parseMinutes(Buffer.from(text));
    for (const [bytes, encoding] of [
      [Buffer.from(text, "utf16le"), "utf-16le"],
      [utf16be(text), "utf-16be"],
    ] as const) {
      expect(guessUtf16(bytes)).toEqual({ text, encoding });
      const doc = await parseMinutes(bytes);
      expect({ ...doc, source: null, warnings: null }).toEqual({ ...original, source: null, warnings: null });
      expect(doc.warnings[0]).toMatchObject({ code: "encoding-guessed" });
    }
    const withBom = await parseMinutes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(withBom.source.encoding).toBe("utf-16le");
    expect(withBom.warnings.map((w) => w.code)).not.toContain("encoding-guessed");
    expect(guessUtf16(Buffer.from(text))).toBeNull();
    expect(await codeOf(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc]))).toMatchObject({ code: "E_ENCODING" });
    expect(await codeOf(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00]))).toMatchObject({ code: "E_ENCODING" });
  });

  it("not minutes: unknown with a not-minutes warning; requireMinutes refuses it, and an agenda, with E_NOT_MINUTES", async () => {
    for (const input of [PROSE, Buffer.from(PROSE), Buffer.from(CSV)]) {
      const doc = await parseMinutes(input);
      expect(doc.document_type).toBe("unknown");
      expect(doc.warnings.at(-1)).toEqual({ code: "not-minutes", message: NOT_MINUTES, source: null });
      expect(await codeOf(input, { requireMinutes: true })).toEqual({ code: "E_NOT_MINUTES", message: `the input is not minutes: ${NOT_MINUTES} (minutes are required)` });
    }
    const agenda = "COUNCIL MEETING AGENDA\n\n1. Call to order\n\n2. Roll call\n\nMayor A Smith\nStaff: City Clerk B Jones\n\n3. Adjournment\n";
    const doc = parseMinutesText(agenda);
    expect(doc.document_type).toBe("agenda");
    expect(doc.items.map((item) => item.number)).toEqual(["1", "2", "3"]);
    expect(doc.attendance).toEqual({ present: [], apologies: [], absent: [], in_attendance: [] });
    expect(() => parseMinutesText(agenda, { requireMinutes: true })).toThrow("the input is an agenda, not minutes (minutes are required)");
    expect(parseMinutesText(readFileSync(ROTHERHAM, "utf8"), { requireMinutes: true }).document_type).toBe("minutes");
  });

  it("over maxBytes: E_TOO_LARGE; a truncated PDF, even with a %%EOF put back: E_PDF_CORRUPT", async () => {
    expect(await codeOf(readFileSync(ROTHERHAM).subarray(0, 2048), { maxBytes: 1000 })).toEqual({
      code: "E_TOO_LARGE",
      message: "the input is 2048 bytes, over the limit of 1000 (see --max-bytes)",
    });
    const whole = fixture("kent-county-council_2025-01-09.pdf");
    const cut = whole.subarray(0, Math.floor(whole.length * 0.4));
    expect(await codeOf(cut)).toMatchObject({ code: "E_PDF_CORRUPT" });
    const patched = await codeOf(Buffer.concat([cut, Buffer.from("\n%%EOF\n")]));
    expect(patched).toMatchObject({ code: "E_PDF_CORRUPT" });
    expect((patched as { message: string }).message).toMatch(/^the PDF cannot be read: /);
  });

  it("controls in text, HTML and strings: C1 read as Windows-1252, others dropped, lone surrogates replaced; the JSON stays valid", async () => {
    const docs = [
      await parseMinutes(Buffer.from(CONTROLS)),
      parseMinutesText(CONTROLS),
      parseMinutesText("Minutes\n\n1. Planning \ud800matters\udc00 and the Council\u0092s view\n\nResolved that it be noted.\n"),
      await parseMinutes(Buffer.from("<html><body><h2>1. Planning &#27;[2J&#x9b;matters &#1;</h2><p>Resolved that it be noted.</p></body></html>"), {
        path: "m.html",
      }),
    ];
    for (const doc of docs) {
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      expect(doc.items.length).toBeGreaterThan(0);
      for (const text of strings(doc)) {
        expect(text).not.toMatch(RAW_CONTROL);
        expect(text).not.toMatch(LONE_SURROGATE);
      }
    }
    expect(docs[2]!.items[0]!.title_raw).toBe("Planning \ufffdmatters\ufffd and the Council’s view");
  });
});
