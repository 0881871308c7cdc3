// Golden facts of the four Kent County Council PDFs, through the whole path (parseMinutes). Every expectation was read
// from the PDF itself (pdftotext -layout, page by page with -f/-l, and page images from pdftoppm), never from the
// parser's output. Where the parser disagrees, the test states what the document prints and fails.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/document.js";
import type { Item, MinutesDocument, Point } from "../../src/types/minutes.js";
import { fixture } from "./helpers.js";

async function load(name: string): Promise<MinutesDocument> {
  return parseMinutes(fixture(name), { path: `fixtures/pdf/${name}` });
}

const [cabinet, council, december, panel] = await Promise.all([
  load("kent-cc-cabinet_2025-01-09.pdf"),
  load("kent-county-council_2025-01-09.pdf"),
  load("kent-county-council_2024-12-19.pdf"),
  load("kent-cc-corporate-parenting-panel_2024-10-29.pdf"),
]);

const item = (doc: MinutesDocument, number: string): Item => {
  const found = doc.items.find((i) => i.number === number);
  expect(found, `item ${number}`).toBeDefined();
  return found!;
};
const titled = (doc: MinutesDocument, title: string): Item => {
  const found = doc.items.find((i) => i.title === title);
  expect(found, `item "${title}"`).toBeDefined();
  return found!;
};
/** The points of an item's content lists, top level. */
const points = (i: Item): Point[] => i.content.flatMap((b) => (b.type === "list" ? b.items : []));
const printed = (p: { honorific: string | null; name: string }) => (p.honorific ? `${p.honorific} ${p.name}` : p.name);

/** Every string in the items (titles, texts, names…), leaving out numbers: points' and declarations' item numbers. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) if (key !== "source" && key !== "classification" && key !== "number" && key !== "item") strings(v, out);
  }
  return out;
}
/** Every `source` in the document's attendance and items. */
function sources(value: unknown, out: Array<{ line: number; end_line: number; page: number | null }> = []) {
  if (Array.isArray(value)) for (const v of value) sources(v, out);
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "source") out.push(v as never);
      else sources(v, out);
    }
  }
  return out;
}

function expectNoFurniture(doc: MinutesDocument) {
  for (const s of strings(doc.items)) {
    expect(s, "a bare page number").not.toMatch(/^\s*\d{1,2}\s*$/);
    expect(s, "a 'Page x of y' footer").not.toMatch(/Page \d+ of \d+/i);
  }
}
function expectPages(doc: MinutesDocument, pages: number) {
  expect(doc.source.pages).toBe(pages);
  const all = [...sources(doc.attendance), ...sources(doc.items)];
  expect(all.length).toBeGreaterThan(0);
  for (const source of all) {
    expect(source.page, JSON.stringify(source)).not.toBeNull();
    expect(source.page).toBeGreaterThanOrEqual(1);
    expect(source.page).toBeLessThanOrEqual(pages);
  }
  // sources follow the document: pages never go back as lines go forward
  const byLine = [...sources(doc.items)].sort((a, b) => a.line - b.line);
  for (let k = 1; k < byLine.length; k++) expect(byLine[k]!.page!).toBeGreaterThanOrEqual(byLine[k - 1]!.page!);
}

describe("Kent County Council Cabinet, 9 January 2025 (9 pages, no page numbers printed)", () => {
  it("meeting: Cabinet of Kent County Council, Thursday 9 January 2025", () => {
    expect(cabinet.meeting).toMatchObject({ organization: "Kent County Council", body: "Cabinet", date: "2025-01-09" });
  });

  it("minutes 76 to 83 as printed, '(Item n)' kept in title_raw only, each starting on its page", () => {
    expect(cabinet.items.map((i) => [i.number, i.title, i.title_raw, i.source.page])).toEqual([
      ["76", "Apologies", "Apologies (Item 1)", 1],
      ["77", "Declarations of Interest", "Declarations of Interest (Item 2)", 1],
      ["78", "Minutes of the Meeting held on 28 November 2024", "Minutes of the Meeting held on 28 November 2024 (Item 3)", 1],
      ["79", "Cabinet Member Updates", "Cabinet Member Updates (Item 4)", 1],
      ["80", "Provisional Local Government Finance Settlement 2025-26", "Provisional Local Government Finance Settlement 2025-26 (Item 5)", 1],
      ["81", "Quarterly Performance Report, Q2 2024-2025", "Quarterly Performance Report, Q2 2024-2025 (Item 6)", 3],
      ["82", "Corporate Risk Register", "Corporate Risk Register (Item 7)", 4],
      ["83", "English Devolution White Paper", "English Devolution White Paper (Item 8)", 5],
    ]);
  });

  it("PRESENT: ten members in printed order, Mr R W Gough (Chairman) in the chair", () => {
    expect(cabinet.attendance.present.map(printed)).toEqual([
      "Mr R W Gough", "Mr N Baker", "Mrs C Bell", "Mrs S Chandler", "Mr D Jeffrey",
      // printed "Mr R C Love, OBE": the honour stays with the name (the schema's convention), without the comma
      "Mr R C Love OBE",
      "Mr D Murphy", "Mr P J Oakford", "Mr D Watkins", "Mr R J Thomas",
    ]);
    expect(cabinet.attendance.present.map((p) => p.role)).toEqual(["chair", ...Array(9).fill(null)]);
  });

  it("IN ATTENDANCE: eleven officers in printed order, with their positions (and nothing after the block)", () => {
    expect(cabinet.attendance.in_attendance.map((p) => [printed(p), p.position])).toEqual([
      ["Dr A Ghosh", "Director of Public Health"],
      ["Mrs S Hammond", "Corporate Director Children, Young People and Education"],
      ["Mrs A Beer", "Chief Executive"],
      ["Mr D Shipton", "Head of Finance Policy, Planning and Strategy"],
      ["Mr B Watts", "General Counsel"],
      ["Mr J Betts", "Interim Corporate Director Finance"],
      ["Mr S Jones", "Corporate Director of Growth, Environment and Transport"],
      ["Mr M Scrivener", "Head of Risk and Delivery Assurance"],
      ["Mr R Smith", "Corporate Director Adult Social Care and Health"],
      ["Mr M Wagner", "Chief Analyst"],
      ["Mr D Whittle", "Director of Strategy, Policy, Relationships and Corporate Assurance"],
    ]);
  });

  it("'it was noted:' bullets nest under their numbered paragraph (items 80, 81, 82)", () => {
    const expected: Array<[string, string[]]> = [
      ["80", ["That whilst the allocation of the Recovery Grant", "The assessed needs for Recovery Grant", "Furthermore, government had also indicated", "Members commented on the reduced level of funding", "The risk of not moving towards the devolution agenda"]],
      ["81", ["In response to the % of pupils (with EHCPs)", "From September 2024, inspections of state funded schools", "The number of properties brought back into active use", "Unaccompanied Asylum Seeking Children (UASC)", "A significant amount of work had been undertaken"]],
      ["82", ["It was noted that risk CRR0056", "It was noted that risk CRR0015", "In response to how English Devolution would impact"]],
    ];
    for (const [number, bullets] of expected) {
      const noted = points(item(cabinet, number)).find((p) => p.text === "Further to comments and questions from Members it was noted:");
      expect(noted?.number, `item ${number}`).toBe("2");
      expect(noted!.points.map((p) => p.number), `item ${number}`).toEqual(bullets.map(() => null));
      bullets.forEach((start, k) => expect(noted!.points[k]?.text.startsWith(start), `item ${number} bullet ${k + 1}: ${start}`).toBe(true));
    }
  });

  it("the numbered paragraphs of each minute are one sequence: '3. RESOLVED…' follows '2.' as its sibling, not its sub-point", () => {
    // printed 1., 2., 3. (80, 81), 1. to 4. (82) and 1. to 7. (83) at the same indent, one list per minute
    expect(points(item(cabinet, "80")).map((p) => p.number)).toEqual(["1", "2", "3"]);
    expect(points(item(cabinet, "81")).map((p) => p.number)).toEqual(["1", "2", "3"]);
    expect(points(item(cabinet, "82")).map((p) => p.number)).toEqual(["1", "2", "3", "4"]);
    expect(points(item(cabinet, "83")).map((p) => p.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    // 83.1 has (a) and (b) under it; 83.7 the three resolved clauses
    expect(points(item(cabinet, "83"))[0]?.points.map((p) => p.number)).toEqual(["a", "b"]);
  });

  it("RESOLVED paragraphs are the resolutions, on the pages they are printed on", () => {
    expect(item(cabinet, "78").resolutions.map((r) => [r.text, r.source.page])).toEqual([
      ["that the minutes of the meeting on 28 November 2024 were a correct record and that they be signed by the Chair", 1],
    ]);
    expect(item(cabinet, "80").resolutions[0]?.text).toMatch(/^that Cabinet note the provisional settlement including the additional grants/);
    expect(item(cabinet, "80").resolutions[0]?.source.page).toBe(3);
    expect(item(cabinet, "82").resolutions.map((r) => r.text)).toEqual(["that Cabinet note the report."]);
    // p8 paragraph 5: "Mr Love suggested and the Leader and Cabinet agreed to the following amendment" is a decision of its
    // own (as ../shared/eval/truth counts: 2 in item 83); the RESOLVED block on p9 is the other
    const resolutions83 = item(cabinet, "83").resolutions;
    expect(resolutions83).toHaveLength(2);
    expect(item(cabinet, "83").motions.map((m) => [m.kind, m.mover, m.result])).toEqual([
      ["amendment", "Love", "carried"],
      ["motion", "Leader", "carried"],
    ]);
    const devolution = resolutions83.find((r) => r.text === "that Cabinet:");
    expect(devolution?.source.page).toBe(9);
    expect(devolution?.clauses.map((c) => [c.number, c.text.split(" ").slice(0, 6).join(" ")])).toEqual([
      ["1", "Agree to submit a request to"],
      ["2", "Note that acceptance onto the Devolution"],
      ["3", "Agree to request that the Minister"],
    ]);
    for (const n of ["76", "77", "79"]) expect(item(cabinet, n).resolutions, n).toEqual([]);
  });

  it("no page furniture in the items; every element has a plausible page", () => {
    expectNoFurniture(cabinet);
    expectPages(cabinet, 9);
  });
});

describe("Kent County Council, extraordinary meeting, 9 January 2025 (10 pages)", () => {
  it("meeting, and minutes 283 to 285 as printed", () => {
    expect(council.meeting).toMatchObject({ organization: "Kent County Council", body: "County Council", date: "2025-01-09" });
    expect(council.items.filter((i) => i.number !== null).map((i) => [i.number, i.title, i.source.page])).toEqual([
      ["283", "Apologies for Absence", 1],
      // the heading is printed at the foot of page 1, its "(Item 2)" at the top of page 2
      ["284", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda", 1],
      ["285", "English Devolution White Paper", 2],
    ]);
    expect(item(council, "284").title_raw).toBe("Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda (Item 2)");
  });

  it("PRESENT: 67 members in printed order; IN ATTENDANCE: two officers", () => {
    expect(council.attendance.present.map(printed)).toEqual([
      "Mr N Baker", "Mr M Baldock", "Mr P V Barrington-King", "Mr P Bartlett", "Mrs C Bell", "Mrs R Binks", "Mr T Bond", "Mr A Booth",
      "Mr A Brady", "Mr D L Brazier", "Mr C Broadley", "Mrs B Bruneau", "Mr T Cannon", "Sir Paul Carter CBE", "Mrs S Chandler",
      "Mr N J D Chard", "Mr I S Chittenden", "Mrs P T Cole", "Mr P Cole", "Ms K Constantine", "Mr G Cooke", "Mr D Crow-Brown",
      "Mr M C Dance", "Mrs T Dean MBE", "Mr M Dendor", "Mr R W Gough", "Ms S Hamilton", "Ms J Hawkins", "Mr P M Hill OBE",
      "Mr A R Hills", "Mrs S V Hohler", "Mr S Holden", "Mr M A J Hood", "Mr A J Hook", "Mrs S Hudson", "Mr D Jeffrey",
      "Mr J A Kite MBE", "Rich Lehmann", "Mr B H Lewis", "Mr R C Love OBE", "Mr T Mallon", "Mr S C Manion", "Mr R A Marsh",
      "Mrs M McArthur", "Mr J P McInroy", "Ms J Meade", "Mr D Murphy", "Mr P J Oakford", "Mr J M Ozog", "Ms L Parfitt",
      "Mr C Passmore", "Mr H Rayner", "Mr O Richardson", "Mr D Robey", "Mr A Sandhu MBE", "Mr T L Shonk", "Mr C Simkins",
      "Mr M J Sole", "Mr P Stepto", "Mr R G Streatfeild MBE", "Dr L Sullivan", "Mr R J Thomas", "Mr D Watkins", "Mr S Webb",
      "Mr M Whiting", "Mr J Wright", "Ms L Wright",
    ]);
    expect(council.attendance.in_attendance.map((p) => [printed(p), p.position])).toEqual([
      ["Mr J Cook", "Democratic Services Manager"],
      ["Mr B Watts", "General Counsel"],
    ]);
  });

  it("apologies reported under 283, in printed order", () => {
    expect(council.attendance.apologies.map(printed)).toEqual([
      "Mr Beaney", "Mr Campkin", "Miss Carey", "Mr Collor", "Mr Cooper", "Ms Dawkins", "Mrs Game", "Mr Kennedy", "Mr Meade",
      "Mrs Prendergast", "Mr Ridgers", "Mr Sweetland", "Mr Wright",
      // p1: "Ms Grehan had given her formal apologies but was attending the meeting virtually"
      "Ms Grehan",
    ]);
  });

  it("'Election of Chair' (unnumbered, before 283): RESOLVED that Mr Cooke be elected to Chair the meeting", () => {
    const all = council.items.flatMap((i) => i.resolutions.map((r) => r.text));
    expect(all).toContain("that Mr Cooke be elected to Chair the meeting.");
  });

  it("285: the RESOLVED block (paragraph 26) with clauses (1) to (5), and the four amendments lost on a division are decisions too", () => {
    // paragraphs 15-24 record amendments: 15 carried (then the substantive motion), 17, 19, 21 and 23 "Amendment lost."
    // Convention (as ../shared/eval/truth counts decisions): a motion or amendment put to the vote and lost is a recorded
    // decision, so it is a resolution of its own; "Substantive Motion carried." and its RESOLVED block count once.
    const resolutions = item(council, "285").resolutions;
    const resolved = resolutions.find((r) => r.text === "that the County Council:");
    expect(resolved?.clauses.map((c) => c.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(resolved?.clauses[4]?.text).toBe("Expects there to be as much transparency as possible in this process.");
    expect(resolved?.source.page).toBe(10);
    const lost = item(council, "285").motions.filter((m) => m.kind === "amendment" && m.result === "lost");
    expect(lost.map((m) => m.mover)).toEqual(["Hood", "Brady", "Passmore", "Lehmann"]);
    for (const amendment of lost) expect(resolutions.some((r) => r.source.line === amendment.source.line)).toBe(true);
  });

  it("no page furniture in the items; every element has a plausible page", () => {
    expectNoFurniture(council);
    expectPages(council, 10);
  });
});

describe("Kent County Council, 19 December 2024 (15 pages, '1' printed at the foot of page 1)", () => {
  it("meeting, and minutes 270 to 282 as printed, on their pages", () => {
    expect(december.meeting).toMatchObject({ organization: "Kent County Council", body: "County Council", date: "2024-12-19" });
    expect(december.items.map((i) => [i.number, i.title, i.source.page])).toEqual([
      ["270", "Apologies for Absence", 1],
      ["271", "Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda", 1],
      ["272", "Minutes of the meeting held on 7 November 2024, if in order, to be approved as a correct record", 2],
      ["273", "Corporate Parenting Panel - Minutes for noting", 2],
      ["274", "Chairman's Announcements", 2],
      ["275", "Questions", 3],
      ["276", "Report by Leader of the Council", 3],
      ["277", "Corporate Parenting Panel - Annual Report", 7],
      ["278", "Local Transport Plan", 7],
      ["279", "Governance Working Party Update", 8],
      ["280", "Proportionality Update", 8],
      ["281", "Motions for Time Limited Debate", 8],
      ["282", "Remote meetings and proxy voting consultation", 14],
    ]);
    expect(december.items.map((i) => i.title_raw?.match(/\(Item (\d+)\)$/)?.[1])).toEqual(
      Array.from({ length: 13 }, (_, k) => String(k + 1)),
    );
  });

  it("PRESENT: 66 members, the Chairman and the Vice-Chairman first; IN ATTENDANCE: two officers", () => {
    expect(december.attendance.present).toHaveLength(66);
    expect(december.attendance.present.slice(0, 3).map((p) => [printed(p), p.role])).toEqual([
      ["Mr B J Sweetland", "chair"],
      ["Mr A M Ridgers", "vice_chair"],
      ["Mr N Baker", null],
    ]);
    expect(december.attendance.present.slice(-2).map(printed)).toEqual(["Mr J Wright", "Ms L Wright"]);
    expect(december.attendance.in_attendance.map(printed)).toEqual(["Mr J Cook", "Mr B Watts"]);
  });

  it("RESOLVED paragraphs are resolutions, with their clauses; a motion lost on a division is a decision of its own", () => {
    expect(item(december, "272").resolutions.map((r) => r.text)).toEqual([
      "that the minutes of the Council meeting held on 7 November 2024 be approved as a correct record.",
    ]);
    expect(item(december, "273").resolutions.map((r) => r.text)).toEqual(["that the minutes of the Corporate Parenting Panel on 30 July 2024 be noted."]);
    expect(item(december, "276").resolutions.map((r) => [r.text, r.source.page])).toEqual([["that the Leader’s report be noted.", 7]]);
    expect(item(december, "278").resolutions.map((r) => r.text)).toEqual(["that the County Council approves and adopts Local Transport Plan 5: Striking the Balance."]);
    // 281: motions 1 (Brady), 3 (Streatfeild) and 10 (Hawkins) were lost; 5 (Meade) carried and was RESOLVED at 8)
    const family = item(december, "281").resolutions;
    const resolved = family.find((r) => r.text === "that the County Council resolves:");
    expect(resolved?.clauses.map((c) => c.number)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(resolved?.clauses[0]?.text.startsWith("To declare our complete solidarity with the farmers of Kent")).toBe(true);
    const lost = item(december, "281").motions.filter((m) => m.result === "lost");
    expect(lost.map((m) => [m.mover, m.seconder, m.counts])).toEqual([
      ["Brady", "Meade", { for: 15, against: 35, abstain: 1 }],
      ["Streatfeild", "Hook", { for: 14, against: 37, abstain: 0 }],
      ["Jenni Hawkins", "Stepto", { for: 15, against: 23, abstain: 0 }],
    ]);
    for (const motion of lost) expect(family.some((r) => r.source.line === motion.source.line)).toBe(true);
    expect(item(december, "282").resolutions.map((r) => [r.text, r.clauses.map((c) => c.number), r.source.page])).toEqual([
      ["that the County Council:", ["a", "b", "c"], 15],
    ]);
  });

  it("the page number '1' at the foot of page 1 is not in item 271's declarations", () => {
    expectNoFurniture(december);
    const texts = strings(item(december, "271"));
    expect(texts).toContain("Mr Lehmann declared an interest in item 6 - Questions - that he was a Member of Swale Borough Council.");
    expectPages(december, 15);
  });
});

describe("Kent Corporate Parenting Panel, 29 October 2024 (9 pages, page numbers at the foot)", () => {
  it("meeting: the panel, 29 October 2024", () => {
    expect(panel.meeting).toMatchObject({ body: "Corporate Parenting Panel", date: "2024-10-29" });
  });

  it("its twelve headings, numbered only by their '(Item n)' references, as printed, on their pages", () => {
    expect(panel.items.map((i) => [i.number, i.title, i.source.page])).toEqual([
      ["1", "Apologies and Substitutes", 1],
      ["2", "Chairman’s Announcements", 1],
      ["3", "Minutes of the meeting held on 30 July 2024", 1],
      ["4", "Participation Team update", 2],
      ["5", "Verbal updates by the Cabinet Member", 2],
      ["6", "Adoption Partnership South East, Regional Adoption Agency Annual Report 2023/2024", 3],
      ["7", "Youth Justice Annual Report", 4],
      ["8", "Performance Scorecard for Children in Care", 6],
      // printed at the foot of page 6, its "(Item 9)" at the top of page 7
      ["9", "The Joint Housing Protocol for Care Leavers", 6],
      ["10", "Sufficiency Strategy 2022-2027", 8],
      // a bold heading of 14 words, "(Item 11)" below it in italics, like every other heading
      ["11", "Kent CIC in the statutory school years with an EHCP - Access to Education", 8],
      ["12", "Work programme", 9],
    ]);
    expect(panel.items.map((i) => i.title_raw?.match(/\(Item (\d+)\)$/)?.[1])).toEqual(Array.from({ length: 12 }, (_, k) => String(k + 1)));
  });

  it("PRESENT: fourteen, chair and vice-chair marked; ALSO PRESENT and IN ATTENDANCE: twelve", () => {
    expect(panel.attendance.present.map((p) => [p.name, p.role])).toEqual([
      ["Shellina Prendergast", "chair"], ["Paul Bartlett", "vice_chair"], ["Gary Cooke", null], ["Dylan Jeffrey", null],
      ["David Brazier", null], ["Lesley Game", null], ["Sarah Hamilton", null], ["Sarah Hammond", null], ["Caroline Smith", null],
      ["Tom Byrne", null], ["Tony Doran", null], ["Tracy Scott", null], ["Nancy Sayer", null], ["Brian Horton", null],
    ]);
    expect(panel.attendance.in_attendance.map((p) => [p.name, p.position])).toEqual([
      ["Sue Chandler", "Cabinet Member for Integrated Children’s Services"],
      ["James Clapson", "Democratic Services Officer"],
      ["Kevin Kasaven", "Director of Children's Countywide Services"],
      ["Joanne Carpenter", "Participation and Engagement Manager"],
      ["Alice Gleave", "Interim Assistant Director for SEND Operations"],
      ["Christy Holden", "Assistant Director for CYPE Commissioning"],
      ["Robin Cahill", "Senior Commissioner"],
      ["Jason Read", "Youth Justice Service Manager"],
      ["Gavin Swann", "Service Manager Safeguarding, Quality Assurance & Professional Standards"],
      ["Natalia Merritt", "Co-Chair Kent Housing Options Subgroup"],
      ["Amy Coombs", "Head of Adoption Partnership South East"],
      ["Maureen Robinson", "MI Service Manager"],
    ]);
  });

  it("numbered paragraphs with lettered sub-points: Participation Team update is 1 (a–c), 2, 3 (a–b), 4, 5", () => {
    const top = points(titled(panel, "Participation Team update"));
    expect(top.map((p) => [p.number, p.points.map((q) => q.number)])).toEqual([
      ["1", ["a", "b", "c"]],
      ["2", []],
      ["3", ["a", "b"]],
      ["4", []],
      ["5", []],
    ]);
  });

  it("RESOLVED paragraphs are the resolutions", () => {
    expect(titled(panel, "Chairman’s Announcements").resolutions.map((r) => r.text)).toEqual([
      "that Mr P Bartlett be duly elected Vice Chair of the Corporate Parenting Panel.",
    ]);
    expect(titled(panel, "Sufficiency Strategy 2022-2027").resolutions.map((r) => r.text)).toEqual(["to endorse the Sufficiency Strategy 2022-2027."]);
    expect(titled(panel, "Kent CIC in the statutory school years with an EHCP - Access to Education").resolutions.map((r) => r.text)).toEqual([
      "that the Panel note the work of the Virtual School and Kent SEN in supporting its young people.",
    ]);
    expect(titled(panel, "Work programme").resolutions.map((r) => [r.text, r.source.page])).toEqual([["that the work programme was noted.", 9]]);
  });

  it("the page numbers are not in the items, and a sentence across a page end stays whole", () => {
    expectNoFurniture(panel);
    // page 3 ends "…The author Sarah Nash spoke regarding", then "3"; page 4 goes on "therapeutic parenting…"
    expect(strings(panel.items).some((s) => s.includes("Sarah Nash spoke regarding therapeutic parenting and taking a trauma informed approach."))).toBe(true);
    expectPages(panel, 9);
  });
});
