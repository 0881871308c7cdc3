// Items numbered with a bare figure and no stop, one a line with no blank line between ("1 Attendance: …" / "2 Apologies:
// …" / "3 Challenge to the Chair: …"): read by a markdown reader as one paragraph. Where the figures run on in sequence,
// each such line is set apart as a paragraph of its own, so that the numbering is read as the items'.
import type { SourceLine } from "./source-text.js";

/** A line opening with a bare item number, one or two figures, then a capitalised word: "1 Attendance: …". */
const BARE_NUMBER = /^\s*(\d{1,2})\s+(?=\p{Lu})/u;
/** Fewest lines numbered in sequence that make the items' numbering. */
const MIN_SEQUENCE = 3;

/** The lines with each line of a bare-numbered sequence (1, 2, 3 …, no stop) set apart by a blank line before it. */
export function separateBareNumbers(lines: SourceLine[]): SourceLine[] {
  const numbered = lines.flatMap((line, i) => {
    const m = BARE_NUMBER.exec(line.text);
    return m ? [{ i, n: Number(m[1]) }] : [];
  });
  // every run of three or more numbers from 1 that go up by one, other lines between them allowed
  const apart = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= MIN_SEQUENCE) for (const i of run) apart.add(i);
    run = [];
  };
  let previous = 0;
  for (const { i, n } of numbered) {
    if (run.length > 0 && n === previous + 1) run.push(i);
    else {
      close();
      run = n === 1 ? [i] : [];
    }
    previous = n;
  }
  close();
  if (apart.size === 0) return lines;
  const out: SourceLine[] = [];
  lines.forEach((line, i) => {
    if (apart.has(i) && i > 0 && lines[i - 1]!.text.trim() !== "") out.push({ ...line, text: "" });
    out.push(line);
  });
  return out;
}
