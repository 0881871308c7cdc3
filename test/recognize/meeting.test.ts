// The meeting header: body, organization, dates with their weekday checked, times, places and links.
import { describe, expect, it } from "vitest";
import { parseMinutesText } from "../../src/index.js";
import { findDate, findTime, numericOrder } from "../../src/recognize/dates.js";
import { recognizeMeeting } from "../../src/recognize/meeting.js";
import { snippet } from "./helpers.js";

describe("findDate", () => {
  it.each([
    ["Tuesday 4 November 2025", "2025-11-04", "tuesday"],
    ["held on Thursday, 9 January 2025", "2025-01-09", "thursday"],
    ["MONDAY, 25TH JANUARY, 2021, AT 3PM", "2021-01-25", "monday"],
    ["Tuesday, July 11, 2023", "2023-07-11", "tuesday"],
    ["January 14, 2020", "2020-01-14", null],
    ["5th of June 2019", "2019-06-05", null],
    ["date: 2019-06-05", "2019-06-05", null],
    // a scan's OCR of a raised "th" (Limerick, 17 December 2018)
    ["ON MONDAY, 17™ DECEMBER, 2018 AT", "2018-12-17", "monday"],
    ['held on 19" November, 2018.', "2018-11-19", null],
  ])("%s", (text, iso, weekday) => {
    expect(findDate(text)).toMatchObject({ iso, weekday });
  });
  it("refuses impossible dates", () => {
    expect(findDate("31 February 2025")).toBeNull();
  });
  it.each([
    ["2019-January-17 ESLint TSC Meeting Notes", "2019-01-17"],
    ["PlasmaPy Community Meeting | Tuesday 2021 March 16 at 18:00 UT", "2021-03-16"],
  ])("the year first and the month by name: %s", (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });
  it("reads dates in figures in the order it is given, and one with a figure above 12 the only way it can be", () => {
    expect(findDate("Date: 11/10/2023")).toBeNull();
    expect(findDate("Date: 11/10/2023", "dmy")?.iso).toBe("2023-10-11");
    expect(findDate("5/9/2011 7:30 PM", "mdy")?.iso).toBe("2011-05-09");
    expect(findDate("13/10/2023", "mdy")?.iso).toBe("2023-10-13");
    expect(findDate("10/13/2023", "dmy")?.iso).toBe("2023-10-13");
    expect(findDate("version 1.2.3", "dmy")).toBeNull();
    // joined by hyphens, as a form prints them; a range of years or a phone number is none
    expect(findDate("01-17-2024", "mdy")?.iso).toBe("2024-01-17");
    expect(findDate("2019-2020 budget", "dmy")).toBeNull();
    expect(findDate("call 0161-12-2024-55", "dmy")).toBeNull();
  });
  it("takes the order of a document's dates in figures from its other dates, else from its spelling", () => {
    expect(numericOrder("Minutes of 11/10/2023. Next meeting 24/11/2023.")).toBe("dmy");
    expect(numericOrder("Minutes of 11/10/2023. Next meeting 11/24/2023.")).toBe("mdy");
    expect(numericOrder("Apologies: Cllr Ray. The council will organise the fete.")).toBe("dmy");
    expect(numericOrder("Ayes: Councilmember Ray. The center will be painted.")).toBe("mdy");
  });
});

describe("the meeting's date from the header", () => {
  it("is a date written in words before a date in figures (a printout's stamp, an approval date)", () => {
    const doc = parseMinutesText("11/29/21, 2:22 PM BoardDocs\n\nBoard of Education\nRegular Meeting\nNovember 16, 2021\n\nPresent: Ann Lee\n\n1. Minutes\n\nApproved.\n\n2. Budget\n\nAdopted.");
    expect(doc.meeting.date).toBe("2021-11-16");
  });
  it("is a date in figures, read in the document's order, when none is written in words", () => {
    const doc = parseMinutesText("## Annual General Meeting of the Kestrel Music Association 2023\n\nDate: 11/10/2023\n\n## Present\n\n- Mark Olive\n\n## Apologies\n\n- Ann Lee\n\n## Treasurer's report\n\nThe accounts were accepted.\n\n## Election of officers\n\nAll were elected.", { format: "markdown" });
    expect(doc.meeting).toMatchObject({ body: "Kestrel Music Association", date: "2023-10-11" });
    expect(doc.attendance.apologies.map((p) => p.name)).toEqual(["Ann Lee"]);
    // (apologies are an item of business in many minutes, as "1. Apologies" is)
    expect(doc.items.map((item) => item.title)).toEqual(["Apologies", "Treasurer's report", "Election of officers"]);
  });
  it("is the date the header labels as the meeting's, in figures, before a date in words further down", () => {
    const doc = parseMinutesText(
      ["---", "title: Week 10 Minutes", "---", "", "- Date: 14/11/2024", "- Start time: 4:00pm", "", "## In attendance", "", "- Pia Ross, Ken Ota", "", "## Agenda Items", "", "- The next meeting is on December 2nd 2024", "- Elections will be held in March"].join("\n"),
      { format: "markdown" },
    );
    expect(doc.meeting.date).toBe("2024-11-14");
    const worded = parseMinutesText("Board of Education\nMeeting Date: Tuesday, 12 March 2024\n\nPresent: Ann Lee\n\nThe next meeting will be on 9 April 2024.\n\n1. Minutes\n\nApproved.\n\n2. Budget\n\nAdopted.");
    expect(worded.meeting.date).toBe("2024-03-12");
    expect(worded.warnings.map((w) => w.code)).not.toContain("weekday-mismatch");
    const wrongDay = parseMinutesText("Board of Education\nDate: Monday, 12 March 2024\n\nPresent: Ann Lee\n\n1. Minutes\n\nApproved.\n\n2. Budget\n\nAdopted.");
    expect(wrongDay.warnings.map((w) => w.code)).toContain("weekday-mismatch");
  });
  it("titles in capitals over the date are the header, and 'the meeting of X was called to order' names the body", () => {
    const doc = parseMinutesText(
      ["State of Illinois", "Town of Crane", "CRANE TOWNSHIP REGULAR BOARD OF TRUSTEES MEETING", "October 9, 2024", "The regular board meeting of the Crane Township Board of Trustees was called to order by Supervisor Lee at 7:00 p.m.", "", "APPROVAL OF MINUTES", "", "The minutes were approved.", "", "REPORTS", "", "The supervisor reported on roads."].join("\n"),
    );
    expect(doc.meeting).toMatchObject({ body: "Crane Township Board of Trustees", date: "2024-10-09" });
    expect(doc.items.map((item) => item.title)).toEqual(["Approval of Minutes", "Reports"]);
  });
});

describe("findTime", () => {
  it.each([
    ["commenced at 10.00 am", "10:00"],
    ["held at 7:30pm in the hall", "19:30"],
    ["called to order at 6:30 p.m.", "18:30"],
    ["AT 3PM", "15:00"],
    ["Time: 19:00", "19:00"],
    ["at 12 noon", "12:00"],
  ])("%s", (text, time) => {
    expect(findTime(text)).toBe(time);
  });
  it("does not take a bare number for a time", () => {
    expect(findTime("at 14 Church Street")).toBeNull();
  });
});

describe("recognizeMeeting", () => {
  const meeting = (text: string) => {
    const { ctx, blocks } = snippet(text);
    return { meeting: recognizeMeeting(ctx, blocks), warnings: ctx.warnings };
  };
  it("reads a Rotherham header: body in capitals, date, webcast link", () => {
    const { meeting: m, warnings } = meeting(
      "IMPROVING LIVES SELECT COMMISSION\nTuesday 4 November 2025\n\nPresent:- Councillor Brent\n\nThe webcast of the Council Meeting can be viewed at:-\n<https://rotherham.public-i.tv/core/portal/home>",
    );
    expect(m).toMatchObject({ organization: null, body: "Improving Lives Select Commission", date: "2025-11-04" });
    expect(m.links).toEqual([{ url: "https://rotherham.public-i.tv/core/portal/home", note: "The webcast of the Council Meeting can be viewed at" }]);
    expect(warnings).toEqual([]);
  });
  it("reads a Kent header: 'MINUTES of a meeting of the Cabinet held in … on …'", () => {
    const { meeting: m } = meeting("KENT COUNTY COUNCIL\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Maidstone on Thursday, 9 January 2025.");
    expect(m).toMatchObject({
      organization: "Kent County Council",
      body: "Cabinet",
      date: "2025-01-09",
      location: "Council Chamber, Sessions House, County Hall, Maidstone",
    });
  });
  it("warns when the weekday does not fit the date", () => {
    const { meeting: m, warnings } = meeting("CABINET\nWednesday 4 November 2025");
    expect(m.date).toBe("2025-11-04");
    expect(warnings).toMatchObject([{ code: "weekday-mismatch", source: { line: 1 } }]);
    expect(warnings[0]!.message).toMatch(/wednesday.*tuesday/);
  });
  it("marks draft minutes and the start time", () => {
    const { meeting: m } = meeting("DRAFT MINUTES of the meeting held on 3rd July 2018 at 7.30pm");
    expect(m).toMatchObject({ status: "draft", date: "2018-07-03", start_time: "19:30" });
  });
});

describe("a title set aside as page furniture", () => {
  it("names the meeting from the first page's running header when nothing else does (Chicago SSA #21)", () => {
    const { ctx, blocks } = snippet("Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board");
    const withFurniture = { ...ctx, text: { ...ctx.text, furniture: [
      { text: "Lincoln Square Special Service Area #21", page: 1 },
      { text: "Commission Meeting Minutes", page: 1 },
      { text: "Lincoln Square Special Service Area #21", page: 2 },
    ] } };
    expect(recognizeMeeting(withFurniture, blocks)).toMatchObject({ organization: "Lincoln Square Special Service Area #21", body: "Commission", date: "2018-01-29" });
    expect(recognizeMeeting(ctx, blocks)).toMatchObject({ organization: null, body: null });
  });
});
