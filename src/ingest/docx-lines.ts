// Word (.docx) input to lines: Word's list numbers are written into the text (docx-numbering.ts), mammoth converts the
// document to HTML, and the HTML ingest (html.ts) reduces it to lines. The lines are joined into a text, read like any
// text: `source.line` counts the lines of that text, which `minutes text` prints. Loaded only for docx input (mammoth and
// jszip are imported here, on first use).
import { MinutesError } from "../errors.js";
import type { Warning } from "../types/minutes.js";
import { numberParagraphs } from "./docx-numbering.js";
import { htmlToLines } from "./html.js";
import type { IngestOptions } from "./index.js";
import { fromText } from "./index.js";
import type { SourceText } from "./source-text.js";

/** Mammoth messages about formatting only (styles it has no mapping for, images): nothing of the text is lost. */
const FORMATTING_ONLY = ["unrecognised paragraph style", "unrecognised run style", "unrecognised table style", "image of type"];

/** Examples of mammoth's messages given in the warning. */
const MESSAGES_SHOWN = 3;

function corrupt(reason: string, cause?: unknown): MinutesError {
  return new MinutesError("E_DOCX_CORRUPT", `the Word document (docx) cannot be read: ${reason}`, { cause });
}

/** A one-line reason from a thrown value. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]?.trim() || "unknown error";
}

export interface DocxText {
  /** The lines of the derived text, as `minutes text` prints them. */
  lines: string[];
  warnings: Warning[];
}

/** The text of a Word document: its paragraphs as lines, Word's list numbers written in. */
export async function reconstructDocxText(bytes: Uint8Array): Promise<DocxText> {
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import("jszip"), import("mammoth")]);
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw corrupt(`the zip archive is damaged or cut short (${reasonOf(error)})`, error);
  }
  const read = async (name: string): Promise<string | null> => {
    const entry = zip.file(name);
    if (!entry) return null;
    try {
      return await entry.async("string");
    } catch (error) {
      throw corrupt(`its ${name} is damaged (${reasonOf(error)})`, error);
    }
  };
  const documentXml = await read("word/document.xml");
  if (documentXml === null) throw corrupt("the zip archive has no word/document.xml");
  const warnings: Warning[] = [];
  const numbered = numberParagraphs(documentXml, await read("word/numbering.xml"), await read("word/styles.xml"));
  if (numbered.unresolved > 0) {
    warnings.push({
      code: "docx-numbering-unresolved",
      message: `${numbered.unresolved} numbered paragraph${numbered.unresolved === 1 ? "" : "s"} name${numbered.unresolved === 1 ? "s" : ""} a list word/numbering.xml does not define: read without ${numbered.unresolved === 1 ? "its number" : "their numbers"}`,
      source: null,
    });
  }
  if (numbered.numbered > 0) zip.file("word/document.xml", numbered.xml);
  let result: { value: string; messages: { type: string; message: string }[] };
  try {
    const buffer = numbered.numbered > 0 ? await zip.generateAsync({ type: "nodebuffer", compression: "STORE" }) : Buffer.from(bytes);
    result = await mammoth.convertToHtml(
      { buffer },
      // images are not text: an empty <img> instead of the picture's bytes as a data URI
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
  return { lines: htmlToLines(result.value).map((line) => line.text), warnings };
}

export async function readDocxLines(bytes: Uint8Array, _options: IngestOptions = {}): Promise<SourceText> {
  const docx = await reconstructDocxText(bytes);
  const text = docx.lines.join("\n");
  if (text.trim() === "") throw new MinutesError("E_EMPTY", "the Word document has no text");
  return fromText(text, { format: "docx", encoding: null, warnings: docx.warnings });
}
