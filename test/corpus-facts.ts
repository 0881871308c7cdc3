// Corpus facts: what a reader finds in each of the 26 documents of the shared corpus, read from the document itself, one row per document (checked by corpus.test.ts).
// Sources: md/txt/html read as files (line numbers below are file lines; for limerick-*.md and rtd-*.txt they count non-blank lines,
// `grep -v '^\s*$'`), PDFs read with `pdftotext -layout` (lines are lines of that output, p. = page) and, for Horsley Parish
// Council, page images (`pdftoppm -png -r 70`). /work/shared/eval/truth was the starting point; every value here was checked
// against the document. Nothing here was copied from the parser's output.
//
// Conventions (those of /work/shared/eval/README.md):
// - names are surnames: the last word of the name without honorifics, initials or post-nominals; hyphenated surnames whole;
// - `organization` and `body` are as printed (null where nothing is printed); the test checks that every word of both
//   appears in the parser's organization + body, case-insensitively;
// - item numbers as printed (null for unnumbered items), titles as printed (compared by shared words, dice >= 0.6);
// - `resolutions` counts distinct decisions (a "Resolved that 1) 2) 3)" block once; "Motion carried." + a RESOLVED restating it
//   once); `motions` counts motions and amendments with a recorded mover, seconder or result;
// - in `motion_facts`, a count of null means "not printed" and is not checked; `occurrence` picks the n-th motion of that
//   mover within the item (default 1).

export type Result = "carried" | "lost" | "withdrawn" | null;

export interface MotionFact {
  /** The item's number as printed (null for an unnumbered item, then `item_title` finds it). */
  item: string | null;
  item_title?: string;
  mover: string;
  /** Which of this mover's motions in the item, in document order (1-based, default 1). */
  occurrence?: number;
  seconder: string | null;
  result: Result;
  for?: number | null;
  against?: number | null;
  abstain?: number | null;
  /** Where it is printed. */
  where: string;
}

export interface ItemRef {
  number: string | null;
  title: string;
}

export interface CorpusFact {
  file: string;
  /** fixtures/corpus (txt, md, html) or fixtures/pdf */
  dir: "corpus" | "pdf";
  document_type: "minutes" | "agenda";
  /** When set, parseMinutes must reject the document with this code; the other fields record what the page images show. */
  expect_error?: "E_PDF_UNREADABLE_TEXT";
  organization: string | null;
  body: string | null;
  date: string | null;
  present: string[];
  /** The presiding member's surname, as the document says who presided (a label, "took the Chair", "called to order by");
   * absent where the document does not say. */
  chair?: string;
  apologies: string[];
  items: { count: number; first: ItemRef; last: ItemRef };
  resolutions: number;
  motions: number;
  /** Who declared an interest, in printed order (a second reader read every document for them); [] where none did. */
  declarations: string[];
  motion_facts?: MotionFact[];
}

export const CORPUS_FACTS: CorpusFact[] = [
  // md. Date: none printed (front matter 'date: "2014-05-28"' l.3 is the post date; title says "February"; accounts "up to
  // 15th March 2014" l.175). Org from the title l.2 and "Distribution: Boughton Parish Council" l.49. Present l.21-29
  // (Reid "Councillor/Chair"); apologies l.61 "Peter Agate; Dave Horkan (Parish Clerk); Jane Edwards, PCSO". Items "1 Apologies"
  // l.59 to "10 Meeting closed at 7.55pm" l.223 (the 1.-6. and 7.-10. inside item 6 are sub-reports). Decisions: l.69, l.133, l.199.
  {
    file: "boughton-parish-council_2014-03.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Boughton Parish Council",
    body: "Parish Council",
    date: null,
    present: ["Reid", "Pogmore", "Cooper", "Roberts", "Beeston"],
    chair: "Reid",
    apologies: ["Agate", "Horkan", "Edwards"],
    items: { count: 10, first: { number: "1", title: "Apologies" }, last: { number: "10", title: "Meeting closed" } },
    resolutions: 3,
    motions: 0,
    declarations: [],
  },
  // PDF, 2 pages. l.1 "Lincoln Square Special Service Area #21", l.3 "Commission Meeting Minutes", l.5 "Monday, January 29, 2018".
  // Present l.7-8 "Commissioners Present: Anthony Qaiyum, Zach Maiorca, Melaina Prest, Chris Dallas, Ben Munro, Todd Feinberg";
  // no apologies ("Commissioners Absent" l.11). Nine unnumbered top-level bullets, l.6 "Perfunctory Business" to l.73 "Meeting
  // adjourned at 11:25am". Motions l.12 (Prest/Dallas, no result), l.14, l.15, l.28; decisions l.14, l.15, l.27, l.28.
  {
    file: "chicago-lincoln-square-ssa21-commission_2018-01-29.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Lincoln Square Special Service Area #21",
    body: "Commission",
    date: "2018-01-29",
    present: ["Qaiyum", "Maiorca", "Prest", "Dallas", "Munro", "Feinberg"],
    apologies: [],
    items: { count: 9, first: { number: null, title: "Perfunctory Business" }, last: { number: null, title: "Meeting adjourned at 11:25am" } },
    resolutions: 4,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "Minutes from 11/30/17 meeting approved", mover: "Maiorca", seconder: "Feinberg", result: "carried", where: "p.1 l.14" },
      { item: null, item_title: "New Business", mover: "Munro", seconder: "Maiorca", result: "carried", where: "p.1 l.28 'APPROVED – Revised 2018 budget – B. Munro (motion), Z. Maiorca (second)'" },
    ],
  },
  // PDF agenda, 13 pages. p.1 l.4 "CUYAHOGA COUNTY BOARD OF HEALTH", l.6 "AGENDA – April 24, 2019". Items 1. "Call to Order."
  // (l.8) to 16. "Motion to adjourn the meeting." (p.3 l.140). No attendance, no decisions.
  {
    file: "cuyahoga-county-board-of-health-agenda_2019-04-24.pdf",
    dir: "pdf",
    document_type: "agenda",
    organization: "Cuyahoga County Board of Health",
    body: "Board of Health",
    date: "2019-04-24",
    present: [],
    apologies: [],
    items: { count: 16, first: { number: "1", title: "Call to Order" }, last: { number: "16", title: "Motion to adjourn the meeting" } },
    resolutions: 0,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages. l.1-4 "EAST PALO ALTO / PLANNING COMMISSION / REGULAR MEETING MINUTES / January 27, 2020". Roll-call table
  // l.15-23 (Garcia Late, Hernandez Absent). Items 1.-8. (l.11 "CALL TO ORDER AND ROLL CALL" to p.2 l.112 "ADJOURNMENT").
  // RESULT blocks: item 2 l.27-31, item 4 p.2 l.54-58, item 5 l.73-79 (FAILED [4-2-1-1]) and l.84-89.
  {
    file: "east-palo-alto-planning-commission_2020-01-27.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "East Palo Alto",
    body: "Planning Commission",
    date: "2020-01-27",
    present: ["Garcia", "Fisk", "Sherrard", "Mashack", "Brown", "Bello", "Mendez"],
    chair: "Sherrard",
    apologies: [],
    items: { count: 8, first: { number: "1", title: "CALL TO ORDER AND ROLL CALL" }, last: { number: "8", title: "ADJOURNMENT" } },
    resolutions: 4,
    motions: 4,
    declarations: [],
    motion_facts: [
      // AYES lists seven names; no NAYS line is printed
      { item: "2", mover: "Mashack", seconder: "Brown", result: "carried", for: 7, against: null, abstain: null, where: "p.1 l.27-31" },
      { item: "5", mover: "Fisk", seconder: "Mendez", result: "lost", for: 4, against: 2, abstain: 1, where: "p.2 l.69-79 'RESULT: FAILED [4-2-1-1]'" },
      { item: "5", mover: "Fisk", occurrence: 2, seconder: "Bello", result: "carried", for: 7, against: 0, abstain: null, where: "p.2 l.81-89 'NAYS: None'" },
    ],
  },
  // PDF agenda, 4 pages. l.1 "CITY OF HIDDEN HILLS", l.3 "REGULAR CITY COUNCIL MEETING", l.8 "Monday, December 12, 2022",
  // l.12 "AGENDA". Items 1. "CALL TO ORDER AND PLEDGE OF ALLEGIANCE" to 10. "ADJOURNMENT". The ROLL CALL roster (l.39-50) is the
  // roll to be called, not attendance.
  {
    file: "hidden-hills-city-council-agenda_2022-12-12.pdf",
    dir: "pdf",
    document_type: "agenda",
    organization: "City of Hidden Hills",
    body: "City Council",
    date: "2022-12-12",
    present: [],
    apologies: [],
    items: { count: 10, first: { number: "1", title: "CALL TO ORDER AND PLEDGE OF ALLEGIANCE" }, last: { number: "10", title: "ADJOURNMENT" } },
    resolutions: 0,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages, tab-separated words. l.1-3 "Minutes / Horsley Neighbourhood Plan Working Group Meeting / Date: 19 October 2014";
  // no council named. Present grid l.11-13, apologies grid l.15-19 (read row by row). Points 1.-10. (l.24 to l.85 "10. Next
  // meeting: 23 November"). "It was agreed/agree" in points 1 (l.31), 3 (l.43), 4 (l.58), 5 (l.60).
  {
    file: "horsley-neighbourhood-plan-working-group_2014-10-19.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: null,
    body: "Horsley Neighbourhood Plan Working Group",
    date: "2014-10-19",
    present: ["Archer", "Caudwell", "Gegg", "Hughes", "Kay", "Knuckle", "Neely", "Payne", "Ralph", "Rowan", "Sane"],
    apologies: ["Gegg", "Smith", "Heywood", "Heywood", "Thompson", "Bartlett-Butt", "Howells", "Relton", "Read", "Allen", "Hackett", "McDough"],
    items: {
      count: 10,
      first: { number: "1", title: "KK presented a proposal for an outline schedule (Copy is attached) to deliver HNP in March 2015" },
      last: { number: "10", title: "Next meeting: 23 November" },
    },
    resolutions: 4,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages, broken text layer: read from page images. p.1 "HORSLEY PARISH COUNCIL / Draft Minutes of the meeting held on
  // 18th March 2014"; "Present: Cllr N Hackett (Chairman) / Cllr A Caudwell (Vice Chairman) / Cllrs Howells, Mrs Kay and
  // Ms McDonagh"; "Apologies for Absence: Cllr Mrs Clarke, District Cllr Carter, District Cllr Mrs Sims and County Cllr Mrs Binns".
  // Minutes 14/037 (p.1) to 14/051 "'Bell & Castle' Site" (p.3); one motion, p.2 "proposed by Cllr Howells, seconded by Cllr
  // Hackett ... Agreed unanimously". Only the refusal is tested.
  {
    file: "horsley-parish-council_2014-03-18.pdf",
    dir: "pdf",
    document_type: "minutes",
    expect_error: "E_PDF_UNREADABLE_TEXT",
    organization: "Horsley Parish Council",
    body: "Parish Council",
    date: "2014-03-18",
    present: ["Hackett", "Caudwell", "Howells", "Kay", "McDonagh"],
    apologies: ["Clarke", "Carter", "Sims", "Binns"],
    items: {
      count: 15,
      first: { number: "14/037", title: "Minutes of the Last Meeting held on 25th February 2014" },
      last: { number: "14/051", title: "‘Bell & Castle’ Site" },
    },
    resolutions: 5,
    motions: 1,
    declarations: [],
  },
  // PDF, 9 pages. l.1 "KENT COUNTY COUNCIL", l.4 "CABINET", l.5-6 "Thursday, 9 January 2025". PRESENT l.8-10; item 76 "No
  // apologies were received." (l.26). Minutes 76 (l.23) to 83 "English Devolution White Paper" (l.244). RESOLVED in 78, 80, 81,
  // 82, 83 (l.420) plus the amendment 'Mr Love suggested and the Leader and Cabinet agreed' (l.391); motions: the Leader/Oakford
  // motion (l.405) and Mr Love's amendment.
  {
    file: "kent-cc-cabinet_2025-01-09.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "Cabinet",
    date: "2025-01-09",
    present: ["Gough", "Baker", "Bell", "Chandler", "Jeffrey", "Love", "Murphy", "Oakford", "Watkins", "Thomas"],
    chair: "Gough",
    apologies: [],
    items: { count: 8, first: { number: "76", title: "Apologies" }, last: { number: "83", title: "English Devolution White Paper" } },
    resolutions: 6,
    motions: 2,
    declarations: [],
  },
  // PDF, 9 pages. l.1 "CORPORATE PARENTING PANEL– 29 October 2024"; the council is not named. PRESENT l.7-9; apologies item 1
  // l.26 "Mr R Love OBE, Ms K Leonard, and Ms A Farmer". Headings with "(Item 1)" to "(Item 12)": "Apologies and Substitutes"
  // (l.24) to "Work programme" (l.381). One RESOLVED in each of items 2-12.
  {
    file: "kent-cc-corporate-parenting-panel_2024-10-29.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: null,
    body: "Corporate Parenting Panel",
    date: "2024-10-29",
    present: ["Prendergast", "Bartlett", "Cooke", "Jeffrey", "Brazier", "Game", "Hamilton", "Hammond", "Smith", "Byrne", "Doran", "Scott", "Sayer", "Horton"],
    chair: "Prendergast",
    apologies: ["Love", "Leonard", "Farmer"],
    // the panel prints no minute numbers: "(Item 1)" … "(Item 12)", under each heading, are the only numbers printed
    items: { count: 12, first: { number: "1", title: "Apologies and Substitutes" }, last: { number: "12", title: "Work programme" } },
    resolutions: 11,
    motions: 0,
    declarations: [],
  },
  // PDF, 15 pages. l.1 "KENT COUNTY COUNCIL", l.4 "COUNTY COUNCIL", l.7-8 "Thursday, 19 December 2024". PRESENT l.10-23 (66);
  // apologies l.34-38 (11 from the Democratic Services Manager, then "The Chairman reported apologies from Mr Cooke").
  // Minutes 270 (l.31) to 282 (l.676). Divisions: 278 l.340-365, 281 l.386-420, l.425-515, l.519-573, l.610-673.
  {
    file: "kent-county-council_2024-12-19.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "County Council",
    date: "2024-12-19",
    present: [
      "Sweetland", "Ridgers", "Baker", "Barrington-King", "Bartlett", "Beaney", "Bell", "Binks", "Bond", "Booth", "Brady", "Brazier",
      "Broadley", "Campkin", "Cannon", "Carey", "Chandler", "Cole", "Cole", "Collor", "Dance", "Dawkins", "Dean", "Dendor", "Game",
      "Gough", "Grehan", "Hamilton", "Hawkins", "Hill", "Hills", "Hohler", "Holden", "Hood", "Hook", "Hudson", "Jeffrey", "Kennedy",
      "Kite", "Lehmann", "Love", "Mallon", "Marsh", "McArthur", "McInroy", "Meade", "Meade", "Murphy", "Oakford", "Parfitt",
      "Passmore", "Prendergast", "Rayner", "Richardson", "Robey", "Sandhu", "Shonk", "Sole", "Stepto", "Streatfeild", "Sullivan",
      "Thomas", "Watkins", "Whiting", "Wright", "Wright",
    ],
    chair: "Sweetland",
    apologies: ["Baldock", "Bruneau", "Carter", "Chard", "Chittenden", "Constantine", "Crow-Brown", "Manion", "Ross", "Simkins", "Webb", "Cooke"],
    items: {
      count: 13,
      first: { number: "270", title: "Apologies for Absence" },
      last: { number: "282", title: "Remote meetings and proxy voting consultation" },
    },
    resolutions: 12,
    motions: 9,
    declarations: ["Chandler", "Rayner", "Lehmann", "Streatfield", "Jeffrey"],
    motion_facts: [
      { item: "278", mover: "Baker", seconder: "Robey", result: "carried", for: 51, against: 6, abstain: 2, where: "l.340-365 'For (51) Against (6) Abstain (2) Motion carried.'" },
      { item: "281", mover: "Brady", seconder: "Meade", result: "lost", for: 15, against: 35, abstain: 1, where: "l.386-420 'Motion lost.'" },
      { item: "281", mover: "Meade", seconder: "Cannon", result: "carried", for: 35, against: 0, abstain: 9, where: "l.519-573 'Motion carried.'" },
      { item: "281", mover: "Hawkins", seconder: "Stepto", result: "lost", for: 15, against: 23, abstain: 0, where: "l.610-673 'Jenni Hawkins proposed'" },
    ],
  },
  // PDF, 10 pages. l.1 "KENT COUNTY COUNCIL", l.4 "COUNTY COUNCIL", l.7-8 "Thursday, 9 January 2025". PRESENT l.10-23 (67);
  // apologies l.42-47 (13, then "Ms Grehan had given her formal apologies but was attending the meeting virtually"). Unnumbered
  // heading "Election of Chair" (l.31), then minutes 283-285 "English Devolution White Paper". 285: Gough/Oakford (l.110),
  // amendment Streatfeild/Sole carried (l.212-235), four amendments lost (l.237-438), substantive motion 39/19/1 (l.442-461).
  {
    file: "kent-county-council_2025-01-09.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "County Council",
    date: "2025-01-09",
    present: [
      "Baker", "Baldock", "Barrington-King", "Bartlett", "Bell", "Binks", "Bond", "Booth", "Brady", "Brazier", "Broadley", "Bruneau",
      "Cannon", "Carter", "Chandler", "Chard", "Chittenden", "Cole", "Cole", "Constantine", "Cooke", "Crow-Brown", "Dance", "Dean",
      "Dendor", "Gough", "Hamilton", "Hawkins", "Hill", "Hills", "Hohler", "Holden", "Hood", "Hook", "Hudson", "Jeffrey", "Kite",
      "Lehmann", "Lewis", "Love", "Mallon", "Manion", "Marsh", "McArthur", "McInroy", "Meade", "Murphy", "Oakford", "Ozog", "Parfitt",
      "Passmore", "Rayner", "Richardson", "Robey", "Sandhu", "Shonk", "Simkins", "Sole", "Stepto", "Streatfeild", "Sullivan", "Thomas",
      "Watkins", "Webb", "Whiting", "Wright", "Wright",
    ],
    chair: "Cooke",
    apologies: ["Beaney", "Campkin", "Carey", "Collor", "Cooper", "Dawkins", "Game", "Kennedy", "Meade", "Prendergast", "Ridgers", "Sweetland", "Wright", "Grehan"],
    items: { count: 4, first: { number: null, title: "Election of Chair" }, last: { number: "285", title: "English Devolution White Paper" } },
    resolutions: 7,
    motions: 7,
    declarations: ["Members who were district or borough councillors"],
    motion_facts: [
      { item: "285", mover: "Hood", seconder: "Baldock", result: "lost", for: 14, against: 45, abstain: 4, where: "l.237-285 'Amendment lost.'" },
      { item: "285", mover: "Brady", seconder: "Constantine", result: "lost", for: 17, against: 43, abstain: 3, where: "l.287-338 'Amendment lost.'" },
    ],
  },
  // md (text of the PDF). Non-blank l.3-4 "MINUTES OF PROCEEDINGS AT ONLINE MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD ON
  // MONDAY, 25TH JANUARY, 2021"; l.5 "PRESENT IN THE CHAIR: Councillor M. Collins, Mayor."; l.7-11 MEMBERS PRESENT (39).
  // Items in document order 1, 2, 3, 4, 8, 10, 11, 13, 14, 5, 6, 7, 9, 12, 15 (l.64 "1. Adoption of Minutes" ... l.529 "15.
  // Correspondence"). "Proposed by ... Seconded by ... And Resolved" l.71-154, l.371-373, l.423-425; l.240, l.337-340, l.358-359, l.416, l.472.
  {
    file: "limerick-city-county-council_2021-01-25.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Council",
    date: "2021-01-25",
    present: [
      "Collins", "Benson", "Butler", "Carey", "Collins", "Collins", "Costelloe", "Daly", "Donegan", "Egan", "Foley", "Galvin", "Hartigan",
      "Keary", "Kiely", "Kilcoyne", "Leddin", "McSweeney", "Mitchell", "Murphy", "Chonchúir", "O’Brien", "O’Dea", "O’Donoghue",
      "O’Donovan", "O’Hanlon", "O’Sullivan", "Ruddle", "Ryan", "Ryan", "Scanlan", "Secas", "Sheahan", "Sheahan", "Sheahan", "Sheehan",
      "Slattery", "Talukder", "Teefy", "Teskey",
    ],
    chair: "Collins",
    apologies: [],
    items: { count: 15, first: { number: "1", title: "Adoption of Minutes" }, last: { number: "15", title: "Correspondence" } },
    resolutions: 15,
    motions: 15,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "Sheahan", seconder: "O’Hanlon", result: "carried", where: "non-blank l.71-74 'Proposed by Councillor Sheahan (J); Seconded by Councillor O’Hanlon; And Resolved'" },
      { item: "5", mover: "Ryan", seconder: "Sheahan", result: "carried", where: "non-blank l.371-373 'Proposed by Councillor Ryan (E); Seconded by Councillor Sheahan (J); And Resolved'" },
    ],
  },
  // md. Non-blank l.3-6: "MINUTES OF MEETING OF LIMERICK CITY AND COUNTY COUNCIL HOME AND SOCIAL DEVELOPMENT SPC" / "A meeting
  // of Limerick City and County Council, Home and Social Development Strategic Policy Committee was held on the 16th June".
  // The year is not printed with the date: 2021 from item 1 "meeting held on 21st April 2021" (l.41) and the Housing Workshop
  // "held on the 11th June 2021". l.7 "In Attendance: An Cathaoirleach, Cllr. Michael Murphy" (the chair), l.8-12 SPC Members
  // Present (18), l.31 Apologies. Items "Item 1:" (l.41) to "Item 8 - AOB" (l.441). Motions l.43-44 (Leddin/Kiely), l.372
  // ("Proposed: Cllr. Eddie Ryan"), no outcome recorded; no decisions.
  {
    file: "limerick-home-social-development-spc_2021-06-16.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Home and Social Development Strategic Policy Committee",
    date: "2021-06-16",
    present: [
      "Murphy", "Benson", "Hartigan", "Keary", "Kilcoyne", "Leddin", "Ruddle", "Sheehan", "Teefy", "Costelloe", "Slattery", "O’Grady",
      "McNamara", "Donegan", "Ryan", "McElligott", "Byrnes", "Cronin", "Ryan",
    ],
    chair: "Murphy",
    apologies: ["Teskey", "Collins", "English"],
    items: { count: 8, first: { number: "1", title: "Confirm minutes from meeting held on 21st April 2021" }, last: { number: "8", title: "AOB" } },
    resolutions: 0,
    motions: 2,
    declarations: [],
  },
  // md (eScribe). Front matter "title: 2nd Meeting of City Council", "date: 2025-01-21"; l.5 "January 21, 2025"; "City of London"
  // printed l.254 ("The Corporation of the City of London ...") and l.1135. Present l.10 (14). Items "# 1." (l.23
  // "Disclosures of Pecuniary Interest") to "# 14." (l.1442 "Adjournment"). 59 "Motion made by", 59 "Motion Passed/Failed".
  {
    file: "london-on-city-council_2025-01-21.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "City of London",
    body: "City Council",
    date: "2025-01-21",
    present: ["Morgan", "McAlister", "Lewis", "Cuddy", "Pribil", "Trosow", "Rahman", "Lehman", "Hopkins", "Meerbergen", "Franke", "Peloza", "Ferreira", "Hillier"],
    apologies: [],
    items: { count: 14, first: { number: "1", title: "Disclosures of Pecuniary Interest" }, last: { number: "14", title: "Adjournment" } },
    resolutions: 59,
    motions: 59,
    declarations: ["Rahman", "Rahman"],
    motion_facts: [
      { item: "4", mover: "Hopkins", seconder: "Meerbergen", result: "carried", for: 13, against: 0, abstain: null, where: "l.43-82 'Motion Passed (13 to 0)'" },
      { item: "6", mover: "Peloza", seconder: "Hillier", result: "carried", for: 12, against: 1, abstain: null, where: "l.122-148 'Motion Passed (12 to 1)'" },
      { item: "11", mover: "Trosow", seconder: "Hopkins", result: "lost", for: 7, against: 7, abstain: null, where: "l.1139-1156 'Motion Failed (7 to 7)'" },
    ],
  },
  // PDF, 4 pages. l.5-6 "MANORDEILO & SALEM COMMUNITY COUNCIL / MEETING 10th FEBRUARY 2016", l.9 "Manordeilo and Salem Community
  // Council held their meeting ... on the 10th February 2016". PRESENT l.11-13 (12); no apologies in item 1 (l.16-17). Items
  // "1. WELCOME AND APOLOGIES" to "12. ANY OTHER BUSINESS" (p.4 l.164); back-references such as "9. C.C.C. had confirmed" (l.73)
  // are not items. Motions l.20, l.46, l.96, l.98, l.137-144.
  {
    file: "manordeilo-salem-community-council_2016-02-10.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Manordeilo and Salem Community Council",
    body: "Community Council",
    date: "2016-02-10",
    present: ["Davies", "Davies", "Davies", "Evans", "Gwynne", "Harries", "Jenkins", "Jones", "Loynton", "Thomas", "Williams", "Davies"],
    chair: "Harries",
    apologies: [],
    items: { count: 12, first: { number: "1", title: "WELCOME AND APOLOGIES" }, last: { number: "12", title: "ANY OTHER BUSINESS" } },
    resolutions: 11,
    motions: 10,
    declarations: ["Harries", "Harries", "Harries"],
    motion_facts: [
      { item: "2", mover: "Loynton", seconder: "Jones", result: "carried", where: "p.1 l.20 'proposed by Cllr. W. Loynton, seconded by Cllr. D. Jones and unanimously agreed'" },
      { item: "4", mover: "Gwynne", seconder: "Jenkins", result: "carried", where: "p.1 l.46-47 'proposed by Cllr. H. Gwynne, seconded by Cllr. D. Jenkins and unanimously approved'" },
    ],
  },
  // html. <time datetime="2020-06-10">, "Manordeilo and Salem Community Council held their meeting remotely via Zoom ... on the
  // 10th June 2020"; <h4>PRESENT</h4> (8); apologies "Cllrs. Kim Davies, Hubert Gwynne, Dorian Jenkins and Doris Jones".
  // Items are the 13 <li> of <ol class="minute-matters"> (no printed digits: numbers are the rendered list positions), from
  // WELCOME AND APOLOGIES to ANY OTHER BUSINESS. Seven "agreed" decisions; three proposed/seconded motions.
  {
    file: "manordeilo-salem-community-council_2020-06-10.html",
    dir: "corpus",
    document_type: "minutes",
    organization: "Manordeilo and Salem Community Council",
    body: "Community Council",
    date: "2020-06-10",
    present: ["Davies", "Davies", "Evans", "Harries", "Loynton", "Thomas", "Williams", "Davies"],
    chair: "Williams",
    apologies: ["Davies", "Gwynne", "Jenkins", "Jones"],
    items: { count: 13, first: { number: "1", title: "WELCOME AND APOLOGIES" }, last: { number: "13", title: "ANY OTHER BUSINESS" } },
    resolutions: 7,
    motions: 3,
    declarations: ["Davies"],
  },
  // PDF, 3 pages. l.1-2 "Milburn Parish Council / 5th July 2016"; Present l.4-6; "Apologies - None" (l.10, unnumbered). Minutes
  // 16.07.2 "Register of Interests" (l.12) to "16.07.13 - Any Other Business" (p.3 l.92). Resolutions l.17, l.53, l.66.
  {
    file: "milburn-parish-council_2016-07-05.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2016-07-05",
    present: ["Richardson", "Healey", "Moran", "Linsley", "Armstrong"],
    chair: "Richardson",
    apologies: [],
    items: { count: 12, first: { number: "16.07.2", title: "Register of Interests" }, last: { number: "16.07.13", title: "Any Other Business" } },
    resolutions: 3,
    motions: 0,
    declarations: [],
  },
  // PDF, 2 pages. "Milburn Parish Council - 6th November 2018"; Present "Councillors D Richardson (Chair) R Healey, N Cresswell
  // and P Moran"; 18.11.1 Apologies "A Armstrong EDC and M Armstrong". 18.11.1 to 18.11.10 "Any Other Business". Resolved/agreed
  // in 18.11.3, 18.11.6, 18.11.7 (three), 18.11.9.
  {
    file: "milburn-parish-council_2018-11-06.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2018-11-06",
    present: ["Richardson", "Healey", "Cresswell", "Moran"],
    chair: "Richardson",
    apologies: ["Armstrong", "Armstrong"],
    items: { count: 10, first: { number: "18.11.1", title: "Apologies" }, last: { number: "18.11.10", title: "Any Other Business" } },
    resolutions: 6,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages. "Milburn Parish Council - 14th July 2020"; Present "Councillors D Richardson (Chair), R. Healey, M Armstrong
  // and P Moran"; 20.07.02 Apologies "Councillor Cresswell". 20.07.01 "Election of Chair" to 20.07.11 "Any Other Business".
  // Resolved/agreed in 20.07.01, 20.07.04, 20.07.06, 20.07.08 (three), 20.07.11 a.
  {
    file: "milburn-parish-council_2020-07-14.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2020-07-14",
    present: ["Richardson", "Healey", "Armstrong", "Moran"],
    chair: "Richardson",
    apologies: ["Cresswell"],
    items: { count: 11, first: { number: "20.07.01", title: "Election of Chair" }, last: { number: "20.07.11", title: "Any Other Business" } },
    resolutions: 7,
    motions: 0,
    declarations: [],
  },
  // html (WordPress page). "MINUTES / TOWNSHIP OF NIPISSING / Tuesday, April 17, 2018 / A regular meeting of the Township of
  // Nipissing Council"; "Present: Mayor Tom Piper, Councillors Linda Andersen and Liz Smith."; "Regrets: Councillors Tom Butler
  // and Tom Marchant". The only numbering: resolutions R2018-077 to R2018-086, each "Carried.".
  {
    file: "nipissing-township-council_2018-04-17.html",
    dir: "corpus",
    document_type: "minutes",
    organization: "Township of Nipissing",
    body: "Council",
    date: "2018-04-17",
    present: ["Piper", "Andersen", "Smith"],
    apologies: ["Butler", "Marchant"],
    items: {
      count: 10,
      first: { number: "R2018-077", title: "That we approve the 2018 Powassan and District Union Public Library Budget as presented" },
      last: { number: "R2018-086", title: "That the meeting be adjourned" },
    },
    resolutions: 10,
    motions: 10,
    declarations: [],
  },
  // PDF, 5 pages. l.1-5 "MINUTES / TOWNSHIP OF NIPISSING / Tuesday, July 11, 2023 / A regular meeting of the Township of
  // Nipissing Council"; l.10-11 Present. Resolutions R2023-147 (l.24) to R2023-157 (p.5 l.197), each "Carried".
  {
    file: "nipissing-township-council_2023-07-11.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Township of Nipissing",
    body: "Council",
    date: "2023-07-11",
    present: ["Piper", "Butler", "Foote", "Kirkey", "Yemm"],
    apologies: [],
    items: {
      count: 11,
      first: { number: "R2023-147", title: "That the minutes of the Council meeting held June 20, 2023, be adopted as published" },
      last: { number: "R2023-157", title: "That the meeting be adjourned" },
    },
    resolutions: 11,
    motions: 11,
    declarations: ["Foote"],
    motion_facts: [
      { item: "R2023-147", mover: "Yemm", seconder: "Foote", result: "carried", where: "p.1 l.24-25 'R2023-147 D. Yemm, S. Foote: ... Carried.'" },
      { item: "R2023-153", mover: "Kirkey", seconder: "Butler", result: "carried", where: "l.172-174 'R2023-153 S. Kirkey, T. Butler: ... Carried.'" },
    ],
  },
  // md. l.11 "Northwold and Whittington Parish Council – Ordinary Meeting DRAFT ... Tuesday 3rd July 2018" (front matter date
  // 2018-09-24 is the post date); l.13 PRESENT (ten Cllrs, then the clerk); l.19 apologies "Cllr David Human and ... Cllr Martin
  // Storey". Items "1\. PUBLIC FORUM (15 MINUTES)" (l.17) to "23\. ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD ON TUESDAY 4th
  // SEPTEMBER 7.30pm, CHRISTCHURCH WHITTINGTON" ("21. FINANCES:" runs in mid-paragraph). "agreed"/"resolved": items 1, 8, 11 (four), 14, 18;
  // and item 4, l.23 "The minutes were approved by all Councillors present." — a decision of the meeting by the eval README's
  // rule ("approved" counts), which the truth file's notes leave out for lack of agreed/resolved wording: 9 here, 8 in the truth.
  {
    file: "northwold-whittington-parish-council_2018-07-03.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Northwold and Whittington Parish Council",
    body: "Parish Council",
    date: "2018-07-03",
    present: ["Crisp", "Anderson", "Peake", "Smith", "Quinn", "Gillett", "Sharp", "Nickles", "Pointeer", "Hogan"],
    apologies: ["Human", "Storey"],
    items: {
      count: 23,
      first: { number: "1", title: "PUBLIC FORUM (15 MINUTES)" },
      last: { number: "23", title: "ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD ON TUESDAY 4th SEPTEMBER 7.30pm, CHRISTCHURCH WHITTINGTON" },
    },
    resolutions: 9,
    motions: 0,
    declarations: [],
  },
  // txt. l.4-5 "IMPROVING LIVES SELECT COMMISSION / Tuesday 4 November 2025" (no council header); l.7 Present; l.9 Apologies.
  // Items "10. MINUTES OF THE PREVIOUS MEETING" (l.13) to "18. URGENT BUSINESS" (l.334); Resolved l.15, 162, 310, 326, 332.
  {
    file: "rotherham-improving-lives-select-commission_2025-11-04.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: null,
    body: "Improving Lives Select Commission",
    date: "2025-11-04",
    present: ["Brent", "Ismail", "Adair", "Blackham", "Clarke", "Collingham", "Elliott", "Fisher", "Harper", "Hughes", "Pitchley", "Sutton"],
    chair: "Brent",
    apologies: ["Bower", "Garnett", "Monk"],
    items: { count: 9, first: { number: "10", title: "MINUTES OF THE PREVIOUS MEETING" }, last: { number: "18", title: "URGENT BUSINESS" } },
    resolutions: 5,
    motions: 0,
    declarations: [],
  },
  // txt (pdftotext, one table cell a line). Non-blank l.4-5 "Regional Transportation District / Board of Directors", l.20-24
  // "MINUTES / BOARD OF DIRECTORS / ... / July 29, 2025". Roll call (IV) l.35-98: 15 directors, all Present (Buzek Remote).
  // Items I. "Call to Order" to XX. "Adjourn". VIII has 17 motions (A, B, and 15 in C) and 12 decisions (incl. "the Board agreed
  // to extend the meeting"); XIII 1/1; XVI 1/1; XVII 4 motions, 4 decisions (C, J main, J amendment FAILED, K).
  {
    file: "rtd-denver-board-of-directors_2025-07-29.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "Regional Transportation District",
    body: "Board of Directors",
    date: "2025-07-29",
    present: [
      "Benker", "Bouquet", "Buzek", "Catlin", "Chandler", "Guissinger", "Gutschenritter", "Guzman", "Harwick", "Larsen", "Nicholson",
      "O'Keefe", "Paglieri", "Ruscha", "Whitmore",
    ],
    chair: "Bouquet",
    apologies: [],
    items: { count: 20, first: { number: "I", title: "Call to Order" }, last: { number: "XX", title: "Adjourn" } },
    resolutions: 18,
    motions: 23,
    declarations: [],
    motion_facts: [
      { item: "VIII", mover: "Whitmore", seconder: "Guzman", result: "carried", for: 14, against: 1, abstain: null, where: "non-blank l.202-217 'PASSED [14 TO 1]'" },
      { item: "XIII", mover: "Guzman", seconder: "Chandler", result: "carried", where: "non-blank l.497-512 'PASSED [UNANIMOUS]'" },
      { item: "XVII", mover: "Chandler", seconder: "Catlin", result: "carried", for: 14, against: 1, abstain: null, where: "non-blank l.595-610 'PASSED [14 TO 1]'" },
      { item: "XVII", mover: "Guzman", seconder: "Gutschenritter", result: "carried", for: 13, against: 2, abstain: null, where: "non-blank l.619-643 'VOTE ON THE MAIN MOTION ... PASSED [13 TO 2]'" },
    ],
  },
  // txt (layout text of the PDF). l.7-8 "San Juan Unified School District / Board of Education", l.11-12 "Board of Education
  // Minutes / January 14, 2020"; Roll Call l.21-27 (5). Items are the agenda references in the headings: "Call to Order (A)"
  // (l.18) ... "Adjournment (M)" (l.209); "Closed Session (B) (continued)" repeats B. Motions D (l.44), E-6 (l.53, vote with no
  // mover), G-1/G-13 (l.65), I-4 (l.166), all carried unanimously.
  {
    file: "san-juan-usd-board-of-education_2020-01-14.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "San Juan Unified School District",
    body: "Board of Education",
    date: "2020-01-14",
    present: ["Villescaz", "McKibbin", "Creason", "Costa", "Hernandez"],
    chair: "Villescaz",
    apologies: [],
    items: { count: 18, first: { number: "A", title: "Call to Order" }, last: { number: "M", title: "Adjournment" } },
    resolutions: 4,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: "D", mover: "Creason", seconder: "McKibbin", result: "carried", where: "l.44-45 'It was moved by Ms. Creason, seconded by Dr. McKibbin ... MOTION CARRIED UNANIMOUSLY'" },
      { item: "I-4", mover: "McKibbin", seconder: "Hernandez", result: "carried", where: "l.166-168 'It was moved by Dr. McKibbin, seconded by Mr. Hernandez ... MOTION CARRIED'" },
    ],
  },
  // md. Title (front matter l.2) "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Wednesday 5th June
  // 2019"; l.11 "Present: Cllr Jim McNeill (Vice Chair) ... Cllr Janet Taylor Helen Richardson (Parish Clerk ...)";
  // l.19-21 apologies (Lintern, Stocking, Leamon; "also received from Cllr Martin Storey"). Minutes 135/19 (l.15) to 152/19 (l.89) (145/19 runs
  // in at the end of 144/19, l.59). Decisions in 139/19, 140/19, 141/19, 148/19; motions: 148/19 "The payments were agreed, Cllr Janet
  // Taylor abstained." and 149/19 "Cllr Jim McNeill proposed that a site visit be requested" (no seconder, no outcome).
  {
    file: "stoke-ferry-parish-council_2019-06-05.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Stoke Ferry Parish Council",
    body: "Parish Council",
    date: "2019-06-05",
    present: ["McNeill", "Clements", "Hesketh-Harvey", "Mann", "Reeve", "Taylor"],
    chair: "McNeill",
    apologies: ["Lintern", "Stocking", "Leamon", "Storey"],
    items: {
      count: 18,
      first: { number: "135/19", title: "Emergency Evacuation Procedures" },
      last: { number: "152/19", title: "Confirm the Date of the Next Meeting" },
    },
    resolutions: 4,
    motions: 2,
    declarations: ["Taylor", "Mann"],
  },
];
