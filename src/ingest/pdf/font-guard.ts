// Refuses a PDF whose embedded TrueType/OpenType font has a character map that would make pdf.js run out of memory.
// pdf.js's readCmapTable lists every code of every range of a font's 'cmap' subtable, one object each, with no bound: a
// damaged range ("codes 0 to 4,000,000,000") fills the heap and kills the process (a V8 fatal error, no exception to catch).
import { constants, inflateRawSync } from "node:zlib";
import { MinutesError } from "../../errors.js";

/** Codes a cmap subtable may list: a whole-Unicode font maps about 1.1 million; pdf.js copes with a few million. */
const MAX_CMAP_CODES = 1 << 22;
/** Largest font program inflated for the check (fonts are KB to a few MB). */
const MAX_FONT_BYTES = 64 * 1024 * 1024;
/** How far after "/Length1" or "/OpenType" the stream's data may start. */
const DICT_WINDOW = 4096;

/** Reads as pdf.js's Stream does: a read past the end gives -1 (uint16) or 0xFFFFFFFF (uint32). */
function reader(font: Uint8Array) {
  const byte = (at: number) => (at >= 0 && at < font.length ? font[at]! : -1);
  const u16 = (at: number) => (byte(at) === -1 || byte(at + 1) === -1 ? -1 : (byte(at) << 8) + byte(at + 1));
  const u32 = (at: number) => (((byte(at) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3)) >>> 0);
  return { u16, u32 };
}

/** The most codes any 'cmap' subtable of the font would have pdf.js list (formats 2, 4 and 12; the others are small). */
export function largestCmap(font: Uint8Array): number {
  const { u16, u32 } = reader(font);
  const tables = u16(4);
  let cmap = -1;
  for (let i = 0; i < tables && 12 + 16 * i + 16 <= font.length; i++) {
    const at = 12 + 16 * i;
    if (font[at] === 0x63 && font[at + 1] === 0x6d && font[at + 2] === 0x61 && font[at + 3] === 0x70) cmap = u32(at + 8);
  }
  if (cmap < 0 || cmap >= font.length) return 0;
  let largest = 0;
  const subtables = u16(cmap + 2);
  for (let i = 0; i < subtables && cmap + 12 + 8 * i <= font.length; i++) {
    const at = cmap + u32(cmap + 4 + 8 * i + 4);
    let codes = 0;
    const format = u16(at);
    if (format === 12) {
      // a group past the end reads as start = end = 0xFFFFFFFF: one code each
      const groups = u32(at + 12);
      const inData = Math.max(0, Math.min(groups, Math.floor((font.length - at - 16) / 12)));
      for (let g = 0; g < inData && codes <= MAX_CMAP_CODES; g++) {
        const start = u32(at + 16 + 12 * g);
        const end = u32(at + 20 + 12 * g);
        if (end >= start) codes += end - start + 1;
      }
      codes += groups - inData;
    } else if (format === 4) {
      const segments = u16(at + 6) >> 1;
      for (let s = 0; s < segments && codes <= MAX_CMAP_CODES; s++) {
        const end = u16(at + 14 + 2 * s);
        const start = u16(at + 16 + 2 * segments + 2 * s);
        if (end >= start) codes += end - start + 1;
      }
    } else if (format === 2) {
      // up to 256 sub-headers of up to 65,535 codes
      for (let k = 0; k < 256 && codes <= MAX_CMAP_CODES; k++) {
        const key = u16(at + 6 + 2 * k) >> 3;
        if (key > 0) codes += Math.max(0, u16(at + 6 + 512 + 8 * key + 2));
      }
    }
    largest = Math.max(largest, codes);
  }
  return largest;
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, from, "latin1");
}

function lastIndexOf(bytes: Uint8Array, needle: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).lastIndexOf(needle, from, "latin1");
}

/** The data of the stream whose dictionary holds the key at `key`, decoded as pdf.js would (Flate, leniently), or null. */
function fontProgram(bytes: Uint8Array, key: number): Uint8Array | null {
  const stream = indexOf(bytes, "stream", key);
  if (stream < 0 || stream - key > DICT_WINDOW) return null;
  // the whole dictionary: its /Length and /Filter may come before the key
  const object = lastIndexOf(bytes, "obj", key);
  const from = object >= 0 && key - object <= DICT_WINDOW ? object : key;
  const dict = Buffer.from(bytes.buffer, bytes.byteOffset + from, stream - from).toString("latin1");
  if (/endobj|endstream/.test(dict)) return null;
  let start = stream + "stream".length;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict);
  const end = length ? Math.min(bytes.length, start + Number(length[1])) : indexOf(bytes, "endstream", start);
  if (end <= start) return null;
  const data = bytes.subarray(start, end);
  const filters = dict.match(/\/(?:FlateDecode|Fl|LZWDecode|ASCII85Decode|ASCIIHexDecode|RunLengthDecode|Crypt|DCTDecode)\b/g) ?? [];
  if (filters.length === 0) return data;
  if (filters.length > 1 || !/^\/Fl/.test(filters[0]!)) return null;
  // raw deflate after the two-byte zlib header, no checksum: pdf.js reads a stream whose checksum is broken all the same
  try {
    const body = (data[0]! & 0x0f) === 8 ? data.subarray(2) : data;
    return inflateRawSync(body, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_FONT_BYTES });
  } catch {
    return null;
  }
}

/** Throws E_PDF_CORRUPT when an embedded TrueType or OpenType font's character map would exhaust pdf.js's memory. */
export function checkFontPrograms(bytes: Uint8Array): void {
  for (const key of ["/Length1", "/OpenType"]) {
    for (let at = indexOf(bytes, key, 0); at >= 0; at = indexOf(bytes, key, at + key.length)) {
      const font = fontProgram(bytes, at);
      if (!font) continue;
      const codes = largestCmap(font);
      if (codes > MAX_CMAP_CODES) {
        throw new MinutesError(
          "E_PDF_CORRUPT",
          `the PDF cannot be read: an embedded font is damaged (its character map lists ${codes} codes, more than the reader can hold)`,
        );
      }
    }
  }
}
