// Reading one document for `show` and `export`: the JSON that `minutes parse` wrote (told by its schema_version), or minutes in any input format, parsed.
import type { ParseOptions } from "../document.js";
import { MinutesError } from "../errors.js";
import type { MinutesDocument } from "../types/minutes.js";
import { minutesSchema, validateDocument } from "../validate.js";

const BRACE = 0x7b;
const WHITE_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Whether the bytes open like a JSON object: `{` after a UTF-8 byte-order mark and white space. */
function opensLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && WHITE_SPACE.has(bytes[i] as number)) i++;
  return bytes[i] === BRACE;
}

/**
 * The value of a JSON document that says it is minutes output (an object with `schema_version`), or null for anything
 * else (minutes text, or JSON of another kind, are parsed as minutes like any input).
 */
export function minutesJson(bytes: Uint8Array): Record<string, unknown> | null {
  if (!opensLikeJson(bytes)) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8").decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("schema_version" in value)) return null;
  return value as Record<string, unknown>;
}

/** A JSON value that says it is minutes output, checked against the schema: E_INVALID_DOCUMENT when it does not match. */
export function checkedMinutesJson(value: Record<string, unknown>, requireMinutes?: boolean): MinutesDocument {
  const expected = (minutesSchema() as { properties: { schema_version: { const: string } } }).properties.schema_version.const;
  if (value.schema_version !== expected) {
    throw new MinutesError("E_INVALID_DOCUMENT", `the JSON was written for schema ${JSON.stringify(value.schema_version)}; this minutes reads schema ${expected}: parse the minutes again`);
  }
  const result = validateDocument(value);
  if (!result.valid) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : "";
    throw new MinutesError("E_INVALID_DOCUMENT", `the JSON does not match the minutes schema: ${result.errors[0] ?? "invalid"}${more}`, { details: result.errors });
  }
  const doc = value as unknown as MinutesDocument;
  if (requireMinutes && doc.document_type !== "minutes") {
    throw new MinutesError("E_NOT_MINUTES", `the input is ${doc.document_type === "agenda" ? "an agenda" : "not minutes"} (minutes are required)`);
  }
  return doc;
}

/** A document from bytes: minutes JSON as it is (checked), anything else parsed as `minutes parse` does. */
export async function loadDocument(bytes: Uint8Array, options: ParseOptions): Promise<MinutesDocument> {
  const json = minutesJson(bytes);
  if (json) return checkedMinutesJson(json, options.requireMinutes);
  const { parseMinutes } = await import("../document.js");
  return parseMinutes(bytes, options);
}
