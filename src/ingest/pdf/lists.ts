// Detects list markers at the start of a line and says how to write them as CommonMark list items.

/** How a marker is written in the markdown output. */
export type MarkerKind =
  /** A glyph bullet (•, ●, -, …): written "- text". */
  | "bullet"
  /** A lettered, roman or parenthesised marker (a., (a), i), (i), (1)): written "- a. text", keeping the marker. */
  | "labelled"
  /** A plain number (1., 1)): written as printed, "1. text". */
  | "ordered";

export interface Marker {
  kind: MarkerKind;
  /** The marker as printed ("•", "a.", "(i)", "12."). */
  marker: string;
  /** The text after the marker. */
  rest: string;
}

/** Glyphs used as bullets, including the Private Use Area code points of Symbol and Wingdings bullets. */
const BULLET_GLYPHS = new Set([
  "•", "●", "○", "◦", "▪", "■", "□", "▫", "◆", "◇", "►", "▸", "‣", "∙", "·", "➢", "✓", "✔", "❖", "⁃",
  "\uf0b7", "\uf0a7", "\uf0a8", "\uf0d8", "\uf0d9", "\uf0fc", "\uf076", "\uf06e", "\uf0e8", "\uf0a4", "\uf0b2", "\uf071", "\uf0be",
]);
/** Dashes used as bullets; they need a space after them. */
const DASH_GLYPHS = new Set(["-", "–", "—", "*"]);

/** A glyph bullet followed by text: "• text", "•text". The first character is checked against BULLET_GLYPHS. */
const GLYPH_THEN_TEXT = /^(\S)\s*(\S.*)$/su;
/** A dash bullet: "- text", "– text" (a space is required). */
const DASH_THEN_TEXT = /^([-–—*])\s+(\S.*)$/su;
/** A lower-case letter marker: "a.", "a)", "(a)", and "(A)", "A)"; upper case with a full stop is too often an initial. */
const LETTER_MARKER = /^(\([a-zA-Z]\)|[a-zA-Z]\)|[a-z]\.)\s+(\S.*)$/su;
/** A roman numeral marker: "i.", "ii)", "(iv)", "(IV)". */
const ROMAN_MARKER = /^(\(([ivxIVX]{1,5})\)|([ivxIVX]{1,5})[.)])\s+(\S.*)$/su;
/** A well-formed roman numeral up to 39. */
const ROMAN_NUMERAL = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;
/** A plain number marker: "1.", "12)". */
const NUMBER_MARKER = /^(\d{1,3})([.)])\s+(\S.*)$/su;
/** A parenthesised number marker: "(1)". */
const PAREN_NUMBER_MARKER = /^(\(\d{1,3}\))\s+(\S.*)$/su;

/** Detects a list marker at the start of the text of a line. `firstRun` is the line's first run of text, when known. */
export function detectMarker(text: string, firstRun?: string): Marker | null {
  const glyph = GLYPH_THEN_TEXT.exec(text);
  if (glyph !== null && BULLET_GLYPHS.has(glyph[1] as string)) {
    return { kind: "bullet", marker: glyph[1] as string, rest: glyph[2] as string };
  }
  // A lone "o" set apart as its own run is the Courier/Symbol "o" bullet of word processors.
  if (firstRun === "o" && text.startsWith("o ") && text.length > 2) {
    return { kind: "bullet", marker: "o", rest: text.slice(2) };
  }
  const dash = DASH_THEN_TEXT.exec(text);
  if (dash !== null && DASH_GLYPHS.has(dash[1] as string)) {
    return { kind: "bullet", marker: dash[1] as string, rest: dash[2] as string };
  }
  const roman = ROMAN_MARKER.exec(text);
  if (roman !== null) {
    const numeral = roman[2] ?? roman[3] ?? "";
    const sameCase = numeral === numeral.toUpperCase() || numeral === numeral.toLowerCase();
    // Single letters (i, v, x) may be letters of a lettered list; either way the marker is kept as printed.
    if (ROMAN_NUMERAL.test(numeral) && sameCase) {
      return { kind: "labelled", marker: roman[1] as string, rest: roman[4] as string };
    }
  }
  const letter = LETTER_MARKER.exec(text);
  if (letter !== null) return { kind: "labelled", marker: letter[1] as string, rest: letter[2] as string };
  const number = NUMBER_MARKER.exec(text);
  if (number !== null) return { kind: "ordered", marker: `${number[1]}${number[2]}`, rest: number[3] as string };
  const paren = PAREN_NUMBER_MARKER.exec(text);
  if (paren !== null) return { kind: "labelled", marker: paren[1] as string, rest: paren[2] as string };
  return null;
}

/** The markdown text of a list item line (without indentation). */
export function markdownItem(marker: Marker): string {
  switch (marker.kind) {
    case "bullet":
      return `- ${marker.rest}`;
    case "labelled":
      return `- ${marker.marker} ${marker.rest}`;
    case "ordered":
      return `${marker.marker} ${marker.rest}`;
  }
}

/** The column where the content of a markdown list item starts, relative to its marker: 2 for "- ", 3 for "1. ", 4 for "10. ". */
export function contentOffset(marker: Marker): number {
  return marker.kind === "ordered" ? marker.marker.length + 1 : 2;
}

/**
 * The share of the first run's width taken by the marker and the space after it, to estimate where
 * the text after the marker starts when marker and text came in one run.
 */
export function markerShare(marker: Marker, lineText: string, firstRun: string): number {
  const consumed = lineText.length - marker.rest.length;
  if (firstRun.length === 0 || consumed >= firstRun.length) return 1;
  return Math.max(0, consumed) / firstRun.length;
}
