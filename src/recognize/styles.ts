// Styles of minutes as configurations of recognizers (after chrono-node's Configuration): each names the item numbering
// its minutes use, in order of preference. "auto" tries them all; the style that numbered the first item is reported.
import {
  DOTTED_NUMBER,
  ITEM_WORD,
  NUMBERING_STYLES,
  PLAIN_NUMBER,
  RESOLUTION_NUMBER,
  ROMAN_NUMBER,
  SLASHED_NUMBER,
  TRAILING_REFERENCE,
  type NumberingStyle,
} from "./item-heading.js";

export interface StyleConfiguration {
  name: string;
  description: string;
  /** Item numbering recognizers, most particular first. */
  numbering: NumberingStyle[];
  /** Wordings typical of the style, to tell it apart when the numbering is the common "1." kind. */
  cues: RegExp[];
}

export const STYLES: StyleConfiguration[] = [
  {
    name: "uk-committee",
    description: "UK committee minutes (ModernGov): '14. TITLE', '76. Title (Item 1)'",
    numbering: [PLAIN_NUMBER],
    cues: [/\bRESOLVED\s+that\b/, /\(Item \d+\)/, /\bIN ATTENDANCE:/, /\bPresent:-/, /\bproposed, and\b/],
  },
  {
    name: "uk-parish",
    description: "UK and Welsh parish and community councils: '137/19 Title', '21.01.03 Title', '1. TITLE'",
    numbering: [DOTTED_NUMBER, SLASHED_NUMBER, PLAIN_NUMBER],
    cues: [/\b(?:parish|community|town)\s+council\b/i, /\bCllrs?\.?\s/, /\bclerk\b/i],
  },
  {
    name: "irish",
    description: "Irish councils: '1.' alone then the title, 'Item 1: Title', 'Proposed by … And Resolved:'",
    numbering: [ITEM_WORD, PLAIN_NUMBER],
    cues: [/\bPRESENT IN THE CHAIR\b/i, /\bOFFICIALS IN ATTENDANCE\b/i, /\bCathaoirleach\b/, /\bAnd Resolved\b/i, /\bSPC\b/],
  },
  {
    name: "canadian",
    description: "Canadian councils: numbered resolutions 'R2023-147 …' as items, eScribe 'Motion Passed (13 to 0)'",
    numbering: [RESOLUTION_NUMBER, PLAIN_NUMBER],
    cues: [/\bMotion (?:Passed|Failed) \(\d+ to \d+\)/, /\bRegrets:/, /\bR\d{4}-\d+\b/, /\bBy-[Ll]aw\b/, /\bescribemeetings\b/],
  },
  {
    name: "us-board",
    description: "US boards and commissions: 'IV. Title', 'Title (A)', roll calls, 'RESULT: / MOTION BY: / AYES:'",
    numbering: [ROMAN_NUMBER, TRAILING_REFERENCE, PLAIN_NUMBER],
    cues: [/\bROLL CALL\b/i, /\bAYES:/, /\bMOTION BY:/, /\bPledge of Allegiance\b/i, /\bmade (?:a|the) motion\b/i, /\bCommissioners?\b/],
  },
];

/** Every numbering recognizer, for automatic detection: the particular before the general. */
export const AUTO_NUMBERING: NumberingStyle[] = NUMBERING_STYLES;

export const STYLE_NAMES = STYLES.map((style) => style.name);

export function styleNamed(name: string): StyleConfiguration | null {
  return STYLES.find((style) => style.name === name) ?? null;
}

/** How strongly a text shows each style's wordings: the number of its cues found. */
function cueScore(style: StyleConfiguration, text: string): number {
  return style.cues.filter((cue) => cue.test(text)).length;
}

/**
 * The style of a document: a numbering particular to one style decides ("137/19", "R2023-147", "IV."); the common
 * "1." numbering, or none, is decided by the style whose wordings the text shows most (ties go to the first listed).
 */
export function detectStyle(numbering: NumberingStyle | null, text: string): StyleConfiguration | null {
  if (numbering && numbering !== PLAIN_NUMBER) return styleOfNumbering(numbering);
  const scored = STYLES.map((style) => ({ style, score: cueScore(style, text) })).filter((s) => s.style.numbering.includes(PLAIN_NUMBER) || !numbering);
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a), scored[0]!);
  return best.score > 0 ? best.style : numbering ? styleOfNumbering(numbering) : null;
}

/** The style a detected numbering belongs to: the first configuration that lists it as its own (first) numbering,
 * else the first that lists it at all. */
export function styleOfNumbering(numbering: NumberingStyle): StyleConfiguration | null {
  return STYLES.find((style) => style.numbering[0] === numbering) ?? STYLES.find((style) => style.numbering.includes(numbering)) ?? null;
}
