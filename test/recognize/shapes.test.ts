// The shapes issue 10 names, each in minutes of a made-up body: the recognizers must read the shape, not a wording they
// were shown. None of these snippets is taken from the corpus; each is written to hold one shape among ordinary text.
import { describe, expect, it } from "vitest";
import { parseMinutesText } from "../../src/index.js";
import type { MinutesDocument } from "../../src/types/minutes.js";

const parse = (text: string): MinutesDocument => parseMinutesText(text, { validate: true });
const surnames = (list: { name: string }[]) => list.map((p) => p.name.split(/\s+/).pop());
const titles = (doc: MinutesDocument) => doc.items.map((item) => [item.number, item.title]);
const motions = (doc: MinutesDocument) => doc.items.flatMap((item) => item.motions);
/** The chair is the person present whose role is chair. */
const chairOf = (doc: MinutesDocument) => doc.attendance.present.find((p) => p.role === "chair")?.name;

describe("attendance shapes", () => {
  it("a label in capitals followed by commissioners with honorifics: PARTICIPATING IN PERSON", () => {
    const doc = parse(
      [
        "Harbor Commission of Alder Bay",
        "Minutes of the Regular Meeting, March 3, 2022",
        "",
        "PARTICIPATING IN PERSON: Commissioners Mr. Tomas Reyes, Ms. Alma Brooks and Dr. Owen Pike",
        "PARTICIPATING REMOTELY: Commissioner Ms. Dana Whitfield",
        "",
        "1. Call to Order",
        "The meeting was called to order at 6:02 pm.",
        "",
        "2. Approval of the Agenda",
        "The agenda was approved.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Reyes", "Brooks", "Pike", "Whitfield"]);
    expect(titles(doc)).toEqual([["1", "Call to Order"], ["2", "Approval of the Agenda"]]);
  });

  it("called to order by a president inside a paragraph, then members present, absent and staff", () => {
    const doc = parse(
      [
        "Willow Creek School Board",
        "Minutes of the Regular Board Meeting of October 12, 2021",
        "",
        "The meeting was called to order at 6:00 pm by President Larkin. Board members present: Ames, Doyle, and Fenwick. Board members absent: Grady and Hale. Staff present: Superintendent Maria Ortiz and Business Manager Ken Yu.",
        "",
        "1. Approval of Minutes",
        "The minutes of September 14 were approved.",
        "",
        "2. Budget Report",
        "The business manager presented the first quarter report.",
      ].join("\n"),
    );
    // the president who called the meeting to order presides, and is present with the members listed
    expect(surnames(doc.attendance.present)).toEqual(["Larkin", "Ames", "Doyle", "Fenwick"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Grady", "Hale"]);
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Ortiz", "Yu"]);
    expect(chairOf(doc)).toMatch(/Larkin$/);
  });

  it("a roster of names with their roles in a second column, under a heading in capitals", () => {
    const doc = parse(
      [
        "Pinecrest Water District",
        "Minutes of the Board of Directors, May 9, 2023",
        "",
        "BOARD OF DIRECTORS",
        "Helen Marsh        President",
        "Victor Okafor      Vice President",
        "Ruth Delgado       Director",
        "",
        "DISTRICT ATTENDEES",
        "Sam Kowalski       General Manager",
        "Lena Fischer       Board Secretary",
        "",
        "1. Public Comment",
        "There was no public comment.",
        "",
        "2. Consent Calendar",
        "The consent calendar was approved.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Marsh", "Okafor", "Delgado"]);
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Kowalski", "Fischer"]);
  });

  it('"Present" with no colon and the names on the lines below', () => {
    const doc = parse(
      [
        "Eastfield Community Council",
        "Minutes of the meeting held on 14 June 2022",
        "",
        "Present",
        "Joan Baird (Chair)",
        "Alasdair Munro",
        "Fiona Cattanach",
        "",
        "Apologies",
        "Duncan Rae",
        "",
        "1. Minutes of the previous meeting",
        "Approved.",
        "",
        "2. Police report",
        "No report was received.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Baird", "Munro", "Cattanach"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Rae"]);
    expect(chairOf(doc)).toMatch(/Baird$/);
  });

  it("a grid of labels, each a word before its value: Attendees Tony Brown (Chair), …", () => {
    const doc = parse(
      [
        "OPEN BOARD MEETING MINUTES",
        "",
        "Title of Meeting Ferncombe Libraries - Board Meeting",
        "Date 29th May 2014",
        "Place Main Hall, Castle Hill Community Centre",
        "Attendees Tom Birch (Chair), Sara Knight (Vice Chair), Anne Mallory",
        "(Honorary Secretary), Sue Bucknell, Jon Ogle",
        "",
        "1. Welcome and Apologies",
        "Apologies were received from Colin Rook.",
        "",
        "2. Minutes",
        "Agreed.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Birch", "Knight", "Mallory", "Bucknell", "Ogle"]);
    expect(chairOf(doc)).toMatch(/Birch$/);
    expect(surnames(doc.attendance.apologies)).toEqual(["Rook"]);
  });

  it("a table of those present with a column of names and one of positions, guests among them", () => {
    const doc = parseMinutesText(
      [
        "Minutes of the Regular Meeting on January 16th, 2023",
        "",
        "The following people were present:",
        "",
        "| Name          | Call Sign | Position  |",
        "|---------------|-----------|-----------|",
        "| Carl Mercer   | VA3CPY    | President |",
        "| Kira Bryant   | VA3IGO    | Member    |",
        "| Leo           |           | Visitor   |",
        "",
        "1. Treasurer's report",
        "Accepted.",
        "",
        "2. Field day",
        "Planned for June.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Carl Mercer", "President"],
      ["Kira Bryant", "Member"],
    ]);
    expect(doc.attendance.in_attendance.map((p) => p.name)).toEqual(["Leo"]);
  });

  it("a numbered item that is an attendance label, its names side by side in columns with no comma", () => {
    const doc = parse(
      [
        "CYPRESS GROVE STRATA COUNCIL",
        "Strata Council Meeting",
        "Wednesday, April 29, 2009",
        "",
        "1. PRESENT: Tom Harding Gordon Farrow",
        "   Larry Mack Carole Borth",
        "   Steve Tosh",
        "",
        "   REGRETS: Cheryl Jones",
        "",
        "2. CALL TO ORDER: 7:09 PM",
        "",
        "3. ADOPTION OF MINUTES",
        "   The minutes were adopted.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Harding", "Farrow", "Mack", "Borth", "Tosh"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Jones"]);
    expect(doc.items[0]).toMatchObject({ number: "1", title_raw: "PRESENT" });
  });

  it('"In attendance were" and the names after it, each with an office after a comma', () => {
    const doc = parse(
      [
        "Minutes of the Board",
        "January 28th, 2019",
        "",
        "In attendance were Dana Bilby, member; Ronald McCrae, member; Sara Quint, member.",
        "",
        "1. Approval of the minutes",
        "Approved.",
        "",
        "2. Reports",
        "Noted.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Bilby", "McCrae", "Quint"]);
  });

  it('"Presiding:" names the chair, with an honorific and an office after the comma', () => {
    const doc = parse(
      [
        "Northgate Library Board",
        "Minutes, January 18, 2024",
        "",
        "Presiding: Mr. Leon Aldridge, President.",
        "Present: Ms. Nora Quinn, Mr. Felix Oduya, Mrs. Ida Vance.",
        "",
        "1. Call to Order",
        "The meeting was called to order at 7:00 pm.",
        "",
        "2. Director's Report",
        "The director reported on circulation.",
      ].join("\n"),
    );
    expect(chairOf(doc)).toMatch(/Aldridge$/);
    expect(surnames(doc.attendance.present)).toContain("Aldridge");
    expect(surnames(doc.attendance.present)).toEqual(expect.arrayContaining(["Quinn", "Oduya", "Vance"]));
  });
});

describe("rosters and titles that are not items", () => {
  it("numbered lists under attendance labels, and title headings over nothing but a date", () => {
    const doc = parseMinutesText(
      [
        "## Harbour Modernization Board",
        "",
        "## Meeting Minutes",
        "",
        "December 17, 2018",
        "",
        "Attendance",
        "PRESENT",
        "",
        "1. Susan Kent Chair",
        "2. Alan Thomas Permanent Board Member",
        "3. Maria Roat Term Board Member",
        "",
        "## OTHER ATTENDEES",
        "",
        "1. Elizabeth Cain General Services Administration",
        "2. David Shive General Services Administration",
        "",
        "## Budget",
        "",
        "The board reviewed the budget.",
        "",
        "## Project proposals",
        "",
        "Two proposals were approved.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.meeting).toMatchObject({ body: "Harbour Modernization Board", date: "2018-12-17" });
    expect(surnames(doc.attendance.present)).toEqual(["Kent", "Thomas", "Roat"]);
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Cain", "Shive"]);
    expect(titles(doc)).toEqual([
      [null, "Budget"],
      [null, "Project proposals"],
    ]);
  });
});

describe("attendance in a sentence after an address (a federal board's shape)", () => {
  it("members by their state and position, then staff by their offices, wrapped across lines with semicolons between them", () => {
    const doc = parse(
      [
        "The meeting was open to the public at the Board's offices at 77 K Street,",
        "N.E. In attendance were Dana K. Bilby of Oregon, member; Ronald D. McCoy of",
        "Texas, member; Ravi Deol, Executive Director; Susan Tosh, Chief Operating",
        "Officer; Kimberly A. Weaver, Director, External Affairs; and Ernest Wither, Executive Advisor.",
        "",
        "1. Approval of the Minutes",
        "",
        "The minutes were approved.",
        "",
        "2. Monthly Reports",
        "",
        "Noted.",
      ].join("\n"),
    );
    expect(doc.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Dana K. Bilby", "member"],
      ["Ronald D. McCoy", "member"],
    ]);
    expect(doc.attendance.in_attendance.map((p) => [p.name, p.position])).toEqual([
      ["Ravi Deol", "Executive Director"],
      ["Susan Tosh", "Chief Operating Officer"],
      ["Kimberly A. Weaver", "Director, External Affairs"],
      ["Ernest Wither", "Executive Advisor"],
    ]);
  });
});

describe("outline minutes: lists that are rosters or the agenda, not items", () => {
  const md = (lines: string[]) => parseMinutesText(lines.join("\n"), { format: "markdown", validate: true });
  const names = (list: { name: string; role: string | null }[]) => list.map((p) => p.name + (p.role ? ` (${p.role})` : ""));

  it("GitHub handles under labels in a list (a steering committee's shape)", () => {
    const doc = md(["# Meeting - 2026-03-18", "## Attendees", "- Members: @ana-lee, @K900, @bob_hart", "- Observers: @cy", "- Chairperson: @ana-lee", "", "## Housekeeping", "- Minutes approved", "## Budget", "- Agreed", "## Releases", "- Delayed"]);
    expect(names(doc.attendance.present)).toEqual(["@ana-lee (chair)", "@K900", "@bob_hart"]);
    expect(names(doc.attendance.in_attendance)).toEqual(["@cy"]);
    expect(titles(doc).map(([, t]) => t)).toEqual(["Housekeeping", "Budget", "Releases"]);
  });

  it("a list under an 'Agenda' or 'Attendees' heading is not the items; names under an attendance heading are those present", () => {
    const doc = md([
      "# 2023-08-14",
      "## Agenda",
      "- Check-in",
      "- Budget",
      "## Attendance",
      "",
      "Mark, Ryan, Eric Huss, Jack Huey, Carol (second half)",
      "Unavailable: Josh Triplett, Khio",
      "",
      "## Minutes",
      "",
      "- Check-in",
      "    - All well",
      "- Budget",
      "    - Approved",
      "- Releases",
      "    - Next month",
    ]);
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Mark", "Ryan", "Eric Huss", "Jack Huey", "Carol"]);
    expect(doc.attendance.apologies.map((p) => p.name)).toEqual(["Josh Triplett", "Khio"]);
    expect(titles(doc).map(([, t]) => t)).toEqual(["Check-in", "Budget", "Releases"]);
  });

  it("one heading of business under the header's headings is one item (an AGM's resolutions)", () => {
    const doc = md(["## Kestrel User Group Inc", "## Annual General Meeting", "### 26th April 2023 at 8:20PM", "#### Attendees", "", "Rob Amos (RA), Arjen Schultz (AS)", "", "#### Resolutions", "", "1. The minutes of the 2022 meeting were accepted. AS, RA.", "2. The report for 2022 was received. RA, AS."]);
    expect(titles(doc)).toEqual([[null, "Resolutions"]]);
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Rob Amos", "Arjen Schultz"]);
    expect(doc.meeting.date).toBe("2023-04-26");
  });

  it("outline minutes whose only headings come late (a picture's lettering read by OCR) are read by their bullets", () => {
    const doc = md([
      "Minutes from Monday, May 4, 2020 at the Library",
      "",
      "- Business",
      "  - Commissioners Present: Ada Lyle, Ben Ortiz, Cal Moss",
      "- Minutes approved – B. Ortiz (motion), C. Moss (second)",
      "- Budget approved – A. Lyle (motion), B. Ortiz (second)",
      "- Updates",
      "  - Banners were taken down",
      "  - The new logos were shown:",
      "",
      "## Riverside",
      "",
      "NEIGHBORHOOD IMPROVEMENT",
      "",
      "## Main Street",
      "",
      "Business District",
      "",
      "- Announcements",
      "  - Next meeting in June",
      "- Meeting adjourned at 11:25am",
    ]);
    expect(titles(doc).map(([, t]) => t)).toEqual(["Business", "Minutes approved", "Budget approved", "Updates", "Announcements", "Meeting adjourned at 11:25am"]);
    // headings that open the business early are its items, even after a list of links
    const early = md(["# Committee Meeting 2017-06-08", "## Links", "* **Issue**: #62", "* **Video**: https://example.org/v", "## Present", "* Ann Lee", "* Bo Chan", "### Secretary position", "Resolved to share it.", "### Moderation", "Discussed.", "### Editors", "Discussed."]);
    expect(titles(early).map(([, t]) => t)).toEqual(["Secretary position", "Moderation", "Editors"]);
  });

  it("groups of a nested attendance list: members, then guests", () => {
    const doc = md(["## Attendance", "  * Committee", "    * Delia Azar", "    * Kye Russo", "  * Guests", "    * Brad Shone", "", "## Treasury report", "  * None taken", "", "## Events", "  * Two held"]);
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Delia Azar", "Kye Russo"]);
    expect(doc.attendance.in_attendance.map((p) => p.name)).toEqual(["Brad Shone"]);
  });
});

describe("rosters and titles that are not items, continued", () => {
  it("a title heading over the meeting's particulars is the title, and 'Approval of the Agenda' is business (Falls Creek Ranch's shape)", () => {
    const doc = parseMinutesText(
      [
        "## Pine Hollow Ranch Board Minutes",
        "",
        "Status: Approved",
        "",
        "Date: September 26, 2024",
        "",
        "Attendees: Ann Lee, Bob Hart",
        "",
        "## Approval/Changes to the Agenda",
        "",
        "The agenda was approved.",
        "",
        "## Conflicts of Interest",
        "",
        "None were declared.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.meeting).toMatchObject({ body: "Pine Hollow Ranch Board", date: "2024-09-26" });
    expect(surnames(doc.attendance.present)).toEqual(["Lee", "Hart"]);
    expect(titles(doc)).toEqual([
      [null, "Approval/Changes to the Agenda"],
      [null, "Conflicts of Interest"],
    ]);
  });
  it("a general meeting and whose it is, either side of a dash (Speedcubing Canada's shape)", () => {
    const doc = parseMinutesText(
      ["## Annual Members' Meeting - Cubing Ontario", "", "Date: February 3, 2024", "", "## Voting method", "", "By show of hands.", "", "## By-Laws", "", "Confirmed."].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.meeting).toMatchObject({ organization: "Cubing Ontario", body: "Annual Members' Meeting", date: "2024-02-03" });
    expect(titles(doc).map(([, title]) => title)).toEqual(["Voting method", "By-Laws"]);
  });

  it("a numbered heading after a sentence that ends in a label's word is an item (Rotherham, as a PDF prints it)", () => {
    const doc = parse(
      [
        "Present: Ann Lee, Bob Hart",
        "",
        "12. EXCLUSION OF THE PRESS AND PUBLIC",
        "",
        "There were no items that required the exclusion of the press and",
        "public from the meeting.",
        "",
        "13. QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS",
        "",
        "There were no questions.",
      ].join("\n"),
    );
    expect(doc.items.map((item) => item.number)).toEqual(["12", "13"]);
  });
});

describe("item shapes: headings in title case", () => {
  it("lines in title case standing alone over text, when nothing is numbered, in capitals or in bold (a city council's special meeting)", () => {
    const doc = parse(
      [
        "MINUTES OF THE SPECIAL CITY COUNCIL MEETING",
        "TUESDAY, APRIL 16, 2018",
        "",
        "Roll Call – Present: Councilmembers Ashby, Mattson, Oden and Mayor Spence.",
        "",
        "Public Comment",
        "",
        "Mayor Spence stated there are 34 speakers.",
        "",
        "Old Business:",
        "",
        "None",
        "",
        "Adjournment",
        "",
        "There being no further business, Mayor Spence adjourned the meeting at 10:55 p.m.",
        "",
        "Respectfully submitted,",
        "",
        "Lara Weston",
        "",
        "City Clerk",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      [null, "Public Comment"],
      [null, "Old Business"],
      [null, "Adjournment"],
    ]);
    expect(surnames(doc.attendance.present)).toEqual(["Ashby", "Mattson", "Oden", "Spence"]);
  });
  it("is not read when the items are numbered", () => {
    const doc = parse(["Present: Ann Lee, Bob Hart", "", "1. Finance", "", "Public Comment", "", "Two residents spoke about parking.", "", "2. Planning", "", "No applications."].join("\n"));
    expect(titles(doc).map(([n]) => n)).toEqual(["1", "2"]);
  });
});

describe("item shapes: outline numbers", () => {
  it("sections numbered 1.0, 2.0 hold their sub-items 4.1 and 4.2.1; names side by side with bullets between them (a strata council's shape)", () => {
    const doc = parse(
      [
        "1.0 ATTENDEES",
        "",
        "Present",
        "",
        "- Gordon Fell • Carole Borth",
        "- Oliver Quint • Linda McLane",
        "",
        "Regrets",
        "",
        "- Joanne Parks",
        "",
        "2.0 CALL TO ORDER: 6:34 PM",
        "",
        "3.0 ADOPTION OF MINUTES",
        "",
        "The minutes of December 4, 2025 were approved by email.",
        "",
        "4.0 COMMITTEE REPORTS",
        "",
        "4.1 Social",
        "",
        "There are no reports.",
        "",
        "4.2 Grounds",
        "",
        "4.2.1 Landscaping",
        "",
        "Rain all winter.",
        "",
        "5.0 NEW BUSINESS",
        "",
        "None.",
      ].join("\n"),
    );
    expect(titles(doc).map(([n]) => n)).toEqual(["1.0", "2.0", "3.0", "4.0", "5.0"]);
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Gordon Fell", "Carole Borth", "Oliver Quint", "Linda McLane"]);
    expect(doc.attendance.apologies.map((p) => p.name)).toEqual(["Joanne Parks"]);
  });

  it("those present listed under a label inside an item when the header names nobody: '## Attendees' at the foot", () => {
    const doc = parseMinutesText(
      ["# Lantern Project Community Meeting", "", "## Introductions", "", "We went round the room.", "", "## Roadmap", "", "- Release 2.0 in May", "", "## Attendees", "", "* Erik", "* Nora Wilde", "* Nick K."].join("\n"),
      { validate: true, format: "markdown" },
    );
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Erik", "Nora Wilde", "Nick K"]);
  });

  it("a letterhead typeset as headings above the title is header, and the labels in capitals under it are read", () => {
    const doc = parseMinutesText(
      [
        "Harbour Rowing Club Inc.",
        "",
        "## ABN 12 345 678 901",
        "",
        "President: Ann Lee Secretary: Raj Patel",
        "",
        "## 17th September 2024",
        "",
        "## Harbour Rowing Club Meeting",
        "",
        "ATTENDANCE",
        "",
        "Ann Lee, Raj Patel, Kim Ho",
        "",
        "APOLOGIES",
        "",
        "Sue Park, Tom Hale",
        "",
        "MINUTES",
        "Minutes of the previous meeting were read and approved.",
        "",
        "FINANCE",
        "The balance is healthy.",
      ].join("\n"),
      { validate: true, format: "markdown" },
    );
    expect(surnames(doc.attendance.present)).toEqual(["Lee", "Patel", "Ho"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Park", "Hale"]);
    expect(doc.meeting.date).toBe("2024-09-17");
    // the letterhead's headings are no items; the labels in capitals under the title are
    expect(doc.items.map((item) => item.title)).toEqual(["Apologies", "Minutes", "Finance"]);
  });
});

describe("item shapes", () => {
  it("'Item 1.' alone on its line, the title on the next (a converted PDF with a blank line after every line)", () => {
    const doc = parseMinutesText(
      [
        "**MINUTES OF MEETING OF THE HOUSING COMMITTEE HELD ON TUESDAY 3rd MAY 2016**",
        "",
        "**MEMBERS PRESENT:**",
        "",
        "Councillors: Ann Byrne, Joe Walsh.",
        "",
        "**Item 1.**",
        "",
        "**To adopt the minutes of the meeting held on 24th November 2015**",
        "",
        "The minutes were adopted on the proposal of Cllr Byrne, seconded by Cllr Walsh.",
        "",
        "**Item 2**",
        "",
        "**Housing Report**",
        "",
        "The report was noted.",
        "",
        "**Item 3:**",
        "",
        "**A.O.B.**",
        "",
        "None.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(titles(doc)).toEqual([
      ["1", "To adopt the minutes of the meeting held on 24th November 2015"],
      ["2", "Housing Report"],
      ["3", "A.O.B."],
    ]);
    expect(motions(doc).map((m) => [m.mover, m.seconder])).toEqual([["Byrne", "Walsh"]]);
  });

  it("unnumbered headings alone on a line in text, in capitals", () => {
    const doc = parse(
      [
        "Marlow Residents' Association",
        "Minutes of the committee meeting, 2 March 2023",
        "",
        "Present: Ann Hollis (Chair), Bill Carver, Dee Morgan",
        "",
        "TREASURER'S REPORT",
        "The balance stands at £1,200. The report was accepted.",
        "",
        "PLANNING",
        "Two applications were discussed. No objections were raised.",
        "",
        "ANY OTHER BUSINESS",
        "None.",
      ].join("\n"),
    );
    expect(doc.items.map((item) => item.title.toUpperCase())).toEqual(["TREASURER'S REPORT", "PLANNING", "ANY OTHER BUSINESS"]);
  });

  it("sections whose numbered sub-items restart at 1 are the items", () => {
    const doc = parse(
      [
        "Fernhill Unified School District",
        "Minutes of the Regular Meeting, April 4, 2023",
        "",
        "Present: Trustees Ana Cole, Ben Ruiz, Cara Lind",
        "",
        "CONSENT ITEMS",
        "",
        "1. Approve the minutes of March 7, 2023.",
        "2. Approve warrants.",
        "",
        "ACTION ITEMS",
        "",
        "1. Adopt the revised calendar.",
        "2. Approve the facilities contract.",
        "",
        "INFORMATION ITEMS",
        "",
        "1. Enrollment report.",
      ].join("\n"),
    );
    expect(doc.items.map((item) => item.title.toUpperCase())).toEqual(["CONSENT ITEMS", "ACTION ITEMS", "INFORMATION ITEMS"]);
  });

  it("minutes that are one run of numbered points, and nothing else, have the points as items, titled by their first sentence", () => {
    const doc = parse(
      [
        "Maple Hollow Residents' Association",
        "April 4, 2019",
        "Meeting Minutes",
        "",
        "Members Attending:",
        "Rosa Diaz, Ken Ota, Mira Stone",
        "",
        "1) The March minutes were approved by email before the meeting.",
        "2) Lot 9 – A fence was built without approval. The owner will be asked to apply.",
        "3) Ken reported that the pond aerator has been repaired and will be checked in May.",
        "   The cost came within the budget.",
        "4) Mira to obtain two quotes for snow clearing next winter.",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["1", "The March minutes were approved by email before the meeting"],
      ["2", "Lot 9 – A fence was built without approval"],
      ["3", "Ken reported that the pond aerator has been repaired and will be checked in May"],
      ["4", "Mira to obtain two quotes for snow clearing next winter"],
    ]);
    expect(surnames(doc.attendance.present)).toEqual(["Diaz", "Ota", "Stone"]);
    // points that start again at 1 are lists inside the minutes' parts, not a run of items
    const restarting = parse(
      [
        "Maple Hollow Residents' Association",
        "April 4, 2019",
        "",
        "Present: Rosa Diaz, Ken Ota",
        "",
        "1) Ken reported that the pond aerator has been repaired and will be checked again in May.",
        "2) Rosa said that the hedges along the lane will be cut in May by the contractor.",
        "3) The members agreed that the notice board should be repainted before the summer.",
        "",
        "The treasurer then reported on the accounts for the year, which were received.",
        "",
        "1) Ken said that the budget for the coming year will be set at the meeting in June.",
        "2) Rosa reminded the members that the dues for the year are payable by the end of May.",
      ].join("\n"),
    );
    expect(restarting.items.map((item) => item.number)).not.toEqual(["1", "2", "3", "1", "2"]);
  });

  it("a roll-call number before the item's own number; a label at a line's end with its names on the next; a title in capitals before the record", () => {
    const lines = (prefix: boolean) =>
      [
        "CITY OF ELMFORD",
        "SUMMARY OF CITY COUNCIL MEETING",
        "January 14, 2022",
        "",
        `${prefix ? "22-0073 " : ""}1. ROLL CALL: Present: Cownie, Boesen, Mandelbaum and Voss. Absent:`,
        "Gatto. Sheumaker arrived at 7:32 a.m.",
        "",
        `${prefix ? "22-0074 " : ""}2. APPROVING AGENDA, AS PRESENTED: Moved by Boesen. Motion Carried 6-0.`,
        "",
        `${prefix ? "22-0075 " : ""}3. PUBLIC HEARING ON THE REZONING OF 12 ELM STREET: Moved by Voss to close the hearing. Motion Carried 6-0.`,
      ].join("\n");
    for (const prefix of [true, false]) {
      const doc = parse(lines(prefix));
      expect(doc.items.map((item) => [item.number, item.title_raw])).toEqual([
        ["1", "ROLL CALL"],
        ["2", "APPROVING AGENDA, AS PRESENTED"],
        ["3", "PUBLIC HEARING ON THE REZONING OF 12 ELM STREET"],
      ]);
      expect(doc.attendance.present.map((p) => p.name)).toEqual(["Cownie", "Boesen", "Mandelbaum", "Voss"]);
      expect(doc.attendance.absent.map((p) => p.name)).toEqual(["Gatto"]);
      expect(motions(doc).map((m) => m.result)).toEqual(["carried", "carried"]);
    }
  });

  it("titles that open paragraphs with a colon, the record after them, are the items; field labels with short values are not", () => {
    const doc = parse(
      [
        "MINUTES OF THE FENWAY RADIO CLUB MEETING",
        "",
        "October 14, 2018",
        "",
        "Present: Pat Moore, Alex Fleet, Vance Myers",
        "",
        "Call to Order:",
        "",
        "Review of Minutes: The minutes were approved as read.",
        "",
        "Treasurer's Report: $1068.40 with $474.03 of this in the repeater fund.",
        "",
        "Old Business: Discussion regarding payment for club T-shirts by members.",
        "",
        "The repeater is currently at Pat's house and will be moved in the spring.",
        "",
        "New Business: A fox hunt is scheduled for after this meeting.",
        "",
        "Action: Alex to bring the radios.",
        "",
        "Action: Vance to book the hall.",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      [null, "Call to Order"],
      [null, "Review of Minutes"],
      [null, "Treasurer's Report"],
      [null, "Old Business"],
      [null, "New Business"],
    ]);
    expect(surnames(doc.attendance.present)).toEqual(["Moore", "Fleet", "Myers"]);
    const fields = parse(["Elm Street Civic Club", "Monday, February 8, 2021", "", "Number of Attendees: 6", "", "Meeting Start Time: 7:06", "", "Meeting End Time: 7:45", "", "The members talked about the spring clean-up."].join("\n"));
    expect(titles(fields)).toEqual([]);
  });

  it("whole minutes run into one paragraph are read item by item", () => {
    const filler = "The members discussed the matter at some length and the clerk will report back. ".repeat(4);
    const doc = parse(
      [
        `MINUTES OF THE HOLTON PARISH COUNCIL MEETING HELD ON 3RD MARCH 2020 Present: Cllr Amy Fox (Chair), Cllr Ben Hart, Cllr Cy Dunn. 1. Apologies for absence: Apologies were received from Cllr Dee Wells. 2. Declarations of Interest: None. 3. Minutes of the last meeting: It was agreed that the minutes be signed as a true record. 4. Highways ${filler}• The speed sign is to be moved. • The verge is to be cut. 5. Finance ${filler} 6. Planning ${filler} 7. Date of next meeting The next meeting will be held on 7th April 2020.`,
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["1", "Apologies for absence"],
      ["2", "Declarations of Interest"],
      ["3", "Minutes of the last meeting"],
      ["4", "Highways"],
      ["5", "Finance"],
      ["6", "Planning"],
      ["7", "Date of next meeting"],
    ]);
    expect(surnames(doc.attendance.present)).toEqual(["Fox", "Hart", "Dunn"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Wells"]);
    expect(doc.meeting.date).toBe("2020-03-03");
    expect(doc.items[2]!.resolutions).toHaveLength(1);
    expect(doc.warnings.map((w) => w.code)).toContain("run-on-minutes");
  });

  it("numbered paragraphs with the minute run on after a title in title case: a capitalised small word, a speaker, a lettered point", () => {
    const doc = parse(
      [
        "Alder Bay Sailing Club (Registered Charity No. 123456) Minutes of the Annual General Meeting held at the Clubhouse on Tuesday12th March 2019 at 7.30pm",
        "",
        "Present: R Vance (Chair), T Oduya (Treasurer), K Marsh, L Penn.",
        "",
        "1. Minutes of the 2018 Annual General Meeting Upon the proposition of K Marsh, seconded by L Penn, it was resolved unanimously that the minutes be approved.",
        "",
        "2. Election of Committee Members There being no new candidates, upon the proposition of T Oduya, seconded by K Marsh, it was resolved unanimously that the committee be re-elected.",
        "",
        "3. Accounts for the Year The audited accounts were tabled and, upon the proposition of L Penn, seconded by R Vance, it was resolved unanimously 'That the accounts be approved.\"",
        "",
        "4. Chair's Report a) The slipway has been repaired. b) New buoys have been laid.",
        "",
        "5. Treasurer's Report The Treasurer was pleased to report that the finances remain healthy.",
        "",
        "6. Any Other Business K Marsh proposed that the dinghy park be resurfaced.",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["1", "Minutes of the 2018 Annual General Meeting"],
      ["2", "Election of Committee Members"],
      ["3", "Accounts for the Year"],
      ["4", "Chair's Report"],
      ["5", "Treasurer's Report"],
      ["6", "Any Other Business"],
    ]);
    // the weekday glued to the day by a lost space still dates the meeting; the name before "Minutes" is who met
    expect(doc.meeting.date).toBe("2019-03-12");
    expect(doc.meeting.body).toBe("Alder Bay Sailing Club");
    // "upon the proposition of X, seconded by Y, it was resolved": a motion carried, also after papers were "tabled"
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([
      ["K Marsh", "L Penn", "carried"],
      ["T Oduya", "K Marsh", "carried"],
      ["L Penn", "R Vance", "carried"],
      ["K Marsh", null, null],
    ]);
  });
});

describe("decision shapes", () => {
  it("a decision as a noun in a bullet ('Unanimous adoption of previous minutes.') and an election's result ('is duly elected')", () => {
    const doc = parse(
      [
        "Riverside Chess Club General Meeting, 6 November 2024",
        "",
        "Attendees: Ana Cole (AC) (Chairing), Ben Ruiz (BR), Cy Dunn (CD)",
        "",
        "1 Apologies AC",
        "",
        "- None.",
        "",
        "2 Adoption of Previous Minutes BR",
        "",
        "- Unanimous adoption of previous minutes.",
        "",
        "3 Elections All",
        "",
        "- Cy Dunn is duly elected as Treasurer.",
        "- Ben Ruiz was elected to the board of another club last year.",
        "",
        "4 Any Other Business CD",
        "",
        "- None.",
      ].join("\n"),
    );
    // an owner column of initials (or "All") beside the titles is no part of them
    expect(doc.items.map((item) => item.title)).toEqual(["Apologies", "Adoption of Previous Minutes", "Elections", "Any Other Business"]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([0, 1, 1, 0]);
  });
});

describe("running minute numbers", () => {
  it("four figures with their stop, a short title before a colon and the record after it; 'Approved & signed as correct.'", () => {
    const doc = parse(
      [
        "OAKWOOD COMMUNITY COUNCIL",
        "",
        "Minutes of a meeting of the above Council held on the 21st May 2018 at 7pm in the Village Hall.",
        "",
        "Present: Chairman Cllr Mrs Shewell, Cllrs Hayward, Hoskins and the Clerk.",
        "",
        "2485. Police Report: No report or Police presence.",
        "",
        "2486. Public Forum: Mr & Mrs Stubbs spoke about a planning application.",
        "",
        "2487. Apologies for absence: Cllrs Hillard, Evans & Cobb.",
        "",
        "2488. Approval of minutes of previous meeting: Approved & signed as correct.",
        "",
        "2489. Financial Report: Community A/C £2,347.00. Spent on capital to date £554.79.",
        "",
        "2490. OPEN SESSION: REPORT OF ANY ACTION TAKEN",
        "",
        "None.",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["2485", "Police Report"],
      ["2486", "Public Forum"],
      ["2487", "Apologies for absence"],
      ["2488", "Approval of minutes of previous meeting"],
      ["2489", "Financial Report"],
      ["2490", "Open Session: Report of Any Action Taken"],
    ]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([0, 0, 0, 1, 0, 0]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Hillard", "Evans", "Cobb"]);
    // a title block over the item's text keeps its colon: the words after it go on with the title
    const block = parse(["Residents Association Minutes, December 2, 2018", "", "Present: Ann Ainger, Mark Dennis", "", "1. Minutes of the meeting on 7 October were approved.", "", "2. The Old Police Station: new planning application for", "   smaller school", "", "   Andrew updated the committee on developments.", "", "3. Camden electoral review", "", "   Noted."].join("\n"));
    expect(block.items[1]!.title).toBe("The Old Police Station: new planning application for smaller school");
  });
});

describe("a township's minutes in prose", () => {
  it("an address is no item; 'with the following present:' in mid-sentence; 'X second, with Y making it unanimous'", () => {
    const doc = parse(
      [
        "# Elm Township Board of Supervisors — Meeting Minutes, March 12, 2025",
        "",
        "Source: https://elmtownship.example/meetings/ (web text-extraction).",
        "",
        "181 BUNKERTOWN RD MARCH 12, 2025 6PM",
        "The Elm Township Board of Supervisors held their regular monthly meeting with the following present: Chris Strand, Craig Strand, Rob Barton, Sharon Lucas.",
        "",
        "Public Comment: None",
        "",
        "Old Business: The zoning hearing was held and the variance was granted for the solar system.",
        "",
        "New Business: The supervisors reviewed the pension plan adoption agreement. The motion to adopt was made by Rob Barton, Craig Strand second, with Chris Strand making it unanimous.",
        "",
        "Park: The youth soccer teams fertilized the fields. Rob Barton made the motion to buy seed, Craig Strand second, with Chris Strand making it unanimous.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Strand", "Strand", "Barton", "Lucas"]);
    expect(titles(doc)).toEqual([
      [null, "Public Comment"],
      [null, "Old Business"],
      [null, "New Business"],
      [null, "Park"],
    ]);
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([
      ["Rob Barton", "Craig Strand", "carried"],
      ["Rob Barton", "Craig Strand", "carried"],
    ]);
  });
});

describe("an owners' association", () => {
  it("homes by number before the owners' names; homeowners are the members; couples share a surname", () => {
    const doc = parse(
      [
        "MAPLE ROW OWNERS ASSOCIATION",
        "2012 ANNUAL MEETING",
        "Meeting Date: Sunday, October 21, 2012",
        "",
        "Homeowners in Attendance:",
        "10311 - Deanna Ehrlich",
        "10317 – Shelley Sumner",
        "10325 – Lauren Zeller",
        "",
        "Absent:",
        "10313 – Lynn Montague",
        "10315 – George and Ella Balash",
        "10321 – Tom and Martha Dilley",
        "10335 - Brian and Kozue Larsen",
        "",
        "1. Election of board members",
        "",
        "Ballots were handed out and the election was held.",
        "",
        "2. New business",
        "",
        "None.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Ehrlich", "Sumner", "Zeller"]);
    expect(doc.attendance.absent.map((p) => p.name)).toEqual(["Lynn Montague", "George Balash", "Ella Balash", "Tom Dilley", "Martha Dilley", "Brian Larsen", "Kozue Larsen"]);
  });

  it("a key to a roll call's letters ('P – Present   A – Absent') names no one", () => {
    const doc = parse(["BOARD OF GOVERNORS", "Learning Committee, 21/09/2020", "", "GOVERNOR ATTENDANCE", "", "Paula Evans   P", "Simon Barnes   P", "Sandra Cart   P", "", "P – Present   S – Sanctioned", "A – Absent   L – Late arrival", "", "1. Minutes", "", "Agreed."].join("\n"));
    expect(doc.attendance.present.every((p) => /\p{L}{2}/u.test(p.name))).toBe(true);
    expect(surnames(doc.attendance.present)).toEqual(["Evans", "Barnes", "Cart"]);
  });
});

describe("numbered points under a heading of the business", () => {
  it("'## Minutes' over one list of numbered sentences, a number skipped: each point is an item; the actions list is not", () => {
    const doc = parseMinutesText(
      [
        "# Minutes of the Board Meeting of 13 February 2020",
        "",
        "## Attendance",
        "",
        "| Name | Organisation | Status |",
        "|---|---|---|",
        "| Ann Ilch | ING | Attended |",
        "| Carol Quin | R3 | Attended |",
        "",
        "## Minutes",
        "",
        "1. CQ explained the difference between the two terms of use. CQ to draw up a diagram.",
        "2. In response, AI explained that flexibility is important.",
        "3. AI asked if it was possible to switch terms? CQ confirmed this was possible.",
        "5. CQ presented a review of the top three operational risks.",
        "",
        "## Actions",
        "",
        "1. CQ to provide a diagram of the agreements.",
        "2. AI to set up a session on liability.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.items.map((item) => item.number)).toEqual(["1", "2", "3", "5"]);
    expect(doc.items[3]!.title).toMatch(/^CQ presented a review/);
  });
});

describe("resolutions inside paragraphs", () => {
  it("'RESOLVED:' opening a line under the text it decides; minutes confirmed after a long clause; payments authorised", () => {
    const doc = parse(
      [
        "MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY, 1 APRIL 2025",
        "",
        "Present: Jane Ritchie, Andrew Landau",
        "",
        "1. Minutes",
        "",
        "The minutes of the Parish Council meeting held on Tuesday 4 March 2025, having been circulated",
        "to all Members, were confirmed as a true record, and duly signed by the Chairman.",
        "",
        "2. Budget",
        "",
        "The Council considered these financial statements.",
        "RESOLVED: (i) That the accounts be approved, and (ii) That the budget be approved.",
        "",
        "3. Invoices",
        "",
        "Online payments were authorised in respect of the following invoices:",
        "",
        "- Village Hall rental - £24.00",
        "",
        "4. Trees",
        "",
        "The Clerk said the work is authorised by the county council.",
      ].join("\n"),
    );
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 1, 1, 0]);
    expect(doc.items[1]!.resolutions[0]!.text).toMatch(/^\(i\) That the accounts be approved/);
  });

  it("a short sentence that a thing was accepted decides; 'X proposed we …' moves; a title in lower case that goes on with the numbers", () => {
    const doc = parse(
      [
        "Minutes of the Schema Technical Committee, 15 September 2004",
        "",
        "Present: Bob Stayton, Norman Walsh",
        "",
        "7. Bug in the schema (Mark)",
        "",
        "Mark described the bug. Suggestions for fixes were accepted.",
        "",
        "8. Annotations",
        "",
        "The plan was approved by the steering group last year.",
        "",
        "9. html:form should be available in more places",
        "   than in the mixtures",
        "",
        "Bob sent a proposal to the list. Norman proposed we adopt the proposal.",
        "The proposal was accepted.",
      ].join("\n"),
    );
    expect(titles(doc).map(([number]) => number)).toEqual(["7", "8", "9"]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 0, 1]);
    expect(motions(doc).map((m) => [m.mover, m.result])).toEqual([["Norman Walsh", "carried"]]);
  });
});

describe("motion shapes", () => {
  it("the 'M/S' shorthand (moved/seconded, 'M/S/C' carried) and 'All present in favor with 3 ayes'", () => {
    const doc = parse(
      [
        "Harbor Parks Commission Minutes, April 13, 2023",
        "Present: Commissioner Robbins, Commissioner Jones, Vice Chair Alexander",
        "",
        "5. APPROVAL OF MINUTES",
        "Commissioner Robbins moved to accept the minutes as presented.",
        "M/S Commissioner Robbins / Commissioner Jones. All present in favor with 3 ayes via roll call vote.",
        "",
        "6. BUDGET",
        "M/S/C Alexander/Jones",
        "",
        "7. ADJOURNMENT",
        "M/S Vice Chair Alexander / Commissioner Jones",
        "All in favor.",
      ].join("\n"),
    );
    // the shorthand after "Commissioner Robbins moved …" is that motion's seconder, not a second motion
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result, m.counts?.for ?? null])).toEqual([
      ["Robbins", "Jones", "carried", 3],
      ["Alexander", "Jones", "carried", null],
      ["Alexander", "Jones", "carried", null],
    ]);
    // "all in favour of" in a sentence is no result
    expect(motions(parse("Minutes, May 1, 2023\nPresent: A Bell, C Dunn\n\n1. PARK\nAll in favor of the plan spoke.\n\n2. CLOSE\nNone."))).toEqual([]);
  });

  const minutes = (statement: string) =>
    parse(
      [
        "Bayside Port Commission",
        "Minutes of the Regular Meeting, June 6, 2022",
        "",
        "Present: Commissioners Ana Sanchez, Bo Ismail, Cy Adair, Di Park",
        "",
        "1. Budget for 2023",
        "The director presented the proposed budget.",
        statement,
        "",
        "2. Adjournment",
        "The meeting adjourned at 8:10 pm.",
      ].join("\n"),
    );

  it('"It was seconded by Commissioner Sanchez and adopted by 7 ayes." completes the motion moved before it', () => {
    const doc = minutes("It was moved by Commissioner Park to adopt the budget. It was seconded by Commissioner Sanchez and adopted by 7 ayes.");
    const [motion] = motions(doc);
    expect(motion).toMatchObject({ mover: expect.stringMatching(/Park$/), seconder: expect.stringMatching(/Sanchez$/), result: "carried" });
    expect(motion!.counts?.for).toBe(7);
  });

  it('a commission\'s motion block, "MOTION: Approved W/ Conditions   1st: MR. Rumsch   2nd: MR. Phares"', () => {
    const [motion] = motions(minutes("MOTION: Approved W/ Conditions   1st: MR. Rumsch   2nd: MR. Phares"));
    expect(motion).toMatchObject({ mover: "Rumsch", seconder: "Phares", result: "carried" });
  });

  it('"Moved: Cllr Ismail. Seconded: Cllr Adair. Carried." is a motion', () => {
    const [motion] = motions(minutes("The budget be approved. Moved: Cllr Ismail. Seconded: Cllr Adair. Carried."));
    expect(motion).toMatchObject({ mover: expect.stringMatching(/Ismail$/), seconder: expect.stringMatching(/Adair$/), result: "carried" });
  });

  it('"Councillor Ismail proposed, and Councillor Adair seconded, that … Carried." is carried', () => {
    const [motion] = motions(minutes("Councillor Ismail proposed, and Councillor Adair seconded, that the budget be approved. Carried."));
    expect(motion).toMatchObject({ mover: expect.stringMatching(/Ismail$/), seconder: expect.stringMatching(/Adair$/), result: "carried" });
  });

  it('"proposed Cllr X, seconded Cllr Y" with no "by"; "Cllr X proposed Cllr Z join …" names X the mover', () => {
    for (const text of ["A vote was taken on this application, proposed Cllr Ismail, seconded Cllr Adair, carried.", "Agreement to planning decisions proposed Cllr Ismail, seconded Cllr Adair. Carried."]) {
      const [motion] = motions(minutes(text));
      expect(motion).toMatchObject({ mover: expect.stringMatching(/Ismail$/), seconder: expect.stringMatching(/Adair$/), result: "carried" });
    }
    // an amount is no count: "$20 for 2017"
    const [fee] = motions(minutes("Cllr Ismail moved and Cllr Adair seconded that the subscription stay at $20 for 2017. Carried."));
    expect(fee!.counts).toBeNull();
    const [dues] = motions(minutes("Cllr Ismail moved and Cllr Adair seconded a fee of £5 for each member. Carried."));
    expect(dues!.counts).toBeNull();
    const [year] = motions(minutes("Cllr Ismail moved and Cllr Adair seconded that the fee stay at 20 for 2017. Carried."));
    expect(year!.counts).toBeNull();
    const [join] = motions(minutes("Cllr Ismail proposed Cllr Pollard join the Planning Committee, seconded Cllr Adair. Carried unanimously."));
    expect(join).toMatchObject({ mover: expect.stringMatching(/Ismail$/), seconder: expect.stringMatching(/Adair$/), result: "carried" });
  });

  it("a vote called and passed, the meeting that 'voted to', and a roll call of given names and initials after 'Votes:'", () => {
    const doc = parseMinutesText(
      [
        "# Board Meeting Summary - 2018-03-31",
        "",
        "## Members in Attendance",
        "",
        "- Rhea Nolan, President",
        "- Tomas Chu, Board Member",
        "- Nathan Spade, Member",
        "",
        "## New Board Member",
        "",
        "Called for vote on making Nathan a board member; passed unanimously.",
        "",
        "## Articles of Incorporation",
        "",
        "All members reviewed the articles and voted to approve them. Votes:",
        "",
        "- Rhea N: Aye",
        "- Tomas C: Aye",
        "- Nathan S: Aye",
        "",
        "## Registered Agent",
        "",
        "Voted to enroll with the online service:",
        "",
        "- Rhea N: Aye",
        "- Tomas C: Aye",
        "- Nathan S: Nay",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(motions(doc).map((m) => [m.result, m.counts?.for ?? null, m.counts?.against ?? null])).toEqual([
      ["carried", null, null],
      ["carried", 3, null],
      ["carried", 2, 1],
    ]);
    // the voters printed short are the people present, as printed in `raw`
    expect(motions(doc)[1]!.votes.map((v) => [v.name, v.raw])).toEqual([
      ["Rhea Nolan", "Rhea N"],
      ["Tomas Chu", "Tomas C"],
      ["Nathan Spade", "Nathan S"],
    ]);
    expect(doc.warnings.filter((w) => w.code === "voter-not-present")).toEqual([]);
    // a result before the vote was put is not its result
    const [put] = motions(minutes("As all the amendments had been withdrawn, the Chairman put to the vote the substantive motion. Motion carried."));
    expect(put).toMatchObject({ result: "carried" });
  });

  it("movers and seconders as initials ('MK moves to accept, LH seconds. Vote: all in favor.') are the people present", () => {
    const doc = parse(
      [
        "Riverside Chemists' Club",
        "Executive Committee Meeting Minutes, 2 June 2005",
        "",
        "Present: Kent Arbury (KA), Mira Kowal (MK), Lena Holt (LH), Sam Hale",
        "",
        "1. Agendas Distributed.",
        "2. Approval of Minutes from Previous Meeting. The spelling of one name was corrected in the",
        "   minutes. MK moves to accept, LH seconds. Vote: All in favor.",
        "3. Treasurer’s Report. SH reported the balance of the investment pool, which lost a",
        "   little with the market. KA moves to accept, MK seconds. Vote: all in favor.",
        "4. MK moves to adjourn, KA seconds. Vote: all in favor.",
      ].join("\n"),
    );
    // the run-in title is cut from the text that goes on, and the text is kept
    expect(titles(doc).slice(0, 3)).toEqual([
      ["1", "Agendas Distributed."],
      ["2", "Approval of Minutes from Previous Meeting"],
      ["3", "Treasurer’s Report"],
    ]);
    expect(doc.items[3]!.title).toMatch(/^MK moves to adjourn, KA seconds/);
    expect(doc.items[1]!.content.length).toBeGreaterThan(0);
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([
      ["Mira Kowal", "Lena Holt", "carried"],
      ["Kent Arbury", "Mira Kowal", "carried"],
      ["Mira Kowal", "Kent Arbury", "carried"],
    ]);
    // initials that fit nobody present, or two people, stay as printed
    const [unknown] = motions(parse(["Minutes of the Committee, 2 June 2005", "", "Present: Kent Arbury, Karl Allen, Lena Holt", "", "1. Budget", "KA moves to accept, ZZ seconds. Vote: all in favor."].join("\n")));
    expect([unknown!.mover, unknown!.seconder]).toEqual(["KA", "ZZ"]);
  });
});


describe("what the document is", () => {
  it("the date as a form writes it ('14-Sep-2019'), or from the first item's opening when the header prints none", () => {
    const doc = (lines: string[]) => parse(lines.join("\n")).meeting.date;
    expect(doc(["General Meeting 17:00 14-Sep-2019", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Welcome", "Opened.", "", "2. Budget", "Agreed."])).toBe("2019-09-14");
    expect(
      doc(["Minutes for Code for Good", "", "CALL TO ORDER", "", "The first annual general meeting was held on 21 October 2016 at the library.", "", "ELECTIONS", "", "Ana Cole was elected."]),
    ).toBe("2016-10-21");
  });

  it("who met, from a title that names no kind of body: the capitalised name beside 'Meeting' or 'Minutes'", () => {
    const body = (title: string) => parse([title, "", "Present: Ana Cole, Ben Ruiz.", "", "1. Welcome", "Ana opened the meeting.", "", "2. Budget", "Agreed."].join("\n")).meeting.body;
    expect(body("Riverside Makers Community Meeting | Tuesday 2021 March 16")).toBe("Riverside Makers Community");
    expect(body("MINUTES ALDER RADIO CLUB MEETING")).toBe("Alder Radio Club");
    expect(body("Minutes for Code for Good")).toBe("Code for Good");
    expect(body("District 7 – February Meeting Minutes")).toBe("District 7");
    expect(body("Minutes for the 2014-10-15 AGM")).toBe("Annual General Meeting");
    // a date, a month and year, a kind of meeting or a sentence name nobody
    expect(body("August 2022 Business Meeting Minutes")).toBeNull();
    expect(body("Meeting Information")).toBeNull();
    expect(body("The meeting was held over the internet.")).toBeNull();
  });

  it("an agenda document that records the results of votes is the minutes of a meeting held", () => {
    const agenda = ["Agenda for the call of the Steering Committee, 10 December 2025", "", "1. Budget", "Proposal to fund the team.", "", "2. Elections", "Timeline."];
    expect(parse(agenda.join("\n")).document_type).toBe("agenda");
    const held = [...agenda.slice(0, 4), "Moved by Ana Cole, seconded by Ben Ruiz. Motion carried.", ...agenda.slice(4)];
    expect(parse(held.join("\n")).document_type).toBe("minutes");
  });
});

describe("tables, columns and sections", () => {
  const html = (body: string): MinutesDocument => parseMinutesText(`<html><body>${body}</body></html>`, { format: "html", validate: true });

  it("a roster table whose first column is the office, printed once over the names that hold it", () => {
    const doc = html(
      [
        "<p><b>MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 9 MAY 2004</b></p>",
        "<table><tr><td><b>Present</b></td><td>Chairman</td><td>Hollis</td></tr>",
        "<tr><td></td><td>Vice Chairman</td><td>Mrs Tarrant</td></tr>",
        "<tr><td></td><td>Councillor</td><td>Quayle</td></tr>",
        "<tr><td></td><td></td><td>Mrs Ebdon</td></tr><tr><td></td><td></td><td>Pettigrew</td></tr><tr><td></td><td></td><td>Vance</td></tr></table>",
        "<p>Apologies were received from Councillor Ormsby.</p>",
        "<p><b>FINANCE</b></p><p>It was agreed to pay the grass cutting invoice.</p>",
        "<p><b>PLAYING FIELD</b></p><p>The new gate has been fitted.</p>",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Hollis", "Tarrant", "Quayle", "Ebdon", "Pettigrew", "Vance"]);
    expect(chairOf(doc)).toBe("Hollis");
    expect(doc.attendance.present[1]!.role).toBe("vice_chair");
    expect(surnames(doc.attendance.apologies)).toEqual(["Ormsby"]);
  });

  it("a table of those present with a header row, a guest among the members set apart", () => {
    const doc = html(
      [
        "<p>Minutes of the Regular Meeting of the Valley Radio Club, June 4, 2013</p>",
        "<p>The following people were present:</p>",
        "<table><tr><th>Name</th><th>Call Sign</th><th>Position</th></tr>",
        "<tr><td>Ruth Okafor</td><td>VE3ROK</td><td>Member</td></tr><tr><td>Ivan Petrov</td><td>VE3IVP</td><td>Visitor</td></tr>",
        "<tr><td>Lena Ward</td><td>VE3LWD</td><td>President</td></tr></table>",
        "<p>Opening:<br>The meeting was opened by the President at 19:30.<br><br>Treasurer's Report:<br>The balance is unchanged since the last meeting.<br><br>",
        "New Business:<br>A field day will be held in the park next month.<br><br></p>",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Okafor", "Ward"]);
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Petrov"]);
    // a title alone on its line over the record (one <br>) opens an item as "Opening: The meeting …" does
    expect(titles(doc)).toEqual([
      [null, "Opening"],
      [null, "Treasurer's Report"],
      [null, "New Business"],
    ]);
  });

  it("labels side by side over their columns of names, a label lower in a column starting a new list there", () => {
    const doc = parse(
      [
        "MARKET HALL TRUSTEES MEETING",
        "TUESDAY 17th MARCH 2020",
        "",
        "Present   Apologies",
        "Ruth Okafor (Chair – Resident)   Ivan Petrov (Resident)",
        "Lena Ward (Scouts)   Omar Haddad (Town Council)",
        "Tom Rees (Resident)",
        "Nia Evans (Cricket Club)   Absent",
        "Ken Ito (Resident)   Ada Lund (Bowls Club)",
        "",
        "1. OPENING",
        "The Chair opened the meeting at 7.15pm.",
        "",
        "2. ACCOUNTS",
        "It was agreed to pay the cleaner.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Okafor", "Ward", "Rees", "Evans", "Ito"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Petrov", "Haddad"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Lund"]);
    expect(chairOf(doc)).toBe("Ruth Okafor");
  });

  it("a roster row whose second column holds more names, not an office; a list running on is no roster of rows", () => {
    const grid = parse(
      ["Minutes of the Working Group, 19 October 2014", "", "Present:", "Jane Archer (JA)   Alan Caudwell (AC) Robert Gegg (RG)", "Kate Kay (KK)   Helen Knuckle (HK)", "", "1. Survey", "The survey was agreed."].join("\n"),
    );
    expect(surnames(grid.attendance.present)).toEqual(["Archer", "Caudwell", "Gegg", "Kay", "Knuckle"]);
    const runOn = parse(
      ["Hillside Parish Council", "5th July 2016", "", "Present", "Councillors D Richardson (Chair) R Healey, P Moran and", "M Armstrong   Clerk J Connelly", "", "16.07.2 Minutes", "Agreed."].join("\n"),
    );
    expect(surnames(runOn.attendance.present)).toEqual(["Richardson", "Healey", "Moran", "Armstrong"]);
    expect(surnames(runOn.attendance.in_attendance)).toEqual(["Connelly"]);
  });

  it("an org-mode outline: headlines of stars are headings, the items under '** Items', 'Unanimously voted' a decision", () => {
    const doc = parse(
      [
        "* 26th October, 2015 at 7:30pm",
        "** Location",
        " - Hacklab, 12 Queen St W",
        "** Attendees",
        "*** Present",
        "- Ana Cole",
        "- Ben Ruiz (board member)",
        "*** Absent",
        "- Cara Diaz",
        "** Items",
        "*** Next board meeting",
        " - Let's do a survey of the preferred timing",
        "*** Elections",
        "  - President :: Has been Ana",
        "    - Moved to be Ben",
        "    - Unanimously voted",
        "** Action Items",
        " - Ana to book the room",
      ].join("\n"),
    );
    expect(doc.meeting.date).toBe("2015-10-26");
    expect(surnames(doc.attendance.present)).toEqual(["Cole", "Ruiz"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Diaz"]);
    expect(titles(doc)).toEqual([
      [null, "Next board meeting"],
      [null, "Elections"],
      [null, "Action Items"],
    ]);
    expect(doc.items[1]!.resolutions).toHaveLength(1);
  });

  it("lead-ins that come back are speakers, not items; a list of those present written in lower case", () => {
    const doc = parse(
      [
        "Meeting Minutes - 01/29/1998",
        "",
        "present: steve, dennis, paul, james wang",
        "",
        "Steve: once again the cry goes out for officers, for every position.",
        "",
        "Keys: Steve, Tim and Dennis have keys. Should be ten keys floating around.",
        "",
        "Coursepacks: the sale went well, and a few are left over.",
        "",
        "Monitors: three spare ones are in the store room.",
        "",
        "Dennis: Our account balance is good enough to buy a monitor.",
        "",
        "Steve: I propose we set a date for the install party.",
        "",
        "Paul: I have a spare monitor and a graphics card I can bring in.",
        "",
        "Dennis: Last week we made 65, this week we made 82.",
        "",
        "Paul: There is a place near my home that sells used monitors.",
      ].join("\n"),
    );
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["steve", "dennis", "paul", "james wang"]);
    expect(doc.items).toEqual([]);
  });

  it("'The following <anyone> were present.' over a list, whatever the words that name them", () => {
    const doc = parseMinutesText(
      [
        "These are the minutes of the Lathe Users Meeting of Tuesday January 19, 2010, at the workshop.",
        "",
        "Participants",
        "============",
        "The following developers, users and enthusiasts were present.",
        "",
        "- Matthieu De Beule",
        "- Gianluca De Santis, secretary",
        "- Peter Mortier",
        "",
        "Minutes of the previous meeting",
        "===============================",
        "The minutes were approved.",
        "",
        "Agenda and discussion",
        "=====================",
        "The new release was shown.",
        "",
        "Varia",
        "=====",
        "Nothing else was raised.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Matthieu De Beule", "Gianluca De Santis", "Peter Mortier"]);
    // "meeting of Tuesday January 19, 2010" names a day, not who met
    expect(doc.meeting.body).toBeNull();
    expect(titles(doc).map(([, title]) => title)).toEqual(["Minutes of the previous meeting", "Agenda and discussion", "Varia"]);
    // the following people elected, not attending
    const elected = parse(["Society AGM, 10 September 2015", "", "1. Welcome", "The Chair welcomed all.", "", "2. Elections", "The following Directors were voted in by the society membership:", "", "Tony Brown (Beccles)", "Jon Ogden (Kesgrave)"].join("\n"));
    expect(elected.attendance.present).toEqual([]);
  });

  it("headings that group the items ('Propositions and Motions', 'Other Questions') are none; 'by unanimous vote' decides", () => {
    const doc = parseMinutesText(
      [
        "## Propositions and Motions",
        "",
        "### Annual Report",
        "",
        "The meeting approved the annual report.",
        "",
        "### Discharge of Liability",
        "",
        "The auditor recommended a discharge, which was granted by unanimous vote.",
        "",
        "## Other Questions",
        "",
        "### Medical Advice",
        "",
        "The policy was discussed at length.",
        "",
        "### Hosting Offer",
        "",
        "A sponsor offered servers.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(titles(doc)).toEqual([
      [null, "Annual Report"],
      [null, "Discharge of Liability"],
      [null, "Medical Advice"],
      [null, "Hosting Offer"],
    ]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 1, 0, 0]);
  });

  it("labels in a column of their own, the names in the next: 'In Attendance', 'Not in Attendance', 'Scribe'", () => {
    const doc = parse(
      [
        "Roading Committee Meeting Minutes",
        "",
        "Date:   Thursday, 17 July, 2025",
        "",
        "In Attendance   Cr Ana Cole (Chairperson)",
        "Cr Ben Ruiz",
        "Cr Cara Diaz",
        "",
        "Not in Attendance   Cr Dan Ely (Deputy Chairperson)",
        "Cr Eve Fox",
        "",
        "Scribe   G.Hart (Democracy Adviser)",
        "",
        "1.   Declarations of Interest",
        "",
        "No interests were declared.",
        "",
        "2.   Bridges",
        "",
        "The report was noted.",
      ].join("\n"),
    );
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Ana Cole", "Ben Ruiz", "Cara Diaz"]);
    expect(chairOf(doc)).toBe("Ana Cole");
    expect(surnames(doc.attendance.absent)).toEqual(["Ely", "Fox"]);
  });

  it("items numbered with bare figures one a line, no blank line between, where the figures run in sequence", () => {
    const doc = parse(
      [
        "Club Annual General Meeting 3 March 2004",
        " 1 Attendance: A list of members attending is available from the Secretary",
        " 2 Apologies: Apologies were received from Mr B Mooney",
        " 3 Reports were made:",
        " 3.1 Mark Little delivered an oral report.",
        " 4 Elections: the following were elected.",
        "12 High Street is the club's address.",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["1", "Attendance"],
      ["2", "Apologies"],
      ["3", "Reports were made:"],
      ["4", "Elections"],
    ]);
  });

  it("an apologies item: 'Cr's' before the names, the motion's mover and seconder no apologies, the absent who apologised", () => {
    const doc = parse(
      [
        "Roads Committee Minutes, 17 July 2025",
        "",
        "In Attendance   Cr Ana Cole (Chairperson)",
        "Cr Ben Ruiz",
        "Cr Deb Harding",
        "",
        "Not in Attendance   Cr Phil Halse",
        "Cr Jayne Golightly",
        "Cr Tom Ash",
        "",
        "1. Apologies",
        "",
        "Cr's Jayne Golightly and Phil Halse",
        "",
        "Moved By Cr Ben Ruiz",
        "Seconded By Cr Deb Harding",
        "",
        "That the apologies be sustained.",
        "",
        "2. Roads",
        "",
        "Noted.",
      ].join("\n"),
    );
    expect(surnames(doc.attendance.apologies)).toEqual(["Golightly", "Halse"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Ash"]);
  });

  it("a numbered list inside one of the sections headed in capitals is that section's content, not the items", () => {
    const doc = parse(
      [
        "MINUTES OF THE MEETING OF THE VILLAGE HALL COMMITTEE HELD ON 6 JUNE 2011",
        "",
        "Present: Ana Cole, Ben Ruiz, Cara Diaz.",
        "",
        "MINUTES OF THE PREVIOUS MEETING",
        "",
        "The minutes were agreed as a true record.",
        "",
        "MATTERS ARISING",
        "",
        "The new chairs have been delivered and the old ones sold.",
        "",
        "FINANCE",
        "",
        "It was agreed to pay the cleaner's invoice and to renew the insurance with the same company for another year.",
        "",
        "The balance at the bank is £4,310 and the hire income is up on last year.",
        "",
        "CORRESPONDENCE",
        "",
        "1. Letter from the county council about recycling",
        "2. Newsletter of the rural community council",
        "",
        "ANY OTHER BUSINESS",
        "",
        "The fire extinguishers are due for their annual check.",
      ].join("\n"),
    );
    expect(titles(doc).map(([, title]) => title)).toEqual(["Minutes of the Previous Meeting", "Matters Arising", "Finance", "Correspondence", "Any Other Business"]);
  });

  it("a numbered list of one section's points is its content wherever the section stands; 'J&J' is one word", () => {
    const doc = parseMinutesText(
      [
        "## Minutes of the Data Standards Working Group, 2022-10-07",
        "",
        "## Attendees",
        "",
        "- Ana Cole - J&J",
        "",
        "- Ben Ruiz - AT&T",
        "",
        "- Cara Diaz - Orbit",
        "",
        "## Pilot Submission",
        "",
        "The package is ready and the team will submit it next week.",
        "",
        "## Pilot Extension",
        "",
        "Ben presented a proposal to extend the pilot. The purpose of the proposal is to:",
        "",
        "1. Show that the tools work end to end",
        "",
        "2. Give others a worked example",
        "",
        "The working group agreed to rename the project.",
        "",
        "## Subgroups",
        "",
        "The group discussed writing a guide.",
        "",
        "## Containers",
        "",
        "The working group agreed that containers are a pilot of their own.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    // a company's ampersand ("J&J") parts no one
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Ana Cole", "Ben Ruiz", "Cara Diaz"]);
    expect(titles(doc)).toEqual([
      [null, "Pilot Submission"],
      [null, "Pilot Extension"],
      [null, "Subgroups"],
      [null, "Containers"],
    ]);
  });

  it("an AGM in a table: the number below its title, apologies run on as prose with offices after dashes, decisions before proposers", () => {
    const doc = parse(
      [
        "Harbourside Libraries Ltd - Annual General Meeting Minutes",
        "Date   10th September 2015",
        "",
        "1.   Welcome",
        "The Chair welcomed the members.",
        "",
        "2.   Apologies for Absence",
        "Dora Cadwell – SCC, Marion Harte – Ipswich County Library, Sue Charlton –",
        "Equal Value, Charlotte Clegg – Southwold Library, Ali Hopwood – Halesworth Library, Lynne",
        "Walsh – ex-board member, Clara Eastwood – Society of Chief Librarians, Dr. Daniel Pulter – MP",
        "for Central Suffolk and North Ipswich, Ben Gummidge – MP for Ipswich",
        "",
        "Minutes",
        "3.",
        "The minutes from the AGM 2014 were accepted as a true account of discussions.",
        "",
        "Accounts 2014/15",
        "4.",
        "There were no questions and the accounts were accepted and approved.",
        "Proposer: Sylvia Kneale (Bungay Library)",
        "Seconder: Sue Bucknall (Long Melford Library)",
        "",
        "Election of Directors",
        "5.",
        "The following Directors were voted in by the society membership:",
        "Tony Browne (Beccles)",
        "",
        "Professional Fees",
        "6.",
        "- Upgrade the server",
        "- Minutes Approved",
      ].join("\n"),
    );
    expect(titles(doc)).toEqual([
      ["1", "Welcome"],
      ["2", "Apologies for Absence"],
      ["3", "Minutes"],
      ["4", "Accounts 2014/15"],
      ["5", "Election of Directors"],
      ["6", "Professional Fees"],
    ]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Cadwell", "Harte", "Charlton", "Clegg", "Hopwood", "Walsh", "Eastwood", "Pulter", "Gummidge"]);
    expect(doc.attendance.apologies[7]!.position).toBe("MP for Central Suffolk and North Ipswich");
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([["Sylvia Kneale", "Sue Bucknall", "carried"]]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([0, 0, 1, 1, 1, 1]);
    // one entry a line, the office after a dash: "&" and the next line's initials in brackets part the offices from the names
    const roster = parse(["Committee Meeting Minutes, 24th October 2020", "", "Attendees", "", "- (CW) Carla Wren - Chair", "- (AC) Aron Christie - Press & Publicity Officer", "- (DO) Dan Obi - Social Secretary", "", "## Minutes", "", "Noted."].join("\n"));
    expect([...roster.attendance.present, ...roster.attendance.in_attendance].map((p) => [p.name, p.position ?? p.role])).toEqual([
      ["Carla Wren", "chair"],
      ["Aron Christie", "Press & Publicity Officer"],
      ["Dan Obi", "Social Secretary"],
    ]);
  });

  it("a task list of members ticked for those present; 'Name, Company' lines; an agenda of bullets holding their record", () => {
    const doc = parseMinutesText(
      [
        "# **Film Foundation TAC Meeting - September 11, 2019**",
        "",
        "## Voting member attendance",
        "",
        "* [x] Dana Hecht - Chairperson, Animal Logic",
        "* [x] Gordon Bray, Autodesk",
        "* [x] Pilar Molino, Blue Sky Studios, Inc.",
        "* [ ] Brian Cipolla, Google & OpenCue Representative",
        "* [x] Larry Grieve, Sony Pictures Imageworks",
        "* [x] Kim Thornton, Weta Digital Limited",
        "",
        "## Other Attendees",
        "",
        "* Emily Olsen (Linux Foundation)",
        "",
        "# **Agenda**",
        "",
        "* Welcome to new members",
        "    * Gordon Bray (Autodesk)",
        "",
        "* VOTE: Graduation proposal",
        "    * The proposal was reviewed.",
        "    * Dana proposes motion for graduation, Gordon seconds.",
        "    * All in favor.",
        "",
        "* CI updates",
        "    * Kim: move to decommission Jenkins, Larry seconds.",
        "    * All Ayes. Vote carries.",
        "",
        "* Next meetings",
        "    * October 9.",
        "",
        "# **Action Items**",
        "",
        "# **Notes**",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(surnames(doc.attendance.present)).toEqual(["Hecht", "Bray", "Molino", "Grieve", "Thornton"]);
    expect(doc.attendance.present[1]!.position).toBe("Autodesk");
    expect(doc.attendance.absent.map((p) => [p.name, p.position])).toEqual([["Brian Cipolla", "Google & OpenCue Representative"]]);
    expect(titles(doc)).toEqual([
      [null, "Welcome to new members"],
      [null, "VOTE: Graduation proposal"],
      [null, "CI updates"],
      [null, "Next meetings"],
    ]);
    // a speaker's "move to", and movers named by a given name alone, are the people present
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([
      ["Dana Hecht", "Gordon Bray", "carried"],
      ["Kim Thornton", "Larry Grieve", "carried"],
    ]);
  });

  it("a planning reference in capitals alone on its line ('CT.0144/4/Q') is no heading", () => {
    const doc = parse(
      [
        "MINUTES OF THE PARISH COUNCIL HELD ON 11 JUNE 2003",
        "",
        "Present: Ana Cole, Ben Ruiz, Cara Diaz.",
        "",
        "PLANNING",
        "",
        "CT.0144/4/Q",
        "",
        "Erection of a side extension at 7 Mill Lane. No objection.",
        "",
        "CT.0650/D",
        "",
        "Conversion of the old post office to two dwellings. Objection.",
        "",
        "FINANCE",
        "",
        "It was agreed to pay the clerk's salary.",
      ].join("\n"),
    );
    expect(titles(doc).map(([, title]) => title)).toEqual(["Planning", "Finance"]);
  });

  it("'decided' records a decision of the meeting as 'agreed' does; a person's decision is none", () => {
    const doc = parse(
      ["Minutes of the Youth Forum, 3 October 2006", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Summer Party", "We decided that it would be a dish to share.", "", "2. Website", "It was decided not to renew the domain.", "", "3. Trip", "Ana decided to phone the coach company."].join("\n"),
    );
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 1, 0]);
    // the last meeting's minutes confirmed, even in a bullet
    const minutes = parse(["Minutes of the Youth Forum, 3 October 2006", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Minutes", "- The minutes of the previous meeting were approved and will be put on the website.", "", "2. Website", "- The minutes of the website group were discussed."].join("\n"));
    expect(minutes.items.map((item) => item.resolutions.length)).toEqual([1, 0]);
    // minutes accepted in a sentence; elections declared
    const church = parse(
      ["Annual Parish Meeting, 20 February 2018", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Minutes", "Minutes of the 2017 meeting had been posted beforehand and were accepted and signed.", "", "2. Wardens", "Mr Kirby declared that Mr Wait and Mr Webster had been duly elected.", "", "3. Council", "Ana Cole and Ben Ruiz were declared elected to serve for three years."].join("\n"),
    );
    expect(church.items.map((item) => item.resolutions.length)).toEqual([1, 1, 1]);
    // authority given, in a bullet too
    const authority = parse(["Residents Association Committee, 2 December 2018", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Planning", "- vii. Consultants will be needed again. Andrew was authorised to spend up to £5,000 on the consultants.", "", "2. Trees", "- Andrew said he is authorised by the council to prune."].join("\n"));
    expect(authority.items.map((item) => item.resolutions.length)).toEqual([1, 0]);
    // the body deciding, as a bullet's first words
    const board = parse(["Board Meeting, 29 October 2018", "", "Present: Ana Cole, Ben Ruiz.", "", "1. Funding", "- The board decided to begin advertising for a developer.", "", "2. Roadmap", "- The board discussed a tool for parameterization."].join("\n"));
    expect(board.items.map((item) => item.resolutions.length)).toEqual([1, 0]);
  });
});

describe("attendance under a heading, in the shapes of small bodies", () => {
  const withAttendees = (...lines: string[]) =>
    parse(["# Lantern Collective steering meeting 2025-12-10", "", "## Attendees", "", ...lines, "", "## Budget", "", "We agreed to fund the hosting.", "", "## Other business", "", "None."].join("\n"));

  it("handles side by side are as many people, and a note before the names ('Everyone:', 'In person:') names no one", () => {
    expect(withAttendees("- Everyone: @quillon @MarisaK @dev42").attendance.present.map((p) => p.name)).toEqual(["@quillon", "@MarisaK", "@dev42"]);
    const hybrid = withAttendees("- In person: Jane Okoro, Bob Lindqvist", "- Online: Priya Natarajan", "- Note taker: @tamsin");
    expect(surnames(hybrid.attendance.present)).toEqual(["Okoro", "Lindqvist", "Natarajan"]);
    // the note taker by a label of the role, a handle as a name
    expect(hybrid.attendance.in_attendance.map((p) => p.name)).toEqual(["@tamsin"]);
    // a note that says who they are is no note of how they attended: a nominee is not among the members present
    expect(surnames(withAttendees("- Directors: Jane Okoro, Bob Lindqvist", "- Directors nominee: Nomi Harris").attendance.present)).toEqual(["Okoro", "Lindqvist"]);
  });

  it("'Name: Office' one a line is a person with an office; a list of officers alone is the members with their offices", () => {
    const colons = withAttendees("- Jane Okoro: Chair", "- Bob Lindqvist: Treasurer");
    expect(colons.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Jane Okoro", "Chair"],
      ["Bob Lindqvist", "Treasurer"],
    ]);
    expect(chairOf(colons)).toBe("Jane Okoro");
    const officers = withAttendees("- Jane Okoro, Treasurer", "- Bob Lindqvist, Secretary");
    expect(surnames(officers.attendance.present)).toEqual(["Okoro", "Lindqvist"]);
    expect(officers.attendance.in_attendance).toEqual([]);
  });
});

describe("labels in the cells of a row", () => {
  it("'Chaired by   Name      Clerked by   Name': a name ends at a column gap, and a label may open the next cell", () => {
    const doc = parse(
      [
        "Brookfield Primary School",
        "Curriculum Committee",
        "Minutes of the meeting held on 14 March 2022 at 4pm",
        "",
        "Chaired by     Jane Okoro        Clerked by    Bob Lindqvist",
        "Present:   Jane Okoro, Priya Natarajan, Tom Hale",
        "",
        "1. Welcome",
        "The chair welcomed everyone.",
        "",
        "2. Minutes of the last meeting",
        "The minutes were agreed as a true record.",
      ].join("\n"),
    );
    expect(chairOf(doc)).toBe("Jane Okoro");
    expect(surnames(doc.attendance.present)).toEqual(["Okoro", "Natarajan", "Hale"]);
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Lindqvist"]);
  });

  it("an office in a roster's second column is no label, though it ends its line ('Chris Petersen      Board Member')", () => {
    const doc = parse(
      ["Regular Board Meeting", "Minutes, May 9, 2023", "", "Board Attendees", "Ana Ruiz            Board President", "Chris Petersen      Board Member", "Dale Ng             Board Member", "", "1. Public Comment", "None.", "", "2. Consent Calendar", "The consent calendar was approved."].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Ruiz", "Petersen", "Ng"]);
  });
});

describe("a club's board minutes in bold captions", () => {
  const doc = parseMinutesText(
    [
      "**MAPLE VALLEY CYCLING CLUB BOARD MEETING  ",
      "TOWN LIBRARY  ",
      "TUESDAY, MARCH 3, 2020**",
      "",
      "**PERSONS PRESENT:**",
      "",
      "President – Dana Whitlock  ",
      "Vice President – Omar Haddad  ",
      "Equipment Manager – Lucy Brandt  ",
      "Ride Leaders – Tom Okafor, Ines Moreau  ",
      "",
      "**MINUTES OF FEBRUARY 4, 2020 BOARD MEETING:** The minutes were posted online. No changes were",
      "requested, so those minutes are considered approved.",
      "",
      "**ROUTE PLANNING:** Omar Haddad reported that the spring routes are mapped and will be",
      "published next week.",
      "",
      "**EQUIPMENT REPORT:** Lucy Brandt reported that two pumps need replacing. The Board determined",
      "by consensus that Lucy may spend up to $50 on each.",
      "",
      "**Meeting Date:** March 3",
    ].join("\n"),
    { format: "markdown", validate: true },
  );

  it("a roster of offices each before its holders ('Ride Leaders – Tom Okafor, Ines Moreau')", () => {
    expect(doc.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Dana Whitlock", "President"],
      ["Omar Haddad", "Vice President"],
      ["Lucy Brandt", "Equipment Manager"],
      ["Tom Okafor", "Ride Leaders"],
      ["Ines Moreau", "Ride Leaders"],
    ]);
  });

  it("bold captions with their record run in after the colon are the items; the attendance label and a field are none", () => {
    expect(titles(doc).map(([, title]) => String(title).toLowerCase())).toEqual(["minutes of february 4, 2020 board meeting", "route planning", "equipment report"]);
    expect(JSON.stringify(doc.items[1]!.content)).toContain("spring routes are mapped");
  });

  it("minutes 'considered approved' and a board that 'determined by consensus' record decisions", () => {
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 0, 1]);
  });
});

describe("a month's name as a surname", () => {
  it("'Nicholas May' is a person, and the month in a list of names does not overrule the post's date", () => {
    const doc = parseMinutesText(
      ["---", "title: Minutes of Steering Committee Meeting No.4", "date: 2020-02-25 14:00:00 +1000", "---", "", "## Attendees", "- [DC] Daniel Collins", "- [NM] Nicholas May", "", "## Discussion", "", "We agreed to hold a workshop.", "", "## Other business", "", "None."].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(surnames(doc.attendance.present)).toEqual(["Collins", "May"]);
    expect(doc.meeting.date).toBe("2020-02-25");
  });
});

describe("a board's attendance in a table with a column of statuses", () => {
  const doc = parseMinutesText(
    [
      "<h2>Minutes of the Board of Directors</h2><h2>April 18, 2012</h2>",
      "<p>Present on the teleconference were the following Directors:</p>",
      "<table><tr><td>Present</td><td>Director</td><td>Organization</td></tr>",
      "<tr><td>Y</td><td>Chris Adeyemi</td><td>Elected Representative</td></tr>",
      "<tr><td>N</td><td>Eric Vollmer</td><td>Harbor Systems</td></tr>",
      "<tr><td>Y</td><td>Donald Smith for Dennis Leung</td><td>Orbis Corp</td></tr>",
      "<tr><td>Y</td><td>Ana Kowalczyk</td><td>Lumen GmbH</td></tr></table>",
      "<p>Present at the invitation of the Board was Mike Ortega, Executive Director, and Janet Campbell, Secretary, of Harbor Foundation, Inc.</p>",
      "<p><u><b>2011 Financial Results</b></u></p><p>The Board passed the following resolution unanimously:</p><p><b>RESOLVED</b>, the audited financial statements for 2011 are approved.</p>",
      "<p><u><b>General Business:</b></u></p><p>Mike Ortega reported on the new telephone system.</p>",
    ].join("\n"),
    { format: "html", validate: true },
  );

  it("'Y' and 'N' under 'Present' put each director in present or absent; 'X for Y' is a substitute", () => {
    expect(surnames(doc.attendance.present)).toEqual(["Adeyemi", "Smith", "Kowalczyk"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Vollmer"]);
    expect(doc.attendance.present[1]!.substitute_for).toBe("Dennis Leung");
  });

  it("'Present at the invitation of the Board was …' names guests, and 'of Harbor Foundation, Inc.' names no one", () => {
    expect(surnames(doc.attendance.in_attendance)).toEqual(["Ortega", "Campbell"]);
  });

  it("bold lines of an HTML page are its headings, a year first or not", () => {
    expect(titles(doc)).toEqual([
      [null, "2011 Financial Results"],
      [null, "General Business"],
    ]);
    expect(doc.items[0]!.resolutions).toHaveLength(1);
    // "The Board passed the following resolution unanimously:" records a vote and its result, with no mover
    expect(doc.items[0]!.motions.map((m) => [m.mover, m.result])).toEqual([[null, "carried"]]);
  });
});

describe("motions of a foundation's board, put by sponsors", () => {
  const doc = parseMinutesText(
    [
      "# Board meeting, 28 September 2021",
      "",
      "Present: Sherri Mansfield, Bill Corrigan, Joanna Jabir, Olwen Penn",
      "",
      "### APPROVAL OF MINUTES",
      "",
      "- Previous Meeting Minutes Sherri Mansfield motions, Olwen Penn seconds",
      "",
      "**Passed:  4-0**",
      "",
      "### NEW BUSINESS",
      "",
      '**Motion** "Resolved, the Board adopts the Events Policy."',
      "",
      "- Sponsor: Joanna Jabir",
      "- Second: Bill Corrigan",
      "",
      "**Passed:  3-0 - carried as a majority passed the resolution.**",
      "",
      "Approved: 10/26/2021",
    ].join("\n"),
    { format: "markdown", validate: true },
  );

  it("'X motions, Y seconds' and 'Sponsor:' name the mover; 'Passed: 4-0' gives the result and its counts; a date is no count", () => {
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result, m.counts?.for ?? null, m.counts?.against ?? null])).toEqual([
      ["Sherri Mansfield", "Olwen Penn", "carried", 4, 0],
      ["Joanna Jabir", "Bill Corrigan", "carried", 3, 0],
    ]);
  });
});

describe("a label's own words before its colon", () => {
  it("'Apologies in Advance:' and 'Absent w/o notice:' are labels, whatever words follow their head word", () => {
    const doc = parse(
      ["Lakeside Foundation Board Meeting Minutes: October 19, 2017", "", "Present: Lucy Appleby, Cheryl Brandt, Ian Dolan", "Apologies in Advance: David Ackers", "Absent w/o notice: Tim Carrow", "", "1. Finance Reports", "The accounts were agreed.", "", "2. Incubation", "Two new mentors have volunteered."].join("\n"),
    );
    expect(surnames(doc.attendance.present)).toEqual(["Appleby", "Brandt", "Dolan"]);
    expect(surnames(doc.attendance.apologies)).toEqual(["Ackers"]);
    expect(surnames(doc.attendance.absent)).toEqual(["Carrow"]);
  });
});

describe("a council of department chairs: names before their institutions, and the next meeting's date", () => {
  it("'Karla Fant Portland State University' is Karla Fant of that university; 'Date:' under 'Next Meeting' is not this meeting's", () => {
    const doc = parse(
      [
        "OCCC Meeting Minutes",
        "Friday, October 18, 2019",
        "",
        "Attendance",
        "1. Robin Surtees Western Oregon University",
        "2. Karla Fant Portland State University",
        "3. Phil Howard Oregon Institute of Technology",
        "",
        "NEXT MEETING",
        "The next meeting will be:",
        "1. Date: April 24, 2020",
        "2. Location: Lane Community College",
        "",
        "DISCUSSION ON COURSES",
        "The group agreed to adopt the new course numbers.",
        "",
        "ROUNDTABLE",
        "Enrollment is stable.",
      ].join("\n"),
    );
    expect(doc.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Robin Surtees", "Western Oregon University"],
      ["Karla Fant", "Portland State University"],
      ["Phil Howard", "Oregon Institute of Technology"],
    ]);
    expect(doc.meeting.date).toBe("2019-10-18");
  });

  it("a 'Date:' in the header under 'Next Meeting' is the next meeting's, and the title's date is this one's", () => {
    const doc = parseMinutesText(
      [
        "## OCCC Meeting Minutes",
        "",
        "## Friday, October 18, 2019",
        "",
        "1. Location: Oregon Institute of Technology",
        "2. Host: Phil Howard",
        "",
        "## Next Meeting",
        "",
        "The next meeting will be:",
        "",
        "1. Date: April 24, 2020",
        "2. Location: Lane Community College",
        "",
        "## Discussion on Courses",
        "",
        "The group agreed to adopt the new course numbers.",
        "",
        "## Roundtable",
        "",
        "Enrollment is stable.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.meeting.date).toBe("2019-10-18");
  });
});

describe("a vote told in a story", () => {
  it("'… and it passed with a vote of 7 ayes, 0 noes and 0 abstentions' is a decision with its counts", () => {
    const doc = parse(
      ["Town Hall Meeting, 16 February 2013", "", "CODE OF CONDUCT REVIEW", "The review was held at the February meeting, and it passed with a vote of 7 ayes, 0 noes and 0 abstentions.", "", "OTHER BUSINESS", "The members discussed the heating."].join("\n"),
    );
    expect(doc.items[0]!.resolutions).toHaveLength(1);
    expect(motions(doc).map((m) => [m.result, m.counts])).toEqual([["carried", { for: 7, against: 0, abstain: 0 }]]);
  });
});

describe("a chess club's AGM as a PDF prints it", () => {
  const doc = parse(
    [
      "Riverside Chess Club AGM",
      "7 September 2023",
      "",
      "Present: Members: James Alder, Adrian Elwood, Micheal Page, Nicholas May",
      "",
      "1 ) Apologies for Absence",
      "None.",
      "",
      "2 ) Minutes of the AGM held 1 September 2022",
      "",
      "       Proposed Adrian Elwood",
      "       Seconded Micheal Page",
      "",
      "       Accepted by All",
      "",
      "3 ) Treasurers Report",
      "The accounts were presented.",
    ].join("\n"),
  );

  it("'6 ) Title' with a space before the bracket is a numbered item", () => {
    expect(titles(doc)).toEqual([
      ["1", "Apologies for Absence"],
      ["2", "Minutes of the AGM held 1 September 2022"],
      ["3", "Treasurers Report"],
    ]);
  });

  it("a word of the page or the calendar after a given name is a surname ('Micheal Page'); 'Proposed X' / 'Seconded Y' on lines of their own", () => {
    expect(surnames(doc.attendance.present)).toEqual(["Alder", "Elwood", "Page", "May"]);
    expect(motions(doc).map((m) => [m.mover, m.seconder, m.result])).toEqual([["Adrian Elwood", "Micheal Page", "carried"]]);
  });
});

describe("numbered points that start at 1 under each sub-heading", () => {
  it("are the sub-headings' points: the sections above them are the items", () => {
    const doc = parseMinutesText(
      ["# OCCC Meeting Minutes", "", "## Roundtable Discussion", "", "### Clackamas Community College", "", "1. No word on the degree", "2. Program is stable", "", "### Umpqua Community College", "", "1. Enrollment is stable", "2. Working on a drone program", "3. Hiring", "", "### Lane Community College", "", "1. New building opens", "", "## Discussion on Courses", "", "The group agreed to adopt the new course numbers."].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(titles(doc)).toEqual([
      [null, "Roundtable Discussion"],
      [null, "Discussion on Courses"],
    ]);
  });
});

describe("records labelled as decisions", () => {
  it("'Decision:' and 'Consensus:' before what was decided are decisions; 'Action:' is none", () => {
    const doc = parse(["Committee Meeting Minutes", "12 March 2024", "", "Present: Ann Cole, Ben Ruiz", "", "1. Courses", "- Consensus: 195 courses will be used for HTML and CSS courses", "- Decision: 122 courses are now approved to satisfy requirements", "- Action: Doug will investigate the process", "", "2. Other", "None."].join("\n"));
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([2, 0]);
  });
});

describe("a project board's attendance set in a block of code, by facility", () => {
  it("reads the block's lines, each group's name before its people ('ESS - Andrew Jackson, Jon Taylor'); 'Proposed and agreed' is a decision", () => {
    const doc = parseMinutesText(
      [
        "# Minutes",
        "",
        "## Project Board Meeting 16",
        "",
        "**Minutes of: 2020-05-13 UTC12:00-14:00**",
        "",
        "**In Attendance:**",
        "",
        "```",
        "* ESS - Andrew Jackman, Jon Tayler (Board Chair)",
        "* ILL - Miguel Gonzaga",
        "* ORNL - Mathieu Doucette, Andrei Savin",
        "```",
        "",
        "## 2. Release Planning",
        "",
        "- Proposed and agreed to delay version 5.1 by 2 months.",
        "",
        "## 3. Dates for User Meetings",
        "",
        "- To be discussed at the next meeting.",
      ].join("\n"),
      { format: "markdown", validate: true },
    );
    expect(doc.attendance.present.map((p) => [p.name, p.position])).toEqual([
      ["Andrew Jackman", "ESS"],
      ["Jon Tayler", "Board Chair"],
      ["Miguel Gonzaga", "ILL"],
      ["Mathieu Doucette", "ORNL"],
      ["Andrei Savin", "ORNL"],
    ]);
    expect(doc.items.map((item) => item.resolutions.length)).toEqual([1, 0]);
  });
});

describe("a page whose title is set at the items' level", () => {
  it("takes the meeting's date from a heading that opens the first item, when the header gives none", () => {
    const doc = parseMinutesText(
      [
        "<h1>The Verifiable Credentials Group</h1>",
        "<h2>Claims and Digital Verification</h2>",
        "<h3>Go Back</h3>",
        "<h1>Credentials Telecon</h1>",
        "<h2>Minutes for 2020-03-10</h2>",
        "<p>Topics</p><ol><li>Introductions</li><li>Announcements</li></ol>",
        "<p>Present: Joe Andrews, Amy Gray, Orla Steele</p>",
        "<h1>Topic: Introductions</h1>",
        "<p>Two new members introduced themselves.</p>",
        "<h1>Topic: Announcements</h1>",
        "<p>The workshop is in May.</p>",
      ].join("\n"),
      { format: "html", validate: true },
    );
    expect(doc.meeting.date).toBe("2020-03-10");
    expect(doc.warnings.map((w) => w.code)).not.toContain("no-meeting-date");
  });
});
