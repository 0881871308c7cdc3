// Front matter of markdown posts, YAML between "---" fences or TOML between "+++" fences: its title is the document's
// heading, its date is kept aside (a post's date, which stands for the meeting's only when the minutes print none), and the
// rest (tags, authors, edit dates) is not minutes.
import type { SourceLine } from "./source-text.js";

/** The fences of each kind of front matter, and how its title and date fields start ("title: …", `title = "…"`). */
const KINDS = [
  { fence: /^---\s*$/, title: /^title:/, date: /^date:/ },
  { fence: /^\+\+\+\s*$/, title: /^title\s*=/, date: /^date\s*=/ },
];
/** A value in quotes: "Board meeting: 2024-02-03". */
const QUOTED = /^(["'])(.*)\1$/;

/** A field's value, when the line is that field: what follows the field's name, without its quotes. */
function valueOf(line: string, field: RegExp): string | null {
  const name = field.exec(line);
  if (!name) return null;
  const value = line.slice(name[0].length).trim();
  return (QUOTED.exec(value)?.[2] ?? value).replace(/\s+/g, " ").trim();
}
const MAX_FRONT_MATTER_LINES = 60;

export interface FrontMatter {
  /** The lines, the front matter blanked but for its title; line numbers stay as in the source. */
  lines: SourceLine[];
  /** The front matter's date as written ("2019-09-16 6:00pm"), with its line. */
  date: { text: string; line: number } | null;
}

/** Take the front matter apart, if the lines start with one. */
export function unwrapFrontMatter(lines: SourceLine[]): FrontMatter {
  const kind = KINDS.find((k) => k.fence.test(lines[0]?.text ?? ""));
  if (!kind) return { lines, date: null };
  const end = lines.findIndex((line, i) => i > 0 && kind.fence.test(line.text));
  if (end === -1 || end > MAX_FRONT_MATTER_LINES) return { lines, date: null };
  let date: FrontMatter["date"] = null;
  const unwrapped = lines.map((line, i) => {
    if (i > end) return line;
    const dated = valueOf(line.text, kind.date);
    if (dated && !date) date = { text: dated, line: line.line };
    return { ...line, text: valueOf(line.text, kind.title) ?? "" };
  });
  return { lines: unwrapped, date };
}
