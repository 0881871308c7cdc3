// Word (.docx) input to lines: Word's list numbers are written into the text (docx-numbering.ts), mammoth converts the
// document to HTML, and the HTML ingest (html.ts) reduces it to lines. The lines are joined into a text, read like any
// text: `source.line` counts the lines of that text, which `minutes text` prints. Loaded only for docx input (mammoth and
// jszip are imported here, on first use).
import type JSZip from "jszip";
import { MinutesError } from "../errors.js";
import type { Warning } from "../types/minutes.js";
import { numberParagraphs } from "./docx-numbering.js";
import { xmlProblem } from "./docx-xml.js";
import { htmlToLines } from "./html.js";
import type { IngestOptions } from "./index.js";
import { DEFAULT_MAX_BYTES, fromText } from "./index.js";
import type { SourceText } from "./source-text.js";

/** Mammoth messages about formatting only (styles it has no mapping for, images): nothing of the text is lost. */
const FORMATTING_ONLY = ["unrecognised paragraph style", "unrecognised run style", "unrecognised table style", "image of type"];

/** Examples of mammoth's messages given in the warning. */
const MESSAGES_SHOWN = 3;

/** The parts mammoth reads are XML (the document, its styles, numbering, notes, comments and relationships). */
const XML_PART = [".xml", ".rels"];

/** The parts mammoth reads: the content types, relationships, and the XML parts of word/ (not its themes or media). */
function readByMammoth(name: string): boolean {
  return name === "[Content_Types].xml" || name.toLowerCase().endsWith(".rels") || /^word\/[^/]+\.xml$/i.test(name);
}

function corrupt(reason: string, cause?: unknown): MinutesError {
  return new MinutesError("E_DOCX_CORRUPT", `the Word document (docx) cannot be read: ${reason}`, { cause });
}

/** A one-line reason from a thrown value. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

/** The part's bytes, or null once they pass `room` bytes (unpacking stops there). */
function unpack(entry: JSZip.JSZipObject, room: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    // jszip's stream (readable-stream 2) is not async-iterable: its events, and a pause that stops the inflating
    const stream = entry.nodeStream("nodebuffer");
    stream.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size <= room) {
        chunks.push(chunk);
        return;
      }
      settled = true;
      stream.pause();
      resolve(null);
    });
    stream.on("error", (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(corrupt(`its ${entry.name} is damaged (${reasonOf(error)})`, error));
    });
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
  });
}

/**
 * The XML parts of the archive, unpacked, no more than `limit` bytes in all: a zip bomb (a few KB that unpack to
 * gigabytes) is refused before it fills memory. Pictures and embedded files are left packed: they are never read.
 */
async function unpackXmlParts(zip: JSZip, limit: number): Promise<Map<string, Buffer>> {
  const parts = new Map<string, Buffer>();
  let room = limit;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || !XML_PART.some((ext) => entry.name.toLowerCase().endsWith(ext))) continue;
    const bytes = await unpack(entry, room);
    if (bytes === null) {
      throw new MinutesError("E_TOO_LARGE", `the Word document's XML unpacks to more than ${limit} bytes, over the limit (see --max-bytes)`);
    }
    room -= bytes.length;
    parts.set(entry.name, bytes);
  }
  return parts;
}

export interface DocxText {
  /** The lines of the derived text, as `minutes text` prints them. */
  lines: string[];
  warnings: Warning[];
}

/** The text of a Word document: its paragraphs as lines, Word's list numbers written in. */
export async function reconstructDocxText(bytes: Uint8Array, options: Pick<IngestOptions, "maxBytes"> = {}): Promise<DocxText> {
  const [{ default: JSZipClass }, { default: mammoth }] = await Promise.all([import("jszip"), import("mammoth")]);
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (error) {
    throw corrupt(`the zip archive is damaged or cut short (${reasonOf(error)})`, error);
  }
  const parts = await unpackXmlParts(zip, options.maxBytes ?? DEFAULT_MAX_BYTES);
  for (const [name, part] of parts) {
    const problem = readByMammoth(name) ? xmlProblem(part.toString("utf8")) : null;
    if (problem !== null) throw corrupt(`its ${name} ${problem}`);
  }
  const text = (name: string): string | null => parts.get(name)?.toString("utf8") ?? null;
  const documentXml = text("word/document.xml");
  if (documentXml === null) throw corrupt("the zip archive has no word/document.xml");
  const warnings: Warning[] = [];
  const numbered = numberParagraphs(documentXml, text("word/numbering.xml"), text("word/styles.xml"));
  if (numbered.unresolved > 0) {
    const one = numbered.unresolved === 1;
    warnings.push({
      code: "docx-numbering-unresolved",
      message: `${numbered.unresolved} numbered paragraph${one ? "" : "s"} name${one ? "s" : ""} a list word/numbering.xml does not define: read without ${one ? "its number" : "their numbers"}`,
      source: null,
    });
  }
  if (numbered.numbered > 0) parts.set("word/document.xml", Buffer.from(numbered.xml, "utf8"));
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    // mammoth reads the XML parts again from an archive of them stored unpacked: nothing in it can unpack to more
    const unpacked = new JSZipClass();
    for (const [name, part] of parts) unpacked.file(name, part);
    const buffer = await unpacked.generateAsync({ type: "nodebuffer", compression: "STORE" });
    result = await mammoth.convertToHtml(
      { buffer },
      // images are not text: an empty <img> instead of the picture's bytes as a data URI; linked files are never fetched
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })), externalFileAccess: false },
    );
  } catch (error) {
    if (error instanceof MinutesError) throw error;
    throw corrupt(reasonOf(error), error);
  }
  const problems = result.messages.filter((m) => !FORMATTING_ONLY.some((f) => m.message.toLowerCase().startsWith(f)));
  if (problems.length > 0) {
    const shown = problems.slice(0, MESSAGES_SHOWN).map((m) => m.message.replace(/\s+/g, " ").trim());
    const more = problems.length > MESSAGES_SHOWN ? ` and ${problems.length - MESSAGES_SHOWN} more` : "";
    warnings.push({
      code: "docx-conversion",
      message: `the Word document's conversion reported ${problems.length} problem${problems.length === 1 ? "" : "s"}, some text may be missing: ${shown.join("; ")}${more}`,
      source: null,
    });
  }
  const lines = htmlToLines(result.value).map((line) => line.text);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return { lines, warnings };
}

/** A Word document's lines for the parser: those of its derived text, which `source.line` counts. */
export async function readDocxLines(bytes: Uint8Array, options: IngestOptions = {}): Promise<SourceText> {
  const docx = await reconstructDocxText(bytes, options);
  const text = docx.lines.join("\n");
  if (text.trim() === "") throw new MinutesError("E_EMPTY", "the Word document has no text");
  return fromText(text, { format: "docx", encoding: null, warnings: docx.warnings });
}
