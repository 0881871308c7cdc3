// A PDF whose title block is a running header, repeated on every page and so set aside as furniture: the meeting's body and
// date are still read from it (a strata council's minutes print "Strata Council Meeting Agenda" / its date on each page).
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/document.js";
import { placedPdf, type Placed } from "./helpers.js";

const TITLE: Placed[] = [
  { text: "Strata Plan NW0000", x: 230, y: 30, size: 10 },
  { text: "Strata Council Meeting Agenda", x: 210, y: 44, size: 10 },
  { text: "Wednesday, February 4, 2026", x: 215, y: 58, size: 10 },
];

const page1: Placed[] = [
  ...TITLE,
  { text: "1.0 ATTENDEES", x: 72, y: 100 },
  { text: "Present: Gordon Fell, Carole Borth and Linda McLane", x: 72, y: 120 },
  { text: "2.0 CALL TO ORDER", x: 72, y: 150 },
  { text: "The meeting was called to order at 6:34 PM.", x: 72, y: 170 },
  { text: "Page 1 of 2", x: 270, y: 810, size: 9 },
];
const page2: Placed[] = [
  ...TITLE,
  { text: "3.0 NEW BUSINESS", x: 72, y: 100 },
  { text: "The council approved the landscaping contract.", x: 72, y: 120 },
  { text: "Page 2 of 2", x: 270, y: 810, size: 9 },
];

describe("a title block printed on every page", () => {
  it("gives the meeting's body and date though it is page furniture", async () => {
    const doc = await parseMinutes(await placedPdf([page1, page2]), { validate: true });
    expect(doc.meeting).toMatchObject({ body: "Strata Council", date: "2026-02-04" });
    expect(doc.items.map((item) => item.number)).toEqual(["1.0", "2.0", "3.0"]);
    expect(doc.warnings.map((w) => w.code)).toContain("page-furniture-removed");
  });
});
