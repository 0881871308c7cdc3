// The minutes as flat tables for spreadsheets and SQL (`minutes export`): the tables' layout, and a pure function from one document to its rows.
//
// Keys are stable: they are made from the document's sha256 (the bytes of the minutes) and positions in the
// document, never from counters across a run, so the same meeting exported twice, alone or among others, gets the
// same keys. Every row keeps the line and page it was read from (a vote, which has none of its own, its motion's).
import type { Item, MinutesDocument, Person, Point, Source } from "../types/minutes.js";
import { personKey } from "./person-key.js";

export type ColumnType = "TEXT" | "INTEGER";

export interface Column {
  name: string;
  type: ColumnType;
  /** Never null. */
  required?: boolean;
  /** The table whose key this column holds (a foreign key, deleted with it). */
  references?: TableName;
  /** What the column holds, for the README and the tests. */
  about?: string;
}

export type TableName =
  | "meetings"
  | "attendance"
  | "items"
  | "noted_points"
  | "resolutions"
  | "clauses"
  | "motions"
  | "votes"
  | "declarations"
  | "actions"
  | "warnings";

export interface Table {
  name: TableName;
  /** The first column: the table's primary key. */
  columns: Column[];
  /** Columns indexed for lookups (foreign keys are indexed too). */
  indexes: string[];
  /** Columns indexed for full-text search (an FTS5 table `<name>_fts` over them). */
  fullText?: string[];
}

const key = (name: string, about: string): Column => ({ name, type: "TEXT", required: true, about });
const text = (name: string, about?: string): Column => ({ name, type: "TEXT", about });
const integer = (name: string, about?: string): Column => ({ name, type: "INTEGER", about });
const ref = (name: string, table: TableName, required = true): Column => ({ name, type: "TEXT", required, references: table });
const SOURCE: Column[] = [integer("line", "first line it was read from"), integer("end_line"), integer("page", "page of a PDF, else empty")];

/** Every table, parents before children. */
export const TABLES: readonly Table[] = [
  {
    name: "meetings",
    columns: [
      key("meeting_id", "the first 16 hex digits of the sha256 of the minutes' bytes"),
      text("path", "the input as given to parse"),
      text("format"),
      text("sha256"),
      integer("bytes"),
      integer("pages"),
      text("document_type", "minutes, agenda or unknown"),
      text("style"),
      text("organization"),
      text("body"),
      text("date", "YYYY-MM-DD"),
      text("start_time"),
      text("location"),
      text("status"),
      text("schema_version"),
    ],
    indexes: ["date", "body", "path"],
  },
  {
    name: "items",
    columns: [
      key("item_id", "<meeting_id>-i<n>, n its place in the minutes from 1"),
      ref("meeting_id", "meetings"),
      integer("ordinal"),
      text("item_ref", "the item's id in the JSON"),
      text("number", "as printed"),
      text("title"),
      text("title_raw"),
      text("classification", "comma-separated"),
      ...SOURCE,
    ],
    indexes: [],
    fullText: ["title"],
  },
  {
    name: "attendance",
    columns: [
      key("attendance_id", "<meeting_id>-<list>-<n>, or <item_id>-in_attendance-<n> for an item's own list"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items", false),
      text("list", "present, apologies, absent or in_attendance"),
      integer("ordinal", "place in the list, from 1"),
      text("name", "as printed, without honorific"),
      text("honorific"),
      text("person_key", "folded surname|first initial (see the README)"),
      text("role", "chair, vice_chair or empty"),
      text("position"),
      text("substitute_for"),
      ...SOURCE,
    ],
    indexes: ["person_key", "name"],
  },
  {
    name: "noted_points",
    columns: [
      key("point_id", "<item_id>-n<group>.<n>[.<n>…]: the group, then the point's place at each depth"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      ref("parent_id", "noted_points", false),
      integer("group_ordinal"),
      text("heading", "the sub-heading the points stand under"),
      text("intro"),
      integer("depth", "0 for a top point"),
      text("number", "printed number or letter; empty for a bullet"),
      text("text"),
      ...SOURCE,
    ],
    indexes: [],
    fullText: ["text"],
  },
  {
    name: "resolutions",
    columns: [
      key("resolution_id", "<item_id>-r<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      integer("ordinal"),
      text("text", "the resolving words"),
      text("full_text", "the resolving words and every clause, one a line"),
      ...SOURCE,
    ],
    indexes: [],
    fullText: ["full_text"],
  },
  {
    name: "clauses",
    columns: [
      key("clause_id", "<resolution_id>-c<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      ref("resolution_id", "resolutions"),
      integer("ordinal"),
      text("number"),
      text("text"),
      ...SOURCE,
    ],
    indexes: [],
  },
  {
    name: "motions",
    columns: [
      key("motion_id", "<item_id>-m<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      integer("ordinal"),
      text("kind", "motion or amendment"),
      text("text"),
      text("mover"),
      text("mover_key", "person_key of the mover"),
      text("seconder"),
      text("seconder_key"),
      text("result", "carried, lost, withdrawn or empty"),
      text("result_raw"),
      integer("votes_for"),
      integer("votes_against"),
      integer("votes_abstain"),
      ...SOURCE,
    ],
    indexes: ["result", "mover_key"],
  },
  {
    name: "votes",
    columns: [
      key("vote_id", "<motion_id>-v<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      ref("motion_id", "motions"),
      integer("ordinal"),
      text("name"),
      text("person_key"),
      text("option", "for, against, abstain or absent"),
      text("raw"),
      ...SOURCE,
    ],
    indexes: ["person_key", "name"],
  },
  {
    name: "declarations",
    columns: [
      key("declaration_id", "<item_id>-d<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      integer("ordinal"),
      text("name"),
      text("person_key"),
      text("item_referred", "the item the interest concerns, as referred to"),
      text("interest"),
      text("nature"),
      text("description"),
      ...SOURCE,
    ],
    indexes: ["person_key"],
  },
  {
    name: "actions",
    columns: [
      key("action_id", "<item_id>-a<n>"),
      ref("meeting_id", "meetings"),
      ref("item_id", "items"),
      integer("ordinal"),
      text("kind", "request_for_information, follow_up or deferral"),
      text("text"),
      text("owner"),
      ...SOURCE,
    ],
    indexes: [],
  },
  {
    name: "warnings",
    columns: [
      key("warning_id", "<meeting_id>-w<n>"),
      ref("meeting_id", "meetings"),
      integer("ordinal"),
      text("code"),
      text("message"),
      ...SOURCE,
    ],
    indexes: ["code"],
  },
];

export type Value = string | number | null;
export type Row = Value[];
export type TableRows = Record<TableName, Row[]>;

export function emptyRows(): TableRows {
  return Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as TableRows;
}

/** The meeting's key: the first 16 hex digits (64 bits) of the sha256 of the minutes' bytes. */
export function meetingId(doc: MinutesDocument): string {
  return doc.source.sha256.slice(0, 16);
}

const at = (source: Source | null): Row => (source ? [source.line, source.end_line, source.page] : [null, null, null]);

/** Points in document order, each with its key and its parent's. */
function flattenPoints(points: Point[], prefix: string, parent: string | null, depth: number, out: { id: string; parent: string | null; depth: number; point: Point }[]): void {
  points.forEach((point, i) => {
    const id = `${prefix}.${i + 1}`;
    out.push({ id, parent, depth, point });
    flattenPoints(point.points, id, id, depth + 1, out);
  });
}

function personRow(id: string, meeting: string, item: string | null, list: string, ordinal: number, person: Person): Row {
  return [id, meeting, item, list, ordinal, person.name, person.honorific, personKey(person.name), person.role, person.position, person.substitute_for, ...at(person.source)];
}

function itemRows(rows: TableRows, meeting: string, item: Item, ordinal: number): void {
  const itemId = `${meeting}-i${ordinal}`;
  rows.items.push([itemId, meeting, ordinal, item.id, item.number, item.title, item.title_raw, item.classification.join(","), ...at(item.source)]);
  item.in_attendance.forEach((person, i) => rows.attendance.push(personRow(`${itemId}-in_attendance-${i + 1}`, meeting, itemId, "in_attendance", i + 1, person)));
  item.noted.forEach((group, g) => {
    const points: { id: string; parent: string | null; depth: number; point: Point }[] = [];
    flattenPoints(group.points, `${itemId}-n${g + 1}`, null, 0, points);
    for (const { id, parent, depth, point } of points) {
      rows.noted_points.push([id, meeting, itemId, parent, g + 1, group.heading, group.intro, depth, point.number, point.text, ...at(point.source)]);
    }
  });
  item.resolutions.forEach((resolution, r) => {
    const resolutionId = `${itemId}-r${r + 1}`;
    const full = [resolution.text, ...resolution.clauses.map((c) => `${c.number}) ${c.text}`)].join("\n");
    rows.resolutions.push([resolutionId, meeting, itemId, r + 1, resolution.text, full, ...at(resolution.source)]);
    resolution.clauses.forEach((clause, c) => {
      rows.clauses.push([`${resolutionId}-c${c + 1}`, meeting, itemId, resolutionId, c + 1, clause.number, clause.text, ...at(clause.source)]);
    });
  });
  item.motions.forEach((motion, m) => {
    const motionId = `${itemId}-m${m + 1}`;
    const counts = motion.counts ?? { for: null, against: null, abstain: null };
    rows.motions.push([
      motionId, meeting, itemId, m + 1, motion.kind, motion.text,
      motion.mover, motion.mover === null ? null : personKey(motion.mover),
      motion.seconder, motion.seconder === null ? null : personKey(motion.seconder),
      motion.result, motion.result_raw, counts.for, counts.against, counts.abstain, ...at(motion.source),
    ]);
    motion.votes.forEach((vote, v) => {
      rows.votes.push([`${motionId}-v${v + 1}`, meeting, itemId, motionId, v + 1, vote.name, personKey(vote.name), vote.option, vote.raw, ...at(motion.source)]);
    });
  });
  item.declarations.forEach((d, i) => {
    rows.declarations.push([`${itemId}-d${i + 1}`, meeting, itemId, i + 1, d.name, personKey(d.name), d.item, d.interest, d.nature, d.description, ...at(d.source)]);
  });
  item.actions.forEach((a, i) => rows.actions.push([`${itemId}-a${i + 1}`, meeting, itemId, i + 1, a.kind, a.text, a.owner, ...at(a.source)]));
}

/** One document as rows of every table, in document order; `into` (when given) receives them. */
export function documentRows(doc: MinutesDocument, into: TableRows = emptyRows()): TableRows {
  const meeting = meetingId(doc);
  const { source, meeting: m } = doc;
  into.meetings.push([
    meeting, source.path, source.format, source.sha256, source.bytes, source.pages, doc.document_type, doc.style,
    m.organization, m.body, m.date, m.start_time, m.location, m.status, doc.schema_version,
  ]);
  for (const list of ["present", "apologies", "absent", "in_attendance"] as const) {
    doc.attendance[list].forEach((person, i) => into.attendance.push(personRow(`${meeting}-${list}-${i + 1}`, meeting, null, list, i + 1, person)));
  }
  doc.items.forEach((item, i) => itemRows(into, meeting, item, i + 1));
  doc.warnings.forEach((w, i) => into.warnings.push([`${meeting}-w${i + 1}`, meeting, i + 1, w.code, w.message, ...at(w.source)]));
  return into;
}
