// Fuzz tests of HTML input: tag soups (misnested, unclosed and stray tags, odd attributes, entities, comments, raw text),
// deep nesting, and corpus HTML cut and spliced with them must give a schema-valid document or a MinutesError refusal,
// never another exception, a blown stack or a hang. FUZZ_SCALE / FUZZ_SEED: see fuzz-harness.ts.
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ParseOptions } from "../../src/document.js";
import { fuzz, fuzzCase, runs, testTimeout, type Budget, type FuzzCase } from "./fuzz-harness.js";

const FILE = "test/hostile/fuzz-html.test.ts";
const CORPUS_DIR = new URL("../../fixtures/corpus/", import.meta.url);

const pages = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".html"))
  .sort()
  .map((name) => ({ name, html: readFileSync(new URL(name, CORPUS_DIR), "utf8") }));

/** parse5 reads ~1 MB/s on a loaded machine: far above that, only a runaway (super-linear) pass trips the budget. */
const BUDGET: Budget = { ms: 3_000, msPerKb: 20 };

/** Elements minutes pages are made of, those the reader skips, and those the parser treats specially (tables, forms, raw text). */
const TAGS = [
  "p", "div", "span", "b", "i", "em", "strong", "a", "br", "hr", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4",
  "h6", "table", "thead", "tbody", "tr", "td", "th", "caption", "article", "main", "section", "header", "footer", "nav",
  "aside", "form", "button", "select", "option", "textarea", "script", "style", "noscript", "template", "iframe", "svg",
  "math", "title", "head", "body", "html", "pre", "blockquote", "font", "center", "nobr", "time", "figure", "img", "xmp",
  "plaintext", "frameset", "my-element",
];
/** Attributes, list numbers among them (start, value) with values that are not numbers. */
const ATTRIBUTES = [
  "", ' class="x"', " start=5", ' start="0"', ' start="-3"', ' start="1e9"', ' start="999999999999"', ' start="x"', " value=7",
  ' value=""', " reversed", ' type="a"', " id=a", ' style="display:none"', " hidden", " a=\"b'c\"", " x=<", " /", "/",
];
/** Text: words of minutes, entities (named, numeric, broken, without their semicolon), and characters markup reacts to. */
const TEXT = [
  "Minutes", "Present: Cllr A Smith, Cllr B Jones", "Apologies: Mr C Brown", "1. Apologies", "RESOLVED that the minutes be approved.",
  "Moved by Cllr Smith, seconded by Cllr Jones. Carried.", "&amp;", "&nbsp;", "&lt;p&gt;", "&#8217;", "&#x2014;", "&#0;",
  "&#xD800;", "&#1114112;", "&copy", "&bogus;", "&", "<", ">", "< 5", "a<b", "\n", "\n\n", "\r\n", "\t", " ", "\u00a0", "\u0000",
  "\u000c", "\ufeff", "’", "😀", "\ud800",
];
/** Pieces of markup that are not tags: comments (open, closed, cut), doctypes, CDATA, processing instructions, broken tags. */
const MARKUP = [
  "<!-- note -->", "<!--", "-->", "<!---->", "<!DOCTYPE html>", "<!doctype>", "<![CDATA[ x ]]>", "<?xml version='1.0'?>",
  "</>", "<>", "< p>", "<p", "</p", "<a href='", "<3", "<!", "</ul>", "</ol>", "</li>", "</table>", "</body></html>",
];

/** One token of a soup: a start tag, an end tag, text, or other markup. */
const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES)).map(([tag, attrs]) => `<${tag}${attrs}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((tag) => `</${tag}>`) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXT) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A case as a caller makes one: a string or UTF-8 bytes, known as HTML by its name, by --format, or by its content. */
function htmlCase(html: string, label: string): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(
      fc.constantFrom<ParseOptions>({ path: "minutes.html" }, { format: "html" }, {}, { path: "minutes.htm", requireMinutes: true }),
      fc.boolean(),
    )
    .map(([options, asString]) => fuzzCase(asString ? html : new Uint8Array(Buffer.from(html, "utf8")), options, label));
}

/** Tag soups, bare or in a page, alone or spliced into a corpus page at random places. */
const tagSoup: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.array(token, { minLength: 1, maxLength: 120 }),
    fc.constantFrom("", "<!DOCTYPE html><html><body>", "<html><head><title>x</title></head><body><article>", "<main>"),
    fc.option(fc.constantFrom(...pages), { freq: 3 }),
    fc.nat(),
  )
  .chain(([tokens, opening, page, seed]) => {
    let html = opening + tokens.join("");
    let label = `soup ${JSON.stringify(opening + tokens.slice(0, 40).join(""))}`;
    if (page) {
      const at = seed % (page.html.length + 1);
      const cut = (seed * 7919) % 4;
      // into a page, or a page cut short after the soup (a tag left open at the end of the file)
      html = page.html.slice(0, at) + html + (cut === 0 ? "" : page.html.slice(at));
      label += ` spliced into ${page.name} at ${at}${cut === 0 ? ", the rest cut" : ""}`;
    }
    return htmlCase(html, label);
  });

/** Elements nested deep: block, inline, list, table, formatting and foreign nesting, past the depth the reader keeps. */
const NESTINGS: [string, string][] = [
  ["<div>", "</div>"], ["<span>", "</span>"], ["<ul><li>", "</li></ul>"], ["<ol start=3><li>", "</li></ol>"], ["<b>", "</b>"],
  ["<table><tr><td>", "</td></tr></table>"], ["<blockquote>", "</blockquote>"], ["<i><p>", "</p></i>"], ["<svg><g>", "</g></svg>"],
  ["<a>", "</a>"], ["<h2>", "</h2>"], ["<template><div>", "</div></template>"],
];

const deepNesting: fc.Arbitrary<FuzzCase> = fc
  .tuple(fc.constantFrom(...NESTINGS), fc.integer({ min: 1, max: 3_000 }), fc.boolean(), fc.constantFrom(...TEXT))
  .chain(([[open, close], depth, closed, text]) => {
    const html = `<p>Minutes</p><p>Present: Cllr A Smith</p>${open.repeat(depth)}1. Apologies ${text}${closed ? close.repeat(depth) : ""}<p>RESOLVED that it be noted.</p>`;
    return htmlCase(html, `${JSON.stringify(open)} nested ${depth} deep${closed ? ", closed" : ", left open"}`);
  });

describe("fuzz: HTML input", () => {
  it("reads the corpus's HTML pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
  });

  const SOUP = runs(300);
  it(
    "tag soups, bare, in a page or spliced into a corpus page",
    async () => {
      const tally = await fuzz("HTML tag soups", FILE, tagSoup, SOUP, BUDGET);
      // the fuzzer reaches the reader: most soups are read, not refused
      expect(tally.count("ok")).toBeGreaterThan(tally.total / 2);
    },
    testTimeout(SOUP, 100),
  );

  const DEEP = runs(60);
  it("elements nested up to 3,000 deep, closed or left open", async () => void (await fuzz("deep HTML nesting", FILE, deepNesting, DEEP, BUDGET, 40)), testTimeout(DEEP, 500));
});
