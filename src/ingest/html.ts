// HTML minutes to markdown-like lines: the main content only (an <article> or <main> when there is one), block elements as
// paragraphs, <ol>/<ul> items as numbered and bulleted lines, headings as "##". Each line keeps its line in the HTML.
import { decodeHTML } from "entities";
import type { SourceLine } from "./source-text.js";

/**
 * Tags, comments and text, in order. Linear: a "<" that opens a tag or "<!" after an earlier one with no ">" between is
 * not read on to the end again (the earlier one failed: no ">" follows), nor a "<!--" after one with no "-->" between; the
 * name ends where the dashes after it end, so a tag that fails is read once. The tokens are those of
 * `<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b([^>]*)>|<![^>]*>|([^<]+)|<`, which is quadratic on "<a<a<a…" with no ">".
 */
const TOKEN =
  /<(?=\/?[a-zA-Z]|!)(?<!<(?:\/?[a-zA-Z]|!)[^>]*?<)(?:!--(?<!<!--(?:(?!-->)[\s\S])*?<!--)[\s\S]*?-->|(\/?)([a-zA-Z](?:[\w-]*\w)?)(?=-*(?![\w-]))([^>]*)>|![^>]*>)|([^<]+)|</g;
/** Elements whose content is never text of the minutes. */
const SKIPPED = new Set(["script", "style", "head", "nav", "aside", "form", "button", "noscript", "svg", "select", "template", "iframe"]);
/** Elements that end a paragraph. */
const BLOCKS = new Set(["p", "div", "section", "article", "main", "header", "footer", "table", "tr", "blockquote", "ol", "ul", "dl", "dt", "dd", "hr", "time", "figure", "body", "html"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** A line holding only a list marker so far. */
const LIST_MARKER_ONLY = /^\s*(?:\d+\.|-)\s*$/;

/** The part of the page that holds the minutes: the first <article> or <main>, else the whole page. */
function mainContent(html: string): { text: string; offset: number } {
  for (const tag of ["article", "main"]) {
    const start = html.search(new RegExp(`<${tag}\\b`, "i"));
    const end = html.toLowerCase().lastIndexOf(`</${tag}>`);
    if (start !== -1 && end > start) return { text: html.slice(start, end), offset: start };
  }
  return { text: html, offset: 0 };
}

class LineWriter {
  readonly lines: SourceLine[] = [];
  private text = "";
  private line = 0;

  /** The text written so far on the current line. */
  get pending(): string {
    return this.text;
  }

  write(text: string, line: number): void {
    if (this.text === "") {
      this.line = line;
      text = text.trimStart();
      if (text === "") return;
    }
    this.text += text;
  }

  /** End the current line; with `blank`, leave an empty line after it (a paragraph break). */
  end(blank: boolean, line: number): void {
    if (this.text.trim() !== "") this.lines.push({ text: this.text.replace(/\s+/g, " ").trim(), line: this.line, page: null });
    this.text = "";
    const last = this.lines[this.lines.length - 1];
    if (blank && last && last.text !== "") this.lines.push({ text: "", line, page: null });
  }
}

/** Convert HTML to lines the markdown parser reads. */
export function htmlToLines(html: string): SourceLine[] {
  const { text, offset } = mainContent(html);
  const lineAt = lineCounter(html);
  const out = new LineWriter();
  const lists: { ordered: boolean; count: number }[] = [];
  let skipping: string | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const at = lineAt(offset + m.index);
    const [, closing, rawName, , content] = m;
    const name = rawName?.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (content !== undefined) {
      out.write(decodeHTML(content).replace(/\s+/g, " "), at);
      continue;
    }
    if (!name) continue;
    if (!closing && SKIPPED.has(name)) {
      if (!/\/\s*$/.test(m[3] ?? "")) skipping = name;
      continue;
    }
    if (name === "br") out.end(true, at);
    else if (name === "li" && !closing) {
      out.end(true, at);
      const list = lists[lists.length - 1];
      const indent = "  ".repeat(Math.max(0, lists.length - 1));
      if (list) out.write(list.ordered ? `${indent}${++list.count}. ` : `${indent}- `, at);
    } else if ((name === "ol" || name === "ul") && !closing) {
      out.end(true, at);
      lists.push({ ordered: name === "ol", count: 0 });
    } else if ((name === "ol" || name === "ul") && closing) {
      out.end(true, at);
      lists.pop();
    } else if (HEADINGS.has(name)) {
      if (closing) out.end(true, at);
      // a heading that opens a list item stays on the item's line: "1. WELCOME AND APOLOGIES"
      else if (!LIST_MARKER_ONLY.test(out.pending)) {
        out.end(true, at);
        out.write("## ", at);
      }
    } else if (name === "td" || name === "th") out.write(" ", at);
    else if (BLOCKS.has(name) || name === "li") out.end(true, at);
  }
  out.end(false, lineAt(html.length));
  return out.lines;
}

/** Map a character offset to its 1-based line, scanning forward as offsets grow. */
function lineCounter(html: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset: number) => {
    for (; at < offset && at < html.length; at++) if (html.charCodeAt(at) === 10) line++;
    return line;
  };
}
