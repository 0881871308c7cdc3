// Types of the minutes JSON, generated from schemas/minutes.schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`.

/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Classification".
 */
export type Classification =
  | "apologies"
  | "declarations"
  | "previous_minutes"
  | "exclusion"
  | "public_questions"
  | "urgent_business"
  | "work_programme"
  | "attendance"
  | "matters_arising"
  | "announcements"
  | "adjournment"
  | "call_to_order";
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Block".
 */
export type Block = ParagraphBlock | HeadingBlock | ListBlock;

/**
 * One set of minutes of a public meeting, as read by `minutes parse`. Absent scalars are null, absent lists are []: a field is never missing.
 */
export interface MinutesDocument {
  /**
   * Semver of this schema.
   */
  schema_version: "1.0.0";
  document_type: "minutes" | "agenda" | "unknown";
  /**
   * The style configuration that read the items (uk-committee, uk-parish, irish, canadian, us-board), or null when the items are unnumbered or none were found.
   */
  style: string | null;
  source: DocumentSource;
  meeting: Meeting;
  attendance: Attendance;
  /**
   * Top-level items in document order.
   */
  items: Item[];
  warnings: Warning[];
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "DocumentSource".
 */
export interface DocumentSource {
  /**
   * The input path as given, or null for stdin.
   */
  path: string | null;
  format: "text" | "markdown" | "pdf" | "html" | "docx";
  /**
   * Of the input bytes.
   */
  sha256: string;
  bytes: number;
  /**
   * Page count for paged formats, else null.
   */
  pages: number | null;
  /**
   * The character encoding the text was decoded from (utf-8, utf-16le, utf-16be, windows-1252), or null for PDF and docx.
   */
  encoding: string | null;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Meeting".
 */
export interface Meeting {
  organization: string | null;
  body: string | null;
  date: string | null;
  start_time: string | null;
  location: string | null;
  status: "draft" | "approved" | null;
  links: Link[];
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Link".
 */
export interface Link {
  url: string;
  note: string | null;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Attendance".
 */
export interface Attendance {
  present: Person[];
  apologies: Person[];
  absent: Person[];
  in_attendance: Person[];
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * As printed, without honorific.
   */
  name: string;
  honorific: string | null;
  role: "chair" | "vice_chair" | null;
  position: string | null;
  substitute_for: string | null;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Source".
 */
export interface Source {
  line: number;
  end_line: number;
  page: number | null;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Item".
 */
export interface Item {
  id: string;
  number: string | null;
  title: string;
  title_raw: string;
  classification: Classification[];
  in_attendance: Person[];
  content: Block[];
  noted: Noted[];
  resolutions: Resolution[];
  motions: Motion[];
  declarations: Declaration[];
  actions: Action[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "ParagraphBlock".
 */
export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "HeadingBlock".
 */
export interface HeadingBlock {
  type: "heading";
  text: string;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "ListBlock".
 */
export interface ListBlock {
  type: "list";
  ordered: boolean;
  items: Point[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Point".
 */
export interface Point {
  /**
   * The point's printed number or letter without its punctuation ("1" for "1)", "a" for "(a)"), or null for a bullet.
   */
  number: string | null;
  /**
   * The point's text, without its bullet or number.
   */
  text: string;
  points: Point[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Noted".
 */
export interface Noted {
  /**
   * The sub-heading the points stand under, without its trailing dash or colon.
   */
  heading: string | null;
  /**
   * The sentence that introduced the noted material, e.g. 'The Chair invited … during which the following was noted:-'.
   */
  intro: string | null;
  points: Point[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Resolution".
 */
export interface Resolution {
  /**
   * The resolving words, or the whole resolution when it has no clauses.
   */
  text: string;
  clauses: Clause[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Clause".
 */
export interface Clause {
  number: string;
  text: string;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Motion".
 */
export interface Motion {
  text: string | null;
  kind: "motion" | "amendment";
  mover: string | null;
  seconder: string | null;
  result: "carried" | "lost" | "withdrawn" | null;
  result_raw: string | null;
  counts: null | VoteCounts;
  votes: Vote[];
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "VoteCounts".
 */
export interface VoteCounts {
  for: number | null;
  against: number | null;
  abstain: number | null;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Vote".
 */
export interface Vote {
  name: string;
  option: "for" | "against" | "abstain" | "absent";
  raw: string;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Declaration".
 */
export interface Declaration {
  /**
   * Who declared, without honorific; a group as printed ("Members who were district councillors").
   */
  name: string;
  /**
   * The item the interest concerns, as referred to ("12", "137/19"), or null.
   */
  item: string | null;
  /**
   * The kind of interest as printed, in lower case ("pecuniary", "disclosable pecuniary", "personal", "prejudicial", "other significant"), or null.
   */
  interest: string | null;
  /**
   * What the interest is, as the minutes state it ("he was a Member of Swale Borough Council", "Fanshawe College is her employer"), or null.
   */
  nature: string | null;
  /**
   * The sentence that records the declaration.
   */
  description: string;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Action".
 */
export interface Action {
  text: string;
  kind: "request_for_information" | "follow_up" | "deferral";
  owner: string | null;
  source: Source;
}
/**
 * This interface was referenced by `MinutesDocument`'s JSON-Schema
 * via the `definition` "Warning".
 */
export interface Warning {
  code: string;
  message: string;
  source: null | Source;
}
