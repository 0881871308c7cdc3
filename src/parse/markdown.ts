// Lines to an mdast tree, fast: markdown-it's block and inline tokens mapped to mdast nodes, every node with a position.
// markdown-it runs at about 36 MB/s here against micromark's 0.65 MB/s; README "Design notes" has the figures.
import MarkdownIt from "markdown-it";
import type StateBlock from "markdown-it/lib/rules_block/state_block.mjs";
import type Token from "markdown-it/lib/token.mjs";
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { Position } from "unist";
import { withoutIndentedCode } from "./no-indented-code.js";

/**
 * CommonMark, as remark-parse reads it, with indented code blocks disabled: minutes hold no code, and text from
 * PDFs is indented. With them goes CommonMark's guard "4 columns in is code" in every other block rule, as in micromark
 * (see no-indented-code.ts): a list, heading or rule starts at any indentation. Raw HTML stays on so the block
 * structure matches CommonMark's; linkify and typographer stay off.
 */
export function createMarkdownIt(): MarkdownIt {
  const md = withoutIndentedCode(new MarkdownIt("commonmark", { html: true }));
  md.block.ruler.before("blockquote", "too_deep", keepTooDeepAsText);
  return md;
}

/** A line that would open a block quote or a list item: ">", "-", "*", "+", "1." or "1)". */
const CONTAINER_MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * markdown-it stops parsing at its nesting limit (maxNesting, 20 levels: a list takes two, a quote one) and drops the
 * rest of the document, every later item included. Near the limit a line that would open one more container is kept
 * as a paragraph of its own, marker and all; the tree builder counts them, and recognizing warns "nesting-too-deep".
 * So lists nest 9 deep and quotes 18, and nothing is lost; the shallow tree also keeps the recursive walks safe.
 */
function keepTooDeepAsText(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (silent || state.level < (state.md.options as { maxNesting: number }).maxNesting - 2) return false;
  const from = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (!CONTAINER_MARKER.test(state.src.slice(from, state.eMarks[startLine]))) return false;
  const open = state.push("paragraph_open", "p", 1);
  open.map = [startLine, startLine + 1];
  open.meta = { tooDeep: true };
  const inline = state.push("inline", "", 0);
  inline.content = state.src.slice(from, state.eMarks[startLine]).trim();
  inline.map = [startLine, startLine + 1];
  inline.children = [];
  state.push("paragraph_close", "p", -1);
  state.line = startLine + 1;
  return true;
}

/** What the tree builder leaves in the root's data when lines nested too deep were kept as text (tree lines). */
export interface TooDeep {
  first: number;
  last: number;
  count: number;
}

const markdown = createMarkdownIt();

/** Offsets of the start of each line in the text, to give nodes offsets as well as lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Whether a line is blank once the markers of `quotes` block quotes (">", each after optional spaces) are taken off. */
function isBlankInQuotes(line: string, quotes: number): boolean {
  let pos = 0;
  for (let level = 0; level <= quotes; level++) {
    while (pos < line.length && (line[pos] === " " || line[pos] === "\t")) pos++;
    if (pos === line.length) return true;
    if (level === quotes || line[pos] !== ">") return false;
    pos++;
  }
  return false;
}

/** Builds mdast nodes from markdown-it's flat token stream. */
class TreeBuilder {
  private readonly lines: string[];
  private readonly starts: number[];
  /** The lines kept as text for nesting too deep (see keepTooDeepAsText). */
  private tooDeep: TooDeep | null = null;

  constructor(private readonly text: string) {
    this.lines = text.split("\n");
    this.starts = lineStarts(text);
  }

  /**
   * A position from markdown-it's [first, last) 0-based line map, trimmed of trailing blank lines. A list item inside
   * `quotes` block quotes is also trimmed of lines blank but for its quotes' markers (">"), as mdast-util-from-markdown
   * ends an item at its content; a list or a quote keeps such lines, as it does.
   */
  position(map: [number, number] | null | undefined, quotes = 0): Position | undefined {
    if (!map) return undefined;
    const first = map[0];
    let last = Math.max(first, map[1] - 1);
    while (last > first && isBlankInQuotes(this.lines[last] ?? "", quotes)) last--;
    const firstLine = this.lines[first] ?? "";
    const indent = firstLine.length - firstLine.trimStart().length;
    const lastLength = (this.lines[last] ?? "").length;
    return {
      start: { line: first + 1, column: indent + 1, offset: (this.starts[first] ?? 0) + indent },
      end: { line: last + 1, column: lastLength + 1, offset: (this.starts[last] ?? this.text.length) + lastLength },
    };
  }

  build(tokens: Token[]): Root {
    const root: Root = { type: "root", children: [], position: this.position([0, this.lines.length]) };
    const stack: { children: RootContent[] }[] = [root];
    const top = () => stack[stack.length - 1]!;
    let quotes = 0; // block quotes open around the current token
    for (const token of tokens) {
      switch (token.type) {
        case "paragraph_open":
        case "heading_open": {
          const position = this.position(token.map);
          if ((token.meta as { tooDeep?: boolean } | null)?.tooDeep && position) {
            const { first = position.start.line, count = 0 } = this.tooDeep ?? {};
            this.tooDeep = { first, last: position.end.line, count: count + 1 };
          }
          const node: Heading | Paragraph = token.type === "heading_open"
            ? { type: "heading", depth: Number(token.tag.slice(1)) as Heading["depth"], children: [], position }
            : { type: "paragraph", children: [], position };
          top().children.push(node);
          stack.push(node as unknown as { children: RootContent[] });
          break;
        }
        case "bullet_list_open":
        case "ordered_list_open": {
          const ordered = token.type === "ordered_list_open";
          const start = ordered ? Number(token.attrGet("start") ?? 1) : null;
          const list: List = { type: "list", ordered, start, spread: false, children: [], position: this.position(token.map) };
          top().children.push(list);
          stack.push(list as unknown as { children: RootContent[] });
          break;
        }
        case "list_item_open": {
          const item: ListItem = { type: "listItem", spread: false, checked: null, children: [], position: this.position(token.map, quotes) };
          item.data = { marker: token.info ? `${token.info}${token.markup}` : token.markup } as ListItem["data"];
          top().children.push(item);
          stack.push(item as unknown as { children: RootContent[] });
          break;
        }
        case "blockquote_open": {
          const node = { type: "blockquote" as const, children: [], position: this.position(token.map) };
          top().children.push(node);
          stack.push(node as unknown as { children: RootContent[] });
          quotes++;
          break;
        }
        case "blockquote_close":
          quotes--;
          stack.pop();
          break;
        case "paragraph_close":
        case "heading_close":
        case "bullet_list_close":
        case "ordered_list_close":
        case "list_item_close":
          stack.pop();
          break;
        case "inline": {
          const parent = top() as unknown as { children: PhrasingContent[]; position?: Position };
          // a loop, not push(...nodes): spreading some 150,000 arguments overflows the stack (so throughout the recognizers)
          for (const child of this.inline(token.children ?? [], parent.position)) parent.children.push(child);
          break;
        }
        case "hr":
          top().children.push({ type: "thematicBreak", position: this.position(token.map) });
          break;
        case "html_block":
          top().children.push({ type: "html", value: token.content.replace(/\n$/, ""), position: this.position(token.map) });
          break;
        case "fence":
          top().children.push({
            type: "code",
            lang: token.info.trim() || null,
            meta: null,
            value: token.content.replace(/\n$/, ""),
            position: this.position(token.map),
          });
          break;
        default:
          break;
      }
    }
    markSpread(root);
    if (this.tooDeep) root.data = { ...root.data, tooDeep: this.tooDeep } as Root["data"];
    return root;
  }

  /** Inline tokens to phrasing content. markdown-it gives inline tokens no lines: they take their block's position. */
  inline(tokens: Token[], position: Position | undefined): PhrasingContent[] {
    const root: PhrasingContent[] = [];
    const stack: PhrasingContent[][] = [root];
    const push = (node: PhrasingContent) => {
      const siblings = stack[stack.length - 1]!;
      const last = siblings[siblings.length - 1];
      if (node.type === "text" && last?.type === "text") last.value += node.value;
      else siblings.push(node);
    };
    const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
      push(node);
      stack.push(node.children);
    };
    for (const token of tokens) {
      switch (token.type) {
        case "text":
          push({ type: "text", value: token.content, position });
          break;
        case "softbreak":
          push({ type: "text", value: "\n", position });
          break;
        case "hardbreak":
          push({ type: "break", position });
          break;
        case "code_inline":
          push({ type: "inlineCode", value: token.content, position });
          break;
        case "html_inline":
          push({ type: "html", value: token.content, position });
          break;
        case "image":
          push({ type: "image", url: token.attrGet("src") ?? "", alt: token.content, title: token.attrGet("title"), position });
          break;
        case "strong_open":
          open({ type: "strong", children: [], position });
          break;
        case "em_open":
          open({ type: "emphasis", children: [], position });
          break;
        case "link_open":
          open({ type: "link", url: token.attrGet("href") ?? "", title: token.attrGet("title"), children: [], position });
          break;
        case "strong_close":
        case "em_close":
        case "link_close":
          stack.pop();
          break;
        default:
          if (token.content) push({ type: "text", value: token.content, position });
      }
    }
    return root;
  }
}

/** A list or item is spread (loose) when blank lines separate its children, as in mdast-util-from-markdown. */
function markSpread(node: Root | RootContent): void {
  if (node.type !== "root" && node.type !== "list" && node.type !== "listItem" && node.type !== "blockquote") return;
  for (const child of node.children) markSpread(child as RootContent);
  if (node.type === "list" || node.type === "listItem") {
    const kids = node.children as RootContent[];
    for (let i = 1; i < kids.length; i++) {
      const gap = (kids[i]!.position?.start.line ?? 0) - (kids[i - 1]!.position?.end.line ?? 0);
      if (gap > 1) node.spread = true;
    }
  }
  if (node.type === "list" && node.children.some((item) => item.spread)) node.spread = true;
}

/** Parse markdown-like text into an mdast tree whose nodes all carry positions. */
export function parseMarkdown(text: string): Root {
  return new TreeBuilder(text).build(markdown.parse(text, {}));
}
