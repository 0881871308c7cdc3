// Bytes to a string: UTF-8 (with or without BOM), UTF-16 with a BOM (or plainly UTF-16 without one, with a warning), else Windows-1252 with a warning.
import { isUtf8 } from "node:buffer";
import { MinutesError } from "../errors.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  /** True when the bytes were not UTF-8 and a fallback was used: worth a warning. */
  fallback: boolean;
  /** True when the encoding (UTF-16 without a byte-order mark) was guessed from the bytes: worth a warning. */
  guessed?: boolean;
}

/** Bytes looked at to guess UTF-16 without a BOM. */
const UTF16_SNIFF = 4096;

/**
 * UTF-16 without a byte-order mark, as some Windows tools save text: most characters of minutes are ASCII, so one byte
 * of each pair (the odd ones in little-endian, the even ones in big-endian) is almost always zero and the other almost
 * never. The guess holds only when the whole input then decodes as valid UTF-16 to text without NULs and with
 * few control characters.
 */
export function guessUtf16(bytes: Uint8Array): { text: string; encoding: "utf-16le" | "utf-16be" } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const pairs = Math.min(bytes.length, UTF16_SNIFF) >> 1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  const encoding = oddZero >= pairs * 0.6 && evenZero <= pairs * 0.05 ? "utf-16le" : evenZero >= pairs * 0.6 && oddZero <= pairs * 0.05 ? "utf-16be" : null;
  if (!encoding) return null;
  const text = tryDecode(encoding, bytes);
  if (text === null || text.includes("\u0000")) return null;
  // binary data of 16-bit numbers can pass the zero test: text has few controls besides tab, line feed and return
  const head = text.slice(0, UTF16_SNIFF / 2);
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if ((head.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g)?.length ?? 0) > head.length * 0.02) return null;
  return { text, encoding };
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
    return { text: decodeStrict("utf-16le", bytes.subarray(2)), encoding: "utf-16le", fallback: false };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decodeStrict("utf-16be", bytes.subarray(2)), encoding: "utf-16be", fallback: false };
  }
  // UTF-16 without a BOM (its NUL bytes would otherwise pass for UTF-8): decoded when the bytes are plainly UTF-16
  const utf16 = guessUtf16(bytes);
  if (utf16) return { ...utf16, fallback: false, guessed: true };
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
  if (text === null) {
    const name = label.toUpperCase();
    const why = label !== "utf-8" && bytes.length % 2 !== 0 ? ` (an odd number of bytes)` : "";
    throw new MinutesError("E_ENCODING", `the input has a ${name} byte-order mark but is not valid ${name}${why}`);
  }
  return text;
}
