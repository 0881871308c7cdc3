// Per-item recognizers: noted points under sub-headings, resolutions and clauses, actions, declarations, guests, content.
import { describe, expect, it } from "vitest";
import { recognizeActions } from "../../src/recognize/actions.js";
import { contentOf } from "../../src/recognize/content.js";
import { recognizeDeclarations } from "../../src/recognize/declarations.js";
import { recognizeItemAttendance } from "../../src/recognize/item-attendance.js";
import { recognizeNoted } from "../../src/recognize/noted.js";
import { recognizeResolutions } from "../../src/recognize/resolutions.js";
import { subHeading } from "../../src/recognize/sub-heading.js";
import type { Point } from "../../src/types/minutes.js";
import { snippet } from "./helpers.js";

const texts = (points: Point[]): unknown[] => points.map((p) => (p.points.length ? [p.text, texts(p.points)] : p.text));

const PRESENTATION = [
  "The Chair invited the SEND Transformation Project Lead to present the PowerPoint, during which the following was noted:-",
  "",
  "Strategy Overview and Priorities-",
  "",
  "- The Strategy was approved at Cabinet in October 2022.",
  "- The Strategy was developed in-line with the duty.",
  "",
  "Residential Case Study-",
  "",
  "- Positive relationships were formed and evidenced by the following:-",
  "",
  "- Sharing sensitive information.",
  " - Decreased frequency of going missing.",
  " - Increased family time.",
  " - Engaged with numerous direct work sessions a month.",
  "- The service supported their transition.",
  "",
  "The Chair thanked the officers and opened the meeting up to questions, during which the following was noted and discussed:",
  "",
  "- More information on the Empower would be shared with the Commission in writing.",
  "- The update would share the progress made.",
  "",
  "Resolved:- That the Improving Lives Select Commission:-",
  "",
  "- 1) Considered the progress made.",
  "- 2) Requested that additional information be provided by a ward basis,",
  "",
  "on the locations of residential homes across the borough.",
  "",
  "- 3) Requested that a separate session be arranged on the Thresholds of Needs document.",
].join("\n");

describe("recognizeNoted", () => {
  const { ctx, blocks } = snippet(PRESENTATION);
  const noted = recognizeNoted(ctx, blocks);
  it("opens a group for each sub-heading, with the sentence that introduced the material", () => {
    expect(noted.map((g) => g.heading)).toEqual(["Strategy Overview and Priorities", "Residential Case Study", null]);
    expect(noted[0]!.intro).toMatch(/^The Chair invited the SEND Transformation Project Lead/);
    expect(noted[2]!.intro).toMatch(/noted and discussed:$/);
  });
  it("nests the sub-points under 'Positive relationships were formed …', the first one having lost its indent", () => {
    expect(texts(noted[1]!.points)).toEqual([
      [
        "Positive relationships were formed and evidenced by the following:-",
        ["Sharing sensitive information.", "Decreased frequency of going missing.", "Increased family time.", "Engaged with numerous direct work sessions a month."],
      ],
      "The service supported their transition.",
    ]);
  });
  it("cites the lines of each group, heading included", () => {
    expect(noted[0]!.source).toEqual({ line: 3, end_line: 6, page: null });
    expect(noted[1]!.points[0]!.points[1]!.source.line).toBe(13);
  });
  it("stops at the resolution", () => {
    expect(noted[2]!.points.map((p) => p.text)).toHaveLength(2);
  });
});

describe("recognizeResolutions", () => {
  it("takes the resolving words and numbered clauses, rejoining a clause split by a page break", () => {
    const { ctx, blocks } = snippet(PRESENTATION);
    const [resolution, ...others] = recognizeResolutions(ctx, blocks);
    expect(others).toEqual([]);
    expect(resolution!.text).toBe("That the Improving Lives Select Commission:-");
    expect(resolution!.clauses.map((c) => [c.number, c.text])).toEqual([
      ["1", "Considered the progress made."],
      ["2", "Requested that additional information be provided by a ward basis, on the locations of residential homes across the borough."],
      ["3", "Requested that a separate session be arranged on the Thresholds of Needs document."],
    ]);
    expect(resolution!.clauses[1]!.source).toEqual({ line: 26, end_line: 28, page: null });
    expect(resolution!.source).toEqual({ line: 23, end_line: 30, page: null });
  });
  it.each([
    ["Resolved: - That the Work Programme for 2025/2026 be approved.", "That the Work Programme for 2025/2026 be approved."],
    ["Resolved:- That the update be noted.", "That the update be noted."],
    ["RESOLVED that the Panel note the report.", "that the Panel note the report."],
    ["Resolved: That the minutes be approved.", "That the minutes be approved."],
    ["It was RESOLVED unanimously that the minutes be signed.", "that the minutes be signed."],
  ])("%s", (text, words) => {
    const { ctx, blocks } = snippet(text);
    expect(recognizeResolutions(ctx, blocks)).toEqual([{ text: words, clauses: [], source: { line: 1, end_line: 1, page: null } }]);
  });
  it("does not take 'resolved' inside a sentence for a resolution", () => {
    const { ctx, blocks } = snippet("The issue had been resolved by officers.");
    expect(recognizeResolutions(ctx, blocks)).toEqual([]);
  });
});

describe("recognizeActions", () => {
  it("takes 'Requested that…' clauses and promised information, with kinds and owners", () => {
    const { ctx, blocks } = snippet(PRESENTATION);
    const actions = recognizeActions(recognizeNoted(ctx, blocks), recognizeResolutions(ctx, blocks));
    expect(actions.map((a) => [a.kind, a.owner, a.text])).toEqual([
      ["request_for_information", null, "More information on the Empower would be shared with the Commission in writing."],
      ["request_for_information", null, "Requested that additional information be provided by a ward basis, on the locations of residential homes across the borough."],
      ["follow_up", null, "Requested that a separate session be arranged on the Thresholds of Needs document."],
    ]);
  });
  it("names the doer of an active promise", () => {
    const { ctx, blocks } = snippet("The following was noted:\n\n- The service would provide members with additional information on the financial support.");
    expect(recognizeActions(recognizeNoted(ctx, blocks), [])).toMatchObject([{ owner: "The service", kind: "request_for_information" }]);
  });
});

describe("recognizeDeclarations", () => {
  it("gives none for 'There were no declarations of interest.'", () => {
    const { ctx, blocks } = snippet("There were no declarations of interest.");
    expect(recognizeDeclarations(ctx, blocks)).toEqual([]);
  });
  it("reads name, interest and item from 'Councillor X declared a … interest in item N'", () => {
    const { ctx, blocks } = snippet("Councillor A Jones declared a personal interest in item 7 (Planning) as a neighbour of the applicant.");
    expect(recognizeDeclarations(ctx, blocks)).toEqual([
      {
        name: "A Jones",
        item: "7",
        interest: "personal",
        nature: "a neighbour of the applicant",
        description: "Councillor A Jones declared a personal interest in item 7 (Planning) as a neighbour of the applicant.",
        source: { line: 1, end_line: 1, page: null },
      },
    ]);
  });
  it("reads 'Disclosure of pecuniary interest: Councillor Shelly Foote.'", () => {
    const { ctx, blocks } = snippet("Disclosure of pecuniary interest: Councillor Shelly Foote.");
    expect(recognizeDeclarations(ctx, blocks)).toMatchObject([{ name: "Shelly Foote", interest: "pecuniary", item: null }]);
  });
  const declared = (text: string) => {
    const { ctx, blocks } = snippet(text);
    return recognizeDeclarations(ctx, blocks).map(({ name, item, interest, nature }) => ({ name, item, interest, nature }));
  };
  it.each([
    // Kent County Council, 19 December 2024: two members in one declaration; the nature after "that"
    [
      "1) Mrs Chandler and Mr Rayner declared a pecuniary interest in item 12 – Motion for Time Limited Debate 3 - ‘Family Farm Tax’ – and would not participate in the debate or vote.",
      [
        { name: "Chandler", item: "12", interest: "pecuniary", nature: null },
        { name: "Rayner", item: "12", interest: "pecuniary", nature: null },
      ],
    ],
    ["2) Mr Lehmann declared an interest in item 6 - Questions - that he was a Member of Swale Borough Council.", [{ name: "Lehmann", item: "6", interest: null, nature: "he was a Member of Swale Borough Council" }]],
    // London, Ontario: "disclosed", the subject after "That it BE NOTED that", a decimal item, a "Tender No." inside
    [
      "That it BE NOTED that Councillor C. Rahman disclosed a pecuniary interest in item 2.6, having to do with Contract Award: Tender No. RFT-2024-315 - Oxford Street East, by indicating that Fanshawe College is her employer.",
      [{ name: "C. Rahman", item: "2.6", interest: "pecuniary", nature: "Fanshawe College is her employer" }],
    ],
    // Manordeilo & Salem: the honorific and initial with full stops, an adverb, a possessive that is not a kind
    ["The work was supplied by Mr Iwan Harries. Cllr. P. Harries again declared his interest in the donation requests and did not take part.", [{ name: "P. Harries", item: null, interest: null, nature: null }]],
    ["Cllr. J. Davies declared an interest in Planning Applications E/40554 (family business) and E/40590 (family connection).", [{ name: "J. Davies", item: null, interest: null, nature: "family business" }]],
    // Nipissing: the nature after "as"
    ["Councillor Shelly Foote declared pecuniary interest in the Accounts Payable as her personal business is listed as a payee.", [{ name: "Shelly Foote", item: null, interest: "pecuniary", nature: "her personal business is listed as a payee" }]],
    // Stoke Ferry: a list after "The following was declared as an interest:"
    [
      "To receive Declarations of Interest from Members The following was declared as an interest: Cllr Janet Taylor due to a payment to Thomas B Bonnett’s. Cllr Trudy Mann as she lives close to the Bluebell Public House.",
      [
        { name: "Janet Taylor", item: null, interest: null, nature: "a payment to Thomas B Bonnett’s" },
        { name: "Trudy Mann", item: null, interest: null, nature: "she lives close to the Bluebell Public House" },
      ],
    ],
    ["The following interests were declared:\n\n- Cllr Ann Lee – item 5, as a member of the Trust", [{ name: "Ann Lee", item: "5", interest: null, nature: "a member of the Trust" }]],
    // Kent County Council, 9 January 2025: a group, kept as printed
    ["Members who were district or borough councillors declared an interest.", [{ name: "Members who were district or borough councillors", item: null, interest: null, nature: null }]],
    // none
    ["No declarations of interest were made.", []],
    ["Nothing was declared.", []],
    ["That it BE NOTED that no pecuniary interests were disclosed.", []],
  ])("%s", (text, expected) => {
    expect(declared(text)).toEqual(expected);
  });
});

describe("recognizeItemAttendance", () => {
  it("reads the people welcomed to the meeting for the item", () => {
    const { ctx, blocks } = snippet("The Chair welcomed to the meeting Councillor Cusworth, the Cabinet Member for Children's and Young Peoples Services, Cary- Anne Sykes, Head of Service for SEND and Jayne Fitzgerald, Strategic Director of Rotherham Parent Carers Forum, who was in attendance to represent parents.");
    expect(recognizeItemAttendance(ctx, blocks).map((p) => [p.honorific, p.name, p.position])).toEqual([
      ["Councillor", "Cusworth", "Cabinet Member for Children's and Young Peoples Services"],
      [null, "Cary-Anne Sykes", "Head of Service for SEND"],
      [null, "Jayne Fitzgerald", "Strategic Director of Rotherham Parent Carers Forum"],
    ]);
  });
});

describe("contentOf and subHeading", () => {
  it("keeps every block in order, marking dashed sub-headings as headings", () => {
    const { ctx, blocks } = snippet(PRESENTATION);
    const content = contentOf(ctx, blocks);
    expect(content.map((b) => b.type)).toEqual(["paragraph", "heading", "list", "heading", "list", "paragraph", "list", "paragraph", "list"]);
    expect(content[1]).toEqual({ type: "heading", text: "Strategy Overview and Priorities-", source: { line: 3, end_line: 3, page: null } });
  });
  it("does not take a resolution or an introduction for a sub-heading", () => {
    const { blocks } = snippet("Challenges-\n\nResolved:- That the Commission:-\n\nIt was noted:\n\nThe Four Cornerstones-");
    expect(blocks.map(subHeading)).toEqual(["Challenges", null, null, "The Four Cornerstones"]);
  });
});

describe("points keep their printed numbers apart from their text", () => {
  it("numbers from the list marker, from '- 1)' bullets and from printed letters", () => {
    const { ctx, blocks } = snippet("1. More young people.\n2. More schools.\n\n- 1) Considered.\n\n* (a) First letter.");
    const content = contentOf(ctx, blocks);
    const numbered = content.flatMap((b) => (b.type === "list" ? b.items.map((p) => [p.number, p.text]) : []));
    expect(numbered).toEqual([["1", "More young people."], ["2", "More schools."], ["1", "Considered."], ["a", "First letter."]]);
  });
});

describe("actions recorded in discussion", () => {
  it("takes requests and suggestions that something be done, with deferrals", () => {
    const { ctx, blocks } = snippet(
      [
        "The following was noted:",
        "",
        "- There was the following suggested changes to the work programme for members consideration:",
        " - Children's Services requested that the Report be delayed from today's meeting and be presented to December's meeting.",
        " - It was requested that the Annual Assurance Report be presented to December's meeting.",
        " - It was suggested that the Update be moved to March 2026.",
      ].join("\n"),
    );
    expect(recognizeActions(recognizeNoted(ctx, blocks), []).map((a) => [a.kind, a.source.line])).toEqual([["deferral", 4], ["follow_up", 5], ["deferral", 6]]);
  });
});
