// Word's automatic list numbering, made visible: the number a reader sees on each numbered paragraph (worked out from
// word/numbering.xml and word/styles.xml) is written into the paragraph's text, and the paragraph's numbering is turned
// off, so that mammoth gives "5. Apologies" as a paragraph where it would give an <li> with no number.
//
// What is followed: numbering given on the paragraph (w:numPr) or by its paragraph style (and the styles it is based on);
// the formats decimal, decimalZero, lowerLetter, upperLetter, lowerRoman, upperRoman and ordinal-free text; lvlText such
// as "%1." or "%1.%2"; start values; w:lvlOverride (startOverride, or a level redefined) when a list instance is first
// used; w:lvlRestart; isLgl. Counters belong to the abstract numbering, so a list instance (w:numId) that shares it
// continues its numbers unless it overrides its start, as Word does.
// Limits: bullets and "none" are left to mammoth (bullets stay bulleted lists); other formats (chicago, cardinalText, East
// Asian counting…) fall back to decimal; numbering of the document's default paragraph style, fields (SEQ, LISTNUM) and
// paragraphs in headers, footers, footnotes and comments are not counted; tracked changes are read as accepted.
// The XML is scanned by hand (docx-xml.ts), with no regular expression, in one pass.
import { attr, encodeXml, type Tag, tags } from "./docx-xml.js";

/** The longest level text kept ("%1.%2.%3" and the like are a few characters): a longer one is cut, so that a label
 * written into every paragraph cannot make a small document's text huge. */
const MOST_LABEL_TEXT = 64;

interface Level {
  start: number;
  format: string;
  text: string;
  /** 0: never restarts; n: restarts after level n-1 (1-based, as in the XML); undefined: after any shallower level. */
  restart?: number;
  legal: boolean;
}

interface AbstractNum {
  levels: Map<number, Level>;
  styleLink?: string;
}

interface NumInstance {
  abstractId: string;
  /** Levels the instance overrides: a start, a whole level, or both. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumInstance>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** A boolean property: present with no value, or with a true value. */
function on(tag: Tag): boolean {
  const value = attr(tag, "w:val");
  return value === undefined || value === "1" || value === "true" || value === "on";
}

/** Read word/numbering.xml. */
export function readNumbering(xml: string | null): Numbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  let abstract: AbstractNum | null = null;
  let num: NumInstance | null = null;
  let override: { ilvl: number; start?: number; level?: Level } | null = null;
  let level: { ilvl: number; level: Level } | null = null;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      if (tag.name === "w:abstractNum") abstract = null;
      else if (tag.name === "w:num") num = null;
      else if (tag.name === "w:lvlOverride" && override && num) {
        num.overrides.set(override.ilvl, { start: override.start, level: override.level });
        override = null;
      } else if (tag.name === "w:lvl" && level) {
        if (override) override.level = level.level;
        else abstract?.levels.set(level.ilvl, level.level);
        level = null;
      }
      continue;
    }
    switch (tag.name) {
      case "w:abstractNum": {
        const id = attr(tag, "w:abstractNumId");
        abstract = { levels: new Map() };
        if (id !== undefined && !tag.empty) abstracts.set(id, abstract);
        break;
      }
      case "w:num": {
        const id = attr(tag, "w:numId");
        num = { abstractId: "", overrides: new Map() };
        if (id !== undefined && !tag.empty) nums.set(id, num);
        break;
      }
      case "w:abstractNumId":
        if (num) num.abstractId = attr(tag, "w:val") ?? "";
        break;
      case "w:numStyleLink":
        if (abstract) abstract.styleLink = attr(tag, "w:val");
        break;
      case "w:lvlOverride":
        if (num && !tag.empty) override = { ilvl: int(attr(tag, "w:ilvl")) ?? 0 };
        break;
      case "w:startOverride":
        if (override) override.start = int(attr(tag, "w:val"));
        break;
      case "w:lvl":
        if (!tag.empty) level = { ilvl: int(attr(tag, "w:ilvl")) ?? 0, level: { start: 1, format: "decimal", text: "", legal: false } };
        break;
      case "w:start":
        if (level) level.level.start = int(attr(tag, "w:val")) ?? 1;
        break;
      case "w:numFmt": {
        // Word writes a "custom" format in mc:Choice with a plain one in mc:Fallback: the plain one is kept
        const format = attr(tag, "w:val");
        if (level && format && format !== "custom") level.level.format = format;
        break;
      }
      case "w:lvlText":
        if (level) level.level.text = (attr(tag, "w:val") ?? "").slice(0, MOST_LABEL_TEXT);
        break;
      case "w:lvlRestart":
        if (level) level.level.restart = int(attr(tag, "w:val"));
        break;
      case "w:isLgl":
        if (level) level.level.legal = on(tag);
        break;
    }
  }
  return { abstracts, nums };
}

/** Read the numbering paragraph styles give (word/styles.xml): style id to its numPr and the style it is based on. */
export function readStyleNumbering(xml: string | null): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!xml) return styles;
  let style: StyleNumbering | null = null;
  let inNumPr = false;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      if (tag.name === "w:style") style = null;
      else if (tag.name === "w:numPr") inNumPr = false;
      continue;
    }
    if (tag.name === "w:style") {
      style = {};
      const id = attr(tag, "w:styleId");
      if (id !== undefined && !tag.empty) styles.set(id, style);
    } else if (!style) continue;
    else if (tag.name === "w:basedOn") style.basedOn = attr(tag, "w:val");
    else if (tag.name === "w:numPr") inNumPr = !tag.empty;
    else if (inNumPr && tag.name === "w:numId") style.numId = attr(tag, "w:val");
    else if (inNumPr && tag.name === "w:ilvl") style.ilvl = int(attr(tag, "w:val"));
  }
  return styles;
}

const ROMAN: [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  for (const [value, digits] of ROMAN) {
    for (; n >= value; n -= value) out += digits;
  }
  return out;
}

/** Counters past this are shown as digits in letter formats: "z" repeated 30 times is as far as Word's letters go. */
const MOST_LETTERS = 26 * 30;

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not spreadsheet columns). */
function letters(n: number): string {
  if (n <= 0 || n > MOST_LETTERS) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Formats that show no number: left as they are (bullets stay a bulleted list). */
const UNNUMBERED = new Set(["bullet", "none"]);

/** The displayed numbers of numbered paragraphs, in document order. */
export class ListCounter {
  /** Counters per abstract numbering, by level. */
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly used = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  private abstractOf(num: NumInstance): { id: string; abstract: AbstractNum } | null {
    const id = num.abstractId;
    const abstract = this.numbering.abstracts.get(id);
    // a list style's numbering links to the abstract numbering of the num its style names (one step)
    if (abstract?.styleLink !== undefined) return null;
    return abstract ? { id, abstract } : null;
  }

  /**
   * The label of the next paragraph of list instance `numId` at level `ilvl` ("5.", "3.2", "(b)"), null when the
   * paragraph shows no number, undefined when its numbering cannot be found.
   */
  next(numId: string, ilvl: number, styleNums?: (styleId: string) => string | undefined): string | null | undefined {
    let num = this.numbering.nums.get(numId);
    if (!num) return undefined;
    let found = this.abstractOf(num);
    if (!found) {
      const link = this.numbering.abstracts.get(num.abstractId)?.styleLink;
      const linked = link === undefined ? undefined : styleNums?.(link);
      const target = linked === undefined ? undefined : this.numbering.nums.get(linked);
      if (!target) return undefined;
      found = this.abstractOf(target);
      if (!found) return undefined;
      // the overrides are those of the instance the paragraph names
      num = { abstractId: target.abstractId, overrides: num.overrides.size > 0 ? num.overrides : target.overrides };
    }
    const instance = num;
    const levelOf = (l: number): Level | undefined => instance.overrides.get(l)?.level ?? found.abstract.levels.get(l);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const counts = this.counts.get(found.id) ?? [];
    this.counts.set(found.id, counts);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [l, override] of instance.overrides) if (override.start !== undefined || override.level) counts[l] = undefined;
    }
    const startOf = (l: number): number => instance.overrides.get(l)?.start ?? levelOf(l)?.start ?? 1;
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    // deeper levels start again after this one, unless their lvlRestart says otherwise
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelOf(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counts[deeper] = undefined;
    }
    if (UNNUMBERED.has(level.format)) return null;
    let label = "";
    for (let i = 0; i < level.text.length; i++) {
      const ch = level.text[i];
      const digit = level.text.charCodeAt(i + 1) - 48;
      if (ch === "%" && digit >= 1 && digit <= 9) {
        const l = digit - 1;
        const shown = levelOf(l);
        const value = counts[l] ?? startOf(l);
        label += level.legal && l !== ilvl ? String(value) : formatNumber(value, shown?.format === undefined || level.legal ? "decimal" : shown.format);
        i++;
      } else label += ch;
    }
    label = label.trim();
    return label === "" ? null : label;
  }
}

/** What numberParagraphs did. */
export interface NumberedXml {
  xml: string;
  /** Paragraphs given their number as text. */
  numbered: number;
  /** Paragraphs whose numbering names a list that word/numbering.xml does not define. */
  unresolved: number;
}

/** The numPr that turns numbering off (mammoth reads numId 0 as none, and it overrides a style's numbering). */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

interface Paragraph {
  /** Whether a child element of the paragraph has been seen: properties (w:pPr) are its first child. */
  sawChild: boolean;
  inPPr: boolean;
  /** Depth inside a w:pPrChange (the properties before a tracked change), whose content is not the paragraph's. */
  changeDepth: number;
  style?: string;
  numId?: string;
  ilvl?: number;
  inNumPr: boolean;
  numPr?: { start: number; end: number };
}

/**
 * Write the displayed number of every numbered paragraph of word/document.xml into its text, and turn its numbering off.
 * Paragraphs with no number (bullets) are left alone.
 */
export function numberParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): NumberedXml {
  const numbering = readNumbering(numberingXml);
  // no lists, and no paragraph naming one (a style naming one is not looked for): nothing to do
  if (numbering.nums.size === 0 && !documentXml.includes("<w:numPr")) return { xml: documentXml, numbered: 0, unresolved: 0 };
  const styles = readStyleNumbering(stylesXml);
  const counter = new ListCounter(numbering);
  // a style's numbering, else that of the style it is based on, and so on (a loop of basedOn is cut)
  const styleNumbering = (id: string | undefined): { numId?: string; ilvl?: number } => {
    const out: { numId?: string; ilvl?: number } = {};
    const seen = new Set<string>();
    for (let at = id; at !== undefined && !seen.has(at); ) {
      seen.add(at);
      const style = styles.get(at);
      if (!style) break;
      out.numId ??= style.numId;
      out.ilvl ??= style.ilvl;
      at = style.basedOn;
    }
    return out;
  };
  const edits: { at: number; end: number; text: string }[] = [];
  const stack: Paragraph[] = [];
  let numbered = 0;
  let unresolved = 0;
  /** The paragraph's properties end at `pPrEnd` (the start of its "</w:pPr>"): number it. */
  const finish = (p: Paragraph, pPrEnd: number): void => {
    const fromStyle = styleNumbering(p.style);
    const numId = p.numId ?? fromStyle.numId;
    if (numId === undefined || numId === "0") return;
    const ilvl = p.ilvl ?? fromStyle.ilvl ?? 0;
    const label = counter.next(numId, ilvl, (styleId) => styles.get(styleId)?.numId);
    if (label === undefined) {
      unresolved++;
      return;
    }
    if (label === null) return;
    numbered++;
    const run = `<w:r><w:t xml:space="preserve">${encodeXml(label)} </w:t></w:r>`;
    if (p.numPr) edits.push({ at: p.numPr.start, end: p.numPr.end, text: NO_NUMBERING });
    else edits.push({ at: pPrEnd, end: pPrEnd, text: NO_NUMBERING });
    const after = documentXml.indexOf(">", pPrEnd) + 1;
    edits.push({ at: after, end: after, text: run });
  };
  for (const tag of tags(documentXml)) {
    const p = stack[stack.length - 1];
    if (tag.name === "w:p") {
      if (tag.closing) stack.pop();
      else if (!tag.empty) stack.push({ sawChild: false, inPPr: false, changeDepth: 0, inNumPr: false });
      continue;
    }
    if (!p?.inPPr) {
      if (p && !p.sawChild) {
        p.sawChild = true;
        p.inPPr = !tag.closing && !tag.empty && tag.name === "w:pPr";
      }
      continue;
    }
    if (tag.name === "w:pPrChange") {
      if (!tag.empty) p.changeDepth += tag.closing ? -1 : 1;
      continue;
    }
    if (p.changeDepth > 0) continue;
    if (tag.closing) {
      if (tag.name === "w:pPr") {
        p.inPPr = false;
        finish(p, tag.start);
      } else if (tag.name === "w:numPr" && p.inNumPr && p.numPr) {
        p.inNumPr = false;
        p.numPr.end = tag.end;
      }
      continue;
    }
    if (tag.name === "w:pStyle") p.style = attr(tag, "w:val");
    else if (tag.name === "w:numPr") {
      p.numPr = { start: tag.start, end: tag.end };
      p.inNumPr = !tag.empty;
    } else if (p.inNumPr && tag.name === "w:numId") p.numId = attr(tag, "w:val");
    else if (p.inNumPr && tag.name === "w:ilvl") p.ilvl = int(attr(tag, "w:val"));
  }
  if (edits.length === 0) return { xml: documentXml, numbered, unresolved };
  edits.sort((a, b) => a.at - b.at);
  let xml = "";
  let at = 0;
  for (const edit of edits) {
    xml += documentXml.slice(at, edit.at) + edit.text;
    at = edit.end;
  }
  xml += documentXml.slice(at);
  return { xml, numbered, unresolved };
}
