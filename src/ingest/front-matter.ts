// YAML front matter of markdown posts: its title is the document's heading, the rest (publication date, tags) is not minutes.
import type { SourceLine } from "./source-text.js";

const FENCE = /^---\s*$/;
/** `title: "STOKE FERRY PARISH COUNCIL Draft Minutes …"` */
// Linear: the blanks after "title:" are taken whole, and a line break that anything but blanks follows fails it at once.
const TITLE = /^title:\s*(?!\s)(?=[^\n\r\u2028\u2029]*(?:[\n\r\u2028\u2029]\s*)?$)(["']?)(.*)\1\s*$/;
const MAX_FRONT_MATTER_LINES = 60;

/** Blank the front matter's lines, keeping its title as a line of text; line numbers stay as in the source. */
export function unwrapFrontMatter(lines: SourceLine[]): SourceLine[] {
  if (!FENCE.test(lines[0]?.text ?? "")) return lines;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line.text));
  if (end === -1 || end > MAX_FRONT_MATTER_LINES) return lines;
  return lines.map((line, i) => {
    if (i > end) return line;
    const title = TITLE.exec(line.text);
    return { ...line, text: title ? title[2]!.replace(/\s+/g, " ").trim() : "" };
  });
}
