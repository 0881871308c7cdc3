// HTML ingest (src/ingest/html.ts): the main content, blocks, headings, lists, tables, breaks and entities as lines, each
// line at its place in the HTML; malformed and deeply nested HTML; the parser loaded only for HTML and Word input.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutes, parseMinutesText } from "../../src/document.js";
import { htmlToLines } from "../../src/ingest/html.js";

const ROOT = new URL("../../", import.meta.url).pathname;

/** The lines' texts, paragraph breaks left out. */
const texts = (html: string) => htmlToLines(html).filter((line) => line.text !== "").map((line) => line.text);

describe("what is read", () => {
  it("reads the first <article>, not the page around it nor a second article", () => {
    const html = `<html><head><title>Site</title></head><body><nav><a>Home</a></nav><p>Site banner</p>
<article><h1>Minutes</h1><p>Present: A Smith</p></article>
<article><h1>Older minutes</h1></article><footer>© Council</footer></body></html>`;
    expect(texts(html)).toEqual(["# Minutes", "Present: A Smith"]);
  });

  it("reads a <main> whole when it holds one article and the title above it", () => {
    const html = `<body><nav>Home</nav><main><div class="breadcrumbs">Documents</div><h1>Board Meeting Summary - 2018-03-31</h1>
<p>Meeting Held on <time>March 31, 2018</time></p><article><h2>Members in Attendance</h2><p>A Smith</p></article></main><footer>Licence</footer></body>`;
    expect(texts(html)).toEqual(["Documents", "# Board Meeting Summary - 2018-03-31", "Meeting Held on", "March 31, 2018", "## Members in Attendance", "A Smith"]);
    // two articles in the main: the first is the minutes
    expect(texts("<main><h1>Latest</h1><article><p>Minutes</p></article><article><p>News</p></article></main>")).toEqual(["Minutes"]);
  });

  it("reads <main> when there is no article, and the body when there is neither", () => {
    expect(texts("<body><header>Parish council</header><main><p>Minutes</p></main><p>Contact us</p></body>")).toEqual(["Minutes"]);
    expect(texts("<body><p>Minutes</p><p>Present: A Smith</p></body>")).toEqual(["Minutes", "Present: A Smith"]);
    // an <article> in a skipped element (a sidebar) is not the main content
    expect(texts("<aside><article>Latest news</article></aside><p>Minutes</p>")).toEqual(["Minutes"]);
  });

  it("skips scripts, styles, navigation, sidebars, forms and templates, their text and markup alike", () => {
    const html = `<p>Minutes</p><script>document.write("<p>not minutes</p>")</script><style>p { color: red }</style>
<nav><ul><li>Home</li></ul></nav><aside>Related</aside><form><p>Search</p><button>Go</button></form>
<template><p>hidden</p></template><noscript>Enable JavaScript</noscript><select><option>One</option></select><p>Present: A Smith</p>`;
    expect(texts(html)).toEqual(["Minutes", "Present: A Smith"]);
  });
});

describe("blocks, headings, breaks and tables", () => {
  it("gives each block a paragraph, inline elements staying in the line", () => {
    const lines = htmlToLines("<div>Minutes of the <b>Parish</b> <a href='#'>Council</a></div><p>Present: A Smith</p>");
    expect(lines.map((line) => line.text)).toEqual(["Minutes of the Parish Council", "", "Present: A Smith"]);
  });

  it("writes headings as ##, and keeps a heading that opens a list item on the item's line", () => {
    expect(texts("<h2>Apologies</h2><p>None.</p><ol><li><h4>PLANNING</h4><p>No objections.</p></li></ol>")).toEqual([
      "## Apologies",
      "None.",
      "1. PLANNING",
      "No objections.",
    ]);
  });

  it("breaks the line at <br>", () => {
    expect(texts("<p>Present: A Smith<br>Apologies: B Jones<br/>Absent: none</p>")).toEqual(["Present: A Smith", "Apologies: B Jones", "Absent: none"]);
  });

  it("ends a paragraph at each <br> where the page never writes two, and only at two where it does", () => {
    // minutes written as lines in one <p>: each line its own paragraph
    const lines = htmlToLines("<p>Opening:<br>The meeting opened at 7 pm.<br>Finance:<br>The accounts were agreed.</p>").map((l) => l.text);
    expect(lines).toEqual(["Opening:", "", "The meeting opened at 7 pm.", "", "Finance:", "", "The accounts were agreed."]);
    // a page that parts paragraphs with <br><br>: one <br> is a line break inside the paragraph
    const html = "<p><b>PLANNING</b><br><br>CT.0144/4/Q<br>Side extension at 7 Mill Lane<br>NO OBJECTION<br><br><b>FINANCE</b><br><br>Accounts agreed.</p>";
    expect(htmlToLines(html).map((l) => l.text)).toEqual(["**PLANNING**", "", "CT.0144/4/Q", "Side extension at 7 Mill Lane", "NO OBJECTION", "", "**FINANCE**", "", "Accounts agreed."]);
  });

  it("sets a line that opens in bold as markdown's bold, its spaces outside the marks; bold inside a line or across a break is left", () => {
    const lines = (html: string) => htmlToLines(html).map((l) => l.text);
    expect(lines("<p><b>19.09.01 Apologies </b></p><p>None</p>")).toEqual(["**19.09.01 Apologies**", "", "None"]);
    expect(lines("<p><strong>TREASURER REPORT:</strong> The accounts were agreed.</p>")).toEqual(["**TREASURER REPORT:** The accounts were agreed."]);
    expect(lines("<p>The accounts were <b>agreed</b>.</p>")).toEqual(["The accounts were agreed."]);
    expect(lines("<p><b>Finance<br>and budget</b></p>")).toEqual(["Finance", "", "and budget"]);
  });

  it("reads a table of short cells as lines of one paragraph, its cells a column gap apart and empty cells dropped", () => {
    const html = "<table><tr><th>Name</th><th>Role</th></tr><tr><td>A Smith</td><td>Chair</td></tr><tr><td><p>B Jones</p></td><td>Clerk</td></tr><tr><td></td><td>C Brown</td></tr></table>";
    expect(htmlToLines(html).map((l) => l.text)).toEqual(["Name   Role", "A Smith   Chair", "B Jones   Clerk", "C Brown"]);
  });

  it("keeps a page laid out in a table as paragraphs: a long cell, or one cell a row", () => {
    const long = "The council discussed the village hall roof at length and agreed to seek three quotations for its repair before the next meeting.";
    expect(htmlToLines(`<table><tr><td>5.</td><td>${long}</td></tr><tr><td>6.</td><td>Finance</td></tr></table>`).map((l) => l.text)).toEqual([`5.   ${long}`, "", "6.   Finance"]);
    expect(htmlToLines("<table><tr><td>PLANNING</td></tr><tr><td>No objection.</td></tr></table>").map((l) => l.text)).toEqual(["PLANNING", "", "No objection."]);
  });
});

describe("lists", () => {
  it("numbers ordered items and bullets the others, a nested list counting on its own", () => {
    const html = "<ol><li>Apologies</li><li>Accounts<ol><li>Grass cutting</li><li>Hosting</li></ol></li><li>Planning<ul><li>None</li></ul></li></ol>";
    expect(texts(html)).toEqual(["1. Apologies", "2. Accounts", "1. Grass cutting", "2. Hosting", "3. Planning", "- None"]);
  });

  it("starts at the start attribute and takes an item's value, ignoring values that are not numbers", () => {
    expect(texts('<ol start="7"><li>Minutes</li><li>Matters arising</li></ol>')).toEqual(["7. Minutes", "8. Matters arising"]);
    expect(texts("<ol><li>One</li><li value=5>Five</li><li>Six</li></ol>")).toEqual(["1. One", "5. Five", "6. Six"]);
    expect(texts('<ol start="x"><li>One</li></ol><ol start="1e9"><li>One again</li></ol>')).toEqual(["1. One", "1. One again"]);
  });

  it("ends the list where a list end tag of the other kind is written, as a reader sees it", () => {
    // manordeilo-salem-community-council_2020-06-10.html closes its roman <ol> with </ul>: the parser ignores it, and the
    // next item of the minutes would be read as the roman list's
    const html = "<ol><li><h4>ACCOUNTS</h4><ol><li>Zurich £277.10</li><li>Clerk £450</li></ul></li><li><h4>ANY OTHER BUSINESS</h4></li></ol>";
    expect(texts(html)).toEqual(["1. ACCOUNTS", "1. Zurich £277.10", "2. Clerk £450", "2. ANY OTHER BUSINESS"]);
  });
});

describe("entities and malformed HTML", () => {
  it("decodes entities: named, numeric, and named without their semicolon; a no-break space is a space", () => {
    expect(texts("<p>Planning &amp; Highways &#8211; Cllr O&#x2019;Neill&nbsp;(Chair) &copy 2019 &bogus;</p>")).toEqual([
      "Planning & Highways – Cllr O’Neill (Chair) © 2019 &bogus;",
    ]);
  });

  it("reads unclosed, misnested and stray tags as a browser does, and keeps a '<' that opens no tag", () => {
    expect(texts("<p>Minutes<p>Present: <b>A Smith<i>, B Jones</b> and C Brown</i><div>Income < costs</p></span></div>")).toEqual([
      "Minutes",
      "Present: A Smith, B Jones and C Brown",
      "Income < costs",
    ]);
  });

  it("drops comments, a comment left open to the end included, and doctypes", () => {
    expect(texts("<!DOCTYPE html><p>Minutes<!-- draft --></p><p>Present: A Smith</p><!-- <p>cut")).toEqual(["Minutes", "Present: A Smith"]);
  });
});

describe("line provenance", () => {
  it("gives each line the line of the HTML file where its text is", () => {
    const html = [
      "<!DOCTYPE html>", // 1
      "<html><head><title>Minutes</title></head>", // 2
      "<body>", // 3
      "<h1>Parish Council</h1>", // 4
      "<p>", // 5
      "  Present: A Smith<br>", // 6
      "  Apologies: B Jones", // 7
      "</p>", // 8
      "<ol start=4>", // 9
      "  <li>", // 10
      "    Planning", // 11
      "  </li>", // 12
      "  <li>Finance &amp;", // 13
      "  audit</li>", // 14
      "</ol>", // 15
      "<table><tr>", // 16
      "<td>Signed</td><td>Chair</td></tr></table>", // 17
      "</body></html>", // 18
    ].join("\n");
    const lines = htmlToLines(html).filter((line) => line.text !== "");
    expect(lines.map((line) => [line.line, line.text])).toEqual([
      [4, "# Parish Council"],
      [6, "Present: A Smith"],
      [7, "Apologies: B Jones"],
      [10, "4. Planning"],
      [13, "5. Finance & audit"],
      [17, "Signed   Chair"],
    ]);
  });

  it("gives a parsed item the HTML line of its heading", async () => {
    const html = "<html><body>\n<p>Minutes of the Parish Council</p>\n<p>Present: Cllr A Smith (Chair), Cllr B Jones</p>\n\n<h2>1. Apologies</h2>\n<p>None.</p>\n</body></html>";
    const doc = await parseMinutes(Buffer.from(html), { path: "minutes.html" });
    expect(doc.items.map((item) => [item.number, item.title, item.source.line])).toEqual([["1", "Apologies", 5]]);
  });
});

describe("deep nesting", () => {
  it("100,000 nested <div>s: read without blowing the stack, every paragraph in its place", () => {
    const html = `<p>Minutes</p><p>Present: Cllr A Smith</p>${"<div>".repeat(100_000)}<h2>1. Apologies</h2>None.${"</div>".repeat(100_000)}<p>RESOLVED that it be noted.</p>`;
    expect(texts(html)).toEqual(["Minutes", "Present: Cllr A Smith", "## 1. Apologies", "None.", "RESOLVED that it be noted."]);
  }, 120_000);

  it("100,000 nested <div>s left open, and tags of all kinds nested deep, give a schema-valid document", () => {
    for (const [open, close] of [
      ["<div>", ""],
      ["<span>", "</span>"],
      ["<b><i>", "</i></b>"],
      ["<table><tr><td>", "</td></tr></table>"],
      ["<blockquote>", "</blockquote>"],
    ] as const) {
      const depth = open === "<div>" ? 100_000 : 5_000;
      const html = `<p>Minutes</p><p>Present: Cllr A Smith</p>${open.repeat(depth)}Deep text${close.repeat(depth)}<h2>1. Apologies</h2>`;
      const doc = parseMinutesText(html, { format: "html", validate: true });
      expect(doc.attendance.present.map((p) => p.name), open).toEqual(["A Smith"]);
      expect(doc.items.map((item) => item.title), open).toEqual(["Apologies"]);
    }
  }, 120_000);

  it("lists nested 10,000 deep: an item a line", () => {
    const html = `<p>Minutes</p><p>Present: Cllr A Smith</p>${"<ul><li>Point".repeat(10_000)}`;
    expect(texts(html)).toEqual(["Minutes", "Present: Cllr A Smith", ...Array<string>(10_000).fill("- Point")]);
  }, 120_000);
});

describe("loading", () => {
  it("a run loads parse5 only for HTML input", () => {
    const dir = mkdtempSync(join(tmpdir(), "minutes-html-lazy-"));
    const text = join(dir, "minutes.txt");
    const html = join(dir, "minutes.html");
    writeFileSync(text, "Minutes\n\nPresent: Cllr A Smith\n\n1. Apologies\n");
    writeFileSync(html, "<p>Minutes</p><p>Present: Cllr A Smith</p><h2>1. Apologies</h2>");
    // the parser is loaded with require (ES modules, synchronously): require's cache shows it
    const script = `import { createRequire } from "node:module"; import { readFileSync } from "node:fs";
      const { parseMinutes } = await import(${JSON.stringify(join(ROOT, "dist/index.js"))});
      await parseMinutes(readFileSync(process.argv[1]), { path: process.argv[1] });
      const cache = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify(cache.filter((p) => /node_modules\\/parse5\\//.test(p)).length));`;
    const loaded = (file: string) => {
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", script, file], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as number;
    };
    expect(loaded(text)).toBe(0);
    expect(loaded(html)).toBe(1);
  });

  it("the HTML reader imports the parser on first use only, and ingest imports the reader", () => {
    const reader = readFileSync(join(ROOT, "dist/ingest/html.js"), "utf8");
    expect(reader).toMatch(/createRequire\(import\.meta\.url\)\("parse5"\)/);
    expect(reader).not.toMatch(/^import .* from "parse5"/m);
    const index = readFileSync(join(ROOT, "dist/ingest/index.js"), "utf8");
    expect(index).toContain('from "./html.js"');
    expect(index).not.toMatch(/from "parse5"/);
  });
});

describe("heading levels", () => {
  it("keeps each heading's level, so that items stand above their sub-headings", () => {
    const lines = htmlToLines("<h1>Board Meeting</h1><h2>Discussion Items</h2><h3>Toner</h3><p>We need toner.</p><h2>Closing</h2>").map((l) => l.text);
    expect(lines.filter((l) => l.startsWith("#"))).toEqual(["# Board Meeting", "## Discussion Items", "### Toner", "## Closing"]);
  });
});
