// Format detection by content: PDF magic bytes, binary files, HTML, markdown and plain text, whatever the file is called.
import type { InputFormat } from "./source-text.js";

/** The PDF header may follow a little junk; the spec lets readers look in the first 1024 bytes. */
const PDF_MAGIC = "%PDF-";
const SNIFF_BYTES = 8192;

/** Magic numbers of binary formats people rename by mistake: zip (docx, xlsx), PNG, JPEG, GIF, OLE (doc, xls). */
const BINARY_MAGIC: { name: string; bytes: number[] }[] = [
  { name: "a zip archive (docx, xlsx, odt…)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "an OLE document (doc, xls)", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** Markdown signals in text: ATX headings, emphasis, escaped list numbers, front matter, links. */
const MARKDOWN_SIGNAL = /^(?:#{1,6} \S|---\s*$)|\*\*\S|\d\\\.|\]\(https?:/m;
/** HTML signals: a doctype, an html/body element, or block tags such as <p> and <li>. */
const HTML_SIGNAL = /<!doctype html|<html[\s>]|<body[\s>]|<(?:p|div|li|h[1-6]|table)[\s>]/i;

export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024)).toString("latin1");
  return head.includes(PDF_MAGIC);
}

/** The name of the binary format the bytes are in, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const magic of BINARY_MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) return magic.name;
  }
  const sniff = bytes.subarray(0, SNIFF_BYTES);
  const utf16Bom = (sniff[0] === 0xff && sniff[1] === 0xfe) || (sniff[0] === 0xfe && sniff[1] === 0xff);
  if (!utf16Bom && sniff.includes(0)) return "binary data (it contains NUL bytes)";
  return null;
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
