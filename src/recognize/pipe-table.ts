// Markdown pipe tables, as converters write them in minutes: a header row, the rule under it, then one row a line
// ("| Name | Call Sign | Position |" / "|------|-----------|----------|" / "| Carl Mercer | VA3CPY | President |").
// Read here once for every recognizer that takes a table's columns (motions, attendance).

/** A table's header and its rows, each a list of trimmed cells. */
export interface PipeTable {
  header: string[];
  rows: string[][];
}

const cells = (line: string): string[] => line.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim());
/** The rule under the header: "|------|:---:|". */
const SEPARATOR_ROW = /^\|?\s*:?-{2,}/;

/** The table a block holds, or null when its lines are no pipe table with a header and the rule under it. */
export function pipeTable(text: string): PipeTable | null {
  const lines = text.split("\n").filter((l) => l.trim().startsWith("|"));
  if (lines.length < 3 || !SEPARATOR_ROW.test(lines[1]!.trim())) return null;
  return { header: cells(lines[0]!), rows: lines.slice(2).map(cells) };
}
