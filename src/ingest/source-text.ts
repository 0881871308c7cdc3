// The hand-over from ingest to parse: the lines the parser reads, each mapped back to where it came from.
import type { Warning } from "../types/minutes.js";

export type InputFormat = "text" | "markdown" | "pdf" | "html" | "docx";

/** How a line shows the gap between two columns (a table's cells, a PDF layout's columns): three spaces, as a text
 * layout writes it, where words are one space apart. */
export const COLUMN_GAP = "   ";

/** One line the parser reads. */
export interface SourceLine {
  /** The normalised text of the line (no line break). */
  text: string;
  /** 1-based line in the text the user can see: the input file for text, the reconstructed text (`minutes text`) for PDF and docx. */
  line: number;
  /** 1-based page, for paged inputs; null otherwise. */
  page: number | null;
  /** A piece of a line that held whole minutes run together, broken before one of its numbered items (see run-on.ts). */
  runOn?: boolean;
}

/** What ingest hands to parse. */
export interface SourceText {
  format: InputFormat;
  /** The character encoding the bytes were decoded from; null for PDF and docx. */
  encoding: string | null;
  /** Page count for paged inputs; null otherwise. */
  pages: number | null;
  lines: SourceLine[];
  warnings: Warning[];
  /** Page furniture set aside from a PDF (running headers and footers), for recognizers that look for a lost title. */
  furniture?: { text: string; page: number }[];
  /** The date of a markdown post's front matter, as written: the meeting's date when the minutes print none. */
  published?: { text: string; line: number };
}
