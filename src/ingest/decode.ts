// Bytes to a string: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 with a warning.
import { isUtf8 } from "node:buffer";
import { MinutesError } from "../errors.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** True when the bytes were not UTF-8 and a fallback was used: worth a warning. */
  fallback: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decode input bytes to text, choosing the encoding from the BOM and the byte content. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, UTF8_BOM)) {
    return { text: decodeStrict("utf-8", bytes.subarray(3)), encoding: "utf-8", fallback: false };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", fallback: false };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", fallback: false };
  }
  // isUtf8 checks validity at memory speed; toString then decodes without a second check
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8"), encoding: "utf-8", fallback: false };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252", fallback: true };
}

/** Windows-1252's letters for bytes 0x80-0x9F (Latin-1 has controls there); the five unassigned bytes stay as C1 codes. */
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Node's TextDecoder("windows-1252") decodes as Latin-1, so the table is applied here. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(label: string, bytes: Uint8Array): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new MinutesError("E_ENCODING", `the input has a ${label} byte-order mark but is not valid ${label}`);
  return text;
}
