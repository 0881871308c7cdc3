// Fuzz tests of Word (.docx) input: a real Word file and built ones, damaged in their XML parts (cut, duplicated, junk,
// hostile attribute values, dropped tags, deep nesting, entity bombs), in their set of parts and in their zip bytes, and
// documents of random Word list numbering, must give a schema-valid document or a MinutesError, never a mammoth or jszip
// error, a hang or a blown stack. See fuzz-harness.ts.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMinutes, type ParseOptions } from "../../src/document.js";
import { numberedMinutesDocx } from "../ingest/docx-build.js";
import { checkContract, fuzz, fuzzCase, runs, testTimeout, type Budget, type FuzzCase } from "./fuzz-harness.js";
import { zip } from "./zip-build.js";

const FILE = "test/hostile/fuzz-docx.test.ts";

/** A parse of these documents takes ~50-150 ms of CPU once mammoth is loaded; a blown-up one is refused sooner. */
const BUDGET: Budget = { ms: 5_000, msPerKb: 20 };

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A Word document as its parts: the XML ones as text (mutations work on them), the rest as bytes. */
interface Docx {
  name: string;
  parts: [string, string | Uint8Array][];
}

async function partsOf(name: string, bytes: Uint8Array): Promise<Docx> {
  const archive = await JSZip.loadAsync(bytes);
  const parts: Docx["parts"] = [];
  for (const entry of Object.values(archive.files)) {
    if (entry.dir) continue;
    const xml = /\.(?:xml|rels)$/i.test(entry.name);
    parts.push([entry.name, xml ? await entry.async("string") : await entry.async("uint8array")]);
  }
  return { name, parts };
}

// ---------------------------------------------------------------------------------------------------------------------
// A docx written here: the parts Word needs, with numbering and styles

const CONTENT_TYPES =
  `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>';
const PACKAGE_RELS =
  `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOCUMENT_RELS =
  `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';

/** One level of a list: its format, level text, start, restart and legal numbering, as numbering.xml writes them. */
interface LevelSpec {
  format: string;
  text: string;
  start: string;
  restart?: string;
  legal?: boolean;
}

function levelXml(ilvl: string, level: LevelSpec): string {
  return (
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${level.start}"/><w:numFmt w:val="${level.format}"/>` +
    (level.restart === undefined ? "" : `<w:lvlRestart w:val="${level.restart}"/>`) +
    (level.legal ? "<w:isLgl/>" : "") +
    `<w:lvlText w:val="${level.text}"/></w:lvl>`
  );
}

interface NumSpec {
  abstract: number;
  /** Level overrides: a start, or a whole level. */
  overrides: { ilvl: string; start?: string; level?: LevelSpec }[];
}

/** numbering.xml: abstract numberings (one of them linked to a list style, as Word writes list styles) and list instances. */
function numberingXml(abstracts: LevelSpec[][], nums: NumSpec[], styleLink: number | null): string {
  const abstractXml = abstracts.map(
    (levels, id) =>
      `<w:abstractNum w:abstractNumId="${id}">` +
      (styleLink === id ? '<w:numStyleLink w:val="ListStyle"/>' : "") +
      levels.map((level, ilvl) => levelXml(String(ilvl), level)).join("") +
      "</w:abstractNum>",
  );
  const numXml = nums.map(
    (num, i) =>
      `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${num.abstract}"/>` +
      num.overrides
        .map((o) => `<w:lvlOverride w:ilvl="${o.ilvl}">${o.start === undefined ? "" : `<w:startOverride w:val="${o.start}"/>`}${o.level ? levelXml(o.ilvl, o.level) : ""}</w:lvlOverride>`)
        .join("") +
      "</w:num>",
  );
  return `${XML_HEADER}<w:numbering ${W}>${abstractXml.join("")}${numXml.join("")}</w:numbering>`;
}

/** styles.xml: item styles numbered through their numPr or the style they are based on (which may loop), and a list style. */
function stylesXml(listStyleNum: string, basedOnLoop: boolean): string {
  const style = (id: string, inner: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
  return (
    `${XML_HEADER}<w:styles ${W}>` +
    style("Item", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>') +
    style("ItemBold", `<w:basedOn w:val="${basedOnLoop ? "ItemLoop" : "Item"}"/>`) +
    style("ItemLoop", '<w:basedOn w:val="ItemBold"/>') +
    `<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="${listStyleNum}"/></w:numPr></w:pPr></w:style>` +
    "</w:styles>"
  );
}

const MINUTES_LINES = [
  "Minutes of the meeting of the Parish Council held on 3 March 2025", "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown",
  "Apologies: Cllr D White", "Declarations of interest", "None.", "Minutes of the last meeting", "RESOLVED that the minutes be approved.",
  "Planning", "Moved by Cllr Smith, seconded by Cllr Jones. Carried.", "For: 5 Against: 1", "Finance", "Date of next meeting",
];

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** A paragraph: plain, numbered on itself (numId, ilvl), or numbered by its style. */
type ParagraphSpec = { text: string } & ({ kind: "plain" } | { kind: "numbered"; numId: string; ilvl: string } | { kind: "styled"; style: string });

function paragraphXml(p: ParagraphSpec): string {
  const run = `<w:r><w:t xml:space="preserve">${escapeXml(p.text)}</w:t></w:r>`;
  if (p.kind === "plain") return `<w:p>${run}</w:p>`;
  if (p.kind === "styled") return `<w:p><w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>${run}</w:p>`;
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${p.ilvl}"/><w:numId w:val="${p.numId}"/></w:numPr></w:pPr>${run}</w:p>`;
}

function documentXml(paragraphs: ParagraphSpec[]): string {
  return `${XML_HEADER}<w:document ${W}><w:body>${paragraphs.map(paragraphXml).join("")}</w:body></w:document>`;
}

function docxParts(document: string, numbering: string, styles: string): Docx["parts"] {
  return [
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", PACKAGE_RELS],
    ["word/_rels/document.xml.rels", DOCUMENT_RELS],
    ["word/document.xml", document],
    ["word/numbering.xml", numbering],
    ["word/styles.xml", styles],
  ];
}

/** Minutes whose items are a Word list continued across paragraphs, sub-points a deeper level, clauses a list style. */
const LISTED: Docx = {
  name: "listed minutes (numbering.xml, styles.xml)",
  parts: docxParts(
    documentXml([
      { kind: "plain", text: MINUTES_LINES[0]! },
      { kind: "plain", text: MINUTES_LINES[1]! },
      { kind: "styled", style: "Item", text: "Apologies" },
      { kind: "plain", text: "Apologies were received from Cllr D White." },
      { kind: "styled", style: "ItemBold", text: "Minutes of the last meeting" },
      { kind: "numbered", numId: "1", ilvl: "1", text: "Accuracy" },
      { kind: "numbered", numId: "1", ilvl: "1", text: "Matters arising" },
      { kind: "plain", text: "RESOLVED:" },
      { kind: "numbered", numId: "2", ilvl: "0", text: "That the minutes be approved." },
      { kind: "numbered", numId: "2", ilvl: "0", text: "That they be signed." },
      { kind: "numbered", numId: "1", ilvl: "0", text: "Planning" },
      { kind: "plain", text: "Moved by Cllr Smith, seconded by Cllr Jones. Carried." },
    ]),
    numberingXml(
      [
        [{ format: "decimal", text: "%1.", start: "1" }, { format: "decimal", text: "%1.%2", start: "1" }],
        [{ format: "lowerLetter", text: "(%1)", start: "1" }],
        [],
      ],
      [
        { abstract: 0, overrides: [] },
        { abstract: 1, overrides: [{ ilvl: "0", start: "1" }] },
        { abstract: 2, overrides: [] },
      ],
      2,
    ),
    stylesXml("2", false),
  ),
};

// ---------------------------------------------------------------------------------------------------------------------
// Mutations of the parts: each says what it did

interface Mutation {
  apply(parts: Docx["parts"]): { parts: Docx["parts"]; did: string };
}

/** Strings that have broken XML readers: markup, entities (an entity bomb among them), CDATA, controls, odd Unicode. */
const JUNK = [
  "<", ">", "&", "&amp;", "&bogus;", "&#0;", "&#x1F600;", "&#1114112;", "]]>", "<![CDATA[x]]>", "<!-- x -->", "<?pi x?>", '"', "'",
  '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', "&xxe;", "&c;",
  "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", "<w:br/>", "<w:tab/>",
  "<w:numPr><w:numId w:val=\"1\"/></w:numPr>", "<w:pPr>", "</w:pPr>", '<w:pStyle w:val="Item"/>', "<w:fldSimple w:instr=\"SEQ x\">",
  "<w:hyperlink r:id=\"rId99\">", '<w:drawing><a:blip r:embed="rId7"/></w:drawing>', "<w:footnoteReference w:id=\"9\"/>",
  "<w:ins w:id=\"1\">", "</w:ins>", "<w:del>", "<w:delText>gone</w:delText>", "<mc:AlternateContent>", "<w:sdt><w:sdtContent>",
  "\u0000", "\u0001", "\u000b", "\u001b[2J", "\u0085", "\u2028", "\ud800", "\ufffe", "\uffff", "\u202e", "😀", "中文", "",
];
const junk = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...JUNK), { maxLength: 8 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);
/** Values for w:val and the like: out of range, negative, huge, not numbers, level texts that name no level. */
const HOSTILE_VALUES = [
  "-1", "0", "9", "10", "99999999", "2147483648", "1e9", "-0", "NaN", "", " ", "x", "%1", "%9.%8.%7", "%0", "%10", "%%%", "%1".repeat(200),
  "a".repeat(5000), "decimal", "lowerLetter", "upperRoman", "bullet", "none", "chicago", "ordinalText", "custom", "ItemLoop", "ListStyle",
  "&amp;", "&lt;%1&gt;", "1\u00002",
];

/** Mostly document.xml, numbering.xml and styles.xml: where what is read lives. */
function pickPart(parts: Docx["parts"], k: number): number {
  const preferred = ["word/document.xml", "word/numbering.xml", "word/styles.xml"];
  const textParts = parts.map((p, i) => [p, i] as const).filter(([[, content]]) => typeof content === "string");
  const favourites = textParts.filter(([[name]]) => preferred.includes(name));
  const pool = k % 4 !== 0 && favourites.length > 0 ? favourites : textParts;
  return pool.length === 0 ? -1 : pool[Math.floor(k / 4) % pool.length]![1];
}

/** Changes the text of one XML part. */
function onText(k: number, what: string, change: (xml: string) => string): Mutation {
  return {
    apply(parts) {
      const i = pickPart(parts, k);
      if (i === -1) return { parts, did: `${what} (no XML part)` };
      const [name, xml] = parts[i]!;
      const out = parts.slice();
      out[i] = [name, change(xml as string)];
      return { parts: out, did: `${name}: ${what}` };
    },
  };
}

/** The `n`-th match of a global regex, wrapping round; null when there is none. */
function nth(text: string, re: RegExp, n: number): RegExpExecArray | null {
  const all = [...text.matchAll(re)];
  return all.length === 0 ? null : (all[n % all.length] as RegExpExecArray);
}

/** Elements a paragraph can be nested in, opening and closing. */
const NESTING: Record<"sdt" | "ins" | "txbx" | "tbl", [string, string]> = {
  sdt: ["<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"],
  ins: ['<w:ins w:id="1" w:author="x">', "</w:ins>"],
  txbx: ["<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>", "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"],
  tbl: ["<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"],
};

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // a range of characters deleted, duplicated, or replaced by junk
  fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 400 }), fc.constantFrom("delete", "duplicate")).map(([k, at, length, how]) =>
    onText(k, `${how} ${length} chars at ${at}`, (xml) => {
      const i = at % (xml.length + 1);
      return how === "delete" ? xml.slice(0, i) + xml.slice(i + length) : xml.slice(0, i) + xml.slice(i, i + length) + xml.slice(i);
    }),
  ),
  fc.tuple(fc.nat(), fc.nat(), junk).map(([k, at, text]) =>
    onText(k, `junk ${JSON.stringify(text.slice(0, 60))} at ${at}`, (xml) => {
      const i = at % (xml.length + 1);
      return xml.slice(0, i) + text + xml.slice(i);
    }),
  ),
  // a paragraph deleted, duplicated or moved whole; the text of a run replaced (the XML stays well-formed)
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("delete", "duplicate", "move")).map(([n, m, how]): Mutation => ({
    apply(parts) {
      const i = parts.findIndex(([name]) => name === "word/document.xml");
      if (i === -1) return { parts, did: `paragraph ${how} (no document.xml)` };
      const xml = parts[i]![1] as string;
      const p = nth(xml, /<w:p[ >][^]*?<\/w:p>/g, n);
      if (!p) return { parts, did: `paragraph ${how} (no paragraph)` };
      const without = xml.slice(0, p.index) + xml.slice(p.index + p[0].length);
      let out = without;
      if (how === "duplicate") out = xml.slice(0, p.index) + p[0] + xml.slice(p.index);
      else if (how === "move") {
        const to = nth(without, /<w:p[ >]/g, m);
        out = to ? without.slice(0, to.index) + p[0] + without.slice(to.index) : xml;
      }
      const next = parts.slice();
      next[i] = ["word/document.xml", out];
      return { parts: next, did: `paragraph #${n} ${how}${how === "move" ? ` before #${m}` : ""}` };
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), junk).map(([k, n, text]) =>
    onText(k, `run text #${n} = ${JSON.stringify(text.slice(0, 60))}`, (xml) => {
      const m = nth(xml, /(<w:t(?: [^>]*)?>)[^<]*(<\/w:t>)/g, n);
      return m ? `${xml.slice(0, m.index)}${m[1]}${escapeXml(text)}${m[2]}${xml.slice(m.index + m[0].length)}` : xml;
    }),
  ),
  // the XML cut short
  fc.tuple(fc.nat(), fc.nat()).map(([k, at]) => onText(k, `cut at ${at}`, (xml) => xml.slice(0, at % (xml.length + 1)))),
  // an attribute value replaced: numbering ids and levels, formats, level texts, starts, style names
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...HOSTILE_VALUES)).map(([k, n, value]) =>
    onText(k, `attribute #${n} = ${JSON.stringify(value.slice(0, 30))}${value.length > 30 ? `… (${value.length})` : ""}`, (xml) => {
      const m = nth(xml, /w:(?:val|ilvl|numId|abstractNumId|styleId)="[^"]*"/g, n);
      if (!m) return xml;
      const name = m[0].slice(0, m[0].indexOf("="));
      return `${xml.slice(0, m.index)}${name}="${escapeXml(value).replaceAll('"', "&quot;")}"${xml.slice(m.index + m[0].length)}`;
    }),
  ),
  // a tag dropped: unbalanced elements
  fc.tuple(fc.nat(), fc.nat()).map(([k, n]) =>
    onText(k, `tag #${n} dropped`, (xml) => {
      const m = nth(xml, /<\/?w:[a-zA-Z]+[^>]*>/g, n);
      return m ? xml.slice(0, m.index) + xml.slice(m.index + m[0].length) : xml;
    }),
  ),
  // a paragraph nested deep: content controls, insertions, or paragraphs in text boxes in paragraphs
  fc.tuple(fc.nat(), fc.constantFrom(10, 300, 3000, 30000), fc.constantFrom("sdt", "ins", "txbx", "tbl")).map(([n, depth, how]): Mutation => ({
    apply(parts) {
      const i = parts.findIndex(([name]) => name === "word/document.xml");
      if (i === -1) return { parts, did: "nest (no document.xml)" };
      const xml = parts[i]![1] as string;
      const m = nth(xml, /<w:p\b[^>]*>[^]*?<\/w:p>/g, n);
      if (!m) return { parts, did: "nest (no paragraph)" };
      const [open, close] = NESTING[how];
      const out = parts.slice();
      out[i] = ["word/document.xml", xml.slice(0, m.index) + open.repeat(depth) + m[0] + close.repeat(depth) + xml.slice(m.index + m[0].length)];
      return { parts: out, did: `paragraph #${n} nested ${depth} deep in ${how}` };
    },
  })),
  // the set of parts: one dropped, emptied, renamed, or given another's content
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("drop", "empty", "rename", "swap")).map(([a, b, how]): Mutation => ({
    apply(parts) {
      if (parts.length === 0) return { parts, did: `${how} (no parts)` };
      const i = a % parts.length;
      const j = b % parts.length;
      const out = parts.slice();
      const [name, content] = parts[i]!;
      if (how === "drop") out.splice(i, 1);
      else if (how === "empty") out[i] = [name, ""];
      else if (how === "rename") out[i] = [name === "word/document.xml" ? "word/document2.xml" : `${name}.old`, content];
      else out[i] = [name, parts[j]![1]];
      return { parts: out, did: `${how} ${name}${how === "swap" ? ` ← ${parts[j]![0]}` : ""}` };
    },
  })),
);

/** Damage to the archive's bytes once written, now and then: a bit flipped, bytes overwritten, the file cut short. */
const byteDamage = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  fc.tuple(fc.nat(), fc.constantFrom("flip", "overwrite", "cut"), fc.nat({ max: 7 }), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(
    ([at, how, bit, bytes]) =>
      (archive: Buffer): { bytes: Buffer; did: string } => {
        const i = at % archive.length;
        const out = Buffer.from(archive);
        if (how === "flip") out[i] = out[i]! ^ (1 << bit);
        else if (how === "overwrite") out.set(bytes.subarray(0, out.length - i), i);
        else return { bytes: out.subarray(0, i), did: `cut at byte ${i}` };
        return { bytes: out, did: `${how} at byte ${i}` };
      },
  ),
);

/** Options as a caller passes them: a name, --format docx, now and then a --max-bytes the unpacked XML passes. */
const options: fc.Arbitrary<ParseOptions> = fc
  .tuple(
    fc.constantFrom<string | undefined>(undefined, "minutes.docx", "minutes.txt"),
    fc.constantFrom<"docx" | undefined>(undefined, undefined, "docx"),
    fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(20_000, 200_000) }),
  )
  .map(([path, format, maxBytes]) => {
    const out: ParseOptions = {};
    if (path !== undefined) out.path = path;
    if (format !== undefined) out.format = format;
    if (maxBytes !== undefined) out.maxBytes = maxBytes;
    return out;
  });

/** A docx of the pool under 1-3 mutations of its parts, zipped (deflated or stored), its bytes damaged now and then. */
function mutatedDocx(pool: () => Docx[]): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), byteDamage, options)
    .map(([i, mutations, deflate, damage, opts]) => {
      const all = pool();
      const docx = all[i % all.length]!;
      let parts = docx.parts;
      const did: string[] = [];
      for (const m of mutations) {
        const result = m.apply(parts);
        parts = result.parts;
        did.push(result.did);
      }
      let bytes = zip(Object.fromEntries(parts), { deflate });
      if (damage) {
        const damaged = damage(bytes);
        bytes = damaged.bytes;
        did.push(damaged.did);
      }
      return fuzzCase(new Uint8Array(bytes), opts, `${docx.name}${deflate ? "" : " (stored)"}: ${did.join("; ")}`);
    });
}

// ---------------------------------------------------------------------------------------------------------------------
// Documents of random list numbering

const format = fc.constantFrom("decimal", "decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "decimalZero", "bullet", "none", "ordinal", "chicago", "cardinalText", "custom", "junk");
const levelText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("%1.", "%1.%2", "%1.%2.%3", "(%1)", "%2)", "Item %1:", "%1", "•") },
  { weight: 1, arbitrary: fc.constantFrom("", "%", "%0", "%9", "%10", "%1%1%1%1", "%1.".repeat(100), "&lt;%1&gt;") },
);
const counterValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("1", "0", "4") }, { weight: 1, arbitrary: fc.constantFrom("-5", "32767", "2147483647", "99999999999", "x", "") });
const levelSpec: fc.Arbitrary<LevelSpec> = fc.record(
  {
    format,
    text: levelText,
    start: counterValue,
    restart: fc.constantFrom("0", "1", "2", "9", "-1"),
    legal: fc.boolean(),
  },
  { requiredKeys: ["format", "text", "start"] },
);
const ilvl = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("0", "0", "1", "2") }, { weight: 1, arbitrary: fc.constantFrom("8", "9", "-1", "100000", "x") });
const numId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("1", "2", "3", "4") }, { weight: 1, arbitrary: fc.constantFrom("0", "5", "99", "-1", "x") });
const paragraphSpec: fc.Arbitrary<ParagraphSpec> = fc.oneof(
  fc.record({ kind: fc.constant("plain" as const), text: fc.constantFrom(...MINUTES_LINES) }),
  fc.record({ kind: fc.constant("numbered" as const), numId, ilvl, text: fc.constantFrom(...MINUTES_LINES) }),
  fc.record({ kind: fc.constant("styled" as const), style: fc.constantFrom("Item", "ItemBold", "ItemLoop", "ListStyle", "Missing"), text: fc.constantFrom(...MINUTES_LINES) }),
);

const numberedDocx: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.array(fc.array(levelSpec, { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
    fc.array(
      fc.record({
        abstract: fc.nat({ max: 3 }),
        overrides: fc.array(fc.record({ ilvl, start: fc.option(counterValue, { nil: undefined }), level: fc.option(levelSpec, { nil: undefined }) }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    fc.option(fc.nat({ max: 3 }), { nil: null }),
    numId,
    fc.boolean(),
    fc.array(paragraphSpec, { minLength: 1, maxLength: 40 }),
  )
  .map(([abstracts, nums, styleLink, listStyleNum, basedOnLoop, paragraphs]) => {
    const parts = docxParts(documentXml(paragraphs), numberingXml(abstracts, nums, styleLink), stylesXml(listStyleNum, basedOnLoop));
    const label =
      `numbering ${JSON.stringify({ abstracts, nums, styleLink, listStyleNum, basedOnLoop }).slice(0, 600)}; ` +
      `paragraphs ${JSON.stringify(paragraphs.map((p) => (p.kind === "plain" ? "p" : p.kind === "styled" ? p.style : `${p.numId}/${p.ilvl}`)))}`;
    return fuzzCase(new Uint8Array(zip(Object.fromEntries(parts), { deflate: true })), {}, label);
  });

// ---------------------------------------------------------------------------------------------------------------------

describe("fuzz: Word (.docx) input", () => {
  const pool: Docx[] = [];
  beforeAll(async () => {
    const newbiggin = readFileSync(new URL("../../fixtures/pdf/newbiggin-parish-council_2019-09-03.docx", import.meta.url));
    pool.push(await partsOf("newbiggin (Word)", newbiggin), await partsOf("numbered minutes (docx package)", await numberedMinutesDocx()), LISTED);
    // load mammoth (a second or more on a busy machine) before the first timed case
    await parseMinutes(newbiggin);
  }, 120_000);

  it("reads the unmutated documents", async () => {
    for (const docx of pool) {
      const outcome = await checkContract(fuzzCase(new Uint8Array(zip(Object.fromEntries(docx.parts), { deflate: true })), {}, docx.name), BUDGET);
      expect(outcome, docx.name).toBe("ok");
    }
  });

  const PARTS = runs(300);
  it(
    "mutated documents (XML cut, duplicated, junk, hostile values, dropped tags, deep nesting; parts dropped or swapped; zip bytes)",
    async () => {
      const tally = await fuzz("mutated documents", FILE, mutatedDocx(() => pool), PARTS, BUDGET, 200);
      // the fuzzer reaches the conversion and the parser, not only the refusals
      expect(tally.count("ok")).toBeGreaterThan(tally.total / 4);
      expect(tally.count("E_DOCX_CORRUPT")).toBeGreaterThan(0);
    },
    testTimeout(PARTS, 500),
  );

  const NUMBERED = runs(200);
  it(
    "documents of random Word list numbering (formats, level texts, starts, overrides, restarts, styles, loops)",
    async () => {
      const tally = await fuzz("random list numbering", FILE, numberedDocx, NUMBERED, BUDGET);
      expect(tally.count("ok")).toBeGreaterThan(tally.total / 2);
    },
    testTimeout(NUMBERED, 500),
  );

  it("document.xml cut short inside 30,000 open elements (xmldom took minutes over them): E_DOCX_CORRUPT, at once", async () => {
    const [open] = NESTING.txbx;
    const cut = `${XML_HEADER}<w:document ${W}><w:body>${"<w:p><w:r><w:t>Minutes</w:t></w:r></w:p>".repeat(10)}${open.repeat(5000)}`;
    const parts = LISTED.parts.map(([name, content]): [string, string | Uint8Array] => [name, name === "word/document.xml" ? cut : content]);
    const bytes = new Uint8Array(zip(Object.fromEntries(parts), { deflate: true }));
    expect(await checkContract(fuzzCase(bytes, {}, "cut inside 30,000 open elements"), { ms: 2_000 })).toBe("E_DOCX_CORRUPT");
    await expect(parseMinutes(bytes)).rejects.toThrow(
      "the Word document (docx) cannot be read: its word/document.xml nests its elements more than 256 deep",
    );
    // not deep, but left open: refused as not well-formed
    const open300 = `${XML_HEADER}<w:document ${W}><w:body>${"<w:p><w:r><w:t>Minutes</w:t></w:r>".repeat(200)}`;
    const shallow = LISTED.parts.map(([name, content]): [string, string | Uint8Array] => [name, name === "word/document.xml" ? open300 : content]);
    await expect(parseMinutes(new Uint8Array(zip(Object.fromEntries(shallow))))).rejects.toThrow(
      "its word/document.xml is not well-formed XML (<w:p> is not closed: cut short?)",
    );
  });

  it("an entity bomb in document.xml is not expanded: read or refused, quickly", async () => {
    const bomb =
      `${XML_HEADER}<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">` +
      Array.from({ length: 8 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("") +
      `]><w:document ${W}><w:body><w:p><w:r><w:t>Minutes &i;</w:t></w:r></w:p></w:body></w:document>`;
    const parts = LISTED.parts.map(([name, content]): [string, string | Uint8Array] => [name, name === "word/document.xml" ? bomb : content]);
    const outcome = await checkContract(fuzzCase(new Uint8Array(zip(Object.fromEntries(parts))), {}, "billion laughs"), { ms: 3_000 });
    expect(["ok", "E_DOCX_CORRUPT", "E_EMPTY"]).toContain(outcome);
  });
});
