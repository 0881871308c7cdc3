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

/** The gap between two columns of a table set out in text: three spaces or more (ingest writes three). */
const COLUMN_GAP = /\s{3,}/;

/** The cells of a line set out in columns, a column gap apart: "Name   Call Sign   Position". */
export const columnCells = (line: string): string[] => line.trim().split(COLUMN_GAP).filter(Boolean);

/** A table set out in columns with no rules, as an HTML table's rows or a PDF's layout give it: a header line of column
 * names, then rows, each with its cells a column gap apart ("Name   Call Sign   Position" / "Barney Baker   VA3BGB
 * Member"). Null when the first line or most rows have no second column. */
export function columnTable(text: string): PipeTable | null {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return null;
  const [header, ...rows] = lines.map(columnCells);
  if (header!.length < 2 || rows.filter((row) => row.length >= 2).length * 2 < rows.length) return null;
  return { header: header!, rows };
}
