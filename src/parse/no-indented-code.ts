// markdown-it's block rules with indented code truly off: no "indented 4 columns or more, so it is code" guard anywhere.
//
// markdown-it's `code` rule can be disabled, but every other block rule keeps CommonMark's guard "a line indented 4 or
// more columns past its block is indented code" (markdown-it issue #1014, still open): an indented list, heading or rule
// stays paragraph text, an indented line never interrupts a paragraph, and an item's content after 5 or more spaces
// starts 1 space after the marker. micromark drops the guard with `codeIndented` disabled, and so do we (as
// markdown-it-py did upstream, "Centralise indented code block test"). Paragraph, setext heading, list and fence are
// markdown-it 14.3's rules ported with the guard taken out; heading, thematic break, HTML and block quote keep
// markdown-it's code and read the start line with its indentation folded under the guard; a definition runs with the
// guard lifted by its block indent. Each is the rule's own loop, so parsing stays linear.
import type MarkdownIt from "markdown-it";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

const SPACE = 0x20;
const TAB = 0x09;

const isSpace = (code: number) => code === SPACE || code === TAB;

/** markdown-it's asciiTrim: trims ASCII white space only, so a paragraph keeps its no-break spaces. */
function asciiTrim(text: string): string {
  const trimmable = (code: number) => code === SPACE || code === TAB || code === 0x0a || code === 0x0d;
  let start = 0;
  while (start < text.length && trimmable(text.charCodeAt(start))) start++;
  let end = text.length;
  while (end > start && trimmable(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Whether a rule of `parentType`'s terminators starts at `line` (markdown-it's "terminator" check). */
function terminates(state: StateBlock, line: number, endLine: number, parentType: string): boolean {
  for (const rule of state.md.block.ruler.getRules(parentType)) if (rule(state, line, endLine, true)) return true;
  return false;
}

/** A paragraph: runs to a blank line or a line that starts another block, however far either is indented. */
const paragraph: BlockRule = (state, startLine, endLine) => {
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    // a lazy line of a block quote (the quote rule marks it -1) was checked by that rule
    if (state.sCount[nextLine]! < 0) continue;
    if (terminates(state, nextLine, endLine, "paragraph")) break;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine;
  state.push("paragraph_open", "p", 1).map = [startLine, state.line];
  const inline = state.push("inline", "", 0);
  inline.content = content;
  inline.map = [startLine, state.line];
  inline.children = [];
  state.push("paragraph_close", "p", -1);
  state.parentType = oldParentType;
  return true;
};

/** A setext heading: paragraph lines, then a line of "=" or "-", the underline indented or not. */
const setextHeading: BlockRule = (state, startLine, endLine) => {
  const oldParentType = state.parentType;
  state.parentType = "paragraph";
  let level = 0;
  let marker = 0;
  let nextLine = startLine + 1;
  for (; nextLine < endLine && !state.isEmpty(nextLine); nextLine++) {
    if (state.sCount[nextLine]! >= state.blkIndent) {
      const max = state.eMarks[nextLine]!;
      let pos = state.bMarks[nextLine]! + state.tShift[nextLine]!;
      if (pos < max) {
        marker = state.src.charCodeAt(pos);
        if (marker === 0x2d /* - */ || marker === 0x3d /* = */) {
          pos = state.skipSpaces(state.skipChars(pos, marker));
          if (pos >= max) {
            level = marker === 0x3d ? 1 : 2;
            break;
          }
        }
      }
    }
    if (state.sCount[nextLine]! < 0) continue;
    if (terminates(state, nextLine, endLine, "paragraph")) break;
  }
  if (!level) {
    state.parentType = oldParentType;
    return false;
  }
  const content = asciiTrim(state.getLines(startLine, nextLine, state.blkIndent, false));
  state.line = nextLine + 1;
  const open = state.push("heading_open", `h${level}`, 1);
  open.markup = String.fromCharCode(marker);
  open.map = [startLine, state.line];
  const inline = state.push("inline", "", 0);
  inline.content = content;
  inline.map = [startLine, state.line - 1];
  inline.children = [];
  state.push("heading_close", `h${level}`, -1).markup = String.fromCharCode(marker);
  state.parentType = oldParentType;
  return true;
};

/** Position after a "-", "+" or "*" marker followed by a space or the line end, or -1. */
function afterBulletMarker(state: StateBlock, line: number): number {
  const max = state.eMarks[line]!;
  let pos = state.bMarks[line]! + state.tShift[line]!;
  const marker = state.src.charCodeAt(pos++);
  if (marker !== 0x2a /* * */ && marker !== 0x2d /* - */ && marker !== 0x2b /* + */) return -1;
  return pos < max && !isSpace(state.src.charCodeAt(pos)) ? -1 : pos;
}

/** Position after a "1." or "1)" marker (1 to 9 digits) followed by a space or the line end, or -1. */
function afterOrderedMarker(state: StateBlock, line: number): number {
  const start = state.bMarks[line]! + state.tShift[line]!;
  const max = state.eMarks[line]!;
  let pos = start;
  if (pos + 1 >= max) return -1;
  let ch = state.src.charCodeAt(pos++);
  if (ch < 0x30 || ch > 0x39) return -1;
  for (;;) {
    if (pos >= max) return -1;
    ch = state.src.charCodeAt(pos++);
    if (ch >= 0x30 && ch <= 0x39) {
      if (pos - start >= 10) return -1;
      continue;
    }
    if (ch === 0x29 /* ) */ || ch === 0x2e /* . */) break;
    return -1;
  }
  return pos < max && !isSpace(state.src.charCodeAt(pos)) ? -1 : pos;
}

/** Tight lists hide their paragraphs, as markdown-it does (the renderer's business; kept for a faithful token stream). */
function markTightParagraphs(state: StateBlock, from: number): void {
  const level = state.level + 2;
  for (let i = from + 2, l = state.tokens.length - 2; i < l; i++) {
    if (state.tokens[i]!.level === level && state.tokens[i]!.type === "paragraph_open") {
      state.tokens[i + 2]!.hidden = true;
      state.tokens[i]!.hidden = true;
      i += 2;
    }
  }
}

/**
 * A list, at any indentation. An item's content starts after all the spaces that follow its marker (one, when the
 * marker ends the line), and a next item may stand anywhere left of the current item's content.
 */
const list: BlockRule = (state, startLine, endLine, silent) => {
  let nextLine = startLine;
  let tight = true;
  // a list may interrupt a paragraph, but an ordered one only from 1, and neither with an empty first item
  const interruptsParagraph = silent && state.parentType === "paragraph" && state.sCount[nextLine]! >= state.blkIndent;

  let isOrdered: boolean;
  let start = 0;
  let markerValue = 1;
  let posAfterMarker = afterOrderedMarker(state, nextLine);
  if (posAfterMarker >= 0) {
    isOrdered = true;
    start = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    markerValue = Number(state.src.slice(start, posAfterMarker - 1));
    if (interruptsParagraph && markerValue !== 1) return false;
  } else if ((posAfterMarker = afterBulletMarker(state, nextLine)) >= 0) {
    isOrdered = false;
  } else {
    return false;
  }
  if (interruptsParagraph && state.skipSpaces(posAfterMarker) >= state.eMarks[nextLine]!) return false;
  if (silent) return true;

  const markerCharCode = state.src.charCodeAt(posAfterMarker - 1);
  const listTokenIndex = state.tokens.length;
  const open = isOrdered ? state.push("ordered_list_open", "ol", 1) : state.push("bullet_list_open", "ul", 1);
  if (isOrdered && markerValue !== 1) open.attrs = [["start", String(markerValue)]];
  const listLines: [number, number] = [nextLine, 0];
  open.map = listLines;
  open.markup = String.fromCharCode(markerCharCode);

  let prevEmptyEnd = false;
  const oldParentType = state.parentType;
  state.parentType = "list";

  while (nextLine < endLine) {
    let pos = posAfterMarker;
    const max = state.eMarks[nextLine]!;
    const initial = state.sCount[nextLine]! + posAfterMarker - (state.bMarks[nextLine]! + state.tShift[nextLine]!);
    let offset = initial;
    for (; pos < max; pos++) {
      const ch = state.src.charCodeAt(pos);
      if (ch === TAB) offset += 4 - ((offset + state.bsCount[nextLine]!) % 4);
      else if (ch === SPACE) offset++;
      else break;
    }
    const contentStart = pos;
    // all the spaces after the marker: with no indented code, 5 or more of them do not start a code block
    const indentAfterMarker = contentStart >= max ? 1 : offset - initial;
    const indent = initial + indentAfterMarker;

    const item = state.push("list_item_open", "li", 1);
    item.markup = String.fromCharCode(markerCharCode);
    const itemLines: [number, number] = [nextLine, 0];
    item.map = itemLines;
    if (isOrdered) item.info = state.src.slice(start, posAfterMarker - 1);

    const oldTight = state.tight;
    const oldTShift = state.tShift[nextLine]!;
    const oldSCount = state.sCount[nextLine]!;
    const oldListIndent = state.listIndent;
    state.listIndent = state.blkIndent;
    state.blkIndent = indent;
    state.tight = true;
    state.tShift[nextLine] = contentStart - state.bMarks[nextLine]!;
    state.sCount[nextLine] = offset;

    if (contentStart >= max && state.isEmpty(nextLine + 1)) {
      // an empty item followed by a blank line ends there ("-\n\n  foo": foo is not in the item)
      state.line = Math.min(state.line + 2, endLine);
    } else {
      state.md.block.tokenize(state, nextLine, endLine);
    }
    if (!state.tight || prevEmptyEnd) tight = false;
    prevEmptyEnd = state.line - nextLine > 1 && state.isEmpty(state.line - 1);

    state.blkIndent = state.listIndent;
    state.listIndent = oldListIndent;
    state.tShift[nextLine] = oldTShift;
    state.sCount[nextLine] = oldSCount;
    state.tight = oldTight;

    state.push("list_item_close", "li", -1).markup = String.fromCharCode(markerCharCode);
    nextLine = state.line;
    itemLines[1] = nextLine;
    if (nextLine >= endLine) break;

    // the list goes on with a next item of the same kind, however far indented, unless another block starts here
    if (state.sCount[nextLine]! < state.blkIndent) break;
    if (terminates(state, nextLine, endLine, "list")) break;
    if (isOrdered) {
      posAfterMarker = afterOrderedMarker(state, nextLine);
      if (posAfterMarker < 0) break;
      start = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    } else {
      posAfterMarker = afterBulletMarker(state, nextLine);
      if (posAfterMarker < 0) break;
    }
    if (markerCharCode !== state.src.charCodeAt(posAfterMarker - 1)) break;
  }

  state.push(isOrdered ? "ordered_list_close" : "bullet_list_close", isOrdered ? "ol" : "ul", -1).markup =
    String.fromCharCode(markerCharCode);
  listLines[1] = nextLine;
  state.line = nextLine;
  state.parentType = oldParentType;
  if (tight) markTightParagraphs(state, listTokenIndex);
  return true;
};

/** A fenced code block, its fences indented or not; the opening fence's indentation is taken off its lines. */
const fence: BlockRule = (state, startLine, endLine, silent) => {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  let max = state.eMarks[startLine]!;
  if (pos + 3 > max) return false;
  const marker = state.src.charCodeAt(pos);
  if (marker !== 0x7e /* ~ */ && marker !== 0x60 /* ` */) return false;
  let mem = pos;
  pos = state.skipChars(pos, marker);
  const length = pos - mem;
  if (length < 3) return false;
  const markup = state.src.slice(mem, pos);
  const params = state.src.slice(pos, max);
  if (marker === 0x60 && params.includes("`")) return false;
  if (silent) return true;

  let nextLine = startLine;
  let haveEndMarker = false;
  for (;;) {
    nextLine++;
    if (nextLine >= endLine) break; // closed by the end of the document or of its container
    pos = mem = state.bMarks[nextLine]! + state.tShift[nextLine]!;
    max = state.eMarks[nextLine]!;
    if (pos < max && state.sCount[nextLine]! < state.blkIndent) break; // a line left of its list item ends it
    if (state.src.charCodeAt(pos) !== marker) continue;
    pos = state.skipChars(pos, marker);
    if (pos - mem < length) continue;
    if (state.skipSpaces(pos) < max) continue;
    haveEndMarker = true;
    break;
  }
  state.line = nextLine + (haveEndMarker ? 1 : 0);
  const token = state.push("fence", "code", 0);
  token.info = params;
  token.content = state.getLines(startLine + 1, nextLine, state.sCount[startLine]!, true);
  token.markup = markup;
  token.map = [startLine, state.line];
  return true;
};

/**
 * A rule whose only look at the start line's indentation is the guard (and, for a block quote, offsets and tab stops
 * counted from it): run it with the indentation folded to within 3 columns of the block, by whole tab stops.
 */
function foldStartIndent(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const indent = state.sCount[startLine]!;
    const over = indent - state.blkIndent - 3;
    if (over <= 0) return rule(state, startLine, endLine, silent);
    state.sCount[startLine] = indent - 4 * Math.ceil(over / 4);
    try {
      return rule(state, startLine, endLine, silent);
    } finally {
      state.sCount[startLine] = indent;
    }
  };
}

/**
 * A link reference definition reads the block indent only in its two guards (its start line; a next line, which it
 * otherwise takes as lazy text, not as the start of another block): run it with the block indent out of reach.
 */
function liftBlockIndent(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const blkIndent = state.blkIndent;
    state.blkIndent = Number.MAX_SAFE_INTEGER;
    try {
      return rule(state, startLine, endLine, silent);
    } finally {
      state.blkIndent = blkIndent;
    }
  };
}

/** Disables indented code and takes CommonMark's indented-code guard out of every block rule of `md`. */
export function withoutIndentedCode(md: MarkdownIt): MarkdownIt {
  md.disable("code");
  const ruler = md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule; alt: string[] }[] };
  const original = (name: string) => {
    const rule = ruler.__rules__.find((r) => r.name === name);
    if (!rule) throw new Error(`markdown-it has no block rule "${name}"`);
    return rule;
  };
  const replace = (name: string, fn: BlockRule) => md.block.ruler.at(name, fn, { alt: original(name).alt.slice() });
  replace("paragraph", paragraph);
  replace("lheading", setextHeading);
  replace("list", list);
  replace("fence", fence);
  for (const name of ["heading", "hr", "html_block", "blockquote"]) replace(name, foldStartIndent(original(name).fn));
  replace("reference", liftBlockIndent(original("reference").fn));
  return md;
}
