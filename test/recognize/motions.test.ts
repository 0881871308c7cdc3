// Motions in the wordings the corpus uses: mover, seconder, kind, result as printed, counts and named votes.
import { describe, expect, it } from "vitest";
import { recognizeMotions } from "../../src/recognize/motions/index.js";
import { unitsOf } from "../../src/recognize/units.js";
import { snippet } from "./helpers.js";

const motions = (text: string) => {
  const { ctx, blocks } = snippet(text);
  return recognizeMotions(ctx, unitsOf(blocks)).map(({ mover, seconder, kind, result, result_raw, counts }) => ({ mover, seconder, kind, result, result_raw, counts }));
};

describe("recognizeMotions", () => {
  it("eScribe (London): 'Motion made by' / 'Seconded by' / 'Motion Passed (13 to 0)', in a quote", () => {
    expect(motions("> Motion made by A. Hopkins\n\n> Seconded by P. Van Meerbergen\n\nThat Council rise.\n\n> **Motion Passed (13 to 0)**")).toEqual([
      { mover: "A. Hopkins", seconder: "P. Van Meerbergen", kind: "motion", result: "carried", result_raw: "Motion Passed (13 to 0)", counts: { for: 13, against: 0, abstain: null } },
    ]);
    expect(motions("Motion made by S. Trosow\n\nMotion Failed (7 to 7)")[0]).toMatchObject({ result: "lost", counts: { for: 7, against: 7 } });
  });

  it("Kent: 'Mr X proposed, and Mr Y seconded the motion that …' with a recorded division", () => {
    const text = "1) Mr Baker proposed, and Mr Robey seconded the motion that the report be noted.\n\nFor (51)\n\nMr Baker, Mr Brady and Mrs Bell\n\nAgainst (6)\n\nAbstain (2)\n\nMotion carried.";
    const [motion] = motions(text);
    expect(motion).toEqual({ mover: "Baker", seconder: "Robey", kind: "motion", result: "carried", result_raw: "Motion carried", counts: { for: 51, against: 6, abstain: 2 } });
    const { ctx, blocks } = snippet(text);
    expect(recognizeMotions(ctx, unitsOf(blocks))[0]!.votes.map((v) => [v.name, v.option])).toEqual([["Baker", "for"], ["Brady", "for"], ["Bell", "for"]]);
  });

  it("Kent: an amendment that was lost", () => {
    expect(motions("Mr Brady proposed, and Ms Meade seconded the following amendment to the motion\n\nAmendment lost.")[0]).toMatchObject({ kind: "amendment", result: "lost" });
  });

  it("US boards: 'It was moved by …, seconded by …, that …  MOTION CARRIED UNANIMOUSLY'", () => {
    expect(motions("It was moved by Ms. Creason, seconded by Dr. McKibbin, that the minutes be approved. MOTION CARRIED UNANIMOUSLY [Villescaz, Costa].")[0]).toMatchObject({
      mover: "Creason",
      seconder: "McKibbin",
    });
  });

  it("Welsh community councils: 'It was proposed by Cllr. X, seconded by Cllr. Y and unanimously agreed'", () => {
    expect(motions("It was proposed by Cllr. W. Loynton, seconded by Cllr. D. Jones and unanimously agreed, that the minutes were correct.")).toEqual([
      { mover: "W. Loynton", seconder: "D. Jones", kind: "motion", result: "carried", result_raw: "unanimously agreed", counts: null },
    ]);
  });

  it("Wereham: 'were proposed as correct by X and seconded by Y', with no outcome", () => {
    expect(motions("The Minutes of the November 2008 were proposed as correct by C. Humphries and seconded by Mrs. Newell.")).toEqual([
      { mover: "C. Humphries", seconder: "Newell", kind: "motion", result: null, result_raw: null, counts: null },
    ]);
  });
  it("Limerick: 'Proposed by Councillor X;' / 'Seconded by Councillor Y;' / 'And Resolved:'", () => {
    expect(motions("Proposed by Councillor Sheahan (J);\n\nSeconded by Councillor O’Hanlon;\n\nAnd Resolved:")).toEqual([
      { mover: "J. Sheahan", seconder: "O’Hanlon", kind: "motion", result: "carried", result_raw: "And Resolved", counts: null },
    ]);
  });

  it("Denver RTD: 'Director X made the motion …' / 'Director Y seconded the motion.' / 'PASSED [14 TO 1]'; withdrawn amendments", () => {
    expect(motions("Motion: Director Whitmore made the motion to approve the agreement.\n\nDirector Guzman seconded the motion.\n\nPASSED [14 TO 1]")).toEqual([
      { mover: "Whitmore", seconder: "Guzman", kind: "motion", result: "carried", result_raw: "PASSED [14 TO 1]", counts: { for: 14, against: 1, abstain: null } },
    ]);
    expect(motions("Amendment: Director Benker made the motion to amend the motion.\n\nDirector Benker withdrew the motion.")[0]).toMatchObject({ kind: "amendment", result: "withdrawn" });
  });

  it("Nipissing: 'R2023-147 D. Yemm, S. Foote: That … Carried.'", () => {
    expect(motions("R2023-147 D. Yemm, S. Foote: That the minutes be adopted as published. Carried.")).toEqual([
      { mover: "D. Yemm", seconder: "S. Foote", kind: "motion", result: "carried", result_raw: "Carried", counts: null },
    ]);
  });

  it("East Palo Alto: a narrated motion completed by its RESULT block, with counts from the roll call", () => {
    const text = "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to postpone the election.\n\nRESULT: FAILED [4-2-1-1]\nMOTION BY: Allen Fisk\nSECOND: Mendez\nAYES: Sherrard, Allen Fisk, Bello, Mendez\nNAYS: Brown, Mashack\nABSTAIN: Garcia\nABSENT: Hernandez\n\nRESULT: APPROVED [UNANIMOUS]\nMOTION BY: Mashack\nSECOND: Brown\nAYES: Mashack, Brown, Bello\nNAYS: None\nABSENT: Hernandez";
    expect(motions(text).map((m) => [m.mover, m.seconder, m.result, m.counts])).toEqual([
      ["Allen Fisk", "Mendez", "lost", { for: 4, against: 2, abstain: 1 }],
      ["Mashack", "Brown", "carried", { for: 3, against: 0, abstain: null }],
    ]);
  });

  it("Chicago outline minutes: '… – M. Prest (motion), C. Dallas (second)'", () => {
    expect(motions("- Minutes from 11/30/17 meeting approved – Z. Maiorca (motion), T. Feinberg (second)")[0]).toMatchObject({ mover: "Z. Maiorca", seconder: "T. Feinberg", result: "carried" });
  });

  it("ignores 'carried' in narrative when no motion is open, and text with no mover, seconder or result", () => {
    expect(motions("The work was done and the report was carried. Carried.")).toEqual([]);
    expect(motions("The committee discussed the motion at length.")).toEqual([]);
  });
});

describe("a proposal recorded with its outcome in one sentence (Limerick)", () => {
  it("'on the proposal of Councillor X, seconded by Councillor Y, Standing Orders were suspended'", () => {
    expect(motions("The Mayor drew attention to the time and on the proposal of Councillor Galvin, seconded by Councillor Sheahan (J), Standing Orders were suspended in order to complete the agenda.")).toEqual([
      { mover: "Galvin", seconder: "J. Sheahan", kind: "motion", result: "carried", result_raw: "were suspended", counts: null },
    ]);
  });

  it("Limerick: a motion narrated in the debate, 'In proposing the Motion, Councillor X' and 'Councillor Y, in seconding the Motion'", () => {
    expect(motions("In proposing the Motion, Councillor O’Donovan said she was doing so in the context of the report.\n\nCouncillor Kiely, in seconding the Motion, referred to the Laundry.")).toEqual([
      { mover: "O’Donovan", seconder: "Kiely", kind: "motion", result: null, result_raw: null, counts: null },
    ]);
    expect(motions("In proposing the Motion, Councillor McSweeney said that most Members agreed.\n\nIn seconding the Motion, Councillor Sheahan (M) stated that this was timely.")[0]).toMatchObject({ mover: "McSweeney", seconder: "M. Sheahan" });
    expect(motions("The Mayor then proposed the following amended Motion to capture the issues:\n\nThe amended Motion was seconded by Councillor O’Hanlon.")).toEqual([
      { mover: "Mayor", seconder: "O’Hanlon", kind: "amendment", result: null, result_raw: null, counts: null },
    ]);
    // a seconding with no motion open starts nothing
    expect(motions("Councillor Kiely, in seconding the Motion, referred to the Laundry.")).toEqual([]);
  });

  it("Denver RTD: a paragraph holding a failed amendment, then the vote on the main motion, then the chair's declaration", () => {
    const text = [
      "Director Guzman made the motion to approve the 2026 Goals. Director Gutschenritter seconded the motion.",
      "Motion To Amend: Director Nicholson made the motion to amend Goal #2.",
      "No second was received. Chair Bouquet declared the motion to amend FAILED. VOTE ON THE MAIN MOTION RESULT: PASSED [13 TO 2] MOVER: Michael Guzman, Director SECONDER: Chris Gutschenritter, Director AYES: Bouquet, Buzek NAYS: Karen Benker, Matt Larsen Chair Bouquet declared the motion PASSED.",
    ].join("\n\n");
    expect(motions(text)).toEqual([
      // the result block names the mover and seconder in full: the fuller name is kept
      { mover: "Michael Guzman", seconder: "Chris Gutschenritter", kind: "motion", result: "carried", result_raw: "PASSED [13 TO 2]", counts: { for: 13, against: 2, abstain: null } },
      { mover: "Nicholson", seconder: null, kind: "amendment", result: "lost", result_raw: "No second was received", counts: null },
    ]);
  });

  it("Denver RTD: a vote on an amendment put without a mover is a motion of its own; a withdrawn motion", () => {
    const text = [
      "Director Guzman made a motion to commit the base fare. Director Larsen seconded the motion. Director Guzman withdrew his motion.",
      "Amendment of the Base Fare: Reduce the Base fare. VOTE ON THE AMENDMENT OF BASE FARE RESULT: PASSED [9 TO 6] AYES: Benker, Bouquet NAYS: Catlin Chair Bouquet declared the amendment PASSED.",
    ].join("\n\n");
    expect(motions(text)).toEqual([
      { mover: "Guzman", seconder: "Larsen", kind: "motion", result: "withdrawn", result_raw: "withdrew his motion", counts: null },
      { mover: null, seconder: null, kind: "amendment", result: "carried", result_raw: "PASSED [9 TO 6]", counts: { for: 9, against: 6, abstain: null } },
    ]);
  });

  it("US boards: the members named after a unanimous result are its votes for; 'that … be approved' is not an outcome", () => {
    const [motion] = motions("It was moved by Ms. Creason, seconded by Dr. McKibbin, that the minutes of the December 10 regular meeting be approved. MOTION CARRIED UNANIMOUSLY [Villescaz, McKibbin, Creason, Costa, Hernandez].");
    expect(motion).toEqual({ mover: "Creason", seconder: "McKibbin", kind: "motion", result: "carried", result_raw: "MOTION CARRIED UNANIMOUSLY", counts: { for: 5, against: 0, abstain: null } });
    expect(motions("It was moved by Ms. Creason, seconded by Dr. McKibbin, that the minutes be approved.")[0]).toMatchObject({ result: null });
  });

  it("Welsh community councils: proposals listed under 'It was unanimously agreed to donate as follows:' were agreed", () => {
    const text = "It was unanimously agreed to donate as follows:\n\n- Wales Air Ambulance - £200 (proposed by Cllr. H. Gwynne, seconded by Cllr. Joseph Davies)\n- Tenovus - £75 each (proposed by Cllr. H.\n  Gwynne, seconded by Cllr. O. Williams) Clerk\n\nThe Clerk reported on the footpaths.";
    expect(motions(text)).toEqual([
      { mover: "H. Gwynne", seconder: "Joseph Davies", kind: "motion", result: "carried", result_raw: "unanimously agreed", counts: null },
      { mover: "H. Gwynne", seconder: "O. Williams", kind: "motion", result: "carried", result_raw: "unanimously agreed", counts: null },
    ]);
  });

  it("Denver RTD: a result table exploded by the converter, labels in one block and values in the next", () => {
    const text = [
      "Director Guzman made the motion to approve the minutes. Director Chandler seconded the motion.\nRESULT:\nMOVER:\nSECONDER:\nAYES:\nNAYS:",
      "PASSED [14 TO 1]\nMichael Guzman, Director, District C\nKathleen Chandler, Director, District F\nBenker, Bouquet, Buzek, Catlin, Chandler, Guissinger, Gutschenritter,\nGuzman, Harwick, Larsen, Nicholson, O'Keefe, Paglieri, Whitmore\nJoyAnn Ruscha",
      "Chair Bouquet declared the motion PASSED.",
    ].join("\n\n");
    const { ctx, blocks } = snippet(text);
    const [motion, ...others] = recognizeMotions(ctx, unitsOf(blocks));
    expect(others).toEqual([]);
    expect(motion).toMatchObject({ mover: "Michael Guzman", seconder: "Kathleen Chandler", result: "carried", result_raw: "PASSED [14 TO 1]", counts: { for: 14, against: 1 } });
    expect(motion!.votes.filter((v) => v.option === "for")).toHaveLength(14);
    expect(motion!.votes.filter((v) => v.option === "against").map((v) => v.name)).toEqual(["JoyAnn Ruscha"]);
  });
});
