// The styles of minutes in the corpus, each on a snippet written as that style prints it: item numbering, attendance
// blocks, meeting titles and decisions recorded without "RESOLVED".
import { describe, expect, it } from "vitest";
import { parseMinutesText } from "../../src/document.js";
import { splitRunOn } from "../../src/recognize/item-heading.js";

const parse = (text: string, format: "text" | "markdown" | "html" = "text") => parseMinutesText(text, { format });
const items = (text: string, format?: "text" | "markdown" | "html") => parse(text, format).items.map((i) => [i.number, i.title]);
const surnames = (people: { name: string }[]) => people.map((p) => p.name.split(/\s+/).pop());

describe("item numbering styles", () => {
  it("roman numerals, alone on their line with the title below (Denver RTD)", () => {
    expect(items("MINUTES\n\nI.\n\nCall to Order\nThe Chair called the meeting to order.\n\nII.\n\nPledge of Allegiance\n\nXIV. Chair's Report")).toEqual([
      ["I", "Call to Order"],
      ["II", "Pledge of Allegiance"],
      ["XIV", "Chair's Report"],
    ]);
  });
  it("agenda references after the title, with ranges holding sub-items (San Juan USD)", () => {
    const text = "Call to Order (A)\nThe meeting was called to order.\n\nConsent Calendar Approved (G-1/G-13)\nIt was moved.\n\nPersonnel (G-1)\nApproved.\n\nTentative Agreements: SJTA, SJPEC (I-5 a,b,c,d)\nExplained.\n\nClosed Session (B) (continued)\nNothing.";
    expect(items(text)).toEqual([["A", "Call to Order"], ["G-1/G-13", "Consent Calendar Approved"], ["I-5", "Tentative Agreements: SJTA, SJPEC"], ["B", "Closed Session"]]);
  });
  it("numbered resolutions as items, titled by their first sentence (Nipissing)", () => {
    expect(items("R2023-147 D. Yemm, S. Foote:\nThat the minutes be adopted as published. Carried.\n\nR2023-151 D. Yemm, T. Butler\nThat we pass By-Law No. 2023-35, being a by-law. Carried.")).toEqual([
      ["R2023-147", "That the minutes be adopted as published"],
      ["R2023-151", "That we pass By-Law No. 2023-35, being a by-law"],
    ]);
  });
  it("'Item n:' headings (Limerick committees)", () => {
    expect(items("**Item 1: Confirm minutes**\n\nText.\n\n**Item 5** **–** **Air to Water Pump Report**\n\nText.", "markdown")).toEqual([
      ["1", "Confirm minutes"],
      ["5", "Air to Water Pump Report"],
    ]);
  });
  it("headings with minute text run on after them (Norfolk parishes)", () => {
    expect(items("135/19 Emergency Evacuation Procedures was read by the Vice Chair.\n\n137/19 Apologies for Absence. Apologies were accepted for Cllr Sue Lintern.", "markdown")).toEqual([
      ["135/19", "Emergency Evacuation Procedures"],
      ["137/19", "Apologies for Absence"],
    ]);
    expect(splitRunOn("PUBLIC FORUM (15 MINUTES) There have been 3 break ins")).toEqual({ title: "PUBLIC FORUM (15 MINUTES)", runOn: "There have been 3 break ins" });
    expect(splitRunOn("LOCAL AUTHORITY REPORTS a. Norfolk County Council")).toEqual({ title: "LOCAL AUTHORITY REPORTS", runOn: "a. Norfolk County Council" });
    expect(splitRunOn("IMPROVING LIVES SELECT COMMISSION - SUB AND PROJECT GROUP UPDATES").runOn).toBeNull();
    // Stoke Ferry: a title does not end on "from" or "and"; a planning application's description is the minute's text
    expect(splitRunOn("To receive Declarations of Interest from Members on any item to be discussed The following was declared").title).toBe(
      "To receive Declarations of Interest from Members on any item to be discussed",
    );
    expect(splitRunOn("Cllr Colin Sampson (BCKLWN) and Cllr Martin Storey (NCC), if in attendance")).toEqual({ title: "Cllr Colin Sampson (BCKLWN) and Cllr Martin Storey (NCC), if in attendance", runOn: null });
    expect(splitRunOn("To Discuss Application for Comment Proposed rear single storey flat roof extension").title).toBe("To Discuss Application for Comment");
    // Northwold: a lettered sub-item after a one-word title
    expect(splitRunOn("CORRESPONDENCE i. Newsletters CPRE, Norfolk Constabulary")).toEqual({ title: "CORRESPONDENCE", runOn: "i. Newsletters CPRE, Norfolk Constabulary" });
    expect(splitRunOn("FINANCES: a. Election Costs - Email from BCKLWN").title).toBe("FINANCES");
    // Wereham 2009: the words after the colon are the subject of the verb that follows, so text, not title
    expect(splitRunOn("Minutes: The Minutes of the November 2008 were proposed as correct by C. Humphries")).toEqual({
      title: "Minutes",
      runOn: "The Minutes of the November 2008 were proposed as correct by C. Humphries",
    });
    // …while a title's own words after its colon stay with it (Northwold)
    expect(splitRunOn("CEMETERIES: Monthly safety review of sites The Clerk reported").title).toBe("CEMETERIES: Monthly safety review of sites");
  });
  it("a run of capitals is a heading shouting, not acronyms: its words are title-cased (Northwold)", () => {
    expect(items("1\\. PUBLIC FORUM Nothing was raised.\n\n2\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE These were accepted for Cllr David Human.", "markdown")).toEqual([
      ["1", "Public Forum"],
      ["2", "Acceptance of Apologies for Absence"],
    ]);
  });
  it("numbers alone on a line may be taken out of order (Limerick)", () => {
    expect(items("1.\n\nAdoption of Minutes\n\n14.\n\nNotice of Motion\n\n5.\n\nPhysical Development Directorate\n\n15.\n\nCorrespondence")).toEqual([
      ["1", "Adoption of Minutes"],
      ["14", "Notice of Motion"],
      ["5", "Physical Development Directorate"],
      ["15", "Correspondence"],
    ]);
  });
  it("numbered points before the first titled item complete the sequence (working-group minutes)", () => {
    expect(items("Present: Jane Archer\n\n1. KK presented a proposal for an outline schedule. It was well received.\n2. AC advised the group that he has reviewed plans.\n3. Request for maps of the parish\n4. Next meeting: 23 November").map(([n]) => n)).toEqual(["1", "2", "3", "4"]);
  });
  it("outline minutes: top-level bullets are the items, titled up to the dash", () => {
    expect(items("Minutes from Monday, January 29, 2018\n\n- Perfunctory Business\n  - Commissioners Present: Anthony Qaiyum, Zach Maiorca\n- Meeting called to order at 9:08am – M. Prest (motion), C. Dallas (second)\n- Updates")).toEqual([
      [null, "Perfunctory Business"],
      [null, "Meeting called to order at 9:08am"],
      [null, "Updates"],
    ]);
  });
  it("headings numbered only by their agenda references (Kent panels): the reference's number is the item's", () => {
    expect(items("## Apologies and Substitutes (Item 1)\n\nNone.\n\n## Minutes of the meeting held on 30 July 2024 (Item 3)\n\n1. RESOLVED that the minutes were a correct record.", "markdown")).toEqual([
      ["1", "Apologies and Substitutes"],
      ["3", "Minutes of the meeting held on 30 July 2024"],
    ]);
  });
  it("the same with no typography: the reference at the line's end, or alone on the line below the title (Kent panels, read as text or by OCR)", () => {
    const text =
      "PRESENT: Shellina Prendergast (Chair), Paul Bartlett\n\nApologies and Substitutes\n\n(Item 1)\n\nApologies were received from Mr R Love OBE.\n\n" +
      "Chairman’s Announcements\n(Item 2)\n\n1. RESOLVED that Mr P Bartlett be duly elected.\n\nMinutes of the meeting (Item 3)\n\nRESOLVED that the minutes were a correct record.";
    expect(items(text)).toEqual([
      ["1", "Apologies and Substitutes"],
      ["2", "Chairman’s Announcements"],
      ["3", "Minutes of the meeting"],
    ]);
    // the title above the reference is the item's, not one more name present
    expect(surnames(parse(text).attendance.present)).toEqual(["Prendergast", "Bartlett"]);
    // a sentence that ends in a reference is not a heading, nor is a reference under a sentence
    expect(items("Present: A Smith, B Jones\n\nThe Panel noted the report (Item 4).\n\nThe Chair thanked officers.\n(Item 5)\n\nMore text.")).toEqual([]);
  });
});

describe("attendance styles", () => {
  it("a bare 'Present' label with names on the lines below, the chair and the clerk (Milburn)", () => {
    const doc = parse("Milburn Parish Council\n5th July 2016\n\nPresent\nCouncillors D Richardson (Chair) R Healey, P Moran and\nM Armstrong Clerk J Connelly\nMembers of the Public Mr & Mrs Godfrey\n\n16.07.2 Register of Interests\n\nNone");
    expect(doc.attendance.present.map((p) => [p.name, p.role])).toEqual([["D Richardson", "chair"], ["R Healey", null], ["P Moran", null], ["M Armstrong", null]]);
    // the members of the public named under their own label attend too (as the corpus truth records them)
    expect(doc.attendance.in_attendance.map((p) => [p.name, p.position])).toEqual([["J Connelly", "Clerk"], ["Godfrey", null], ["Godfrey", null]]);
    expect(doc.meeting).toMatchObject({ organization: "Milburn Parish Council", body: "Parish Council", date: "2016-07-05" });
  });
  it("Irish labels: 'PRESENT IN THE CHAIR:', 'MEMBERS PRESENT:' on its own, 'OFFICIALS IN ATTENDANCE:'", () => {
    const doc = parse("MINUTES OF PROCEEDINGS AT MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON MONDAY, 25TH JANUARY, 2021.\n\nPRESENT IN THE CHAIR: Councillor M. Collins, Mayor.\n\nMEMBERS PRESENT:\n\nCouncillors Benson, Collins (J), Novak Uí\n\nChonchúir, O’Brien.\n\nOFFICIALS IN ATTENDANCE:\n\n1.\n\nAdoption of Minutes");
    expect(doc.attendance.present.map((p) => [p.name, p.role])).toEqual([["M. Collins", "chair"], ["Benson", null], ["J. Collins", null], ["Novak Uí Chonchúir", null], ["O’Brien", null]]);
    expect(doc.meeting).toMatchObject({ organization: "Limerick City and County Council", date: "2021-01-25" });
  });
  it("apologies inside an apologies item, 'Regrets:', and officers' affiliations", () => {
    expect(surnames(parse("1. APOLOGIES\n\nA Armstrong EDC and M Armstrong\n\n2. MINUTES\n\nApproved.").attendance.apologies)).toEqual(["Armstrong", "Armstrong"]);
    expect(surnames(parse("Present: Mayor Tom Piper.\n\nRegrets: Councillors Tom Butler and Tom Marchant").attendance.apologies)).toEqual(["Butler", "Marchant"]);
    const northwold = "1\\. PUBLIC FORUM Nothing.\n\n2\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE These were accepted for Cllr David Human and noted for Cllr Martin Storey.";
    expect(surnames(parse(northwold, "markdown").attendance.apologies)).toEqual(["Human", "Storey"]);
  });
  it("a roll-call table in the call-to-order item (East Palo Alto)", () => {
    const doc = parse("PLANNING COMMISSION\n\n1. CALL TO ORDER AND ROLL CALL\n\nAttendee Name Title Status Arrived\nAndrei Garcia Commissioner Late 7:08 p.m.\nRobert Allen Fisk Commissioner Present\nUriel Hernandez Commissioner Absent\n\n2. APPROVAL OF THE AGENDA");
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Andrei Garcia", "Robert Allen Fisk"]);
    expect(doc.attendance.absent.map((p) => p.name)).toEqual(["Uriel Hernandez"]);
  });
  it("one person a line with their office (San Juan USD)", () => {
    const doc = parse("Call to Order (A)\nRoll Call\nPresent:\nPaula Villescaz, president\nMichael McKibbin, Ed.D., vice president\nZima Creason, clerk\n\nMinutes Approved (D)\nText.");
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Paula Villescaz", "Michael McKibbin", "Zima Creason"]);
  });
});

describe("meeting titles", () => {
  it.each([
    ["EAST PALO ALTO\nPLANNING COMMISSION\nREGULAR MEETING MINUTES\nJanuary 27, 2020, 7:00 p.m.", { organization: "East Palo Alto", body: "Planning Commission", date: "2020-01-27", start_time: "19:00" }],
    ["Regional Transportation District\n\nBoard of Directors\nChair – Julien Bouquet\n\nMINUTES\nJuly 29, 2025", { organization: "Regional Transportation District", body: "Board of Directors" }],
    ["San Juan Unified School District\nBoard of Education\n\nBoard of Education Minutes\nJanuary 14, 2020", { organization: "San Juan Unified School District", body: "Board of Education" }],
    ["A regular meeting of the Township of Nipissing Council was held on Tuesday, April 17, 2018.", { organization: "Township of Nipissing Council", date: "2018-04-17" }],
    ["Manordeilo and Salem Community Council held their meeting remotely via Zoom at 7.30pm on the 10th June 2020.", { organization: "Manordeilo and Salem Community Council", date: "2020-06-10", start_time: "19:30" }],
  ])("%s", (text, meeting) => {
    expect(parse(text).meeting).toMatchObject(meeting);
  });
  it("takes a markdown post's title from its front matter, not its publication date", () => {
    const doc = parse('---\ntitle: "STOKE FERRY PARISH COUNCIL  Draft Minutes of the Ordinary Meeting held on Wednesday 5th June 2019"\ndate: "2019-08-26"\n---\n\nPresent: Cllr Jim McNeill', "markdown");
    expect(doc.meeting).toMatchObject({ organization: "Stoke Ferry Parish Council", body: "Parish Council", date: "2019-06-05", status: "draft" });
  });
  it("takes the post's date from its front matter, YAML or TOML, only when the minutes print none", () => {
    // CompSoc's committee, 16 September 2019: the only date is the front matter's
    const yaml = parse("---\ndate: 2019-09-16 6:00pm\n---\n\n### Present\n\n- Kyle Cotton (KC)\n\n## Elections\n\n- Held.", "markdown");
    expect(yaml.meeting.date).toBe("2019-09-16");
    expect(yaml.warnings.find((w) => w.code === "date-from-front-matter")?.source?.line).toBe(2);
    // Bevy's board: TOML, its title the meeting's, and its body the board
    const toml = parse('+++\ntitle = "Board meeting: 2024-02-03"\ndate = 2024-02-01\n+++\n\n## Attendees\n\n- Rob Swain', "markdown");
    expect(toml.meeting).toMatchObject({ body: "Board", date: "2024-02-03" });
    expect(toml.warnings.map((w) => w.code)).not.toContain("date-from-front-matter");
    // Boughton, posted on 28 May 2014: the title's month is not the post's
    const posted = parse('---\ntitle: "Boughton Parish Council Meeting - February"\ndate: "2014-05-28"\n---\n\nPresent: Frank Reid', "markdown");
    expect(posted.meeting.date).toBeNull();
  });
  it("reads a front matter's subtitle, and front matter whose opening fence was lost", () => {
    // Port of Alsea: the title is the month's, the subtitle names the body
    const subtitled = parse("---\ntitle: September 2018 Minutes\nsubtitle: Regular Meeting of the Port of Alsea Board of Commissioners\ndate: 09/27/2018\n---\n\nThursday, September 20, 2018\n\nPresent: Ann Lee", "markdown");
    expect(subtitled.meeting).toMatchObject({ body: "Port of Alsea Board of Commissioners", date: "2018-09-20" });
    // OpenAFS: "title: …" / "nav: [about]" / "---"
    const unfenced = parse("title: Kestrel Foundation Meeting Notes  2017-11-15\nnav: [about]\n---\n\nPresent: Ann Lee", "markdown");
    expect(unfenced.meeting).toMatchObject({ body: "Kestrel Foundation", date: "2017-11-15" });
    expect(unfenced.attendance.present.map((p) => p.name)).toEqual(["Ann Lee"]);
  });
  it.each([
    ["AGM Minutes 2022-09-17", "Annual General Meeting"],
    ["CSS EGM - Minutes", "Extraordinary General Meeting"],
    ["Minutes of the Annual Parish Meeting, 4 May 2023", "Annual Parish Meeting"],
  ])("names a general meeting of the members as the body: %s", (title, body) => {
    expect(parse(`${title}\n\nPresent: Ann Lee, Bob Hart\n\n1. Accounts\n\nAdopted.`).meeting.body).toBe(body);
  });
  it.each([
    ["2024-12-02 Board Meeting", { body: "Board", date: "2024-12-02" }],
    ["*** DES MOINES CITY COUNCIL MEETING REPORT ***\n\nJanuary 14, 2022", { organization: "Des Moines City Council", body: "City Council" }],
    ["Minutes of Guelph City Council\nHeld in the Council Chambers on Wednesday, June 18, 2014\n\nMr. M. Amorosi, Executive Director", { organization: "Guelph City Council", body: "City Council" }],
    ["UWCS Exec Minutes - Fri, 19th January 2007", { body: "UWCS Exec", date: "2007-01-19" }],
    ["Kingsgate 5 Homeowners Association Meeting Minutes\n\nFebruary 10, 2025", { body: "Kingsgate 5 Homeowners Association" }],
    ["MINUTES OF THE SPECIAL CITY COUNCIL MEETING\nTUESDAY- -APRIL 16, 2018- -5:00 P.M.", { organization: null, body: "City Council", date: "2018-04-16" }],
    ["Minutes of the Special Meeting of the\nRent Review Advisory Committee\nWednesday, July 6, 2016", { body: "Rent Review Advisory Committee" }],
    ["Minutes of Trustees of The Friends of Halesworth County Library\nMeeting of 27th October 2015", { body: "Trustees of The Friends of Halesworth County Library", date: "2015-10-27" }],
  ])("reads the body from a title line: %s", (title, meeting) => {
    expect(parse(`${title}\n\nPresent: Ann Lee, Bob Hart\n\n1. Accounts\n\nAdopted.\n\n2. Close\n\nClosed.`).meeting).toMatchObject(meeting);
  });
  it("takes a first heading that titles the document for the header, not an item", () => {
    const doc = parse("## 2024-12-02 Board Meeting\n\nMembers in attendance: Ann Lee, Bob Hart\n\n## Update board members\n\nDone.\n\n## Bylaw edits\n\nAgreed.", "markdown");
    expect(doc.meeting).toMatchObject({ body: "Board", date: "2024-12-02" });
    expect(doc.items.map((item) => item.title)).toEqual(["Update board members", "Bylaw edits"]);
    const slashed = parse("# SC Meeting W50 - Wed 2025/12/10\n\n## Reports\n\nNone.\n\n## Old topics\n\nNone.", "markdown");
    expect(slashed.meeting.date).toBe("2025-12-10");
    expect(slashed.items.map((item) => item.title)).toEqual(["Reports", "Old topics"]);
  });
  it("passes over title headings to the level that holds the business", () => {
    // Melbourne AWS User Group, AGM of 26 April 2023: the title in headings of three levels, the business at the fourth
    const doc = parse(
      [
        "## Minutes",
        "## Riverside Users Group Inc",
        "## Annual General Meeting",
        "### 26th April 2023 at 8:20PM",
        "### Held at the Events Hub, 395 Bourke Street",
        "#### Attendees",
        "Rob Amos (RA), Arjen Schwarz (AS), Jason Wood (JW)",
        "#### Apologies",
        "Rob Linton, Chris Coombs",
        "#### Treasurer's report",
        "The accounts were presented.",
        "#### Election of the committee",
        "The committee was elected.",
      ].join("\n\n"),
      "markdown",
    );
    expect(doc.meeting).toMatchObject({ date: "2023-04-26", start_time: "20:20" });
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Rob Amos", "Arjen Schwarz", "Jason Wood"]);
    expect(doc.attendance.apologies.map((p) => p.name)).toEqual(["Rob Linton", "Chris Coombs"]);
    // (apologies are an item of business in many minutes: "1. Apologies")
    expect(doc.items.map((item) => item.title)).toEqual(["Apologies", "Treasurer's report", "Election of the committee"]);
  });
  it("reads a title set one word a line, and a title split before its body's name", () => {
    // Limerick, Municipal District of Newcastle West, 3 July 2024
    const limerick = parse("MINUTES\n\nOF\n\nPROCEEDINGS\n\nAT\n\nMEETING\n\nOF\n\nTHE\n\nMUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN\n\nÁRAS WILLIAM SMITH OBRIEN, ON WEDNESDAY, 3RD JULY, 2024.\n\nMEMBERS PRESENT:\n\nCouncillors Collins, Foley.\n\n1. CONFIRMATION OF MINUTES\n\nAgreed.\n\n2. CORRESPONDENCE\n\nNoted.");
    expect(limerick.meeting).toMatchObject({ body: "Municipal District of Newcastle West", date: "2024-07-03" });
    // Sacramento County Board of Education, Curriculum Committee, 21 May 2024
    const committee = parse("SACRAMENTO COUNTY BOARD OF EDUCATION\n\nSUMMARY MINUTES OF THE\nCURRICULUM COMMITTEE MEETING\n\nTuesday, May 21, 2024 – 4:30 p.m.\n\nI. Call to Order\n\nDone.");
    expect(committee.meeting.body).toBe("Curriculum Committee");
    // Sacramento County Board of Education, 13 September 2022: the time after a spaced hyphen
    const board = parse("Sacramento County Board of Education Special Meeting - 6:00 p.m.\n\nTuesday, September 13, 2022\n\n1. Procedural\n\nDone.");
    expect(board.meeting).toMatchObject({ body: "Sacramento County Board of Education", date: "2022-09-13" });
  });
  it("dates a day and month printed without a year by the document's year, with a warning", () => {
    const doc = parse("A meeting of the Committee was held on the 16th June by WebEx.\n\n1. MINUTES\n\nThe minutes of 21st April 2021 were agreed. The 2021 plan.");
    expect(doc.meeting.date).toBe("2021-06-16");
    expect(doc.warnings.map((w) => w.code)).toContain("date-year-inferred");
  });
});

describe("decisions without RESOLVED", () => {
  const resolutions = (text: string) => parse(`1. ITEM\n\n${text}`).items[0]!.resolutions.map((r) => r.text);
  it("counts the body's own agreement, not one person's undertaking or discussion", () => {
    expect(resolutions("All agreed this was a true record and were signed and approved.")).toHaveLength(1);
    expect(resolutions("The Parish Council unanimously agreed to the three working parties.")).toHaveLength(1);
    expect(resolutions("After discussion Councillors resolved to donate £65.00 to the fund. The Clerk agreed to write.")).toEqual(["After discussion Councillors resolved to donate £65.00 to the fund."]);
    expect(resolutions("The Clerk agreed to add the letter to the website.")).toEqual([]);
    expect(resolutions("Mr Lowth advised that if an individual has been approved they may apply.")).toEqual([]);
  });
  it("counts a carried or lost motion once, also when a RESOLVED paragraph records it", () => {
    expect(resolutions("Motion made by A. Hopkins\n\nSeconded by P. Cuddy\n\nMotion Passed (13 to 0)")).toHaveLength(1);
    expect(resolutions("Mr Gough proposed, and Mr Brady seconded that the report be noted.\n\nMotion carried.\n\nRESOLVED that the report be noted.")).toEqual(["that the report be noted."]);
  });
  it("reads a sentence cut into paragraphs by double-spaced conversion as one (Limerick)", () => {
    expect(resolutions("Following further discussion, Members welcomed the update from the Director,\n\nCommunity Development, and also agreed to changing the title of the Greenway.")).toEqual([
      "Following further discussion, Members welcomed the update from the Director, Community Development, and also agreed to changing the title of the Greenway.",
    ]);
    // a page number between paragraphs joins neither
    expect(resolutions("7\n\nThe Members agreed that the five Motions would be taken together.")).toEqual(["The Members agreed that the five Motions would be taken together."]);
  });
  it("in a motion's paragraph, keeps a decision stated before the proposal or after the result, not the motion's own outcome", () => {
    // Manordeilo 2020 item 8: two decisions, one of them the motion's
    expect(
      resolutions("The Governance Statement was read out and responses agreed. It was proposed by Cllr. J. Davies, seconded by Cllr. A. Thomas and unanimously agreed that the Annual Return be approved."),
    ).toHaveLength(2);
    // Denver RTD: the Board's own agreement after the declared result
    expect(resolutions("Director Guzman made the motion to commit this item. Director Ruscha seconded the motion. Chair Bouquet declared the motion PASSED unanimously. Due to time constraints, the Board agreed to extend the meeting.")).toEqual([
      "commit this item.",
      "Due to time constraints, the Board agreed to extend the meeting.",
    ]);
    // the outcome of the proposal is the motion's, counted once
    expect(resolutions("It was proposed by Cllr. P. Harries, seconded by Cllr. J. Davies and unanimously agreed that the officers remain in post. It was agreed.")).toHaveLength(1);
  });
  it("counts an agreement to a list of proposals once (Manordeilo 2016, donations)", () => {
    const text = "It was unanimously agreed to donate as follows:\n\n- Wales Air Ambulance - £200 (proposed by Cllr. H. Gwynne, seconded by Cllr. Joseph Davies)\n- Tenovus - £75 (proposed by Cllr. G. Evans, seconded by Cllr. D. Jones)";
    expect(resolutions(text)).toEqual(["It was unanimously agreed to donate as follows:"]);
  });
  it("counts 'It was agreed that …' inside bullets, and decision labels", () => {
    expect(resolutions("- It was agreed that JN and AC would investigate feasibility\n- General discussion followed")).toHaveLength(1);
    expect(resolutions("- APPROVED – 2018 Meetings Calendar")).toHaveLength(1);
  });
});

describe("style configurations", () => {
  it.each([
    ["14. THE LOOKED AFTER CHILDREN'S STRATEGY\n\nResolved:- That the report be noted.\n\n15. WORK PROGRAMME", "uk-committee"],
    ["137/19 Apologies for Absence\n\n138/19 Declarations of Interest", "uk-parish"],
    ["PRESENT IN THE CHAIR: Councillor M. Collins.\n\n1.\n\nAdoption of Minutes\n\nProposed by Councillor X;\n\nAnd Resolved:", "irish"],
    ["R2023-147 D. Yemm, S. Foote: That the minutes be adopted. Carried.", "canadian"],
    ["I.\n\nCall to Order\n\nII.\n\nRoll Call", "us-board"],
    ["1. CALL TO ORDER AND ROLL CALL\n\nRESULT: APPROVED [UNANIMOUS]\nMOTION BY: Mashack\nSECOND: Brown\nAYES: Mashack, Brown", "us-board"],
  ])("detects %j as %s", (text, style) => {
    expect(parse(text).style).toBe(style);
  });
  it("reads with a forced style's numbering only", () => {
    const text = "Call to Order (A)\nThe meeting opened.\n\n1. PUBLIC COMMENT\n\nNone.";
    // one numbering per document: the first item's ("(A)") is kept to
    expect(parseMinutesText(text, { style: "us-board" }).items.map((i) => i.number)).toEqual(["A"]);
    expect(parseMinutesText(text, { style: "uk-committee" }).items.map((i) => i.number)).toEqual(["1"]);
    expect(parseMinutesText(text, { style: "uk-committee" }).style).toBe("uk-committee");
  });
  it("refuses an unknown style", () => {
    expect(() => parseMinutesText("1. ITEM", { style: "martian" })).toThrow(/unknown style "martian"/);
  });
});

describe("an exploded roll-call table (Denver RTD: a converter printed it one column at a time)", () => {
  it("pairs the names with the statuses that follow them", () => {
    const doc = parse(
      "MINUTES\n\nIV.\n\nRoll Call - Determination of Quorum\nAttendee Name\nKaren Benker\nJulien Bouquet\n\nTitle\nDirector, District I\nDirector, District G\n\nStatus\nPresent\nAbsent\n\nArrived\n5:34 PM\n\nVince Buzek\n\nDirector, District J\n\nRemote\n\n5:34 PM\n\nV.\n\nRetiree Awards\nNone.",
    );
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Karen Benker", "Vince Buzek"]);
    expect(doc.attendance.absent.map((p) => p.name)).toEqual(["Julien Bouquet"]);
  });
});

describe("item headings in bold and sub-headings in italics (Boughton)", () => {
  it("takes the bold words as the heading and the rest of the line as text; a line opening in italics is a sub-heading", () => {
    const text = "1 **Apologies**\n\nNone.\n\n**5 Chairman’s report** — **Frank Reid**\n\nText.\n\n**6 Reports from Councillors**\n\n**_7. Street Furniture_** — Frank Reid\n\nWork will begin.\n\n7. A copy of the accounts has been circulated to all councillors.\n\n**8 Audit Act**\n\n**10 Meeting closed** at 7.55pm";
    expect(items(text, "markdown")).toEqual([
      ["1", "Apologies"],
      ["5", "Chairman’s report"],
      ["6", "Reports from Councillors"],
      ["7", "A copy of the accounts has been circulated to all councillors"],
      ["8", "Audit Act"],
      ["10", "Meeting closed"],
    ]);
  });
});

describe("a name broken by a blank line in a list of members (Limerick)", () => {
  it("joins 'Novak Uí' / 'Chonchúir, O’Brien' into one member", () => {
    const doc = parse("MEMBERS PRESENT:\n\nCouncillors Murphy, Novak Uí\n\nChonchúir, O’Brien, Ruddle.\n\n1.\n\nAdoption of Minutes");
    expect(doc.attendance.present.map((p) => p.name)).toEqual(["Murphy", "Novak Uí Chonchúir", "O’Brien", "Ruddle"]);
  });
});
