// Repairs of PDF-to-text damage, on the cases the Rotherham text shows.
import { describe, expect, it } from "vitest";
import { dropStrayText, joinBrokenHyphenatedNames, rejoinSplitSentences, repairConversionDamage } from "../../src/ingest/repair.js";
import { splitLines } from "../../src/ingest/lines.js";
import type { Warning } from "../../src/types/minutes.js";

const texts = (text: string, repair: (l: ReturnType<typeof splitLines>) => ReturnType<typeof splitLines>) =>
  repair(splitLines(text)).map((l) => l.text);

describe("rejoinSplitSentences", () => {
  it("rejoins a bullet split by a blank line mid-sentence", () => {
    expect(texts("- Recruitment remained a challenge. There was\n\nalso an ageing foster carer population.", rejoinSplitSentences)).toEqual([
      "- Recruitment remained a challenge. There was",
      "also an ageing foster carer population.",
    ]);
  });
  it("rejoins after a closing bracket: (CAMHS) / assessments…", () => {
    expect(texts("- access Services (CAMHS)\n\nassessments and interventions when needed.\n\n- Next", rejoinSplitSentences)).toEqual([
      "- access Services (CAMHS)",
      "assessments and interventions when needed.",
      "",
      "- Next",
    ]);
  });
  it("leaves apart a finished sentence, a heading ending in a dash, and a new bullet", () => {
    const input = "It was noted.\n\nthe next paragraph\n\nChallenges-\n\nsomething\n\n- a point without stop\n\n- b";
    expect(texts(input, rejoinSplitSentences)).toEqual(input.split("\n"));
  });
  it("does not take a lettered list marker for a continuation", () => {
    expect(texts("The following were agreed\n\na) to defer", rejoinSplitSentences)).toEqual(["The following were agreed", "", "a) to defer"]);
  });
});

describe("dropStrayText", () => {
  it('drops the lone "n" after "Sutton." with a stray-text warning that cites the line', () => {
    const warnings: Warning[] = [];
    const lines = dropStrayText(splitLines("\nPresent:- Councillors Pitchley, Sutton. n"), warnings);
    expect(lines[1]!.text).toBe("Present:- Councillors Pitchley, Sutton.");
    expect(warnings).toEqual([{ code: "stray-text", message: 'dropped the stray fragment "n" at the end of the line', source: { line: 2, end_line: 2, page: null } }]);
  });
  it("drops an isolated one- or two-character line, but not a bare list marker or a number", () => {
    const warnings: Warning[] = [];
    const lines = dropStrayText(splitLines("Text.\n\nn\n\n-\n\n3\n\nMore."), warnings);
    expect(lines.map((l) => l.text)).toEqual(["Text.", "", "", "-", "", "3", "", "More."]);
    expect(warnings.map((w) => w.source?.line)).toEqual([3]);
  });
  it("keeps a one-letter word inside a sentence", () => {
    expect(dropStrayText(splitLines("Plan B was agreed by a majority"), [])[0]!.text).toBe("Plan B was agreed by a majority");
  });
});

describe("joinBrokenHyphenatedNames", () => {
  it("records each join in a warning", () => {
    const warnings: Warning[] = [];
    joinBrokenHyphenatedNames(splitLines("\nCary- Anne Sykes"), warnings);
    expect(warnings).toEqual([{ code: "hyphenation-joined", message: 'joined "Cary- Anne" as "Cary-Anne"', source: { line: 2, end_line: 2, page: null } }]);
  });
  it('mends "Cary- Anne Sykes" and leaves ordinary dashes alone', () => {
    expect(texts("Cary- Anne Sykes, Head of Service", joinBrokenHyphenatedNames)).toEqual(["Cary-Anne Sykes, Head of Service"]);
    expect(texts("Key Priorities 2023-2027- More", joinBrokenHyphenatedNames)).toEqual(["Key Priorities 2023-2027- More"]);
    expect(texts("Sub - Group", joinBrokenHyphenatedNames)).toEqual(["Sub - Group"]);
  });
});

describe("repairConversionDamage", () => {
  it("runs every repair and keeps the source line of each kept line", () => {
    const { lines, warnings } = repairConversionDamage(splitLines("Present:- Councillor Brent. n\n\nMr Cary- Anne Sykes was\n\nwelcomed."));
    expect(lines.map((l) => [l.line, l.text])).toEqual([
      [1, "Present:- Councillor Brent."],
      [2, ""],
      [3, "Mr Cary-Anne Sykes was"],
      [5, "welcomed."],
    ]);
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([["stray-text", 1], ["hyphenation-joined", 3]]);
  });
});

describe("rejoinSplitSentences after a title", () => {
  it("rejoins a name cut from its title by a blank line: '… seconded by Councillor' / 'Sheahan (J), …'", () => {
    expect(texts("on the proposal of Councillor Galvin, seconded by Councillor\n\nSheahan (J), Standing Orders were suspended.", rejoinSplitSentences)).toEqual([
      "on the proposal of Councillor Galvin, seconded by Councillor",
      "Sheahan (J), Standing Orders were suspended.",
    ]);
  });
});
