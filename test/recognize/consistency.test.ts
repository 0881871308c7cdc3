// Consistency checks: warnings, not silence, when counts, voters, results and attendance disagree.
import { describe, expect, it } from "vitest";
import { parseMinutesText } from "../../src/document.js";
import { surnameKey } from "../../src/recognize/consistency.js";

const codes = (text: string) => parseMinutesText(text).warnings.filter((w) => w.code !== "no-meeting-date").map((w) => [w.code, w.message]);

describe("checkConsistency", () => {
  it("warns when a printed count disagrees with the names listed under it", () => {
    expect(codes("PRESENT: Mr A Baker, Mr B Brady, Mrs C Bell\n\n1. MOTION\n\nMr Baker proposed, and Mr Brady seconded the motion that it be noted.\n\nFor (3)\n\nMr Baker, Mr Brady\n\nAgainst (0)\n\nMotion carried.")).toEqual([
      ["vote-count-mismatch", "the minutes count 3 for but name 2"],
    ]);
  });
  it("warns when a voter is not among those present (honours and initials do not count)", () => {
    expect(codes("PRESENT: Sir Paul Carter, CBE, Mr B Brady\n\n1. MOTION\n\nMr Carter proposed, and Mr Brady seconded the motion that it be noted.\n\nFor (2)\n\nMr Carter, Mr Smith\n\nMotion carried.")).toEqual([
      ["voter-not-present", "voted but not listed as present: Smith"],
    ]);
  });
  it("warns when the result contradicts the counts", () => {
    expect(codes("1. MOTION\n\nMotion made by A. Hopkins\n\nMotion Passed (2 to 11)")).toEqual([["result-contradicts-counts", "recorded as carried with 2 for and 11 against"]]);
  });
  it("warns when someone is listed both as present and as sending apologies", () => {
    expect(codes("Present: Councillors Brent, Adair.\n\nApologies: Councillor Adair.")).toEqual([["present-and-apologies", "Adair is listed both as present and as sending apologies"]]);
  });
  it("is silent when everything agrees", () => {
    expect(codes("PRESENT: Mr A Baker, Mr B Brady\n\n1. MOTION\n\nMr Baker proposed, and Mr Brady seconded the motion that it be noted.\n\nFor (2)\n\nMr Baker, Mr Brady\n\nAgainst (0)\n\nMotion carried.")).toEqual([]);
  });
  it("compares people by folded surname", () => {
    expect(surnameKey("Sir Paul Carter, CBE")).toBe("carter");
    expect(surnameKey("Councillor Ó Brádaigh")).toBe("bradaigh");
  });
});
