// HTML minutes to markdown-like lines. parse5, the HTML parser rehype-parse runs, builds the tree a browser builds
// (implied and misnested tags repaired, entities decoded), each node with its place in the HTML; a walk of that tree
// reduces the main content (the first <article> or <main>, else the body) to lines: block elements as paragraphs, <ol>/<ul>
// items as numbered and bulleted lines, headings as "##", a table row as a line. Each line keeps the line in the HTML
// where its text is. The walk keeps its own stack, so no nesting can take it past the call stack; parse5 is loaded on
// first use: HTML and Word input only.
import { createRequire } from "node:module";
import type * as Parse5 from "parse5";
import type { DefaultTreeAdapterTypes as P5 } from "parse5";
import { COLUMN_GAP, type SourceLine } from "./source-text.js";

/** Elements whose content is never text of the minutes. */
const SKIPPED = new Set(["script", "style", "head", "nav", "aside", "form", "button", "noscript", "svg", "select", "template", "iframe"]);
/** Elements that end a paragraph where they open and where they close. */
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "footer", "table", "tr", "blockquote", "dl", "dt", "dd", "hr", "time", "figure", "body", "html", "li"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Table cells: a column gap between one cell's text and the next, the row staying one line. */
const CELLS = new Set(["td", "th"]);
/** Where one cell ends and the next begins, while the row is written: written out as a column gap. */
const CELL_BREAK = "\u001f";
/** Most characters of a cell in a row of short cells (names, offices, dates, amounts), which is one line of a table. */
const MAX_SHORT_CELL = 100;
/** Elements that keep a cell from being short, whatever its length: another table, a list. */
const NOT_SHORT = new Set(["table", "ol", "ul"]);
const LISTS = new Set(["ol", "ul"]);
/** A line holding only a list marker so far. */
const LIST_MARKER_ONLY = /^\s*(?:\d+\.|-)\s*$/;
/** A run of white space (any: new lines, tabs, no-break spaces), which HTML shows as one space. */
const WHITE_SPACE_RUN = /\s+/g;
/** The white space a text begins with. */
const LEADING_WHITE_SPACE = /^\s*/;
/** A list number as an attribute gives it (`<ol start="5">`, `<li value="7">`): digits, perhaps signed. */
const LIST_NUMBER = /^\s*[-+]?\d{1,9}\s*$/;
/** A list's end tag as written: "</ul", "</OL". */
const LIST_END_TAG = /<\/(?:ul|ol)(?=[\s/>])/gi;

let parser: typeof Parse5.parse | null = null;

/**
 * parse5's parse, loaded on the first HTML read. parse5 is an ES module, loaded with require (Node 20.19 and later load ES
 * modules that way), so that reading HTML stays synchronous (`parseMinutesText`) while a run on text, markdown or PDF
 * input never loads it.
 */
function parse(html: string): P5.Document {
  parser ??= (createRequire(import.meta.url)("parse5") as typeof Parse5).parse;
  // as rehype-parse parses: node positions, and <noscript> read as markup (it is skipped)
  return parser(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
}

type Node = P5.Node;
type Element = P5.Element;

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** A node's children, in order; a <template>'s are in its content, which is never read. */
function childrenOf(node: Node): P5.ChildNode[] {
  return "childNodes" in node ? node.childNodes : [];
}

/** The nodes under `root` in document order, outside skipped elements, without recursion. */
function* descendants(root: Node): Generator<Node> {
  const stack: Node[] = [...childrenOf(root)].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node) && SKIPPED.has(node.tagName)) continue;
    yield node;
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
}

/** Where a list is in the HTML, from its start tag to the end of its end tag. */
interface ListSpan {
  start: number;
  end: number;
  kind: string;
}

/**
 * The offsets of list end tags that close a list of the other kind: "</ul>" written for an open <ol>, as hand-made pages
 * have it. The parser ignores them (the list goes on, and the minutes' next items are read as its items); a reader sees
 * the list end there. Found as the list end tags the tree does not hold that stand inside a list of the other kind.
 */
function mismatchedListEnds(html: string, document: P5.Document): number[] {
  const lists: ListSpan[] = [];
  const closing = new Set<number>();
  for (const node of [document, ...descendants(document)]) {
    if (!isElement(node) || !LISTS.has(node.tagName) || !node.sourceCodeLocation) continue;
    const { startOffset, endOffset, endTag } = node.sourceCodeLocation;
    lists.push({ start: startOffset, end: endTag?.endOffset ?? endOffset, kind: node.tagName });
    if (endTag) closing.add(endTag.startOffset);
  }
  if (lists.length === 0) return [];
  lists.sort((a, b) => a.start - b.start);
  const out: number[] = [];
  // the lists around the tag, innermost last: lists nest, so one sweep in document order finds them
  const open: ListSpan[] = [];
  const innermost = (): ListSpan | undefined => open[open.length - 1];
  let next = 0;
  for (const tag of html.matchAll(LIST_END_TAG)) {
    const at = tag.index;
    if (closing.has(at)) continue;
    for (let list = lists[next]; list && list.start < at; list = lists[++next]) {
      while ((innermost()?.end ?? Infinity) <= list.start) open.pop();
      open.push(list);
    }
    while ((innermost()?.end ?? Infinity) <= at) open.pop();
    const kind = innermost()?.kind;
    if (kind && kind !== tag[0].slice(2).toLowerCase()) out.push(at);
  }
  return out;
}

/** The HTML with the list end tags at these offsets turned to the other kind ("</ul" to "</ol"): the same length, so every line and offset stays. */
function swapListEnds(html: string, offsets: number[]): string {
  const swap: Record<string, string> = { u: "o", U: "O", o: "u", O: "U" };
  let out = "";
  let from = 0;
  for (const at of offsets) {
    const kind = html.charAt(at + 2);
    out += html.slice(from, at + 2) + (swap[kind] ?? kind);
    from = at + 3;
  }
  return out + html.slice(from);
}

/** The tree of an HTML page, a list end tag of the wrong kind read as ending the list it stands in. */
function parseHtml(html: string): P5.Document {
  const document = parse(html);
  const mismatched = mismatchedListEnds(html, document);
  return mismatched.length === 0 ? document : parse(swapListEnds(html, mismatched));
}

/** The part of the page that holds the minutes: the first <article>, else the first <main>, else the <body> (parse5
 * always makes one). A <main> that holds one <article> and the title above it ("Board Meeting Summary - 2018-03-31",
 * "Meeting Held on March 31, 2018") is taken whole. */
function mainContent(document: P5.Document): Node {
  const first = (root: Node, tag: string): Element | null => {
    for (const node of descendants(root)) if (isElement(node) && node.tagName === tag) return node;
    return null;
  };
  const article = first(document, "article");
  const main = first(document, "main");
  if (article && main && contains(main, article) && countOf(main, "article") === 1) return main;
  return article ?? main ?? first(document, "body") ?? document;
}

function contains(outer: Node, inner: Node): boolean {
  for (let node: Node | null = inner; node; node = (node as { parentNode?: Node | null }).parentNode ?? null) if (node === outer) return true;
  return false;
}

function countOf(root: Node, tag: string): number {
  let n = 0;
  for (const node of descendants(root)) if (isElement(node) && node.tagName === tag) n++;
  return n;
}

/** The line of a text's first word: the line it starts on, after the line breaks it begins with. */
function firstWordLine(text: P5.TextNode, fallback: number): number {
  const start = text.sourceCodeLocation?.startLine;
  if (start === undefined) return fallback;
  const lead = LEADING_WHITE_SPACE.exec(text.value)?.[0] ?? "";
  let breaks = 0;
  for (let i = 0; i < lead.length; i++) if (lead.charCodeAt(i) === 10) breaks++;
  return start + breaks;
}

/** An attribute's list number (`start`, `value`), or null when it has none or it is not a number. */
function listNumber(element: Element, name: string): number | null {
  const value = element.attrs.find((attr) => attr.name === name)?.value;
  return value !== undefined && LIST_NUMBER.test(value) ? Number.parseInt(value, 10) : null;
}

class LineWriter {
  readonly lines: SourceLine[] = [];
  private text = "";
  private line = 0;

  /** The text written so far on the current line. */
  get pending(): string {
    return this.text;
  }

  /** Add text to the current line; its first words give the line its place (`line`, computed only then). */
  write(text: string, line: number | (() => number)): void {
    if (this.text === "") {
      text = text.trimStart();
      if (text === "") return;
      this.line = typeof line === "number" ? line : line();
    }
    this.text += text;
  }

  /** End the current line; with `blank`, leave an empty line after it (a paragraph break). A row's cells are set a column
   * gap apart, empty cells dropped. */
  end(blank: boolean, line: number): void {
    const text = this.text
      .split(CELL_BREAK)
      .map((cell) => cell.replace(WHITE_SPACE_RUN, " ").trim())
      .filter(Boolean)
      .join(COLUMN_GAP);
    if (text !== "") this.lines.push({ text, line: this.line, page: null });
    this.text = "";
    const last = this.lines[this.lines.length - 1];
    if (blank && last && last.text !== "") this.lines.push({ text: "", line, page: null });
  }

  /** A line break (`<br>`). Where the page parts its paragraphs with two breaks, one ends the line and two end the
   * paragraph; where it never writes two, each break ends a paragraph (minutes written as lines, one `<p>` for all). */
  breakLine(line: number, paragraphsByTwo: boolean): void {
    this.end(!paragraphsByTwo || this.text.trim() === "", line);
  }

  /** Set the text from `start` to here in bold, "**…**", its spaces outside the marks (markdown reads no bold that starts
   * or ends with a space: "**19.09.01 Apologies **"). */
  embolden(start: number): void {
    const inner = this.text.slice(start);
    const words = inner.trim();
    if (words === "") return;
    const before = inner.slice(0, inner.length - inner.trimStart().length);
    const after = inner.slice(inner.trimEnd().length);
    this.text = `${this.text.slice(0, start)}${before}**${words}**${after}`;
  }

  /** The edge between two cells of a row. */
  cell(line: number): void {
    if (this.text.trim() !== "") this.write(CELL_BREAK, line);
  }
}

/** An open list: ordered or not, and the number its next item takes. */
interface List {
  ordered: boolean;
  next: number;
}

/** One step of the walk: entering a node, or leaving an element after its children. */
interface Step {
  node: Node;
  leaving: boolean;
}

/** Fewest double line breaks that show a page parts its paragraphs with them. */
const MIN_DOUBLE_BREAKS = 2;

/** Whether the page writes `<br>` twice, with only white space between, to part its paragraphs. */
function breaksInTwos(root: Node): boolean {
  let doubles = 0;
  for (const parent of [root, ...descendants(root)]) {
    let afterBreak = false;
    for (const child of childrenOf(parent)) {
      if (child.nodeName === "#text" && (child as P5.TextNode).value.trim() === "") continue;
      const isBreak = isElement(child) && child.tagName === "br";
      if (isBreak && afterBreak && ++doubles >= MIN_DOUBLE_BREAKS) return true;
      afterBreak = isBreak;
    }
  }
  return false;
}

/** Convert HTML to lines the markdown parser reads. */
export function htmlToLines(html: string): SourceLine[] {
  const out = new LineWriter();
  const root = mainContent(parseHtml(html));
  const place: Place = { paragraphsByTwo: breaksInTwos(root), lists: [], lineRows: new Set(), shortRows: new Set(), bold: new Map() };
  let line = 1;
  const stack: Step[] = [{ node: root, leaving: false }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, leaving } = step;
    if (node.nodeName === "#text") {
      const text = node as P5.TextNode;
      const at = line;
      out.write(text.value.replace(WHITE_SPACE_RUN, " "), () => firstWordLine(text, at));
      line = text.sourceCodeLocation?.endLine ?? line;
      continue;
    }
    if (isElement(node)) {
      const where = node.sourceCodeLocation;
      if (leaving) {
        line = where?.endTag?.startLine ?? line;
        leave(node, out, place, line);
        continue;
      }
      if (SKIPPED.has(node.tagName)) continue;
      line = where?.startLine ?? line;
      enter(node, out, place, line);
      stack.push({ node, leaving: true });
    }
    const children = childrenOf(node);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Node, leaving: false });
  }
  out.end(false, line);
  const lines = out.lines;
  while (lines[lines.length - 1]?.text === "") lines.pop();
  return lines;
}

/** Most nodes looked at to decide whether a table is one of short cells: a table with more is not, so that no table is
 * looked at twice as long as it is. */
const MAX_TABLE_SCAN = 4096;

/** The rows of a table of short cells (names and offices, dates, amounts), each row to be one line of the paragraph that
 * holds the table: every cell short and holding no table or list, and some row with two cells filled. Null when the
 * table is not one (a page laid out in a table, with the minutes in its cells). */
function shortTableRows(table: Element): Element[] | null {
  const rows: Element[] = [];
  let seen = 0;
  let twoCells = false;
  for (const node of descendants(table)) {
    if (++seen > MAX_TABLE_SCAN || (isElement(node) && NOT_SHORT.has(node.tagName))) return null;
    if (!isElement(node) || node.tagName !== "tr") continue;
    rows.push(node);
    let filled = 0;
    for (const cell of childrenOf(node)) {
      if (!isElement(cell) || !CELLS.has(cell.tagName)) continue;
      let length = 0;
      // (the cell's nodes count toward the bound too, and a table or list inside ends the look before it is walked)
      for (const inner of descendants(cell)) {
        if (++seen > MAX_TABLE_SCAN || (isElement(inner) && NOT_SHORT.has(inner.tagName))) return null;
        if (inner.nodeName === "#text") length += (inner as P5.TextNode).value.trim().length;
      }
      if (length > MAX_SHORT_CELL) return null;
      if (length > 0) filled++;
    }
    twoCells ||= filled >= 2;
  }
  return twoCells ? rows : null;
}

/** The walk's place: the open lists, the rows of tables of short cells, and those it is inside (where blocks and breaks
 * are spaces). */
interface Place {
  /** The page parts paragraphs with two `<br>` and lines with one. */
  paragraphsByTwo: boolean;
  lists: List[];
  lineRows: Set<Element>;
  shortRows: Set<Element>;
  /** Bold elements to be written as "**…**", each with where its text starts on the line. */
  bold: Map<Element, number>;
}

/** Bold elements: a line that opens in bold is set as markdown's bold, the typography of a heading or a caption. */
const BOLD = new Set(["b", "strong"]);

/** Bold that opens its line and holds text on that line alone (no break, block or cell inside): written as "**…**". */
function opensLineInBold(element: Element, out: LineWriter, place: Place): boolean {
  // (bold inside bold is set once, by the outer; a bold run of more nodes than a table's scan is no heading's)
  if (!BOLD.has(element.tagName) || out.pending.trim() !== "" || place.shortRows.size > 0 || place.bold.size > 0) return false;
  let text = "";
  let seen = 0;
  for (const node of descendants(element)) {
    if (++seen > MAX_TABLE_SCAN) return false;
    if (isElement(node) && (node.tagName === "br" || BLOCKS.has(node.tagName) || HEADINGS.has(node.tagName) || CELLS.has(node.tagName) || LISTS.has(node.tagName))) return false;
    if (node.nodeName === "#text") text += (node as P5.TextNode).value;
  }
  return text.trim() !== "" && !text.includes("*");
}

/** An element's opening: a list, its item's marker, a heading's "##", a paragraph break or a cell's space. */
function enter(element: Element, out: LineWriter, place: Place, line: number): void {
  const name = element.tagName;
  const { lists } = place;
  if (opensLineInBold(element, out, place)) place.bold.set(element, out.pending.length);
  else if (place.shortRows.size > 0 && (name === "br" || BLOCKS.has(name) || HEADINGS.has(name))) out.write(" ", line);
  else if (name === "tr") {
    const short = place.lineRows.delete(element);
    if (short) place.shortRows.add(element);
    out.end(!short, line);
  } else if (name === "table") {
    for (const row of shortTableRows(element) ?? []) place.lineRows.add(row);
    out.end(true, line);
  } else if (name === "br") out.breakLine(line, place.paragraphsByTwo);
  else if (name === "li") {
    out.end(true, line);
    const list = lists[lists.length - 1];
    if (!list) return;
    list.next = listNumber(element, "value") ?? list.next;
    // a nested list's items are not indented: the markdown reader takes a loose list (a blank line between items, as
    // every block here ends with one) nested a few deep in time that grows with the square of its length
    out.write(list.ordered ? `${list.next++}. ` : "- ", line);
  } else if (LISTS.has(name)) {
    out.end(true, line);
    lists.push({ ordered: name === "ol", next: name === "ol" ? (listNumber(element, "start") ?? 1) : 1 });
  } else if (HEADINGS.has(name)) {
    // a heading that opens a list item stays on the item's line: "1. WELCOME AND APOLOGIES"
    if (LIST_MARKER_ONLY.test(out.pending)) return;
    out.end(true, line);
    // the heading's level as markdown's: <h2> over <h3> keeps the items above their sub-headings
    out.write(`${"#".repeat(Number(name.slice(1)))} `, line);
  } else if (CELLS.has(name)) out.cell(line);
  else if (BLOCKS.has(name)) out.end(true, line);
}

/** An element's closing: the end of a list, a heading or a paragraph, or a cell's space. */
function leave(element: Element, out: LineWriter, place: Place, line: number): void {
  const name = element.tagName;
  const { lists } = place;
  const bold = place.bold.get(element);
  if (bold !== undefined) {
    place.bold.delete(element);
    out.embolden(bold);
  } else if (name === "tr" && place.shortRows.delete(element)) out.end(false, line);
  else if (place.shortRows.size > 0 && (BLOCKS.has(name) || HEADINGS.has(name))) out.write(" ", line);
  else if (LISTS.has(name)) {
    out.end(true, line);
    lists.pop();
  } else if (HEADINGS.has(name) || BLOCKS.has(name)) out.end(true, line);
  else if (CELLS.has(name)) out.cell(line);
}
