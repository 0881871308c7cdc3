// Running headers and footers that a PDF converted to text keeps: blanked, in place, when they repeat a page apart with a
// growing page number; a line that only looks like one is kept.
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/ingest/lines.js";
import { dropRunningFooters } from "../../src/ingest/running-footers.js";
import type { Warning } from "../../src/types/minutes.js";

const body = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i + 1} of the minutes text.`);
const run = (lines: string[]) => {
  const warnings: Warning[] = [];
  const out = dropRunningFooters(splitLines(lines.join("\n")), warnings);
  return { texts: out.map((l) => l.text), warnings };
};

describe("dropRunningFooters", () => {
  it("blanks a footer with a page number set far to the right, on every page", () => {
    // Sacramento County Board of Education, 13 September 2022: the footer glued to the heading after it
    const footer = (page: number) => `09.13.22 Special Meeting Minutes                                 ${page}`;
    const lines = [...body(12), footer(1), "3. Report from Closed Session", ...body(12), footer(2)];
    const { texts, warnings } = run(lines);
    expect(texts).toHaveLength(lines.length);
    expect(texts[12]).toBe("");
    expect(texts[13]).toBe("3. Report from Closed Session");
    expect(texts[26]).toBe("");
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([
      ["page-furniture-removed", 13],
      ["page-furniture-removed", 27],
    ]);
  });

  it('blanks "June 11, 2025 Page 2" repeated page after page', () => {
    const lines = [...body(15), "June 11, 2025 Page 2", ...body(15), "June 11, 2025 Page 3"];
    expect(run(lines).texts.filter((t) => t.startsWith("June"))).toEqual([]);
  });

  it("keeps a line printed once, rows of a table, and numbers that do not grow", () => {
    const once = [...body(12), "Minutes of the meeting                 1", ...body(3)];
    expect(run(once).warnings).toEqual([]);
    const table = ["Balance brought forward        120", "Balance carried forward        340", "Balance brought forward        560"];
    expect(run(table).warnings).toEqual([]);
    const shrinking = [...body(12), "Report Page 3", ...body(12), "Report Page 2"];
    expect(run(shrinking).warnings).toEqual([]);
  });
});
