// The XML of a Word document's parts, scanned by hand in one linear pass (indexOf, no regular expression): its element
// tags and their attributes, for the list numbering (docx-numbering.ts), and a check that a part is well-formed and not
// nested too deep before mammoth reads it. mammoth's XML reader (xmldom) takes quadratic time on elements left open
// (minutes for a few KB), and mammoth reads nested elements by recursion, which a deep nesting takes past the stack.

/** One tag of the XML: its name, whether it closes or is empty, and its text between "<" and ">". */
export interface Tag {
  name: string;
  closing: boolean;
  empty: boolean;
  body: string;
  start: number;
  end: number;
}

/** The ">" that ends a tag whose text starts at `from`, quoted attribute values skipped; -1 when there is none. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const c = xml[i];
    if (quote !== "") {
      if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ">") return i;
  }
  return -1;
}

/** Where a comment, CDATA section, processing instruction or declaration starting at `start` ends; -1 when it does not. */
function markupEnd(xml: string, start: number): number {
  if (xml.startsWith("<!--", start)) {
    const close = xml.indexOf("-->", start + 4);
    return close === -1 ? -1 : close + 3;
  }
  if (xml.startsWith("<![CDATA[", start)) {
    const close = xml.indexOf("]]>", start + 9);
    return close === -1 ? -1 : close + 3;
  }
  const close = xml.indexOf(">", start + 2);
  return close === -1 ? -1 : close + 1;
}

/** Every element tag of the XML in order (declarations, comments, CDATA and processing instructions skipped). */
export function* tags(xml: string): Generator<Tag> {
  let at = 0;
  for (;;) {
    const start = xml.indexOf("<", at);
    if (start === -1) return;
    const c = xml[start + 1];
    if (c === "?" || c === "!") {
      at = markupEnd(xml, start);
      if (at === -1) return;
      continue;
    }
    const close = tagEnd(xml, start + 1);
    if (close === -1) return;
    at = close + 1;
    const closing = c === "/";
    const empty = xml[close - 1] === "/";
    const body = xml.slice(start + (closing ? 2 : 1), empty ? close - 1 : close);
    let nameEnd = 0;
    while (nameEnd < body.length && !" \t\r\n/".includes(body[nameEnd] ?? "")) nameEnd++;
    yield { name: body.slice(0, nameEnd), closing, empty, body, start, end: close + 1 };
  }
}

/** The value of an attribute of a tag (its name as written, "w:val"), entity-free for the values numbering uses. */
export function attr(tag: Tag, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = tag.body.indexOf(`${name}=`, from);
    if (at === -1) return undefined;
    from = at + name.length + 1;
    const before = tag.body[at - 1];
    if (before !== " " && before !== "\t" && before !== "\r" && before !== "\n") continue;
    const quote = tag.body[from];
    if (quote !== '"' && quote !== "'") continue;
    const end = tag.body.indexOf(quote, from + 1);
    if (end === -1) return undefined;
    return decodeXml(tag.body.slice(from + 1, end));
  }
}

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

export function encodeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/**
 * Elements nested deeper than this are refused. Word's own parts go a few dozen deep (a table in a table is three levels
 * more); mammoth's recursion fails somewhere past a thousand.
 */
export const MOST_XML_DEPTH = 256;

/** What is wrong with a part's XML for mammoth (an element left open or closed by the wrong tag, too deep), or null:
 * "is not well-formed XML (…)", "nests its elements more than 256 deep". */
export function xmlProblem(xml: string): string | null {
  const open: string[] = [];
  let elements = 0;
  for (const tag of tags(xml)) {
    if (tag.closing) {
      const expected = open.pop();
      if (expected !== tag.name) return `is not well-formed XML (${expected === undefined ? `</${tag.name}> closes no element` : `</${tag.name}> closes <${expected}>`})`;
      continue;
    }
    elements++;
    if (tag.empty) continue;
    open.push(tag.name);
    if (open.length > MOST_XML_DEPTH) return `nests its elements more than ${MOST_XML_DEPTH} deep`;
  }
  if (elements === 0) return "holds no XML element";
  const last = open.pop();
  return last === undefined ? null : `is not well-formed XML (<${last}> is not closed: cut short?)`;
}
