// Format detection by content: PDF magic bytes, Word documents (a zip holding word/document.xml), binary files, HTML,
// markdown and plain text, whatever the file is called.
import { guessUtf16 } from "./decode.js";
import type { InputFormat } from "./source-text.js";

/** The PDF header may follow a little junk; the spec lets readers look in the first 1024 bytes. */
const PDF_MAGIC = "%PDF-";
const SNIFF_BYTES = 8192;

/** What to do instead, for the formats minutes could be read from once saved again: said after the refusal. */
const SAVE_AS_DOCX_OR_PDF = "save it as .docx or PDF";

/** A binary format: its name in a refusal ("the input is a PNG image"), and what to do instead where there is something. */
export interface BinaryKind {
  name: string;
  advice?: string;
}

/**
 * Magic numbers of binary formats people rename by mistake: zip (docx, xlsx), PNG, JPEG, GIF, OLE (doc, xls), and
 * archives, executables and media. `at` is the offset of the bytes (0 when absent).
 */
const BINARY_MAGIC: { name: string; bytes: number[]; at?: number; advice?: string; inside?: (bytes: Uint8Array) => BinaryKind | null }[] = [
  { name: "a zip archive (docx, xlsx, odt…)", bytes: [0x50, 0x4b, 0x03, 0x04], inside: zipKind },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "an OLE document (a legacy Word .doc or Excel .xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0], advice: SAVE_AS_DOCX_OR_PDF, inside: oleKind },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "an xz archive", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "an ELF executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a WebP image", bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { name: "an MP4/QuickTime/HEIC media file", bytes: [0x66, 0x74, 0x79, 0x70], at: 4 },
];

/** A zip with word/ entries. One holding word/document.xml is read (isDocx); one without it is a damaged Word document. */
export const WORD_ZIP: BinaryKind = { name: "a Word document (docx, a zip archive)" };

/** Office documents are zip archives: the names of their entries tell which. */
const ZIP_KINDS: { kind: BinaryKind; test: (entry: string) => boolean }[] = [
  { kind: WORD_ZIP, test: (entry) => entry.startsWith("word/") },
  { kind: { name: "an Excel workbook (xlsx, a zip archive)" }, test: (entry) => entry.startsWith("xl/") },
  { kind: { name: "a PowerPoint presentation (pptx, a zip archive)" }, test: (entry) => entry.startsWith("ppt/") },
  { kind: { name: "an OpenDocument file (odt, ods, a zip archive)", advice: SAVE_AS_DOCX_OR_PDF }, test: (entry) => entry === "mimetype" },
];

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** Local headers read for their names when a zip has no central directory (a cut-short file). */
const MAX_LOCAL_HEADERS = 1000;

/** The entry names of a zip archive: from its central directory, else (a cut-short file) from its local headers. */
function zipEntryNames(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const names: string[] = [];
  if (end >= 0 && end + 22 <= buffer.length) {
    let at = buffer.readUInt32LE(end + 16);
    for (let n = buffer.readUInt16LE(end + 10); n > 0 && at + 46 <= buffer.length && buffer.readUInt32LE(at) === 0x02014b50; n--) {
      const nameLength = buffer.readUInt16LE(at + 28);
      names.push(buffer.toString("utf8", at + 46, Math.min(buffer.length, at + 46 + nameLength)));
      at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    }
  }
  if (names.length > 0) return names;
  // no central directory: the local headers, found by their signature
  for (let at = 0; at !== -1 && at + 30 <= buffer.length && names.length < MAX_LOCAL_HEADERS; at = buffer.indexOf(ZIP_LOCAL_HEADER, at + 30)) {
    names.push(buffer.toString("utf8", at + 30, Math.min(buffer.length, at + 30 + buffer.readUInt16LE(at + 26))));
  }
  return names;
}

/** A Word document: a zip archive holding word/document.xml, whatever the file is called. */
export function isDocx(bytes: Uint8Array): boolean {
  return ZIP_LOCAL_HEADER.every((b, i) => bytes[i] === b) && zipEntryNames(bytes).includes("word/document.xml");
}

function zipKind(bytes: Uint8Array): BinaryKind | null {
  const names = zipEntryNames(bytes);
  return ZIP_KINDS.find((zip) => names.some(zip.test))?.kind ?? null;
}

/** The streams a legacy (OLE) Word document holds: its directory names them in UTF-16. */
const OLE_WORD_STREAM = Buffer.from("WordDocument", "utf16le");
const OLE_EXCEL_STREAMS = [Buffer.from("Workbook", "utf16le"), Buffer.from("Book", "utf16le")];

/** An OLE file: a legacy Word or Excel document when its directory names their streams. */
function oleKind(bytes: Uint8Array): BinaryKind | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  if (buffer.includes(OLE_WORD_STREAM)) return { name: "a legacy Word document (.doc, an OLE file)", advice: SAVE_AS_DOCX_OR_PDF };
  if (OLE_EXCEL_STREAMS.some((stream) => buffer.includes(stream))) return { name: "a legacy Excel workbook (.xls, an OLE file)" };
  return null;
}

/** Markdown signals in text: ATX headings, emphasis, escaped list numbers, front matter, links. */
const MARKDOWN_SIGNAL = /^(?:#{1,6} \S|---\s*$)|\*\*\S|\d\\\.|\]\(https?:/m;
/** HTML signals: a doctype, an html/body element, or block tags such as <p> and <li>. */
const HTML_SIGNAL = /<!doctype html|<html[\s>]|<body[\s>]|<(?:p|div|li|h[1-6]|table)[\s>]/i;

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes(PDF_MAGIC);
}

/** The binary format the bytes are in, or null when they may be text. */
export function binaryFormat(bytes: Uint8Array): BinaryKind | null {
  for (const magic of BINARY_MAGIC) {
    const at = magic.at ?? 0;
    if (!magic.bytes.every((b, i) => bytes[at + i] === b)) continue;
    // zip and OLE are containers: say which office document it is
    return magic.inside?.(bytes) ?? { name: magic.name, advice: magic.advice };
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const utf16Bom = (sniff[0] === 0xff && sniff[1] === 0xfe) || (sniff[0] === 0xfe && sniff[1] === 0xff);
  // UTF-16 without a BOM has NUL bytes too: it is text when it decodes as such
  if (!utf16Bom && sniff.includes(0) && !guessUtf16(bytes)) return { name: "binary data (it contains NUL bytes)" };
  return null;
}

/** The name of the binary format the bytes are in, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  return binaryFormat(bytes)?.name ?? null;
}

/** Text formats, from the file name's extension when it has a telling one, else from the content. */
export function detectTextFormat(text: string, path: string | null): InputFormat {
  const ext = path?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === "md" || ext === "markdown") return "markdown";
  if (ext === "html" || ext === "htm") return "html";
  const head = text.slice(0, SNIFF_BYTES);
  if (HTML_SIGNAL.test(head)) return "html";
  if (MARKDOWN_SIGNAL.test(head)) return "markdown";
  return "text";
}
