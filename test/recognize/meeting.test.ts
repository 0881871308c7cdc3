// The meeting header: body, organization, dates with their weekday checked, times, places and links.
import { describe, expect, it } from "vitest";
import { findDate, findTime } from "../../src/recognize/dates.js";
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
