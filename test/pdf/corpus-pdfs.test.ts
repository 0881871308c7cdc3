// The other PDFs of the shared corpus parse without error, and who was present and the item numbers match the document.
// Every expectation was read from the PDF itself (pdftotext -layout, and page images where the layout was unclear),
// never from the parser's output. Where the parser disagrees, the test keeps what the document prints, and fails.
import { describe, expect, it } from "vitest";
import { parseMinutes } from "../../src/document.js";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { fixture } from "./helpers.js";

interface Expected {
  /** Surnames of those the PRESENT block lists as members (not the clerk, staff or public), in printed order. */
  present: string[];
  /** The item numbers as printed, in order (null for unnumbered items). */
  items: Array<string | null>;
  pages: number;
}

const EXPECTED: Record<string, Expected> = {
  // "Present / Councillors D Richardson (Chair) R Healey, P Moran, S Linsley and M Armstrong  Clerk J Connelly";
  // "Apologies - None" is unnumbered; minutes 16.07.2 to 16.07.13 ("16.07.13 - Any Other Business", on page 3)
  "milburn-parish-council_2016-07-05.pdf": {
    present: ["Richardson", "Healey", "Moran", "Linsley", "Armstrong"],
    items: ["16.07.2", "16.07.3", "16.07.4", "16.07.5", "16.07.6", "16.07.7", "16.07.8", "16.07.9", "16.07.10", "16.07.11", "16.07.12", "16.07.13"],
    pages: 3,
  },
  // "Councillors D Richardson (Chair) R Healey, N Cresswell and P Moran / Clerk J Connelly"; 18.11.1 to 18.11.10
  "milburn-parish-council_2018-11-06.pdf": {
    present: ["Richardson", "Healey", "Cresswell", "Moran"],
    items: ["18.11.1", "18.11.2", "18.11.3", "18.11.4", "18.11.5", "18.11.6", "18.11.7", "18.11.8", "18.11.9", "18.11.10"],
    pages: 2,
  },
  // "Councillors D Richardson (Chair), R. Healey, M Armstrong and P Moran / Clerk Mrs J Todd"; 20.07.01 to 20.07.11
  "milburn-parish-council_2020-07-14.pdf": {
    present: ["Richardson", "Healey", "Armstrong", "Moran"],
    items: ["20.07.01", "20.07.02", "20.07.03", "20.07.04", "20.07.05", "20.07.06", "20.07.07", "20.07.08", "20.07.09", "20.07.10", "20.07.11"],
    pages: 3,
  },
  // "PRESENT / Councillors Alun Davies, Arwel Davies, Jill Davies, Gwenfil Evans, Hubert Gwynne, Peter Harries, Dorian
  // Jenkins, Doris Jones, William Loynton, Andrew Thomas, Owen Williams and County Councillor Joseph Davies."; 1. to 12.
  "manordeilo-salem-community-council_2016-02-10.pdf": {
    present: ["Davies", "Davies", "Davies", "Evans", "Gwynne", "Harries", "Jenkins", "Jones", "Loynton", "Thomas", "Williams", "Davies"],
    items: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"],
    pages: 4,
  },
  // "Present: Mayor Tom Piper and Councillors Tom Butler, Shelly Foote, Stephen Kirkey and Dave Yemm." (then "Staff:");
  // no numbered agenda items: the numbered entries are the resolutions R2023-147 to R2023-157
  "nipissing-township-council_2023-07-11.pdf": {
    present: ["Piper", "Butler", "Foote", "Kirkey", "Yemm"],
    items: ["R2023-147", "R2023-148", "R2023-149", "R2023-150", "R2023-151", "R2023-152", "R2023-153", "R2023-154", "R2023-155", "R2023-156", "R2023-157"],
    pages: 5,
  },
  // roll call table: Garcia (Late, 7:08 p.m.), Allen Fisk, Sherrard, Mashack, Brown, Bello, Mendez (Alternate) Present,
  // Hernandez Absent; items 1. CALL TO ORDER AND ROLL CALL to 8. ADJOURNMENT
  "east-palo-alto-planning-commission_2020-01-27.pdf": {
    present: ["Garcia", "Fisk", "Sherrard", "Mashack", "Brown", "Bello", "Mendez"],
    items: ["1", "2", "3", "4", "5", "6", "7", "8"],
    pages: 3,
  },
  // "Commissioners Present: Anthony Qaiyum, Zach Maiorca, Melaina Prest, Chris Dallas, Ben Munro, Todd Feinberg";
  // an outline of unnumbered bullets: Perfunctory Business … Meeting adjourned at 11:25am (nine top-level bullets)
  "chicago-lincoln-square-ssa21-commission_2018-01-29.pdf": {
    present: ["Qaiyum", "Maiorca", "Prest", "Dallas", "Munro", "Feinberg"],
    items: Array(9).fill(null),
    pages: 2,
  },
  // "Present:" as a grid of names with initials: Jane Archer (JA), Alan Caudwell, Robert Gegg, Karel Hughes / Kate Kay,
  // Helen Knuckle, Jolyon Neely, Jo Payne / Charlie Ralph, Patricia Rowan, Chris Sane; points 1. to 10.
  "horsley-neighbourhood-plan-working-group_2014-10-19.pdf": {
    present: ["Archer", "Caudwell", "Gegg", "Hughes", "Kay", "Knuckle", "Neely", "Payne", "Ralph", "Rowan", "Sane"],
    items: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    pages: 3,
  },
};

const names = Object.keys(EXPECTED);
const parsed = new Map<string, MinutesDocument | Error>(
  await Promise.all(
    names.map(async (name): Promise<[string, MinutesDocument | Error]> => {
      try {
        return [name, await parseMinutes(fixture(name), { path: `fixtures/pdf/${name}` })];
      } catch (error) {
        return [name, error as Error];
      }
    }),
  ),
);
const doc = (name: string): MinutesDocument => {
  const result = parsed.get(name);
  if (result instanceof Error) throw result;
  return result!;
};
const surname = (name: string) => name.trim().split(/\s+/).at(-1);

describe.each(names)("%s", (name) => {
  const expected = EXPECTED[name]!;

  it("parses without error, as minutes, with every page counted", () => {
    expect(parsed.get(name)).not.toBeInstanceOf(Error);
    expect(doc(name).document_type).toBe("minutes");
    expect(doc(name).source).toMatchObject({ format: "pdf", pages: expected.pages });
  });

  it("present: the members listed, in printed order (by surname)", () => {
    expect(doc(name).attendance.present.map((p) => surname(p.name))).toEqual(expected.present);
  });

  it("items: the numbers as printed", () => {
    expect(doc(name).items.map((i) => i.number)).toEqual(expected.items);
  });
});

describe("details read from the documents", () => {
  it("Milburn 2016: the last minute is '16.07.13 - Any Other Business'", () => {
    expect(doc("milburn-parish-council_2016-07-05.pdf").items.at(-1)?.title).toBe("Any Other Business");
  });

  it("Horsley working group: the apologies grid, twelve names with initials wrapped under them", () => {
    // Polly Gegg (PG), Jude Smith (JS), Ali Heywood (AH), Pip Heywood (PH) / Alistair Thompson (AT), Karen Bartlett-Butt
    // (KB), Bryn Howells (BH), Maxine Relton (MR) / Simon Read (SR), Simon Allen (SA), Nick Hackett (NH), Christina McDough (CM
    expect(doc("horsley-neighbourhood-plan-working-group_2014-10-19.pdf").attendance.apologies.map((p) => surname(p.name))).toEqual([
      "Gegg", "Smith", "Heywood", "Heywood", "Thompson", "Bartlett-Butt", "Howells", "Relton", "Read", "Allen", "Hackett", "McDough",
    ]);
  });

  it("East Palo Alto: Hernandez is absent", () => {
    expect(doc("east-palo-alto-planning-commission_2020-01-27.pdf").attendance.absent.map((p) => p.name)).toEqual(["Uriel Hernandez"]);
  });
});
