// The outline of `minutes show`: every shipped document renders; Rotherham and a Kent PDF show what the documents say, in order.
// Expected values are read from the documents themselves (the Rotherham text; `pdftotext -layout` of the Kent PDF), not from the tool.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDocument } from "../../src/cli/load-document.js";
import { isMinutesError } from "../../src/errors.js";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { findItem, renderOutline } from "../../src/views/outline.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIRS = [join(ROOT, "fixtures/corpus"), join(ROOT, "fixtures/pdf")];
const ROTHERHAM = "fixtures/corpus/rotherham-improving-lives-select-commission_2025-11-04.txt";
const KENT = "fixtures/pdf/kent-cc-cabinet_2025-01-09.pdf";
// eslint-disable-next-line no-control-regex -- an ANSI escape is what is looked for
const ESCAPE = /\u001b\[/;

/** Every document in the fixture folders, parsed once: the document, or the MinutesError the parser refused it with. */
const parsed = new Map<string, MinutesDocument | Error>();

beforeAll(async () => {
  for (const dir of DIRS) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name).slice(ROOT.length);
      try {
        parsed.set(path, await loadDocument(readFileSync(join(ROOT, path)), { path }));
      } catch (error) {
        parsed.set(path, error as Error);
      }
    }
  }
}, 120_000);

function doc(path: string): MinutesDocument {
  const value = parsed.get(path);
  if (!value || value instanceof Error) throw new Error(`${path} did not parse: ${String(value)}`);
  return value;
}

/** The outline as one run of words, lower case: wrapping and hanging indentation undone. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/** Each expected text appears, in this order (case and wrapping aside); returns the ones that do not, for the message. */
function missingInOrder(outline: string, expected: string[]): string[] {
  const text = flat(outline);
  const missing: string[] = [];
  let from = 0;
  for (const want of expected) {
    const at = text.indexOf(flat(want), from);
    if (at < 0) missing.push(want);
    else from = at + flat(want).length;
  }
  return missing;
}

describe("renderOutline", () => {
  it("renders every document in fixtures/corpus and fixtures/pdf, plain and in colour, at any width", () => {
    expect(parsed.size).toBeGreaterThanOrEqual(26);
    let rendered = 0;
    for (const [path, value] of parsed) {
      if (value instanceof Error) {
        // refused by the parser (the Horsley PDF's broken font): a MinutesError with a code, which show prints in one line
        expect(isMinutesError(value), `${path}: ${value.message}`).toBe(true);
        continue;
      }
      for (const width of [40, 80, 200]) {
        const plain = renderOutline(value, { width, color: false });
        expect(plain, path).not.toMatch(ESCAPE);
        for (const item of value.items) expect(flat(plain), `${path} item ${item.number}`).toContain(flat(item.title));
        expect(renderOutline(value, { width, color: true })).toMatch(ESCAPE);
      }
      for (const item of value.items) expect(renderOutline(value, { width: 80, color: false, item })).toContain(item.title.split(" ")[0] as string);
      rendered++;
    }
    expect(rendered).toBeGreaterThanOrEqual(25);
  });

  it("Rotherham: the meeting, the chair, every item number and title and every resolution, in order", () => {
    const outline = renderOutline(doc(ROTHERHAM), { width: 80, color: false });
    const lines = outline.split("\n");
    expect(lines[0]).toBe("Improving Lives Select Commission"); // line 3 of the document
    expect(lines[1]).toBe("Tuesday 4 November 2025"); // line 4
    // line 6: "Present:- Councillor Brent (in the Chair); Councillors Ismail, …"; line 8: apologies from Bower, Garnett and Monk
    expect(outline).toMatch(/^Present \(12\) +Councillor Brent \[chair\], Councillor Ismail,/m);
    expect(outline).toMatch(/^Apologies \(3\) +Councillor Bower, Councillor Garnett, Councillor Monk$/m);
    const expected = [
      "10. MINUTES OF THE PREVIOUS MEETING", "line 13",
      "Resolved: That the Minutes of the meeting of the Improving Lives Select Commission, held on 4 November 2025, be approved as a correct record of proceedings.",
      "11. DECLARATIONS OF INTEREST", "line 17",
      "12. EXCLUSION OF THE PRESS AND PUBLIC", "line 21",
      "13. QUESTIONS FROM MEMBERS OF THE PUBLIC AND THE PRESS", "line 25",
      "14. THE LOOKED AFTER CHILDREN'S SUFFICIENCY STRATEGY 2023-2027 UPDATE", "line 29",
      "Resolved: That the Improving Lives Select Commission:-",
      "1) Considered the progress made against the delivery plan for the Looked After Children's Sufficiency Strategy.",
      "2) Requested that additional information be provided to the Commission on the Empower Service.",
      "3) Requested that additional information be provided by a ward basis, on the locations of residential homes across the borough.",
      "4) Requested that the specific data be provided on how many children are in care currently and the comparison to the number of places available for allocation.",
      "5) Requested that specific data be provided relating to the current number of newly approved foster carers, the current number of fostering de-registrations and the comparison data to other local authorities.",
      "6) Requested that additional information be provided on whether there is any financial support available for higher education, for young people in a Special Guardianship Order arrangement.",
      "15. DRAFT SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND) SUFFICIENCY STRATEGY 2026-2029 UPDATE", "line 174",
      "Resolved: That the Improving Lives Select Commission:",
      "1) Considered the update on the development of the draft SEND Sufficiency Strategy 2026-2029.",
      "2) Requested that a separate session be arranged to provide an update on the Thresholds of Needs document.",
      "3) Requested that a further update be provided in writing on childcare sufficiency and the funding available for nurseries.",
      "16. WORK PROGRAMME", "line 316",
      "Resolved: That the Work Programme for 2025/2026 be approved.",
      "17. IMPROVING LIVES SELECT COMMISSION - SUB AND PROJECT GROUP UPDATES", "line 328",
      "Resolved: That the update be noted.",
      "18. URGENT BUSINESS", "line 334",
      // warnings last, with their lines: the stray "n" at the end of line 6
      "Warnings", "line 6",
    ];
    expect(missingInOrder(outline, expected)).toEqual([]);
    expect(outline.match(/Resolved:/g)).toHaveLength(5);
  });

  it("Kent Cabinet (PDF): the chair, every item with its page, and every resolution, in order", () => {
    const outline = renderOutline(doc(KENT), { width: 100, color: false });
    // pdftotext -layout, page 1: "KENT COUNTY COUNCIL", "CABINET", "… Maidstone on Thursday, 9 January 2025."
    expect(outline.split("\n")[0]).toBe("Kent County Council — Cabinet");
    expect(outline.split("\n")[1]).toMatch(/^Thursday 9 January 2025/);
    // "PRESENT: Mr R W Gough (Chairman), Mr N Baker, …"
    expect(outline).toMatch(/^Present \(10\) +Mr R W Gough \[chair\], Mr N Baker,/m);
    // pages from the form feeds of pdftotext: items 76-80 on page 1, 81 on 3, 82 on 4, 83 on 5
    const expected = [
      "76. Apologies", "p.1:", "77. Declarations of Interest", "p.1:",
      "78. Minutes of the Meeting held on 28 November 2024", "p.1:",
      "that the minutes of the meeting on 28 November 2024 were a correct record and that they be signed by the Chair",
      "79. Cabinet Member Updates", "p.1:",
      "80. Provisional Local Government Finance Settlement 2025-26", "p.1:",
      "that Cabinet note the provisional settlement including the additional grants and grant reductions compared to assumptions in the draft budget published in October before the Autumn Budget statement; and agree to delegate finalising any response to the settlement to the Corporate Director for Finance, in consultation with the Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services.",
      "81. Quarterly Performance Report, Q2 2024-2025", "p.3:",
      "that Cabinet note the Quarter 2 Performance Report and the actions being taken to address areas where performance is not as targeted.",
      "82. Corporate Risk Register", "p.4:",
      "that Cabinet note the report.",
      "83. English Devolution White Paper", "p.5:",
      "that Cabinet:",
      "1) Agree to submit a request to Government, jointly with Medway Council, for Kent and Medway to be included in the Devolution Priority Programme;",
      "2) Note that acceptance onto the Devolution Priority Programme will commit Kent and Medway to elections to a new Mayoral Strategic Authority (MSA) in May 2026 and implementation of local government reorganisation by either April 2027 or April 2028; and",
      "3) Agree to request that the Minister for Local Government and English Devolution consider postponing County elections scheduled for May 2025",
    ];
    expect(missingInOrder(outline, expected)).toEqual([]);
    // item 83, page 9: "Following the debate, the Leader proposed and Mr Oakford … seconded the above motion"
    expect(flat(renderOutline(doc(KENT), { width: 100, color: false, item: findItem(doc(KENT), "83") }))).toContain("seconded by oakford");
  });

  it("is the sample the README shows", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Read minutes: `minutes show`"));
    const sample = /```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(sample).toBe(renderOutline(doc(KENT), { width: 100, color: false }));
  });

  it("shortens noted points to the width in the outline, and shows an item in full with --item", () => {
    const rotherham = doc(ROTHERHAM);
    const outline = renderOutline(rotherham, { width: 80, color: false });
    expect(outline.split("\n").every((line) => Array.from(line).length <= 80)).toBe(true);
    // line 94 of the document: a point of 500 characters
    const point = "Fostering Rotherham was a collaboration of digital on-line marketing and place based foster carer recruitment";
    expect(flat(outline)).not.toContain(flat(point));
    expect(outline).toMatch(/• Fostering Rotherham was a collaboration of digital on-line marketing and…$/m);
    const item = findItem(rotherham, "14");
    expect(item?.number).toBe("14");
    const full = renderOutline(rotherham, { width: 80, color: false, item });
    expect(flat(full)).toContain(flat(`${point}, support and retention of local foster carers.`));
    expect(full).not.toContain("15. ");
    expect(full.split("\n").every((line) => Array.from(line).length <= 80)).toBe(true);
    expect(findItem(rotherham, "99")).toBeNull();
  });

  it("colours resolutions, results and warnings only when asked", () => {
    const denver = doc("fixtures/corpus/rtd-denver-board-of-directors_2025-07-29.txt");
    const coloured = renderOutline(denver, { width: 80, color: true });
    expect(coloured).toContain("\u001b[32m\u001b[1mResolved:"); // green, bold
    expect(coloured).toContain("\u001b[32m\u001b[1mcarried");
    expect(coloured).toMatch(/\u001b\[33m\u001b\[1m(withdrawn|Warnings)/); // eslint-disable-line no-control-regex -- ANSI codes are the point
    expect(renderOutline(denver, { width: 80, color: false })).not.toMatch(ESCAPE);
  });

  it("escapes control characters instead of sending them to the terminal", () => {
    // ingest drops control characters, but a JSON document given to show may hold anything the schema allows
    const hostile: MinutesDocument = structuredClone(doc(ROTHERHAM));
    hostile.meeting.body = "Evil\u001b[2J Body";
    (hostile.items[0] as MinutesDocument["items"][number]).title = "Title\u001b]0;owned\u0007 end";
    const outline = renderOutline(hostile, { width: 80, color: false });
    expect(outline).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/); // eslint-disable-line no-control-regex -- control characters are the point
    expect(outline).toContain("Evil\\u001b[2J Body");
    expect(outline).toContain("Title\\u001b]0;owned\\u0007 end");
  });
});
