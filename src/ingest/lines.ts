// Text to normalised lines: CRLF/CR line endings, tabs, non-breaking and other odd spaces, each line keeping its source line number.
import { decodeWindows1252 } from "./decode.js";
import type { SourceLine } from "./source-text.js";

/** Line breaks: CRLF, lone CR, LF, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
/** Spaces that are not U+0020: no-break, thin, figure, ideographic and the like. Tabs are handled apart. */
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters of no width that break words apart when searched: zero-width space and joiners, soft hyphen, BOM. */
const INVISIBLE = /[\u200b-\u200d\u00ad\ufeff]/g;
/** C0 controls (but tab), DEL and C1 controls: never meaningful in minutes, and unsafe to echo to a terminal. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** C1 controls in decoded text are Windows-1252 bytes read as Latin-1 upstream ("\u0092" for "’"). */
const C1 = /[\u0080-\u009f]/g;
/** Half a surrogate pair (a string given to the library can hold one): the replacement character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character normaliseLine changes besides trailing spaces: most text has none, and skips the per-line work. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_NORMALISING = /[\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00a0\u00ad\u1680\u2000-\u200d\u202f\u205f\u3000\ufeff\ud800-\udfff]/;
/** Any character removeControls changes. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HAS_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff]/;

const TAB_WIDTH = 4;

/** Expand tabs to the next multiple of the tab width, so indentation keeps its meaning. */
export function expandTabs(line: string): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(TAB_WIDTH - (out.length % TAB_WIDTH));
    else out += ch;
  }
  return out;
}

/**
 * Make text safe to print: C1 controls read as the Windows-1252 characters they stand for (the five bytes it leaves
 * unassigned are dropped), other controls but tab dropped, half surrogate pairs replaced by U+FFFD.
 */
export function removeControls(text: string): string {
  if (!HAS_CONTROL.test(text)) return text;
  return text
    .replace(C1, (ch) => decodeWindows1252(new Uint8Array([ch.charCodeAt(0)])))
    .replace(CONTROL, "")
    .replace(LONE_SURROGATE, "\ufffd");
}

/** Normalise one line's characters; trailing white space goes. */
export function normaliseLine(line: string): string {
  return expandTabs(removeControls(line.replace(ODD_SPACE, " ").replace(INVISIBLE, ""))).trimEnd();
}

/** Split text into normalised lines, numbered from 1 as in the source. */
export function splitLines(text: string, page: number | null = null): SourceLine[] {
  const clean = !NEEDS_NORMALISING.test(text);
  return text.split(LINE_BREAK).map((raw, i) => ({ text: clean ? raw.trimEnd() : normaliseLine(raw), line: i + 1, page }));
}

/**
 * Remove the indentation every non-blank line shares, such as a page margin kept by a layout-preserving converter.
 * Relative indentation, which marks nesting, is kept.
 */
export function dedentCommonIndent(lines: SourceLine[]): SourceLine[] {
  let common = Infinity;
  for (const { text } of lines) {
    if (text.trim() === "") continue;
    common = Math.min(common, text.length - text.trimStart().length);
    if (common === 0) return lines;
  }
  if (!Number.isFinite(common)) return lines;
  return lines.map((line) => ({ ...line, text: line.text.slice(common) }));
}
