// Front matter of markdown posts, YAML between "---" fences or TOML between "+++" fences: its title is the document's
// heading, its date is kept aside (a post's date, which stands for the meeting's only when the minutes print none), and the
// rest (tags, authors, edit dates) is not minutes.
import type { SourceLine } from "./source-text.js";

/** The fences of each kind of front matter, how its title fields start ("title: …", `title = "…"`, "subtitle: Regular
 * Meeting of the Port of Alsea Board of Commissioners"), and its date field. */
const KINDS = [
  { fence: /^---\s*$/, title: /^(?:sub)?title:/, date: /^date:/, field: /^[\w-]+:(?:\s|$)/ },
  { fence: /^\+\+\+\s*$/, title: /^(?:sub)?title\s*=/, date: /^date\s*=/, field: /^[\w-]+\s*=/ },
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
  const kind = KINDS.find((k) => k.fence.test(lines[0]?.text ?? "")) ?? unfenced(lines);
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

/** Front matter whose opening fence was lost, only its closing one left: "title: OpenAFS Foundation Meeting Notes" /
 * "nav: [about]" / "---". Every line before the fence is a field, the first of them a title. */
function unfenced(lines: SourceLine[]): (typeof KINDS)[number] | undefined {
  const yaml = KINDS[0]!;
  if (!yaml.title.test(lines[0]?.text ?? "")) return undefined;
  const end = lines.findIndex((line) => yaml.fence.test(line.text));
  if (end < 1 || end > MAX_FRONT_MATTER_LINES || !lines.slice(0, end).every((line) => yaml.field.test(line.text))) return undefined;
  return yaml;
}
