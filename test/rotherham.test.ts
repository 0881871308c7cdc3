// Acceptance on the Rotherham minutes (issue 2): the facts a reader checks, then the whole golden document.
// The golden file (fixtures/expected/…json) was read against the source text field by field; see the README's testing notes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../src/index.js";
import type { Item, Point } from "../src/types/minutes.js";

const NAME = "rotherham-improving-lives-select-commission_2025-11-04";
const PATH = `fixtures/corpus/${NAME}.txt`;
const ROOT = new URL("../", import.meta.url);
const bytes = readFileSync(new URL(PATH, ROOT));
const doc = await parseMinutes(bytes, { path: PATH });
const item = (number: string): Item => doc.items.find((i) => i.number === number)!;
const texts = (points: Point[]): unknown[] => points.map((p) => (p.points.length ? [p.text, texts(p.points)] : p.text));

describe("Rotherham Improving Lives Select Commission, 4 November 2025", () => {
  it("meeting: body and date, no organization printed, the webcast link", () => {
    expect(doc.document_type).toBe("minutes");
    expect(doc.meeting).toMatchObject({ body: "Improving Lives Select Commission", date: "2025-11-04", organization: null });
    expect(doc.meeting.links.map((l) => l.url)).toEqual(["https://rotherham.public-i.tv/core/portal/home"]);
  });

  it("present: twelve in printed order, Brent in the chair, no stray 'n'", () => {
    expect(doc.attendance.present.map((p) => p.name)).toEqual([
      "Brent", "Ismail", "Adair", "Blackham", "Clarke", "T. Collingham", "Elliott", "Fisher", "Harper", "Hughes", "Pitchley", "Sutton",
    ]);
    expect(doc.attendance.present.filter((p) => p.role === "chair").map((p) => p.name)).toEqual(["Brent"]);
    expect(doc.attendance.present.every((p) => p.honorific === "Councillor")).toBe(true);
  });

  it("apologies: Bower, Garnett, Monk", () => {
    expect(doc.attendance.apologies.map((p) => p.name)).toEqual(["Bower", "Garnett", "Monk"]);
  });

  it("items 10 to 18 with their titles", () => {
    expect(doc.items.map((i) => [i.number, i.title])).toEqual([
      ["10", "Minutes of the Previous Meeting"],
      ["11", "Declarations of Interest"],
      ["12", "Exclusion of the Press and Public"],
      ["13", "Questions from Members of the Public and the Press"],
      ["14", "The Looked After Children's Sufficiency Strategy 2023-2027 Update"],
      ["15", "Draft Special Educational Needs and Disabilities (SEND) Sufficiency Strategy 2026-2029 Update"],
      ["16", "Work Programme"],
      ["17", "Improving Lives Select Commission - Sub and Project Group Updates"],
      ["18", "Urgent Business"],
    ]);
    expect(item("14").title_raw).toBe("THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE");
  });

  it("item 14: three people in attendance with their positions", () => {
    expect(item("14").in_attendance.map((p) => [p.name, p.position])).toEqual([
      ["Cusworth", "Cabinet Member for Children's and Young Peoples Services"],
      ["Helen Sweatton", "Joint Assistant Director for Commissioning and Performance"],
      ["Mark Cummins", "SEND Transformation Project Lead"],
    ]);
  });

  it("item 14: a noted group per sub-heading of the presentation, and for the questions", () => {
    expect(item("14").noted.map((g) => g.heading)).toEqual([
      null, "Strategy Overview and Priorities", "Key Priorities 2023-2027", "Children In Care Trends", "Leaving Care Trends",
      "Residential Case Study", "Children's Home One and Two", "Fostering Rotherham", "Foster Carer Retention",
      "Celebrating the Foster Carer Community", "Challenges", "Opportunities", null,
    ]);
    expect(item("14").noted[12]!.intro).toBe("The Chair thanked the relevant officers for the update and opened the meeting up to questions, during which the following was noted and discussed:");
  });

  it("item 14: the four sub-points under 'Positive relationships were formed…' stay nested", () => {
    const caseStudy = item("14").noted.find((g) => g.heading === "Residential Case Study")!;
    expect(texts(caseStudy.points)[3]).toEqual([
      "Positive relationships were formed and evidenced by the following:-",
      [
        "Sharing sensitive information including past experiences and their hopes for the future.",
        "Decreased frequency of going missing and when they were missing, they would stay in contact with the team.",
        "Increased family time.",
        "Engaged with numerous direct work sessions a month.",
      ],
    ]);
  });

  it("item 14: the CAMHS priority rejoined across the page break, citing both source lines", () => {
    const priorities = item("14").noted.find((g) => g.heading === "Key Priorities 2023-2027")!;
    expect(priorities.points[4]).toEqual({
      number: null,
      text: "Children, Young People, their families and carers would be able to access Child Adolescent Mental Health Services (CAMHS) assessments and interventions when needed.",
      points: [],
      source: { line: 54, end_line: 56, page: null },
    });
  });

  it("item 14: one resolution with six clauses, and actions for its requests", () => {
    const [resolution, ...more] = item("14").resolutions;
    expect(more).toEqual([]);
    expect(resolution!.text).toBe("That the Improving Lives Select Commission:-");
    expect(resolution!.clauses.map((c) => c.number)).toEqual(["1", "2", "3", "4", "5", "6"]);
    const requested = item("14").actions.filter((a) => a.text.startsWith("Requested that"));
    expect(requested.map((a) => a.kind)).toEqual(Array(5).fill("request_for_information"));
    expect(requested.map((a) => a.source.line)).toEqual([165, 166, 170, 171, 172]);
  });

  it("item 15: five people in attendance, 'Cary-Anne Sykes' rejoined; one resolution with three clauses", () => {
    expect(item("15").in_attendance.map((p) => p.name)).toEqual(["Cusworth", "Helen Sweaton", "Cary-Anne Sykes", "Mark Cummins", "Jayne Fitzgerald"]);
    expect(item("15").resolutions).toHaveLength(1);
    expect(item("15").resolutions[0]!.clauses).toHaveLength(3);
  });

  it("items 10, 16 and 17: one resolution each; 11, 12, 13 and 18: procedural, with none", () => {
    for (const n of ["10", "16", "17"]) expect(item(n).resolutions, n).toHaveLength(1);
    expect(item("16").resolutions[0]!.text).toBe("That the Work Programme for 2025/2026 be approved.");
    for (const n of ["11", "12", "13", "18"]) {
      expect(item(n).resolutions, n).toEqual([]);
      expect(item(n).classification.length, n).toBe(1);
    }
    expect(item("11").declarations).toEqual([]);
  });

  it("matches the golden document, read against the source field by field", () => {
    const golden = JSON.parse(readFileSync(new URL(`fixtures/expected/${NAME}.json`, ROOT), "utf8"));
    expect(doc).toEqual(golden);
  });
});
