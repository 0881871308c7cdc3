// Corpus facts for the 46 documents added to the shared corpus in December 2026, read from the documents themselves: md/txt/html
// read as files (l. = file line as `cat -n` numbers it, blank lines counted, unlike the non-blank count corpus-facts.ts uses for
// limerick-*.md and rtd-*.txt); PDFs read with `pdftotext -layout` ("p.N l.M" = page N, line M of the whole output, pages split
// at form feeds) and, where the layout was unclear, page images (`pdftoppm -png -r 70`); horsley-parish-council-agenda only from
// its page image (broken font). /work/shared/eval/truth was the starting point; every value here was checked against the
// document, and where this file departs from the truth the comment says "truth: …" and why. Nothing here was copied from the
// parser's output. Conventions: those of corpus-facts.ts (surnames; items = the top level of the document's own numbering;
// `resolutions` counts distinct decisions of the meeting, whatever the verb - agreed, resolved, approved, accepted, confirmed,
// ratified, decided, carried, adopted, elected - but not "noted", recommendations or personal undertakings; `motions` counts
// motions and amendments with a recorded mover, seconder or result; a count of null in motion_facts = not printed). Movers
// printed by nickname, first name, initials or office ("Cart", "Fletcher", "Treasurer") are recorded as printed. The
// `// shape:` line under each comment summarises how the document prints attendance, items and motions.
import type { CorpusFact } from "./corpus-facts.js";

export const CORPUS_FACTS_NEW: CorpusFact[] = [
  // md (TOML front matter). l.2 'title = "Board meeting: 2024-02-03"', l.3 'date = 2024-02-03'; "Bevy Foundation" is printed only in
  // the text (l.64 "The Bevy Foundation should accept ..."). '## Attendees' l.9-15 (5); no chair, no apologies. The '## Agenda'
  // l.17-22 (1.-4.) is not the minutes: items are the nine H2 sections '## Adopt Bylaws' (l.24) to '## Motion to adjourn' (l.102).
  // Nine 'Proposed by: …' + 'Unanimously approved.' motions (l.26, 36, 42, 50, 58, 66, 74, 88, 104) and one more decision without a
  // proposer, l.82 'Agreed on storing meeting minutes on GitHub'; l.98 'Broad agreement that this is Probably correct' is no decision.
  // shape: bullet list of attendees; unnumbered '## ' sections; 'Proposed by: <nickname>' then 'Unanimously approved.', no seconders.
  {
    file: "bevy-foundation-board_2024-02-03.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Bevy Foundation",
    body: "Board",
    date: "2024-02-03",
    present: ["Swain", "Liu", "Anderson", "Cecile", "Mockers"],
    apologies: [],
    items: { count: 9, first: { number: null, title: "Adopt Bylaws" }, last: { number: null, title: "Motion to adjourn" } },
    resolutions: 10,
    motions: 9,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "Adopt Bylaws", mover: "Cart", seconder: null, result: "carried", where: "l.26-30 'Proposed by: Cart' … 'Unanimously approved.'" },
      { item: null, item_title: "Officers", mover: "Cart", occurrence: 3, seconder: null, result: "carried", where: "l.48-52 'Cart for Treasurer.' 'Proposed by: Cart' 'Unanimously approved, with discussion …'" },
      { item: null, item_title: "Making foundation board meeting minutes generally publicly available", mover: "Alice", seconder: null, result: "carried", where: "l.74-76 'Proposed by: Alice'" },
      { item: null, item_title: "Transferring the ownership of the bevyengine.org domain to the Foundation", mover: "James", seconder: null, result: "carried", where: "l.88-94 'Proposed by: James' … 'Unanimously approved.'" },
    ],
  },
  // md. l.4 '#  DSF Board monthly meeting, May 8, 2025' (the organization is printed only as "DSF"); l.6 'This meeting was led by
  // Thibaud Colas'; 'Board members in attendance:' l.8-14 (6); 'Also in attendance' l.16-17 (Holmes, assistant: not present).
  // Items are the six H2 sections '## Finance' (l.19) to '## New business' (l.65); the H3 headings under them are sub-items.
  // Decisions: the approval headings l.25, l.30, l.39 and six board votes, l.46 'Vote passed', l.61, l.62 'Approved by board
  // vote', l.68, l.72, l.79 'Board vote: approved …' (the six votes are the motions: results with no mover, so no motion_facts).
  // shape: 'led by' chair line; bullet lists of names; H2 sections with H3 sub-items; votes as bare 'Vote passed' bullets.
  {
    file: "django-software-foundation-board_2025-05-08.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "DSF",
    body: "Board",
    date: "2025-05-08",
    present: ["Colas", "Kaplan-Moss", "Triplett", "Carrick", "Melchiorre", "Gbadago"],
    chair: "Colas",
    apologies: [],
    items: { count: 6, first: { number: null, title: "Finance" }, last: { number: null, title: "New business" } },
    resolutions: 9,
    motions: 6,
    declarations: [],
  },
  // md. The only date is the front matter, l.2 'date: 2019-09-16 6:00pm'; no title, no body name (truth: body "Committee", which
  // is not printed - "committee" occurs only as in l.86 'no new committee position required' - so body is null here); "CompSoc"
  // is printed in the text (l.35, l.60, l.93). '### Present' l.5, bullets l.7-15 (9, initials in brackets). Items are the 11
  // '## ' headings, 'Sponsorship' (l.17) to 'CompSoc Hackathon' (l.93). Only '**Action**:' lines, no decision, no motion.
  // shape: H3 'Present' bullet list; unnumbered H2 items; bullet notes with '**Action**: XX to …' lines.
  {
    file: "edinburgh-compsoc-committee_2019-09-16.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "CompSoc",
    body: null,
    date: "2019-09-16",
    present: ["Cotton", "Morstand", "Smith", "Yeum", "Baldini", "Dragan", "Nelson", "Kage", "Raja"],
    apologies: [],
    items: { count: 11, first: { number: null, title: "Sponsorship" }, last: { number: null, title: "CompSoc Hackathon" } },
    resolutions: 0,
    motions: 0,
    declarations: [],
  },
  // txt (layout text of the PDF). l.2-4 'Regular Board Meeting / Approved Minutes / September 8, 2025' (l.1 'AGENDA ITEM III.1a' is
  // the next meeting's packet label); "Fair Oaks Water District" printed only in the case captions l.259, l.263 (the text says
  // FOWD). 'District Attendees' l.7-17: the four Board rows l.8-11 are present (l.8 'Misha Sarkovich  Board President'; l.33
  // 'President Sarkovich called the meeting to order'), the rest staff; 'Absent' l.23-24 Dolby (no apology). Items 'I. CALL TO
  // ORDER' (l.32) to 'XV. ADJOURNMENT' (l.277). Motions III (l.55-61) and VI.2 (l.131-139), four named ayes each; a third decision
  // l.229 'The Board agreed with this approach.'
  // shape: two-column name/role roster; roman-numbered headings with numbered sub-items; 'X moved … Y seconded the motion. Motion
  // carried with the following votes: A – aye, …'.
  {
    file: "fair-oaks-water-district-board_2025-09-08.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "Fair Oaks Water District",
    body: "Board",
    date: "2025-09-08",
    present: ["Sarkovich", "Marx", "Petersen", "Babcock"],
    chair: "Sarkovich",
    apologies: [],
    items: { count: 15, first: { number: "I", title: "CALL TO ORDER" }, last: { number: "XV", title: "ADJOURNMENT" } },
    resolutions: 3,
    motions: 2,
    declarations: [],
    motion_facts: [
      { item: "III", mover: "Sarkovich", seconder: "Marx", result: "carried", for: 4, against: null, abstain: null, where: "l.55-61 'Motion carried with the following votes: Babcock – aye, Marx – aye, Petersen – aye, and Sarkovich – aye.'" },
      { item: "VI", mover: "Sarkovich", seconder: "Petersen", result: "carried", for: 4, against: null, abstain: null, where: "l.131-139 'Director Petersen seconded the motion. Motion carried …'" },
    ],
  },
  // PDF agenda, 1 page, broken font (the text layer is garbage): read from the page image. "HORSLEY PARISH COUNCIL / The monthly
  // meeting of the Parish Council will be held on / Tuesday 29th April 2014 at 7.30 pm in the Village Hall" ("Date: 15/4/14" is the
  // issue date). AGENDA items "1 Minutes of the Last Meeting on 18th March 2014." to "19 Casual Vacancy". No attendance, no
  // decisions. Only the refusal is tested.
  // shape: one-page summons; bold "N Title" lines; item 7 "Planning - <italic description>".
  {
    file: "horsley-parish-council-agenda_2014-04-29.pdf",
    dir: "pdf",
    document_type: "agenda",
    expect_error: "E_PDF_UNREADABLE_TEXT",
    organization: "Horsley Parish Council",
    body: "Parish Council",
    date: "2014-04-29",
    present: [],
    apologies: [],
    items: {
      count: 19,
      first: { number: "1", title: "Minutes of the Last Meeting on 18th March 2014" },
      last: { number: "19", title: "Casual Vacancy" },
    },
    resolutions: 0,
    motions: 0,
    declarations: [],
  },
  // PDF, 2 pages. p.1 l.1 'HORSLEY VILLAGE HALL', l.3-4 'Minutes of Village Hall Management Committee / held on Tuesday 8th October
  // 2013'. 'Present:' l.6-7 is a 2x2 grid read row by row (Mick Ratford, Karen Butt / Mags Ratford, Jon Stride (Chairperson));
  // apologies l.9 'Jess Robinson, Christina McDonagh, PC, Simon Allen' ("PC" is McDonagh's affiliation). Items '1. Apologies for
  // absence' (l.9) to '10. Date of the next meeting' (p.2 l.106). Decisions: l.12 'minutes … were accepted', l.51 'it was decided
  // not to go ahead with an outside board', p.2 l.73 'it was agreed that Mags & Karen should come to the final decision', l.88
  // 'also decided to bank the deposit cheque', l.92 'decided to wait & see', l.102 'agreed work may need to be paid for'.
  // Truth: 2 (it counts only the two "agreed"; its notes give 6 as the reading that counts every decision, which is this one).
  // shape: grid of "Name, Role" cells; "N. Title" headings with bullet (•, Ø, o) points; decisions in prose, no motions.
  {
    file: "horsley-village-hall-management-committee_2013-10-08.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Horsley Village Hall",
    body: "Village Hall Management Committee",
    date: "2013-10-08",
    present: ["Ratford", "Butt", "Ratford", "Stride"],
    chair: "Stride",
    apologies: ["Robinson", "McDonagh", "Allen"],
    items: { count: 10, first: { number: "1", title: "Apologies for absence" }, last: { number: "10", title: "Date of the next meeting" } },
    resolutions: 6,
    motions: 0,
    declarations: [],
  },
  // PDF, 17 pages. p.1 l.1 'KENT COUNTY COUNCIL', l.4 'CABINET', l.5-6 '… on Thursday, 30 January 2025.'; PRESENT l.8-9 ('Mr R W
  // Gough (Chairman)', 9); IN ATTENDANCE l.11-22 (officers). Minutes 84 'Apologies' (l.26; l.29 'Apologies were received from Mrs C
  // Bell.') to 92 (p.16 l.800); the '(Item n)' lines are agenda labels. One RESOLVED each in 86 (l.40), 88 (p.10 l.521), 89 (p.13
  // l.642), 90 (p.14 l.709), 91 (p.15 l.781), 92 (p.17 l.883); p.2 l.54 'Members agreed to refer the decision to full Council' is
  // the Scrutiny Committee's. l.34 'No declarations of interest were received' (p.2 l.67 gifts 'declared with the Monitoring
  // Officer' is no interest).
  // shape: "NN.  Title" minute headings with '(Item n)' under them; numbered paragraphs; 'RESOLVED that Cabinet agree to: a)…f)'.
  {
    file: "kent-cc-cabinet_2025-01-30.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "Cabinet",
    date: "2025-01-30",
    present: ["Gough", "Baker", "Chandler", "Jeffrey", "Love", "Murphy", "Oakford", "Watkins", "Thomas"],
    chair: "Gough",
    apologies: ["Bell"],
    items: {
      count: 9,
      first: { number: "84", title: "Apologies" },
      last: { number: "92", title: "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29" },
    },
    resolutions: 6,
    motions: 0,
    declarations: [],
  },
  // PDF, 6 pages. p.1 l.1 'CORPORATE PARENTING PANEL – 10th December 2024' (no council named). PRESENT l.6-8 ('Shellina Prendergast
  // (Chair)', 13); ALSO PRESENT l.9 and IN ATTENDANCE l.11-16 are not members. Apologies l.21-22 'Dylan Jeffrey, Rory Love, Stephen
  // Gray and Nancy Sayer'. Headings with '(Item 1)' (l.19-20 'Apologies and Substitutes') to '(Item 10)' (p.5 l.217-218 'Work
  // programme'). RESOLVED l.37, p.2 l.65, p.3 l.92, l.120, p.4 l.161, p.5 l.183, p.6 l.219, plus p.2 l.63 'This was agreed by the
  // panel.' (item 4); item 9 has none.
  // shape: unnumbered headings each followed by '(Item n)'; numbered paragraphs with a.-d. points; 'RESOLVED that …' last.
  {
    file: "kent-cc-corporate-parenting-panel_2024-12-10.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: null,
    body: "Corporate Parenting Panel",
    date: "2024-12-10",
    present: ["Prendergast", "Bartlett", "Brazier", "Game", "Grehan", "Hamilton", "Hammond", "Bride", "Byrne", "Doran", "Leonard", "Smith", "Scott"],
    chair: "Prendergast",
    apologies: ["Jeffrey", "Love", "Gray", "Sayer"],
    items: { count: 10, first: { number: "1", title: "Apologies and Substitutes" }, last: { number: "10", title: "Work programme" } },
    resolutions: 8,
    motions: 0,
    declarations: [],
  },
  // PDF, 14 pages. p.1 l.1 'KENT COUNTY COUNCIL', l.4 'COUNTY COUNCIL', l.7-8 '… on Thursday, 13 February 2025.'; PRESENT l.10-23
  // (64, 'Mr B J Sweetland (Chairman)'); IN ATTENDANCE l.25-26. Apologies in 286 (l.33-37, 15; 'Barrington-/King' and 'Crow-/Brown'
  // broken at line ends). Declarations l.48 'Ms Meade declared an interest', p.2 l.49 'Miss Carey declared a pecuniary interest'.
  // Minutes 286 (l.30) to 291 (p.3 l.124). Decisions: 288 RESOLVED (p.2 l.57); 290 'Motion carried.' + RESOLVED restating it (p.3
  // l.117-119) = 1; 291 six 'Amendment lost.' and 'Substantive Motion Carried.' (p.13 l.585) + its RESOLVED (l.587) = 7.
  // shape: numbered minutes with '(Item n)'; '(n) Mr X proposed, and Mr Y seconded …'; 'For (n) / names / Against (n) / Abstain (n)'
  // division lists, then a right-aligned 'Motion carried.' / 'Amendment lost.'.
  {
    file: "kent-county-council_2025-02-13.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "County Council",
    date: "2025-02-13",
    present: [
      "Sweetland", "Ridgers", "Baker", "Baldock", "Bartlett", "Beaney", "Bell", "Binks", "Bond", "Booth", "Brady", "Brazier", "Campkin",
      "Carey", "Carter", "Chandler", "Chard", "Chittenden", "Cole", "Cole", "Constantine", "Cooke", "Cooper", "Dance", "Dawkins", "Dendor",
      "Game", "Gough", "Grehan", "Hamilton", "Hill", "Hills", "Hohler", "Holden", "Hood", "Hook", "Jeffrey", "Kennedy", "Lehmann", "Lewis",
      "Love", "Marsh", "Meade", "Meade", "Murphy", "Oakford", "Ozog", "Passmore", "Prendergast", "Rayner", "Richardson", "Robey", "Ross",
      "Sandhu", "Shonk", "Stepto", "Streatfeild", "Sullivan", "Thomas", "Watkins", "Webb", "Whiting", "Wright", "Wright",
    ],
    chair: "Sweetland",
    apologies: [
      "Barrington-King", "Broadley", "Cannon", "Collor", "Crow-Brown", "Dean", "Hawkins", "Hudson", "Kite", "Mallon", "McArthur", "McInroy",
      "Sole", "Parfitt", "Simkins",
    ],
    items: {
      count: 6,
      first: { number: "286", title: "Apologies for Absence" },
      last: { number: "291", title: "Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)" },
    },
    resolutions: 9,
    motions: 8,
    declarations: ["Meade", "Carey"],
    motion_facts: [
      { item: "290", mover: "Oakford", seconder: "Gough", result: "carried", for: 57, against: 0, abstain: 2, where: "p.2 l.91 - p.3 l.117 'For (57) … Against (0) … Abstain (2) … Motion carried.'" },
      { item: "291", mover: "Oakford", seconder: "Gough", result: "carried", for: 41, against: 10, abstain: 7, where: "p.3 l.143 proposed; p.12 l.562 - p.13 l.585 'Substantive Motion Carried.'" },
      { item: "291", mover: "Brady", seconder: "Meade", result: "lost", for: 12, against: 42, abstain: 7, where: "p.5 l.236 - p.6 l.280 'Amendment lost.'" },
      { item: "291", mover: "Hood", seconder: "Lewis", result: "lost", for: 16, against: 41, abstain: 0, where: "p.7 l.290-329 'Amendment lost.'" },
    ],
  },
  // PDF, 19 pages. p.1 l.1 'KENT COUNTY COUNCIL', l.4 'COUNTY COUNCIL', l.7-8 '… on Thursday, 13 March 2025.'; PRESENT l.10-23 (65,
  // 'Mr B J Sweetland (Chairman)'); apologies in 292 l.33-34 (7). Declarations: l.42 'Later in the meeting Mr Sole declared an
  // interest under Item 16' (in 293) and p.15 l.686 'Mr Sole declared an interest …' (in 307), the same declaration printed twice
  // (counted twice, as corpus-facts.ts does for Rahman in london-on-city-council). Minutes 292 (l.30) to 308 'Motion for Time
  // Limited Debate' (p.15 l.718). Decisions: RESOLVED in 294, 295, 298, 301; 'Agreed unanimously' 296 (p.3 l.115); 299, 300, 302-305
  // motion + restating RESOLVED once each; 306 four (extension p.13 l.603, amendment l.623, part 4 'Agreed.' p.14 l.644, substantive
  // l.663/666); 307 two (closure 'Agreed.' p.15 l.694, motion l.714/716); 308 two (closure p.18 l.851, substantive p.19 l.869/871).
  // 17 motions, one moved by 'The Chairman … the Vice-Chairman' (p.13 l.580) and one division with no mover (part 4, p.14 l.624).
  // shape: as kent-county-council_2025-02-13; plus 'agreed unanimously' without division and an amendment accepted by the mover.
  {
    file: "kent-county-council_2025-03-13.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Kent County Council",
    body: "County Council",
    date: "2025-03-13",
    present: [
      "Sweetland", "Ridgers", "Baker", "Baldock", "Barrington-King", "Bartlett", "Beaney", "Bell", "Binks", "Booth", "Brady", "Brazier",
      "Broadley", "Cannon", "Carey", "Carter", "Chandler", "Chard", "Chittenden", "Cole", "Cole", "Constantine", "Cooke", "Crow-Brown",
      "Dance", "Dawkins", "Dean", "Dendor", "Game", "Gough", "Grehan", "Hawkins", "Hill", "Hohler", "Holden", "Hood", "Hook", "Jeffrey",
      "Kite", "Lehmann", "Lewis", "Love", "Manion", "Marsh", "Meade", "Meade", "Murphy", "Oakford", "Parfitt", "Passmore", "Rayner",
      "Richardson", "Robey", "Ross", "Sandhu", "Shonk", "Sole", "Stepto", "Streatfeild", "Sullivan", "Thomas", "Watkins", "Whiting", "Wright",
      "Wright",
    ],
    chair: "Sweetland",
    apologies: ["Bond", "Bruneau", "Campkin", "Collor", "Hudson", "McArthur", "McInroy"],
    items: { count: 17, first: { number: "292", title: "Apologies for Absence" }, last: { number: "308", title: "Motion for Time Limited Debate" } },
    resolutions: 19,
    motions: 17,
    declarations: ["Sole", "Sole"],
    motion_facts: [
      { item: "299", mover: "Murphy", seconder: "Thomas", result: "carried", for: 52, against: 0, abstain: 11, where: "p.7 l.306 'Mr Derek Murphy proposed, and Mr Rob Thomas seconded' … p.8 l.345 'Motion carried.'" },
      { item: "302", mover: "Gough", seconder: "Oakford", result: "carried", for: 38, against: 5, abstain: 4, where: "p.10 l.434-459 'For (38) … Against (5) … Abstain (4) … Motion carried.'" },
      { item: "306", mover: "Holden", seconder: "Lewis", result: "carried", for: 32, against: 11, abstain: 0, where: "p.12 l.547 amendment; p.13 l.605-623 'Amendment carried'" },
      { item: "308", mover: "Rayner", seconder: "Meade", result: "carried", for: 33, against: 2, abstain: 0, where: "p.18 l.831-851 closure motion 'Motion carried.'" },
    ],
  },
  // md (text of the PDF, bold markdown). l.4-8 'MINUTES OF PROCEEDINGS AT MONTHLY MEETING OF THE MUNICIPAL DISTRICT OF ADARE-RATHKEALE
  // … ON TUESDAY, 8TH APRIL, 2025'; "Limerick City and County Council" printed in the text (l.120, l.250). l.10-12 'PRESENT IN THE
  // CHAIR: Councillor A. Teskey, An Cathaoirleach.'; l.14-16 MEMBERS PRESENT (5); OFFICIALS l.18-46; no apologies. Items '1.'
  // (l.48) 'Adoption of Minutes' (l.50) to '15.' (l.462) 'Correspondence' (l.464); directorate headings (5-8) come before the
  // subject line. Decisions with motions: l.56-62, l.90-92, l.328-338 (two), l.458-460. l.74 'No such interest was declared.'
  // shape: bold number and title on separate lines; 'Proposed by Councillor X; Seconded by Councillor Y; And Resolved:' blocks and
  // 'On the proposal of Councillor X, seconded by Councillor Y, it was agreed …'.
  {
    file: "limerick-md-adare-rathkeale_2025-04-08.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Municipal District of Adare-Rathkeale",
    date: "2025-04-08",
    present: ["Teskey", "Collins", "Hartigan", "Keary", "O’Donoghue", "Ward"],
    chair: "Teskey",
    apologies: [],
    items: { count: 15, first: { number: "1", title: "Adoption of Minutes" }, last: { number: "15", title: "Correspondence" } },
    resolutions: 5,
    motions: 5,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "Collins", seconder: "Keary", result: "carried", where: "l.56-62 'Proposed by Councillor Collins; Seconded by Councillor Keary; And Resolved:'" },
      { item: "3", mover: "Teskey", seconder: "Collins", result: "carried", where: "l.90-92 'proposed by Councillor Teskey, seconded by Councillor Collins and agreed.'" },
      { item: "10", mover: "Keary", seconder: "Teskey", result: "carried", where: "l.328 'On the proposal of Councillor Keary, seconded by Councillor Teskey, it was agreed'" },
      { item: "10", mover: "Hartigan", seconder: "Teskey", result: "carried", where: "l.336 'On the proposal of Councillor Hartigan, seconded by Councillor Teskey, it was agreed'" },
    ],
  },
  // md. l.4-8 '… MEETING OF THE MUNICIPAL DISTRICT OF CAPPAMORE-KILMALLOCK … ON THURSDAY, 15TH DECEMBER, 2016'; "Limerick City and
  // County Council" in the text (l.340). l.10 'PRESENT IN THE CHAIR: Councillor E. Ryan.'; l.14 members (6). l.28 'it was agreed to
  // take Item 2 at the start': items in document order '2.' (l.32, 'Deputation from Kilfinane Community Council') then '1.' (l.74)
  // … '6A.' (l.236) … '9.' (l.334, 'Notice of Motion submitted by Councillor L.M. Sheehy'). Decisions l.82-88 (Gleeson/Teefy
  // 'And Resolved'), l.128 'The Members agreed', l.216-218 'it was agreed that this represented a positive', l.246-248 'It was
  // agreed'; 9's motion (l.344 'In proposing', l.358 'In seconding') has no outcome. l.392 'His apologies for non-attendance at the
  // opening' concern another event.
  // shape: as limerick-md-adare-rathkeale, items out of numeric order and a '6A.'; notices of motion 'In proposing … In seconding'.
  {
    file: "limerick-md-cappamore-kilmallock_2016-12-15.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Municipal District of Cappamore-Kilmallock",
    date: "2016-12-15",
    present: ["Ryan", "Donegan", "Gleeson", "Mitchell", "O’Donnell", "Sheehy", "Teefy"],
    chair: "Ryan",
    apologies: [],
    items: {
      count: 10,
      first: { number: "2", title: "Deputation from Kilfinane Community Council" },
      last: { number: "9", title: "Notice of Motion submitted by Councillor L.M. Sheehy" },
    },
    resolutions: 4,
    motions: 2,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "Gleeson", seconder: "Teefy", result: "carried", where: "l.82-88 'Proposed by Councillor Gleeson; Seconded by Councillor Teefy; And Resolved:'" },
      { item: "9", mover: "Sheehy", seconder: "Gleeson", result: null, where: "l.344 'In proposing the Motion, Councillor Sheehy', l.358 'In seconding the Motion, Councillor Gleeson'; no outcome" },
    ],
  },
  // md. l.4-22 header one word a line ('MINUTES / OF / … MUNICIPAL DISTRICT OF NEWCASTLE WEST … ON WEDNESDAY, 3RD JULY, 2024');
  // "Limerick City and County Council" in the text (l.290). l.24-26 'PRESENT IN THE CHAIR: Councillor L. Galvin, Cathaoirleach.';
  // l.28-30 members (5); APOLOGIES l.44-48 lists two officials (Murray; Sheehan, not Councillor Sheahan). Items '1.' (l.50)
  // 'Adoption of Minutes' to '19. Notice of Motion submitted by Councillor J. Sheahan' (l.556); 1-13 number on its own line,
  // 14-19 inline. Decisions: 1 (a), (b) l.60-80; 3 two 'It was agreed' l.102-104; 5 nine GMA allocations l.154-188 and l.232-236
  // (printed under QUESTIONS, before 6); 16 l.488-492; 17 l.522-526; 19 l.612-614 (printed after the last item) = 17. Motions: 2 in
  // 1, 9 in 5, one in each notice 14-19 ('The Motion was seconded by Councillor X.' + 'In proposing the Motion, Councillor Y'), no
  // outcome for those. l.92-94 'No such interests were declared.'
  // shape: as limerick-md-adare-rathkeale; 'Proposed by: Councillor X / Seconded by: …'; notices give the seconder before the mover.
  {
    file: "limerick-md-newcastle-west_2024-07-03.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Municipal District of Newcastle West",
    date: "2024-07-03",
    present: ["Galvin", "Collins", "Foley", "Ruddle", "Scanlan", "Sheahan"],
    chair: "Galvin",
    apologies: ["Murray", "Sheehan"],
    items: {
      count: 19,
      first: { number: "1", title: "Adoption of Minutes" },
      last: { number: "19", title: "Notice of Motion submitted by Councillor J. Sheahan" },
    },
    resolutions: 17,
    motions: 17,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "Collins", seconder: "Foley", result: "carried", where: "l.60-66 'Proposed by: Councillor Collins / Seconded by: Councillor Foley / And Resolved:'" },
      { item: "5", mover: "Ruddle", seconder: "Collins", result: "carried", where: "l.166-168 'On the proposal of Councillor Ruddle, seconded by Councillor Collins, it was agreed to allocate'" },
      { item: "5", mover: "Galvin", seconder: "Scanlan", result: "carried", where: "l.186-188 'On the proposal of Councillor Galvin, seconded by Councillor Scanlan, it was agreed'" },
      { item: "14", mover: "Scanlan", seconder: "Sheahan", result: null, where: "l.422 'The Motion was seconded by Councillor Sheahan.', l.428 'In proposing the Motion, Councillor Scanlan'" },
    ],
  },
  // md, OCR of a scan. l.6-8 'MINUTES OF PROCEEDINGS AT MEETING OF METROPOLITAN DISTRICT OF LIMERICK … ON MONDAY, 17™ DECEMBER, 2018';
  // "Limerick City and County Council" in the replies (l.367). l.10 'TIN AIR: Councillor Daniel Butler, Mayor.' (OCR of "IN THE
  // CHAIR"); l.12-15 MEMBERS PRESENT (18; 'O Ceallaigh'). 27 top-level headings: '1. Adoption of Minutes' (l.27) to '27. Notice of
  // Motion submitted by Councillor J. Leddin' (l.760); the OCR lost the numbers of 2-4 ('Disposal of Land' l.73, 'Capital Investment
  // Directorate' l.109, 'Economic Development Directorate' l.121) and 8-10 (l.305, l.324, l.395), and prints 11 as '21,' (l.430).
  // Truth: numbers 2, 3, 4, 8, 9, 10 reconstructed from the agenda; they are not printed, so the motion in the Castletroy item is
  // found by its title here. Decisions: 1 three (l.32-36, l.41-45, l.70 'It was agreed that an invitation would be issued'); 3
  // l.118-119; 4 l.158-159 'declared … carried'; 6 l.195-197; 19 l.632, 21 l.658, 26 l.757 'It was agreed to refer'; 25 l.747-748
  // 'adopted'. Motions 15 (l.300 'It was proposed by Cllr J Leddin and seconded by Cllr J O’Dea to suspend Standing Orders' under
  // the unnumbered 'Suspension of Standing Orders', l.292).
  // shape: OCR text, lost margin numbers; 'Proposed by Councillor; Hurley / Seconded by Councillor; Leddin / And Resolved:'; 'The
  // motion was proposed by Councillor X and seconded by Councillor Y' with no outcome; a 'For: 14 / Against: 3' vote.
  {
    file: "limerick-metropolitan-district_2018-12-17.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City and County Council",
    body: "Metropolitan District of Limerick",
    date: "2018-12-17",
    present: [
      "Butler", "Cahillane", "Collins", "Costelloe", "Daly", "Gilligan", "Hogan", "Hourigan", "Hurley", "Keller", "Leddin", "Loftus",
      "McCreesh", "Ceallaigh", "O’Dea", "O’Hanlon", "Pond", "Secas", "Sheahan",
    ],
    chair: "Butler",
    apologies: [],
    items: {
      count: 27,
      first: { number: "1", title: "Adoption of Minutes" },
      last: { number: "27", title: "Notice of Motion submitted by Councillor J. Leddin" },
    },
    resolutions: 10,
    motions: 15,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "Hurley", seconder: "Leddin", result: "carried", where: "l.32-34 'Proposed by Councillor; Hurley / Seconded by Councillor; Leddin / And Resolved:'" },
      { item: null, item_title: "Economic Development Directorate", mover: "Sheahan", seconder: "Hurley", result: "carried", for: 14, against: 3, abstain: null, where: "l.132-159 'For: 14' … 'Against: 3' … 'declared that the proposal to adopt … was carried'" },
      { item: "25", mover: "Cahillane", seconder: "Keller", result: "carried", where: "l.745 'The motion was proposed by Councillor Cahillane, seconded by Councillor Keller.' then adopted (l.747-748)" },
      { item: "25", mover: "Hourigan", seconder: "Hogan", result: "carried", where: "l.747-748 'On the proposal of Councillor Hourigan and seconded by Councillor Hogan the Motion was adopted'" },
    ],
  },
  // md. l.6-10 'Minutes of the Meeting of Limerick City & County Council’s Travel and Transportation Strategic Policy Committee held
  // on Friday 9th July, 2021'. Members Present l.12-16 ('Cllrs. Leddin (Chair), …', 11 councillors + 3 sectoral members;
  // 'Novak Uí Chonchúir', 'Sheahan (M)'); Officials l.18-22; Apologies l.24 'Mrs. Maureen Browne; Mr. Brian Kennedy'. Items
  // 'Item 1: Minutes' (l.28) to 'Item 7: Question submitted by Mr. Bruce Harper' (l.452). One decision, l.30-34 minutes 'proposed
  // by Cllr. O’Donovan, seconded by Cllr. Kilcoyne and adopted'; motions in 5 (l.212 'In proposing the Motion, Cllr. O’Donovan',
  // l.224 'Cllr. Secas seconded the Motion.') and 6 (l.306 'Cllr. Novak', l.328 'Cllr. Leddin seconded the Motion.'), no outcome.
  // shape: bold 'Item n: Title' headings; prose; 'In proposing the Motion, Cllr. X …' / 'Cllr. Y seconded the Motion.'.
  {
    file: "limerick-travel-transportation-spc_2021-07-09.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Limerick City & County Council",
    body: "Travel and Transportation Strategic Policy Committee",
    date: "2021-07-09",
    present: ["Leddin", "Butler", "Costelloe", "Kilcoyne", "McSweeney", "Chonchúir", "O’Donovan", "O’Hanlon", "Secas", "Sheahan", "Teefy", "Harper", "Heffernan", "McCarthy"],
    chair: "Leddin",
    apologies: ["Browne", "Kennedy"],
    items: { count: 7, first: { number: "1", title: "Minutes" }, last: { number: "7", title: "Question submitted by Mr. Bruce Harper" } },
    resolutions: 1,
    motions: 3,
    declarations: [],
    motion_facts: [
      { item: "1", mover: "O’Donovan", seconder: "Kilcoyne", result: "carried", where: "l.30-34 'were proposed by Cllr. O’Donovan, seconded by Cllr. Kilcoyne and adopted.'" },
      { item: "5", mover: "O’Donovan", seconder: "Secas", result: null, where: "l.212 'In proposing the Motion, Cllr. O’Donovan', l.224 'Cllr. Secas seconded the Motion.'" },
      { item: "6", mover: "Novak", seconder: "Leddin", result: null, where: "l.306 'In proposing the motion Cllr. Novak', l.328 'Cllr. Leddin seconded the Motion.'" },
    ],
  },
  // md (eScribe). Front matter l.2 'title: 2nd Meeting of the Community and Protective Services Committee', l.3 'date: 2025-01-06';
  // l.5 'January 6, 2025'; "City of London" printed l.106 ('The Corporation of the City of London'). Present l.9-10 (4); 'Also
  // Present' and 'Remote Attendance' l.12-16 are staff; no chair named. Items '# 1.' (l.20 'Disclosures of Pecuniary Interest') to
  // '# 6.' (l.214 'Adjournment'); 2.1-2.6 and 4.1 are sub-items. Ten 'Moved by … Seconded by … Motion Passed' (item 2: l.26-40
  // consent (4 to 0), 2.1, 2.3-2.6 with no count, 2.2 l.142-156 (4 to 0); item 4: l.170-186, l.192-206; item 6: l.216-222).
  // l.22 'no pecuniary interests were disclosed'.
  // shape: callout blocks '> [!abstract]- Present:'; '# N.' and '## N.M' headings; '> Moved by X' '> Seconded by Y' + Yeas table +
  // '> **Motion Passed (4 to 0)**'.
  {
    file: "london-on-community-protective-services-committee_2025-01-06.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "City of London",
    body: "Community and Protective Services Committee",
    date: "2025-01-06",
    present: ["Ferreira", "McAlister", "Pribil", "Trosow"],
    apologies: [],
    items: { count: 6, first: { number: "1", title: "Disclosures of Pecuniary Interest" }, last: { number: "6", title: "Adjournment" } },
    resolutions: 10,
    motions: 10,
    declarations: [],
    motion_facts: [
      { item: "2", mover: "Trosow", seconder: "McAlister", result: "carried", for: 4, against: 0, abstain: null, where: "l.26-40 'That Items 2.1 and 2.3 to 2.6 BE APPROVED.' 'Motion Passed (4 to 0)'" },
      { item: "2", mover: "McAlister", seconder: "Trosow", result: "carried", for: 4, against: 0, abstain: null, where: "l.142-156 (2.2) 'Motion Passed (4 to 0)'" },
      { item: "4", mover: "McAlister", seconder: "Ferreira", result: "carried", for: 4, against: 0, abstain: null, where: "l.170-186 (4.1) 'Motion Passed (4 to 0)'" },
      { item: "6", mover: "McAlister", seconder: "Pribil", result: "carried", where: "l.216-222 'That the meeting BE ADJOURNED.' 'Motion Passed'" },
    ],
  },
  // txt (layout text). l.1-3 'LOS RIOS COMMUNITY COLLEGE DISTRICT / Board Meeting Minutes / Wednesday, June 11, 2025'; running
  // header l.43 '… ▪ Board of Trustees Meeting Minutes'. l.8 'called to order by President Wilkerson'; Present l.11-19 (six trustees
  // and the student trustee; l.21 'Brian King, Chancellor', set apart, is an officer); Absent l.23-24 Nelson. Items '1. CALL TO
  // ORDER' (l.6) to '12. ADJOURNMENT' (l.453). Eight 'A motion was made by Trustee X, seconded by Trustee Y' + roll call + 'Motion
  // carried; 6:0' (4 l.73-81, 5 l.296-305, 6 A-F l.314-399, 6.F 'No: Wilkerson … Motion carried; 5:1').
  // shape: numbered caps headings with lettered sub-items; 'Aye: … / No: … / Absent: … / Student Trustee: Aye / Motion carried; N:M'.
  {
    file: "los-rios-ccd-board-of-trustees_2025-06-11.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "Los Rios Community College District",
    body: "Board of Trustees",
    date: "2025-06-11",
    present: ["Wilkerson", "Ortiz", "Harris-Mathews", "Johnson", "Knight", "Jones", "Pham"],
    chair: "Wilkerson",
    apologies: [],
    items: { count: 12, first: { number: "1", title: "CALL TO ORDER" }, last: { number: "12", title: "ADJOURNMENT" } },
    resolutions: 8,
    motions: 8,
    declarations: [],
    motion_facts: [
      { item: "4", mover: "Knight", seconder: "Johnson", result: "carried", for: 6, against: 0, abstain: null, where: "l.73-81 'Motion carried; 6:0'" },
      { item: "5", mover: "Ortiz", seconder: "Harris-Mathews", result: "carried", for: 6, against: 0, abstain: null, where: "l.296-305 'Motion carried; 6:0'" },
      { item: "6", mover: "Harris-Mathews", seconder: "Knight", result: "carried", for: 6, against: 0, abstain: null, where: "l.314-325 (6.A) 'Motion carried; 6:0'" },
      { item: "6", mover: "Ortiz", occurrence: 2, seconder: "Johnson", result: "carried", for: 5, against: 1, abstain: null, where: "l.391-399 (6.F) 'No: Wilkerson … Motion carried; 5:1'" },
    ],
  },
  // PDF, 3 pages. p.1 l.6-7 'MANORDEILO & SALEM COMMUNITY COUNCIL / MEETING 11th DECEMBER 2019', l.9 'Manordeilo and Salem Community
  // Council held their meeting … on the 11th December 2019'. PRESENT l.12-14 (7, County Councillor Joseph Davies last); l.17 'Cllr.
  // O. Williams took the Chair'; apologies l.17-18 'Doris Jones and Dorian Jenkins'. Declarations l.25 'Cllrs. G. Evans and P.
  // Harries declared an interest', l.44 '… again declared an interest'. Items '1. WELCOME AND APOLOGIES' (l.16) to '12. ANY OTHER
  // BUSINES' (p.3 l.125); '4.4.5iii)', '9. E/39554' in item 4 are back-references. Decisions: l.21-22, l.37 'It was agreed that a
  // letter be sent', p.2 l.66-67, l.68-69, l.88 'The following was agreed:', p.3 l.109 'It was agreed that Point 1:14 remain',
  // l.110-111, l.115 'The following payments were ratified:', l.118 'The following payments were agreed' = 9 (truth: 8, without
  // the ratification, which its notes give as the alternative).
  // shape: "N. CAPS TITLE" headings; roman-numbered correspondence with right-margin 'Noted'/'Clerk'; 'It was proposed by Cllr. X,
  // seconded by Cllr. Y and unanimously agreed …'.
  {
    file: "manordeilo-salem-community-council_2019-12-11.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Manordeilo and Salem Community Council",
    body: "Community Council",
    date: "2019-12-11",
    present: ["Davies", "Evans", "Harries", "Gwynne", "Loynton", "Williams", "Davies"],
    chair: "Williams",
    apologies: ["Jones", "Jenkins"],
    items: { count: 12, first: { number: "1", title: "WELCOME AND APOLOGIES" }, last: { number: "12", title: "ANY OTHER BUSINES" } },
    resolutions: 9,
    motions: 4,
    declarations: ["Evans", "Harries", "Evans", "Harries"],
    motion_facts: [
      { item: "2", mover: "Davies", seconder: "Davies", result: "carried", where: "p.1 l.21 'proposed by Cllr. J. Davies, seconded by Cllr. Alun Davies and unanimously agreed'" },
      { item: "5", mover: "Gwynne", seconder: "Harries", result: "carried", where: "p.2 l.66-67 'proposed by Cllr. H. Gwynne, seconded by Cllr. P. Harries and unanimously agreed'" },
      { item: "5", mover: "Davies", seconder: "Loynton", result: "carried", where: "p.2 l.68-69 'proposed by Cllr. Alun Davies, seconded by Cllr. W. Loynton and unanimously agreed'" },
      { item: "10", mover: "Gwynne", seconder: "Davies", result: "carried", where: "p.3 l.109-111 'proposed by Cllr. H. Gwynne, seconded by Cllr. J. Davies and unanimously approved'" },
    ],
  },
  // html. l.5 <time datetime="2020-10-14">; l.7 'Manordeilo and Salem Community Council held their meeting via Zoom … 14th October
  // 2020'. <h4>PRESENT</h4> l.10-11 (7); l.14 'Cllr. O. Williams took the Chair', apologies 'Kim Davies, Hubert Gwynne, Peter Harries
  // and Doris Jones'. Declarations l.21 'Cllr. O. Williams declared an interest', l.57 '… again Declared in Interest'. Items are the
  // <h4> headings in document order: '1. WELCOME AND APOLOGIES' (l.13) … '4A.' (l.23) before '4.' (l.28) … the unnumbered
  // 'PLANNING' (l.56) … '10. ANY OTHER BUSINESS' (l.140). Decisions: l.15 'It was agreed to add Annual Return', l.18 minutes, l.32
  // 'It was agreed that two ash trees … should be felled', l.39 resignation 'This was formally accepted', l.58 'The following
  // observations were agreed:' = 5 (truth: 4, without the acceptance, which its notes give as the alternative).
  // shape: <h4> item headings (one unnumbered, one '4A.' out of order); <p> paragraphs with <em>Noted</em>/<em>Clerk</em> tags.
  {
    file: "manordeilo-salem-community-council_2020-10-14.html",
    dir: "corpus",
    document_type: "minutes",
    organization: "Manordeilo and Salem Community Council",
    body: "Community Council",
    date: "2020-10-14",
    present: ["Davies", "Davies", "Evans", "Loynton", "Thomas", "Williams", "Davies"],
    chair: "Williams",
    apologies: ["Davies", "Gwynne", "Harries", "Jones"],
    items: { count: 11, first: { number: "1", title: "WELCOME AND APOLOGIES" }, last: { number: "10", title: "ANY OTHER BUSINESS" } },
    resolutions: 5,
    motions: 1,
    declarations: ["Williams", "Williams"],
    motion_facts: [
      { item: "2", mover: "Evans", seconder: "Davies", result: "carried", where: "l.18 'It was proposed by Cllr. G. Evans, seconded by Cllr. J. Davies and unanimously agreed'" },
    ],
  },
  // PDF, 3 pages. p.1 l.1 'Milburn Parish Council A.G.M. - 2nd May 2017'; Present l.3-5 'Councillors D Richardson (Chair) R Healey, S
  // Linsley, M Armstrong and P Moran  Clerk J Connelly' (clerk and l.6 members of the public not members); apologies l.7-8 'A
  // Armstrong, EDC'. Items as printed: '17.5.2 Apologies' (l.7) before '17.05.1 Election of Chair' (l.10) … '16.05.15 Parish Meeting
  // Concerns' (p.2 l.98), '17.05.15 Any Other Business' (p.3 l.108). Decisions: l.11, l.20, l.27, l.34, l.42, l.51; in 17.05.11 p.2
  // l.65 'The Accounts were approved by the Parish Council', l.69 'The Statement was completed and approved by the Parish Council',
  // l.71 'All Councillors agreed', l.75-76 'All Councillors approved and it was resolved', l.83 'it was agreed that the following
  // payments may be made' = 11 (truth: 9; it leaves out the two 'approved by the Parish Council', though "approved" is one of the
  // README's own examples of a decision).
  // shape: "YY.MM.N Title" headings (two misnumbered); short prose; 'All agreed …', 'It was agreed and resolved …'; no motions.
  {
    file: "milburn-parish-council_2017-05-02.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2017-05-02",
    present: ["Richardson", "Healey", "Linsley", "Armstrong", "Moran"],
    chair: "Richardson",
    apologies: ["Armstrong"],
    items: { count: 15, first: { number: "17.5.2", title: "Apologies" }, last: { number: "17.05.15", title: "Any Other Business" } },
    resolutions: 11,
    motions: 0,
    declarations: [],
  },
  // PDF, 2 pages. p.1 l.1 'Milburn Parish Council - 8th January 2019'; under 'Present' (l.4): l.5 'Councillors D Richardson (Chair)
  // N Cresswell, M Armstrong and P Moran', l.6 'Alan Armstrong, EDC Clerk J Connelly'. The district councillor is named under
  // Present, so he stays in present (README: "everyone the Present line names stays in present, including a county councillor");
  // the clerk does not (truth: Alan Armstrong in in_attendance). Apologies l.9-10 'R Healey'. Items '19.01.1 Apologies' (l.9) to
  // '19.01.9 Any Other Business' (p.2 l.57); the bold unnumbered 'Precept 2019/20' (p.2 l.60) is outside the numbering. Decisions l.17
  // 'All agreed this was a true record', p.2 l.64 'it was resolved to maintain the Precept at £5000'.
  // shape: as milburn-parish-council_2017-05-02; a bold unnumbered heading after the last numbered item.
  {
    file: "milburn-parish-council_2019-01-08.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2019-01-08",
    present: ["Richardson", "Cresswell", "Armstrong", "Moran", "Armstrong"],
    chair: "Richardson",
    apologies: ["Healey"],
    items: { count: 9, first: { number: "19.01.1", title: "Apologies" }, last: { number: "19.01.9", title: "Any Other Business" } },
    resolutions: 2,
    motions: 0,
    declarations: [],
  },
  // PDF, 4 pages. p.1 l.1 'Milburn Parish Council - 26th January 2021'; Present l.5-8 'Councillors D Richardson (Chair), R. Healey, M
  // Armstrong, N Cresswell and P Moran Clerk Mrs J Todd Eden District Councillor A Armstrong and Councillor A Connell plus ten
  // guests': the two outside councillors are named in the Present line and stay in present (truth: in_attendance), the clerk does
  // not. No apologies (l.10-11 'Election of Chair / None received'). Items '21.01.01 Election of Chair' (l.10) to '21.01.12 Any other
  // Business' (p.4 l.142). Decisions l.18, l.39, p.2 l.48 (the 'Addition' after 21.01.05), p.3 l.97, l.105, l.114, l.123, l.124.
  // shape: as milburn-parish-council_2017-05-02; 'the Councillors resolved …', 'Resolved to pay …'.
  {
    file: "milburn-parish-council_2021-01-26.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Milburn Parish Council",
    body: "Parish Council",
    date: "2021-01-26",
    present: ["Richardson", "Healey", "Armstrong", "Cresswell", "Moran", "Armstrong", "Connell"],
    chair: "Richardson",
    apologies: [],
    items: { count: 12, first: { number: "21.01.01", title: "Election of Chair" }, last: { number: "21.01.12", title: "Any other Business" } },
    resolutions: 8,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages. p.1 l.1 'Newbiggin Parish Council - 3rd September 2019'; Present l.3-5 'Councillors D Thompson (Chair) , N
  // Armstrong, M Atkinson, R Robson and P Clarke, A Armstrong, EDC, Clerk J Brampton': the district councillor in the Present line
  // stays in present (README rule; truth: in_attendance), the clerk does not. Apologies l.7-8 'None'. Items '19.09.01 Apologies'
  // (l.7) to '19.09.12 Any Other Business' (p.3 l.97). Decisions l.15, l.32-34 (one sentence 'agreed … decided'), p.2 l.52, l.70
  // 'agreed to pay £ 65.00', l.71 'The Councillors resolved to pay all of the above', l.79 'It was therefore resolved to retain'.
  // shape: as milburn-parish-council_2017-05-02 (same clerk's template); an invoice list with an inline 'agreed to pay'.
  {
    file: "newbiggin-parish-council_2019-09-03.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Newbiggin Parish Council",
    body: "Parish Council",
    date: "2019-09-03",
    present: ["Thompson", "Armstrong", "Atkinson", "Robson", "Clarke", "Armstrong"],
    chair: "Thompson",
    apologies: [],
    items: { count: 12, first: { number: "19.09.01", title: "Apologies" }, last: { number: "19.09.12", title: "Any Other Business" } },
    resolutions: 6,
    motions: 0,
    declarations: [],
  },
  // PDF, 3 pages. p.1 l.1-5 'MINUTES / TOWNSHIP OF NIPISSING / Tuesday, December 16, 2025 / A regular meeting of the Township of
  // Nipissing Council'; Present l.9-10 (5); Staff l.11-13; l.15 'Disclosure of pecuniary interest: None'; no chair named. The only
  // numbering: resolutions R2025-235 (l.22) to R2025-246 (p.3 l.97), each 'Carried.' (l.26 'Council Received an Update on the 2025
  // Budget.' is outside it).
  // shape: 'R2025-NNN X. Mover, Y. Seconder:' lines, the resolution text, 'Carried.'.
  {
    file: "nipissing-township-council_2025-12-16.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Township of Nipissing",
    body: "Council",
    date: "2025-12-16",
    present: ["Yemm", "Foote", "Kirkey", "Scott", "Chalapenko"],
    apologies: [],
    items: {
      count: 12,
      first: { number: "R2025-235", title: "THAT the minutes of the regular Council Meeting held December 2, 2025, be adopted as published" },
      last: { number: "R2025-246", title: "THAT the meeting be adjourned" },
    },
    resolutions: 12,
    motions: 12,
    declarations: [],
    motion_facts: [
      { item: "R2025-235", mover: "Kirkey", seconder: "Scott", result: "carried", where: "p.1 l.22-24 'R2025-235 S. Kirkey, J. Scott: … Carried.'" },
      { item: "R2025-238", mover: "Chalapenko", seconder: "Foote", result: "carried", where: "p.2 l.51-66 'R2025-238 L. Chalapenko, S. Foote: … Carried.'" },
      { item: "R2025-244", mover: "Scott", seconder: "Kirkey", result: "carried", where: "p.2 l.88-90 'R2025-244 J. Scott, S. Kirkey: … be approved. Carried.'" },
    ],
  },
  // md (wiki page). l.14 '# AGM Minutes 2022-09-17'; "Perth Artifactory" l.72 ('Place: Perth Artifactory - …'), "annual general
  // meeting" l.80. Attendees l.32-48 (15, members qualified to vote); 'Observing' l.50-54 and 'Proxy' l.56-60 are not present;
  // l.66 'Chairperson: Beau' (Beau Scott). The numbered '## Agenda' l.18-28 is not the minutes: items are the H3 headings under
  // '## Minutes', 'Previous AGM Minutes' (l.76) to 'Special Resolutions' (l.139). Motion tables 'Motion Text | Moved by | Seconded
  // by | Status': l.80, l.86, l.87, l.93 ('Not recorded' movers), l.137, l.153, all 'Accepted'; l.123 'Vote to Appoint/Remove an
  // Auditor | None | None | Lapsed' was never moved (no motion). Decisions: the six accepted motions and l.116 'All nominees elected
  // automatically.' = 7.
  // shape: YAML front matter; bullet attendee lists; unnumbered H3 items; motions as markdown tables with first-name+surname movers.
  {
    file: "perth-artifactory-agm_2022-09-17.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Perth Artifactory",
    body: "Annual General Meeting",
    date: "2022-09-17",
    present: ["Mellor", "Connor", "Scott", "Samuels", "Perry", "Bateman", "Boyd", "Yip", "Harris", "Richards", "Rospondek", "Chuah", "Currie", "Greenhill", "Dalstra"],
    chair: "Scott",
    apologies: [],
    items: { count: 7, first: { number: null, title: "Previous AGM Minutes" }, last: { number: null, title: "Special Resolutions" } },
    resolutions: 7,
    motions: 6,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "Previous AGM Minutes", mover: "Scott", seconder: "Connor", result: "carried", where: "l.80 '| Beau Scott | Ben Connor | Accepted |'" },
      { item: null, item_title: "Annual Report", mover: "Rospondek", seconder: "Dalstra", result: "carried", where: "l.86 '| Joshua Rospondek | Vincent Dalstra | Accepted |'" },
      { item: null, item_title: "Annual Report", mover: "Harris", seconder: "Connor", result: "carried", where: "l.87 '| Phoebe-Jean Harris | Ben Connor | Accepted |'" },
      { item: null, item_title: "Special Resolutions", mover: "Boyd", seconder: "Dalstra", result: "carried", where: "l.153 '| Fletcher Boyd | Vincent Dalstra | Accepted |'" },
    ],
  },
  // md (wiki page). l.11 '# AGM Minutes 2024-09-14', l.25 '> Annual General Meeting', "Perth Artifactory" l.99. 'Attended in person'
  // l.55-72 (17 ordinary members); 'Observing' l.82-85 not present; l.96 'Chairperson: JC' (Johannes Chuah). Items are the H3
  // headings under '## Minutes' ('Quorum' l.103 …) and the closing '## Other business' (l.241) and '## End of meeting' (l.248).
  // Motion tables l.141, l.160, l.161, l.174, l.236-239 (8 carried, 'Passed by show of hands, 1 against.' l.174, l.239); l.206
  // 'Appoint an auditor | No-one | No-one | Lapsed. No one called for the motion.' was never moved (truth: a motion with result
  // null, 9 motions; its 2022 twin, perth-artifactory-agm_2022-09-17 l.123, has no motion in the truth either, so 8 here).
  // Decisions: the 8 carried motions and l.195 'all 7 nominees were automatically declared to be elected' = 9 (truth: 8; its 2022
  // twin counts 'All nominees elected automatically', so this one is counted too). Movers printed as first names or initials.
  // shape: as perth-artifactory-agm_2022-09-17, numbered '1.' attendee list, movers 'Fletcher', 'JC', 'Tegan', seconders 'Renae'.
  {
    file: "perth-artifactory-agm_2024-09-14.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Perth Artifactory",
    body: "Annual General Meeting",
    date: "2024-09-14",
    present: [
      "Connor", "Samuels", "Boyd", "Chuah", "Rospondek", "Peaty", "Yip", "Bannon", "Wood", "Harris", "Currie", "Murday", "Greenhill", "Hodges",
      "Murphy", "White", "Dalstra",
    ],
    chair: "Chuah",
    apologies: [],
    items: { count: 10, first: { number: null, title: "Quorum" }, last: { number: null, title: "End of meeting" } },
    resolutions: 9,
    motions: 8,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "Previous AGM and SGM Minutes", mover: "Fletcher", seconder: "Renae", result: "carried", where: "l.141 '| Fletcher | Renae | Accepted unanimously |'" },
      { item: null, item_title: "Annual Report", mover: "Fletcher", seconder: "Connor", result: "carried", where: "l.160 '| Fletcher | Ben Connor | Accepted unanimously |'" },
      { item: null, item_title: "Membership Fees", mover: "Tegan", seconder: "Renae", result: "carried", against: 1, where: "l.239 '| Tegan | Renae | Passed by show of hands, 1 against. |'" },
    ],
  },
  // PDF, 10 pages (5 of minutes, an action list, then two attached reports). p.1 l.1-6 'Committee Meeting / Agenda / Postgraduate
  // Physics Students’ Society / 14.00, Tuesday 15th March, 2016' - the template says Agenda but the text records the meeting.
  // l.14 'Braden was elected Chair', l.19 'Daniel, Braden, Shanette, Cate, Innes, Tristan and Sri were in attendance', l.24
  // 'Apologies were received from Stephi' (first names only). Items '1 Attendance' (l.10) to '9 Meeting close' (p.5 l.162); the
  // action list (p.6) and the attached reports' sections 1-6 (p.7-9) are not items. Decisions: l.14; p.2 l.58 'The committee
  // decided: probably not', l.62-63 'The committee decided that were some assets we should obtain'; p.3 l.71-72 'Cate proposed …
  // The committee agreed.' (the one motion), l.82 'The committee agreed running another …', l.91 'Several logisitical issues were
  // agreed upon:'; p.5 l.157 'the committee agrees'.
  // shape: LaTeX sections 'N Title' / 'N.M Subtitle'; first names only; prose and bullets.
  {
    file: "postgraduate-physics-students-society-committee_2016-03-15.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Postgraduate Physics Students’ Society",
    body: "Committee",
    date: "2016-03-15",
    present: ["Daniel", "Braden", "Shanette", "Cate", "Innes", "Tristan", "Sri"],
    chair: "Braden",
    apologies: ["Stephi"],
    items: { count: 9, first: { number: "1", title: "Attendance" }, last: { number: "9", title: "Meeting close" } },
    resolutions: 7,
    motions: 1,
    declarations: [],
    motion_facts: [
      { item: "5", mover: "Cate", seconder: null, result: "carried", where: "p.3 l.71-72 'Cate proposed running one more “bigger” event … The committee agreed.'" },
    ],
  },
  // PDF, 3 pages. Running header p.1 l.1 'Agenda, 5-4-16'; l.4-6 'Committee Meeting / Postgraduate Physics Students’ Society / Date:
  // Tuesday 4 April, 2016' - the dates disagree: 5 April 2016 was the Tuesday and the header says 5-4-16, so 2016-04-05 (as the
  // truth). Attendance by absence only: l.13 'Cate not here, George not coming ever, Innes not here', l.16 'George apologies';
  // nobody is listed present. Items '1. Attendance' (l.10) to '7. Meeting close' (p.2 l.62); the previous meeting's action list (p.3)
  // is not an item. No decision.
  // shape: agenda template filled in during the meeting; 'N.' sections with 'N.M' sub-sections; terse notes.
  {
    file: "postgraduate-physics-students-society-committee_2016-04-05.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Postgraduate Physics Students’ Society",
    body: "Committee",
    date: "2016-04-05",
    present: [],
    apologies: ["George"],
    items: { count: 7, first: { number: "1", title: "Attendance" }, last: { number: "7", title: "Meeting close" } },
    resolutions: 0,
    motions: 0,
    declarations: [],
  },
  // txt (plain pdftotext). l.5 'Regional Transportation District', l.25-28 'MINUTES / EXECUTIVE COMMITTEE / REMOTE MEETING / May 22,
  // 2025', l.32 'Chaired by Julien Bouquet'. The Board roster l.7-23 is letterhead; the roll-call table l.38-70 (one cell a line)
  // lists the 5 committee members; l.72 'Also in attendance were Directors Catlin and Ruscha.' (not members). Items 'I.' (l.33) 'Call
  // to Order' (l.35) to 'VI.' (l.117) 'Adjourn' (l.119); 'IV.' and 'V.' are printed together (l.94-96) before 'Discussion Items' and
  // 'Other Matters'. One motion l.86-93 'Director Whitmore made the motion … Director Nicholson seconded … PASSED unanimously.'
  // shape: flattened table cells; roman numerals on their own lines; 'Motion:' block with 'declared the motion … PASSED'.
  {
    file: "rtd-denver-executive-committee_2025-05-22.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "Regional Transportation District",
    body: "Executive Committee",
    date: "2025-05-22",
    present: ["Bouquet", "O'Keefe", "Whitmore", "Nicholson", "Benker"],
    chair: "Bouquet",
    apologies: [],
    items: { count: 6, first: { number: "I", title: "Call to Order" }, last: { number: "VI", title: "Adjourn" } },
    resolutions: 1,
    motions: 1,
    declarations: [],
    motion_facts: [
      { item: "III", mover: "Whitmore", seconder: "Nicholson", result: "carried", where: "l.86-93 'Director Whitmore made the motion … Director Nicholson seconded the motion. … PASSED unanimously.'" },
    ],
  },
  // md (conversion of a PDF). l.2 '# SACRAMENTO COUNTY BOARD OF EDUCATION', l.6-7 'SUMMARY MINUTES OF THE / CURRICULUM COMMITTEE
  // MEETING', l.10 'Tuesday, May 21, 2024'. l.13 'called to order by Trustee Paul Keefer, Chair … Present were: Trustee Paul Keefer,
  // Chair, Trustee Bina Lefkovitz, Member, Trustee Joanne Ahola, Member, Jackie White, …' - the three trustees are the members,
  // the staff named after them are not. Items 'I.' (l.12) to 'IX. Adjournment' (l.78); III, V and VII share one title. Motions III
  // (l.26-35), V (l.51-61), VII (l.70-73) 'Motion was carried as follows' + three named ayes; IX (l.79) moved and seconded, no
  // result recorded.
  // shape: roman numerals with bold titles; one attendance sentence with role words between names; 'Trustee X moved …; Trustee Y
  // seconded …' then 'Chair Keefer: aye' lines.
  {
    file: "sacramento-county-board-of-education-curriculum-committee_2024-05-21.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Sacramento County Board of Education",
    body: "Curriculum Committee",
    date: "2024-05-21",
    present: ["Keefer", "Lefkovitz", "Ahola"],
    chair: "Keefer",
    apologies: [],
    items: { count: 9, first: { number: "I", title: "Call to Order and Roll Call" }, last: { number: "IX", title: "Adjournment" } },
    resolutions: 3,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: "III", mover: "Lefkovitz", seconder: "Ahola", result: "carried", for: 3, against: null, abstain: null, where: "l.26-35 'Motion was carried as follows; Chair Keefer: aye …'" },
      { item: "V", mover: "Ahola", seconder: "Lefkovitz", result: "carried", for: 3, against: null, abstain: null, where: "l.51-61" },
      { item: "VII", mover: "Lefkovitz", seconder: "Ahola", result: "carried", for: 3, against: null, abstain: null, where: "l.70-73" },
      { item: "IX", mover: "Ahola", seconder: "Lefkovitz", result: null, where: "l.79 'Trustee Ahola moved to adjourn the meeting; Trustee Lefkovitz seconded.'" },
    ],
  },
  // txt (BoardDocs PDF). l.1 'Sacramento County Board of Education Special Meeting', l.3 'Tuesday, September 13, 2022'; the county
  // office is not named, so organization null. l.15-17 'Acting President Davis called the open session to order … Other Board members
  // present: Bina Lefkovitz, Mariana Corona Sabeniano, Harold Fong, Joanne Ahola, and Alfred Brown. Trustee Keefer was not present.';
  // l.19-21 staff. Items '1. Procedural' (l.7) to '5. Adjournment' (l.70). Decisions: 3 (l.56-64, a closed-session motion with no
  // mover, Yes 5 / No 1) and 5 (l.74-79).
  // shape: numbered items with lettered sub-items; 'Motion to adjourn meeting by Trustee X, second by Trustee Y.' + 'Final
  // Resolution: Motion Carried / Yes: … / No: … / Absent: …'.
  {
    file: "sacramento-county-board-of-education_2022-09-13.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: null,
    body: "Sacramento County Board of Education",
    date: "2022-09-13",
    present: ["Davis", "Lefkovitz", "Sabeniano", "Fong", "Ahola", "Brown"],
    chair: "Davis",
    apologies: [],
    items: { count: 5, first: { number: "1", title: "Procedural" }, last: { number: "5", title: "Adjournment" } },
    resolutions: 2,
    motions: 2,
    declarations: [],
    motion_facts: [
      { item: "5", mover: "Ahola", seconder: "Brown", result: "carried", for: 6, against: null, abstain: null, where: "l.74-79 'Final Resolution: Motion Carried / Yes: <six trustees> / Absent: Trustee Paul Keefer'" },
    ],
  },
  // txt (BoardDocs print). l.3-5 'SACRAMENTO COUNTY COMMITTEE ON SCHOOL DISTRICT ORGANIZATION / Tuesday, November 16, 2021'; no parent
  // body named. l.9-12 'Chair Talamantes called the meeting to order … Committee Members present were … (7). Also present were …'
  // (staff). Items '1. CALL TO ORDER AND ROLL CALL' (l.14) to '7. ADJOURNMENT' (l.78). Decisions: four 'Final Resolution: Motion
  // Carried' (l.26-31, l.35-40, l.44-49, l.80-85, seven named Yes each) and l.73-75 'it was decided that this matter will be brought
  // back for further consideration … at a future meeting' (a deferral of the meeting, like Limerick's 'It was agreed to defer') = 5
  // (truth: 4; it reads that sentence as direction).
  // shape: BoardDocs print with browser header/footer lines; 'Motion to Approve by Committee Member X, second by Committee Member Y.'.
  {
    file: "sacramento-county-committee-school-district-organization_2021-11-16.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: null,
    body: "Sacramento County Committee on School District Organization",
    date: "2021-11-16",
    present: ["Lefkovitz", "Keefer", "Fong", "Davis", "Brown", "Ahola", "Talamantes"],
    chair: "Talamantes",
    apologies: [],
    items: { count: 7, first: { number: "1", title: "CALL TO ORDER AND ROLL CALL" }, last: { number: "7", title: "ADJOURNMENT" } },
    resolutions: 5,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: "3", mover: "Fong", seconder: "Ahola", result: "carried", for: 7, against: null, abstain: null, where: "l.26-31 'Motion to Approve by Committee Member Harold Fong, second by Committee Member Joanne Ahola.'" },
      { item: "3", mover: "Fong", occurrence: 2, seconder: "Davis", result: "carried", for: 7, against: null, abstain: null, where: "l.35-40" },
      { item: "4", mover: "Fong", seconder: "Davis", result: "carried", for: 7, against: null, abstain: null, where: "l.44-49 'Motion by Committee Member Harold Fong, second by Committee Member Heather Davis.'" },
      { item: "7", mover: "Keefer", seconder: "Fong", result: "carried", for: 7, against: null, abstain: null, where: "l.80-85" },
    ],
  },
  // txt (layout text of a stamped PDF with an OCR layer). l.1 'Sacramento Metropolitan Fire District', l.7-11 'ACTION SUMMARY MINUTES
  // - REGULAR MEETING / BOARD OF DIRECTORS / … / Thursday, September 26, 2024'. l.20-22 'called to order … by President Goold. Board
  // members present: Clark, Costa, Goold, Jones, Saylors, Sheetz, and Webber. Board members absent: Rice and Wood. Staff present: …'.
  // Items are the nine unnumbered caps headings, 'CALL TO ORDER' (l.18) to 'ADJOURNMENT' (l.238); the numbered entries restart under
  // each. Seven 'Moved by Director X, seconded by Y, and carried unanimously by members present' (l.30, l.63, l.67, l.79, l.83, l.87,
  // l.216); the 'Action: …' lines and the closed-session report-out restate them.
  // shape: unnumbered caps sections with numbered/lettered entries; 'Recommendation:'/'Action:' lines; 'Moved by … carried unanimously'.
  {
    file: "sacramento-metro-fire-district-board_2024-09-26.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "Sacramento Metropolitan Fire District",
    body: "Board of Directors",
    date: "2024-09-26",
    present: ["Clark", "Costa", "Goold", "Jones", "Saylors", "Sheetz", "Webber"],
    chair: "Goold",
    apologies: [],
    items: { count: 9, first: { number: null, title: "CALL TO ORDER" }, last: { number: null, title: "ADJOURNMENT" } },
    resolutions: 7,
    motions: 7,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "CONSENT ITEMS", mover: "Jones", seconder: "Clark", result: "carried", where: "l.30-31 'Moved by Director Jones seconded by Clark and carried unanimously'" },
      { item: null, item_title: "ACTION ITEMS", mover: "Clark", seconder: "Jones", result: "carried", where: "l.63-65" },
      { item: null, item_title: "ACTION ITEMS", mover: "Sheetz", occurrence: 2, seconder: "Costa", result: "carried", where: "l.87-89 (2.C)" },
      { item: null, item_title: "CLOSED SESSION", mover: "Webber", seconder: "Costa", result: "carried", where: "l.216-218 'Moved by Director Webber, seconded by Director Costa'" },
    ],
  },
  // txt (layout text). l.1-3 'SAN JUAN WATER DISTRICT / Board of Director’s Board Meeting Minutes / September 27, 2023'. Roster 'BOARD
  // OF DIRECTORS' l.5-10 (5, in this order; 'MANAGEMENT AND STAFF' l.12-24 and 'OTHER ATTENDEES' l.26-36 follow); l.50 'President Rich
  // called the meeting to order'; l.55-57 the roll call names the same five. The 'AGENDA ITEMS' outline l.38-48 is not the minutes:
  // items are the body's 'I. ROLL CALL' (l.55) to 'XI. ADJOURN' (l.322). Motions l.79-80 (carried unanimously) and l.219-222
  // ('carried with 4 Aye votes and one No vote (Zamorano)'); l.320 'The Board gave direction to Legal Counsel.' is no decision.
  // The staff report after 'Back to Minutes' (l.333) is not part of the minutes.
  // shape: name/role roster blocks; roman headings with numbered sub-items; 'Director X moved … Y seconded the motion and it carried'.
  {
    file: "san-juan-water-district-board_2023-09-27.txt",
    dir: "corpus",
    document_type: "minutes",
    organization: "San Juan Water District",
    body: "Board of Directors",
    date: "2023-09-27",
    present: ["Rich", "Zamorano", "Costa", "Miller", "Tobin"],
    chair: "Rich",
    apologies: [],
    items: { count: 11, first: { number: "I", title: "ROLL CALL" }, last: { number: "XI", title: "ADJOURN" } },
    resolutions: 2,
    motions: 2,
    declarations: [],
    motion_facts: [
      { item: "III", mover: "Costa", seconder: "Zamorano", result: "carried", where: "l.79-80 'Director Costa moved to approve the Consent Calendar. Vice President Zamorano seconded the motion and it carried unanimously.'" },
      { item: "V", mover: "Costa", seconder: "Tobin", result: "carried", for: 4, against: 1, abstain: null, where: "l.219-222 'carried with 4 Aye votes and one No vote (Zamorano)'" },
    ],
  },
  // md (village website). l.11-19 'Minutes of the March Meeting of the Village Liaison Committee / Agriculture Division / Stoke Ferry
  // Feed Mill / VILLAGE LIAISON MEETING / Wednesday 2nd March 2004' (the printed date; front matter 2005-06-01 is the post date).
  // 'Present:' l.21-35, one person a line with the organisation in brackets (8); no chair named. Apologies l.39 'Mr Murphy, Mr
  // Manley and Mr Rosser' (l.187 apologies are for the next meeting). Items '1\. Apologies' (l.37) to '9\. Dates of Meetings for
  // 2005' (l.191). Decisions l.43 'The minutes of the previous meeting were approved', l.121 'It was agreed that matters relating to
  // parking …'; l.119, l.131, l.149 report others' decisions.
  // shape: escaped markdown numbers '1\.'; long prose paragraphs; a dated complaints log inside item 4.
  {
    file: "stoke-ferry-feed-mill-village-liaison-committee_2004-03-02.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Stoke Ferry Feed Mill",
    body: "Village Liaison Committee",
    date: "2004-03-02",
    present: ["Murfitt", "Harrison", "Holton", "Inskip", "Moore", "Smith", "Thompson", "White"],
    apologies: ["Murphy", "Manley", "Rosser"],
    items: { count: 9, first: { number: "1", title: "Apologies" }, last: { number: "9", title: "Dates of Meetings for 2005" } },
    resolutions: 2,
    motions: 0,
    declarations: [],
  },
  // md (village website). Front matter l.2 'title: "STOKE FERRY RESIDENTS' ASSOCIATION Committee Minutes"'; l.9-11 'SFRA Meeting
  // Minutes / Minutes of Committee Meeting held on 12 April 2005'. l.13 '1\. Present: Brian Harrison (Chairman), Ray Thompson (Deputy
  // Chairman). Tim Read (Treasurer), Committee members: Guy de Montfort. Alan Whitford. Mandy Leamon, Debroy Summers.'; l.15
  // apologies 'Glen Kaveney, Dawn Beckwith'. Items in document order '1\. Present' (l.13) … '7 Funding' (l.47) before '6 Open meeting'
  // (l.53) … '12 AOB' (l.75). Decisions l.17 'All agreed', l.37 'it was agreed that the meeting should not be 'closed'', l.45 'It was
  // agreed that AW would approach …', l.55 'The need for an effective publicity campaign was agreed'. Motions l.17 'The Treasurer
  // proposed acceptance …, seconded GdM. All agreed.' and l.37 'Ray proposed that …' (no seconder, no outcome).
  // shape: numbers with and without an escaped dot; members referred to by initials (RT, GdM, BH); movers by office or first name.
  {
    file: "stoke-ferry-residents-association-committee_2005-04-12.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "STOKE FERRY RESIDENTS' ASSOCIATION",
    body: "Committee",
    date: "2005-04-12",
    present: ["Harrison", "Thompson", "Read", "Montfort", "Whitford", "Leamon", "Summers"],
    chair: "Harrison",
    apologies: ["Kaveney", "Beckwith"],
    items: { count: 12, first: { number: "1", title: "Present" }, last: { number: "12", title: "AOB" } },
    resolutions: 4,
    motions: 2,
    declarations: [],
    motion_facts: [
      { item: "2", mover: "Treasurer", seconder: "GdM", result: "carried", where: "l.17 'The Treasurer proposed acceptance as a correct record, seconded GdM. All agreed.'" },
      { item: "4", mover: "Ray", seconder: null, result: null, where: "l.37 'Ray proposed that a representative from the Association now needs to be on TOWN'" },
    ],
  },
  // md (BOM before the front matter). l.12-13 '# Town of North Star / February 19, 2020'; no body name printed. l.16 'Chair Dick Dillon
  // called the monthly meeting to order … Board members present were supervisors Dick Dillon, Janet Keough, and Gary Mantay, treasurer
  // Ray Barnes, clerk Linda Britton and guests Marv and Sue Forbragd, Bill Taft, and Jennifer Maciewski.' (the document counts the
  // treasurer and clerk among the board members present). Items are the '## ' caps headings 'CALL TO ORDER' (l.15) to 'CLOSING'
  // (l.46). Motions l.19 (two), l.38, l.41, each 'Motion carried' (the second with three named yeas).
  // shape: one attendance sentence mixing roles and guests; unnumbered '## ' items; 'Motion by X, second by Y to …  Motion carried.'.
  {
    file: "town-of-north-star-board_2020-02-19.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Town of North Star",
    body: null,
    date: "2020-02-19",
    present: ["Dillon", "Keough", "Mantay", "Barnes", "Britton"],
    chair: "Dillon",
    apologies: [],
    items: { count: 11, first: { number: null, title: "CALL TO ORDER" }, last: { number: null, title: "CLOSING" } },
    resolutions: 4,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "MINUTES/DISBURSEMENTS", mover: "Mantay", seconder: "Keough", result: "carried", where: "l.19 'Motion by Gary Mantay, second by Janet Keough to approve the minutes … Motion carried.'" },
      { item: null, item_title: "MINUTES/DISBURSEMENTS", mover: "Keough", seconder: "Mantay", result: "carried", for: 3, against: null, abstain: null, where: "l.19 'Motion carried by vote of Janet Keough yea, Gary Mantay yea, and Dick Dillon yea.'" },
      { item: null, item_title: "NEW BUSINESS", mover: "Dillon", seconder: "Mantay", result: "carried", where: "l.41 'to approve resolution #01-20 … Motion carried.'" },
    ],
  },
  // md. l.13-15 '# Town of North Star / Monthly Meeting / October 19, 2020'; no body name. l.18-20 'Chair Janet Keough called the
  // meeting to order … Board members present were supervisors Janet Keough, Dick Dillon, and Gary Mantay, clerks Linda Britton and
  // Carrie Landman, and treasurer Ray Barnes. Also present were Rod Saline and Mike Siers.' Items '## CALL TO ORDER' (l.17) to '##
  // CLOSING' (l.87). Nine motions and decisions: l.25-29 (three), l.35 'The report was accepted by a vote of …' (no mover), l.38-40
  // (two), l.69-72 (Keough's motion with no seconder, then Keough/Dillon), l.78-80.
  // shape: as town-of-north-star-board_2020-02-19; 'Motion carried by a unanimous vote' and named-yea votes.
  {
    file: "town-of-north-star-board_2020-10-19.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Town of North Star",
    body: null,
    date: "2020-10-19",
    present: ["Keough", "Dillon", "Mantay", "Britton", "Landman", "Barnes"],
    chair: "Keough",
    apologies: [],
    items: { count: 13, first: { number: null, title: "CALL TO ORDER" }, last: { number: null, title: "CLOSING" } },
    resolutions: 9,
    motions: 9,
    declarations: [],
    motion_facts: [
      { item: null, item_title: "MINUTES/DISBURSEMENTS", mover: "Dillon", occurrence: 2, seconder: "Mantay", result: "carried", for: 3, against: null, abstain: null, where: "l.27-29 'to approve the claims as presented.  Motion carried by Janet Keough yea, Dick Dillon yea, and Gary Mantay yea.'" },
      { item: null, item_title: "COMMENTS FROM CLERK OR TREASURER", mover: "Mantay", seconder: "Dillon", result: "carried", where: "l.40 'Motion by Gary Mantay, second by Dick Dillon to transfer $32,500 … Motion carried by a unanimous vote.'" },
      { item: null, item_title: "UNFINISHED BUSINESS", mover: "Keough", seconder: null, result: "carried", where: "l.69-70 'Janet Keough made a motion to increase … The motion was approved by a unanimous vote.'" },
      { item: null, item_title: "NEW BUSINESS", mover: "Keough", seconder: "Dillon", result: "carried", for: 3, against: null, abstain: null, where: "l.78-80 'Motion carried by the vote of Janet Keough yea, Dick Dillon yea, and Gary Mantay yea.'" },
    ],
  },
  // PDF, 4 pages. p.1 l.6 'CSS Committee Meeting - Minutes' (the society printed only as "CSS"; truth: body "Committee Meeting" -
  // "Meeting" names the occasion, not the body, as "Regular Board Meeting" gives body "Board" in fair-oaks, so body "Committee").
  // l.10 'Date: Tuesday 9th July 2024'; l.12-14 'Attendees: Holly Packer (HP) (Chairing), … Shay Patel (SP)' (6); apologies l.17-23,
  // a bullet list under item 1 (6; 'Sai' a single name). Items '1 Apologies received from' (l.17) to '11 Date of Next Meeting' (p.4
  // l.170), owner initials at the right margin. One decision l.26 'Unanimous adoption of previous minutes'; the rest are 'ACTION'
  // bullets.
  // shape: label/value header grid; numbered item table with an owner column; nested ●/○/■ bullets with 'ACTION XX:' lines.
  {
    file: "uob-computer-science-society-committee_2024-07-09.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "CSS",
    body: "Committee",
    date: "2024-07-09",
    present: ["Packer", "Widdop", "Bishop", "Gustafsson", "Agarwal", "Patel"],
    chair: "Packer",
    apologies: ["Gardner", "Brar", "Sai", "Barson", "Alabaster", "Jose"],
    items: { count: 11, first: { number: "1", title: "Apologies received from" }, last: { number: "11", title: "Date of Next Meeting" } },
    resolutions: 1,
    motions: 0,
    declarations: [],
  },
  // PDF, 8 pages. p.1 l.1 'CSS EGM - Minutes', running header p.2 l.46 'Extraordinary General Meeting - Minutes'; l.6 'Date: Wednesday
  // 6th November 2024'; l.10-16 'Attendees: Adi Agarwal (AA) (Chairing), Leonardo Bishop (LB) (Minuting), …' (23); item 1 l.20-21
  // 'Apologies received from Holly Packer, Lee Alabaster and Matty Widdop' (Alabaster and Widdop also in Attendees: both as
  // printed). Items '1 Apologies' (l.19) to '8 Any Other Business' (p.7 l.340). Decisions l.24 'Unanimous adoption of previous
  // minutes' and four 'X is duly elected as …' (p.4 l.163, p.5 l.222, p.6 l.282, p.7 l.318); p.7 l.337 'Nobody was elected'. The
  // election rounds are tallies, not motions.
  // shape: as uob-computer-science-society-committee; instant run-off rounds 'Name: n; Name: n; RON: n'.
  {
    file: "uob-computer-science-society-egm_2024-11-06.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "CSS",
    body: "Extraordinary General Meeting",
    date: "2024-11-06",
    present: [
      "Agarwal", "Bishop", "Adams", "Ahmad", "Balasubramanian", "Barrell", "Brar", "Dixon", "Henes", "Gustafsson", "Pain", "Yau", "Alabaster",
      "Ebbutt", "Ginty", "Gupta", "Hepburn", "Iqbal", "Jose", "Landells", "Leigh", "Widdop", "Wilson",
    ],
    chair: "Agarwal",
    apologies: ["Packer", "Alabaster", "Widdop"],
    items: { count: 8, first: { number: "1", title: "Apologies" }, last: { number: "8", title: "Any Other Business" } },
    resolutions: 5,
    motions: 0,
    declarations: [],
  },
  // PDF, 8 pages. p.1 l.1-3 'WARRENVILLE PUBLIC LIBRARY DISTRICT / Minutes of the Regular Meeting of the Board of Trustees / Wednesday,
  // April 15, 2020'; l.6 '1. Call to order – Trustee Picha called the meeting to order'; l.12 'ATTENDING: Trustees DuRocher, Lezon,
  // Picha, Richardson, Ruzicka, Stull, Warren'; l.14-17 staff. Items '1. Call to order' (l.6) to '17. Adjournment' (p.8 l.408).
  // Motions: 3 (l.30-36), 5 (p.2 l.92-98), 8a DuRocher's motion (p.3 l.112-114) and her amendment (p.5 l.220-227, one roll call,
  // one decision), 8b R-217 (p.6 l.272-278), 17 (p.8 l.411-417 'Ayes – all / Nays – none').
  // shape: 'N. Title – inline text' headings; 'MOTION: Trustee X moved … Trustee Y seconded.' + 'Roll call vote: Ayes – … / Nays –
  // none / Absent – none / Motion carried'.
  {
    file: "warrenville-public-library-district-board-of-trustees_2020-04-15.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Warrenville Public Library District",
    body: "Board of Trustees",
    date: "2020-04-15",
    present: ["DuRocher", "Lezon", "Picha", "Richardson", "Ruzicka", "Stull", "Warren"],
    chair: "Picha",
    apologies: [],
    items: { count: 17, first: { number: "1", title: "Call to order" }, last: { number: "17", title: "Adjournment" } },
    resolutions: 5,
    motions: 6,
    declarations: [],
    motion_facts: [
      { item: "3", mover: "Richardson", seconder: "DuRocher", result: "carried", for: 7, against: 0, abstain: null, where: "p.1 l.30-36 'Ayes – <7 names> / Nays – none / … Motion carried'" },
      { item: "5", mover: "Stull", seconder: "Ruzicka", result: "carried", for: 7, against: 0, abstain: null, where: "p.2 l.92-98" },
      { item: "8", mover: "DuRocher", occurrence: 3, seconder: "Lezon", result: "carried", for: 7, against: 0, abstain: null, where: "p.6 l.272-278 'to adopt Resolution R-217 … Trustee Lezon seconded.'" },
      { item: "17", mover: "Warren", seconder: "Stull", result: "carried", against: 0, where: "p.8 l.411-417 'Ayes – all / Nays – none'" },
    ],
  },
  // PDF, 9 pages. p.1 l.1-3 'WARRENVILLE PUBLIC LIBRARY DISTRICT / Regular Meeting of the Board of Trustees / Wednesday, June 17,
  // 2020'; l.5 'Trustee Picha called the meeting to order'; l.16 ATTENDING (6), l.17 'ABSENT: Trustee Ruzicka' (no apology); staff
  // l.19-21, public l.23. Items '1. Call to order' (l.5) to '19. Adjournment' (p.9 l.443); there is no item 9. Motions: 3 (l.33-39), 7
  // (p.4 l.160-166), 8 (l.174-197), 10a (l.205-p.5 l.215, 'Nays –' left blank), 10b-d (p.5 l.221-250, l.256-263, p.6 l.271-278),
  // 10e (p.6 l.284-286, moved and seconded, then discussion and no vote), 19 (p.9 l.446-451).
  // shape: as warrenville-public-library-district-board-of-trustees_2020-04-15; 'Motion carries'; a numbering gap.
  {
    file: "warrenville-public-library-district-board-of-trustees_2020-06-17.pdf",
    dir: "pdf",
    document_type: "minutes",
    organization: "Warrenville Public Library District",
    body: "Board of Trustees",
    date: "2020-06-17",
    present: ["DuRocher", "Lezon", "Picha", "Richardson", "Stull", "Warren"],
    chair: "Picha",
    apologies: [],
    items: { count: 18, first: { number: "1", title: "Call to order" }, last: { number: "19", title: "Adjournment" } },
    resolutions: 8,
    motions: 9,
    declarations: [],
    motion_facts: [
      { item: "3", mover: "DuRocher", seconder: "Stull", result: "carried", for: 6, against: 0, abstain: null, where: "p.1 l.33-39 'Nays – None / Absent – Trustee Ruzicka / Motion carried'" },
      { item: "10", mover: "Warren", seconder: "Richardson", result: "carried", for: 6, against: null, abstain: null, where: "p.4 l.205 - p.5 l.215 (10a, 'Nays –' blank) 'Motion carries'" },
      { item: "10", mover: "Warren", occurrence: 3, seconder: "Lezon", result: null, where: "p.6 l.284-286 (10e) moved and seconded, no vote recorded" },
      { item: "19", mover: "Warren", seconder: "Stull", result: "carried", for: 6, against: 0, abstain: null, where: "p.9 l.446-451" },
    ],
  },
  // md (village website). l.10-14 'Minutes of the meeting of the Wereham Parish Council held / on Tuesday 8th March 2005' (front matter
  // 2005-05-01 is the post date). Items are run-on paragraphs 'N\. Title: text', '1\. Present:' (l.16) to '8\. Any Other Business:'
  // (l.30). l.16 'Present: G. Gott - Vice-chairman, P. Markwell, Mrs. Willis, G. Clere, D. Pickston, C. Humphries and a member of
  // the public.' (no one is said to preside); l.18 'Apologies: R. Lankfer'. Decisions l.20 'It was agreed that the minutes …', l.30
  // 'it was agreed that … the Councillors are now open to suggestions'; l.26 payments 'proposed Mrs. Willis and seconded by G. Clere
  // pass for payment' (no outcome).
  // shape: one paragraph per item, title before the first colon; inline 'proposed X and seconded by Y'.
  {
    file: "wereham-parish-council_2005-03-08.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Wereham Parish Council",
    body: "Parish Council",
    date: "2005-03-08",
    present: ["Gott", "Markwell", "Willis", "Clere", "Pickston", "Humphries"],
    apologies: ["Lankfer"],
    items: { count: 8, first: { number: "1", title: "Present" }, last: { number: "8", title: "Any Other Business" } },
    resolutions: 2,
    motions: 1,
    declarations: [],
    motion_facts: [
      { item: "6", mover: "Willis", seconder: "Clere", result: null, where: "l.26 '- proposed Mrs. Willis and seconded by G. Clere pass for payment.'" },
    ],
  },
  // md. l.10 'Minutes of the Meeting of Wereham Parish Council held on Tuesday 13th January 2009'. l.12 '1\. Present: P. Markwell - Vice
  // chairman, C. Humphries, P. Norris, Mrs. Newell together with 6 members of the public.' (no one said to preside); l.14 'Apologies:
  // D. Pickston & Mrs. Willis'. Items '1\. Present' (l.12) to '9\. Any Other Business' (l.36). Four proposed/seconded motions with no
  // outcome (l.16, l.30 two, l.32); decisions l.32 'it was agreed that an 8% increase … be requested', l.34 'it was agreed that a
  // letter be sent'.
  // shape: as wereham-parish-council_2005-03-08; 'proposed as correct by X and seconded by Y'.
  {
    file: "wereham-parish-council_2009-01-13.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Wereham Parish Council",
    body: "Parish Council",
    date: "2009-01-13",
    present: ["Markwell", "Humphries", "Norris", "Newell"],
    apologies: ["Pickston", "Willis"],
    items: { count: 9, first: { number: "1", title: "Present" }, last: { number: "9", title: "Any Other Business" } },
    resolutions: 2,
    motions: 4,
    declarations: [],
    motion_facts: [
      { item: "3", mover: "Humphries", seconder: "Newell", result: null, where: "l.16 'proposed as correct by C. Humphries and seconded by Mrs. Newell.'" },
      { item: "6", mover: "Markwell", seconder: "Humphries", result: null, where: "l.30 'proposed by P. Markwell and seconded by C. Humphries that the quote … be accepted'" },
      { item: "6", mover: "Newell", seconder: "Norris", result: null, where: "l.30 'proposed by Mrs. Newell and seconded by P. Norris the accounts be passed for payment.'" },
      { item: "7", mover: "Humphries", seconder: "Newell", result: null, where: "l.32 'proposed by C. Humphries and seconded by Mrs. Newell that the precept be set at £3725. 00.'" },
    ],
  },
  // md: the whole minutes are file line 11, with page furniture 'N Agreed as a true record of the Meeting: Signed …' run in (its
  // leading 1-8 are page numbers). 'DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING ON THURSDAY 5th DECEMBER 2019' (front
  // matter 2020-02-25 is the post date); 'PRESENT (Five Councillors):- Tom Foy (TF), Stuart Glover (SB), Keith Gore (KG) and Lorraine
  // Hunt (LH) Chair and Susan Pepper In attendance: Peter King, Parish Clerk'; '1. Apologies for absence: Councillor Annie Barber';
  // '2. Declarations …' 'confirmed that they had no personal interests'. Items '1. Apologies for absence' to '15 Close of Meeting'
  // ('15' is printed twice: '15. Open Forum', '15 Close of Meeting.'); the guest speakers' section before 1 is outside the numbering.
  // Decisions: 4 'The Councillors agreed …', 6.2.3 'It was agreed that the Parish Clerk would thank …', 7.2 'The Parish Councillors
  // agreed to accept the budget and set the Precept', 10.1 'It was agreed to put the Standing Orders back on the Agenda'.
  // shape: one flattened line; 'N.' items with 'N.M' and 'N.M.K' sub-paragraphs; names then initials (LH, KG) used in the text.
  {
    file: "west-dereham-parish-council_2019-12-05.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "West Dereham Parish Council",
    body: "Parish Council",
    date: "2019-12-05",
    present: ["Foy", "Glover", "Gore", "Hunt", "Pepper"],
    chair: "Hunt",
    apologies: ["Barber"],
    items: { count: 16, first: { number: "1", title: "Apologies for absence" }, last: { number: "15", title: "Close of Meeting" } },
    resolutions: 4,
    motions: 0,
    declarations: [],
  },
  // md: the whole minutes are file line 11 ('1429/12/2019' … '4429/12/2019' are run-in page footers). 'MINUTES OF WRETTON PARISH COUNCIL
  // MEETING … 4TH NOVEMBER 2019 Present: Cllr David Llewellyn – Chairman, Cllr Mick Peake, Cllr Mandy Peake, Cllr Martyn Cann, Cllr
  // Peter Garnett, Cllr Paul Williams. Also present: Borough Councillor Colin Sampson …'; '1. Apologies for Absence accepted from:
  // Apologies for absence received from Cllr Ian Mack.'; '2. Declaration of Interest made: Cllr Paul Williams declared an interest in
  // item 11.' Items '1.' to '12. Other Reports – for information only:'. Decisions: '3. Approval of Minutes: The minutes of the
  // meeting held on 27.08.19 were confirmed as a true record.' and '6. Accounts were presented and accepted for payment.' = 2
  // (truth: 0; it counts only agreed/resolved wording, and its notes list these as the alternative).
  // shape: one flattened line; 'N. Title:' items with 'N.M' sub-items; bullet (•) points.
  {
    file: "wretton-parish-council_2019-11-04.md",
    dir: "corpus",
    document_type: "minutes",
    organization: "Wretton Parish Council",
    body: "Parish Council",
    date: "2019-11-04",
    present: ["Llewellyn", "Peake", "Peake", "Cann", "Garnett", "Williams"],
    chair: "Llewellyn",
    apologies: ["Mack"],
    items: {
      count: 12,
      first: { number: "1", title: "Apologies for Absence accepted from" },
      last: { number: "12", title: "Other Reports – for information only" },
    },
    resolutions: 2,
    motions: 0,
    declarations: ["Williams"],
  },
];
