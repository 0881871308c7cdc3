// Plain data shapes shared by the PDF reading steps (no pdf.js types leak past load.ts).

/** One positioned run of text from a page's text layer, in PDF user space (y grows upwards). */
export interface RawItem {
  str: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline of the run. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (height of the text matrix). */
  size: number;
  /** pdf.js font id, e.g. "g_d0_f2"; the same id means the same font within one document. */
  fontId: string;
}

/** The geometry of one page. */
export interface PageBox {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** Lowest y of the page box (usually 0). */
  bottom: number;
  /** Lowest x of the page box (usually 0): where a rendered image of the page starts. */
  left?: number;
}

/** One run of text inside a line, after merging touching items. */
export interface Segment {
  text: string;
  x: number;
  x1: number;
  size: number;
  fontId: string;
}

/** One visual line of a page: items sharing a baseline, joined left to right. */
export interface TextLine {
  page: number;
  /** The joined text, whitespace normalised, no leading or trailing space. */
  text: string;
  /** Left edge of the first visible character. */
  x0: number;
  /** Right edge of the last visible character. */
  x1: number;
  /** Baseline of the dominant (largest) run. */
  y: number;
  /** Dominant font size (by character count). */
  size: number;
  /** Dominant font id (by character count). */
  fontId: string;
  /** The runs the line is made of, left to right (spaces dropped). */
  segments: Segment[];
}

/** Document-wide typographic measurements used to interpret lines. */
export interface BodyMetrics {
  /** Most common font size of text, weighted by characters. */
  size: number;
  /** Most common font id of text, weighted by characters. */
  fontId: string;
  /** Most common left edge of lines (the body text margin). */
  margin: number;
  /** Typical right edge of full body lines. */
  right: number;
  /** Typical baseline distance between consecutive lines of a paragraph, divided by the font size. */
  pitchRatio: number;
}
