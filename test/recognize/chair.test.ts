// Who presided, when no attendance label marks the chair: the sentences of the corpus that say so, and the vice chair.
import { describe, expect, it } from "vitest";
import { parseMinutesText } from "../../src/document.js";

const chairOf = (text: string) =>
  parseMinutesText(text, { format: "text" })
    .attendance.present.filter((p) => p.role === "chair")
    .map((p) => p.name);

describe("the presiding member", () => {
  it.each([
    // Manordeilo & Salem 2020, item 1 (three Davieses present: the surname alone would not do)
    ["Present: Councillors Owen Williams, Arwel Davies and Alun Davies.\n\n1. WELCOME\n\nCllr. O. Williams took the Chair and welcomed all.", ["Owen Williams"]],
    // San Juan USD: the president, named again on the next line of the roll call
    ["Call to Order (A)\nThe January 14 regular meeting was called to order by the president, Paula Villescaz.\n\nRoll Call\nPresent:\nPaula Villescaz, president\nZima Creason, clerk", ["Paula Villescaz"]],
    // East Palo Alto
    ["Present: Robert Sherrard, Andrei Garcia\n\n1. CALL TO ORDER\n\nThe meeting was called to order by Commissioner Robert Sherrard at 7:07 p.m.", ["Robert Sherrard"]],
    // Denver RTD
    ["Present: Julien Bouquet, Karen Benker\n\nI. Call to Order\n\nChair Bouquet called the meeting to order at 5:30 p.m.", ["Julien Bouquet"]],
    // Kent County Council, 9 January 2025: the Chairman and Vice-Chairman sent apologies
    ["PRESENT: Mr G Cooke, Mr R W Gough, Mr A Brady\n\n1. Election of Chair\n\nRESOLVED that Mr G Cooke be elected to Chair the meeting.", ["G Cooke"]],
    // opening the meeting, two of those present sharing the surname (made-up club)
    ["Meeting opened by President Vince Harrow at 9am.\nPresent: Vince Harrow, Sarah Widin, Val Harrow.\n\n1. Minutes\n\nAgreed.", ["Vince Harrow"]],
    ["Present: Ana Cole, Ben Ruiz\n\n1. Welcome\n\nCllr Ruiz opened the meeting and welcomed all.", ["Ben Ruiz"]],
    // Stoke Ferry: no chair listed, the vice chair present conducts the meeting
    ["Present: Cllr Jim McNeill (Vice Chair), Cllr Ann Lee\n\n1. Apologies\n\nNone.", ["Jim McNeill"]],
  ])("%s", (text, chair) => {
    expect(chairOf(text)).toEqual(chair);
  });

  it("keeps the chair a label marks", () => {
    expect(chairOf("PRESENT: Mr R W Gough (Chairman), Mr N Baker\n\n1. Minutes\n\nMr Baker took the Chair for item 1.")).toEqual(["R W Gough"]);
  });

  it("adds the presiding member the minutes name when the list of those present leaves them out", () => {
    const doc = parseMinutesText("Present: Ann Lee, Bob Hart\n\n1. Call to order\n\nThe meeting was called to order by Mayor Tom Piper.", { format: "text" });
    expect(doc.attendance.present.map((p) => [p.name, p.honorific, p.role])).toEqual([
      ["Tom Piper", "Mayor", "chair"],
      ["Ann Lee", null, null],
      ["Bob Hart", null, null],
    ]);
    // cited at the line that names them
    expect(doc.attendance.present[0]!.source.line).toBe(5);
  });

  it("adds nobody for an office alone, nor for someone listed as absent", () => {
    expect(chairOf("Present: Ann Lee, Bob Hart\n\n1. Call to order\n\nThe meeting was called to order by the Chairman.")).toEqual([]);
    expect(chairOf("Present: Ann Lee, Bob Hart\nAbsent: Tom Piper\n\n1. Call to order\n\nThe meeting was called to order by Mayor Tom Piper.")).toEqual([]);
  });

  it("does not make the vice chair the chair when the chair is listed elsewhere", () => {
    expect(chairOf("Present: Cllr Jim McNeill (Vice Chair), Cllr Ann Lee\n\nApologies: Cllr Tom Hart (Chair)\n\n1. Minutes\n\nAgreed.")).toEqual([]);
  });
});
