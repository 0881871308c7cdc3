// Assemble and validate: the pipeline from input to a schema-valid minutes document.
// ingest (bytes → lines) → parse (lines → mdast) → recognize (tree → meeting, attendance, items) → assemble → validate.
import { createHash } from "node:crypto";
import { MinutesError } from "./errors.js";
import { fromText, ingest, type IngestOptions } from "./ingest/index.js";
import type { InputFormat, SourceText } from "./ingest/source-text.js";
import { parseLines } from "./parse/index.js";
import { recognize, type Recognized } from "./recognize/index.js";
import type { MinutesDocument } from "./types/minutes.js";
import { validateDocument } from "./validate.js";

export const SCHEMA_VERSION = "1.0.0" as const;

export interface ParseOptions extends IngestOptions {
  /** The style configuration to read the minutes with ("uk-committee", "uk-parish", "irish", "canadian", "us-board"),
   * or "auto" (the default) to detect it. */
  style?: string;
  /** Skip schema validation (it is on by default; an invalid document is a bug and throws E_INVALID_OUTPUT). */
  validate?: boolean;
  /** Refuse a document that is not minutes (document_type "unknown" or "agenda") with E_NOT_MINUTES. */
  requireMinutes?: boolean;
}

/** The warning on a document in which nothing of minutes was found (document_type "unknown"). */
const NOT_MINUTES_MESSAGE = "no minutes structure found: no meeting, attendance or numbered items";

/** "minutes" when the document records a meeting, "agenda" when it announces one. */
// Linear: leading blanks stay on their line and every run of blanks is taken whole ((?!…)), so no run is split two ways.
const AGENDA = /^[^\S\n\r\u2028\u2029]*(?![^\S\n\r\u2028\u2029])(?:#+\s*(?!\s))?(?:[\w ,.&'-]{0,80}\s)?agenda\b/im;
const MINUTES = /\bminutes\b/i;
const AGENDA_TITLE = /^(?:#+\s*(?!\s))?(?:[A-Z0-9 ,.&'-]{0,80}\s)?AGENDA\b/;
const MINUTES_TITLE = /\bMINUTES\b|^(?:#+\s*)?(?:draft\s+)?[Mm]inutes\b/;

function documentType(text: SourceText, found: Recognized): MinutesDocument["document_type"] {
  const head = text.lines.slice(0, 40).map((l) => l.text).join("\n");
  const recorded = found.attendance.present.length > 0 || found.items.some((item) => item.resolutions.length > 0);
  // titled as an agenda ("AGENDA – April 24, 2019") and never as minutes: an agenda may list "Approval of the Minutes"
  const titles = text.lines.slice(0, 15).map((l) => l.text.trim());
  // an agenda records no one as present: a roll call with people present ("… Commissioner Present") is minutes,
  // whatever a line such as "2. APPROVAL OF THE AGENDA" says
  // …nor the result of a vote: "Motion carried" records a meeting that was held
  const attended = found.attended || found.items.some((item) => item.motions.some((motion) => motion.result !== null));
  if (!attended && titles.some((t) => AGENDA_TITLE.test(t)) && !titles.some((t) => MINUTES_TITLE.test(t))) return "agenda";
  if (!attended && AGENDA.test(head) && !MINUTES.test(head)) return "agenda";
  if (recorded || MINUTES.test(head)) return "minutes";
  return found.items.length > 0 ? "minutes" : "unknown";
}

/** Build the document from ingested lines. Pure: no I/O. */
export function buildDocument(text: SourceText, meta: { path: string | null; sha256: string; bytes: number; style?: string }): MinutesDocument {
  const tree = parseLines(text);
  const found = recognize(tree, text, { style: meta.style });
  const type = documentType(text, found);
  const notMinutes = type === "unknown" ? [{ code: "not-minutes", message: NOT_MINUTES_MESSAGE, source: null }] : [];
  return {
    schema_version: SCHEMA_VERSION,
    document_type: type,
    style: found.style,
    source: { path: meta.path, format: text.format, sha256: meta.sha256, bytes: meta.bytes, pages: text.pages, encoding: text.encoding },
    meeting: found.meeting,
    // an agenda's roll-call roster is who is expected, not who attended: it stays in its item's content
    attendance: type === "agenda" ? { present: [], apologies: [], absent: [], in_attendance: [] } : found.attendance,
    items: found.items,
    warnings: [...text.warnings, ...found.warnings, ...notMinutes],
  };
}

/** With `requireMinutes`, anything but minutes is refused: E_NOT_MINUTES. */
function required(document: MinutesDocument, requireMinutes: boolean | undefined): MinutesDocument {
  if (!requireMinutes || document.document_type === "minutes") return document;
  const what = document.document_type === "agenda" ? "an agenda, not minutes" : `not minutes: ${NOT_MINUTES_MESSAGE}`;
  throw new MinutesError("E_NOT_MINUTES", `the input is ${what} (minutes are required)`);
}

function checked(document: MinutesDocument, validate: boolean | undefined): MinutesDocument {
  if (validate === false) return document;
  const result = validateDocument(document);
  if (!result.valid) {
    throw new MinutesError("E_INVALID_OUTPUT", `the output does not match the schema (a bug): ${result.errors.join("; ")}`, {
      details: result.errors,
    });
  }
  return document;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Parse minutes from bytes (any supported format) or a string. */
export async function parseMinutes(input: Uint8Array | string, options: ParseOptions = {}): Promise<MinutesDocument> {
  if (typeof input === "string") {
    if (options.format === "pdf" || options.format === "docx") {
      throw new MinutesError("E_USAGE", `a ${options.format === "pdf" ? "PDF" : "Word document"} must be given as bytes, not as a string`);
    }
    return parseMinutesText(input, { ...options, format: options.format });
  }
  const text = await ingest(input, options);
  const document = buildDocument(text, { path: options.path ?? null, sha256: sha256(input), bytes: input.length, style: options.style });
  return required(checked(document, options.validate), options.requireMinutes);
}

/** Parse minutes from a string of text or markdown, synchronously. */
export function parseMinutesText(input: string, options: ParseOptions & { format?: Exclude<InputFormat, "pdf" | "docx"> } = {}): MinutesDocument {
  const text = fromText(input, { format: options.format ?? "text", encoding: "utf-8" });
  const bytes = Buffer.byteLength(input, "utf8");
  const document = buildDocument(text, { path: options.path ?? null, sha256: sha256(input), bytes, style: options.style });
  return required(checked(document, options.validate), options.requireMinutes);
}
