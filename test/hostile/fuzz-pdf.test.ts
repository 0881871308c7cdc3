// Fuzz tests of PDF input: byte-level mutations of corpus PDFs (bit flips, cuts, spliced objects, broken xref offsets, stream
// lengths and headers) must give a schema-valid document or a MinutesError, never a pdf.js error or a hang. See fuzz-harness.ts.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseMinutes, type ParseOptions } from "../../src/document.js";
import { makePdf } from "../pdf/helpers.js";
import type { OcrMode } from "../../src/ingest/pdf/index.js";
import { checkContract, fuzz, fuzzCase, runs, testTimeout, type Budget, type FuzzCase } from "./fuzz-harness.js";

const FILE = "test/hostile/fuzz-pdf.test.ts";

/**
 * The smaller, quicker corpus PDFs (each parses in ~20-80 ms), covering classic xref tables (Horsley, Manordeilo), xref and
 * object streams (East Palo Alto, Kent), hybrid files (Milburn) and a garbage text layer (Horsley parish council).
 * `maxPages` keeps the long ones quick.
 */
const CORPUS_PDFS: { name: string; maxPages?: number }[] = [
  { name: "milburn-parish-council_2018-11-06.pdf" },
  { name: "milburn-parish-council_2020-07-14.pdf" },
  { name: "milburn-parish-council_2016-07-05.pdf" },
  { name: "east-palo-alto-planning-commission_2020-01-27.pdf" },
  { name: "horsley-neighbourhood-plan-working-group_2014-10-19.pdf" },
  { name: "horsley-parish-council_2014-03-18.pdf" },
  { name: "manordeilo-salem-community-council_2016-02-10.pdf", maxPages: 2 },
  { name: "kent-county-council_2024-12-19.pdf", maxPages: 2 },
];

/** A PDF: its bytes as a latin1 string (one character a byte), so offsets and regexes work on it directly. */
interface Pdf {
  name: string;
  latin1: string;
  maxPages?: number;
}

const pdfs: Pdf[] = CORPUS_PDFS.map(({ name, maxPages }) => ({
  name,
  maxPages,
  latin1: readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)).toString("latin1"),
}));

/** Minutes drawn with pdfkit, uncompressed: mutations reach the content streams' text operators, fonts and positions. */
async function syntheticMinutes(): Promise<Pdf> {
  const bytes = await makePdf({ size: "A4", margin: 0, autoFirstPage: false, compress: false }, (doc) => {
    const page = (lines: [string, number, number, string?, number?][]) => {
      doc.addPage({ size: "A4", margin: 0 });
      for (const [text, x, y, font, size] of lines) doc.font(font ?? "Helvetica").fontSize(size ?? 11).text(text, x, y, { lineBreak: false });
    };
    page([
      ["Upton Parish Council", 72, 30, "Helvetica", 9],
      ["Minutes of the Parish Council meeting held on 4 March 2025", 72, 70, "Helvetica-Bold", 14],
      ["PRESENT: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown", 72, 110],
      ["Apologies: Cllr D White", 72, 126],
      ["1. Declarations of interest", 72, 160, "Helvetica-Bold"],
      ["Cllr Jones declared an interest in item 3.", 72, 176],
      ["2. Minutes of the last meeting", 72, 206, "Helvetica-Bold"],
      ["RESOLVED that the minutes of 4 February 2025 be approved and signed.", 72, 222],
      ["3. Planning", 72, 252, "Helvetica-Bold"],
      ["Moved by Cllr Smith, seconded by Cllr Brown, that the council objects. Carried.", 72, 268],
      ["•", 90, 290],
      ["The clerk will write to the planning authority.", 108, 290],
      ["Page 1 of 2", 270, 810, "Helvetica", 9],
    ]);
    page([
      ["Upton Parish Council", 72, 30, "Helvetica", 9],
      ["4. Finance", 72, 70, "Helvetica-Bold"],
      ["Payments of £1,234.56 were approved. For: 5 Against: 1 Abstained: 0", 72, 86],
      ["5. Date of next meeting", 72, 116, "Helvetica-Bold"],
      ["The next meeting will be held on 1 April 2025 at 7pm.", 72, 132],
      ["Page 2 of 2", 270, 810, "Helvetica", 9],
    ]);
  });
  return { name: "synthetic-minutes.pdf (pdfkit, uncompressed)", latin1: Buffer.from(bytes).toString("latin1") };
}

/**
 * A case of this file: OCR is off (ocr "never") unless asked for. These fuzzers aim at pdf.js and the reconstruction; with
 * OCR every mutation that loses the text layer would cost seconds a page. The OCR path gets a few cases of its own below.
 */
function pdfCase(input: Uint8Array, options: ParseOptions, label: string, ocr: OcrMode = "never"): FuzzCase {
  return fuzzCase(input, { ocr, ...options }, label);
}

/** ~20-80 ms a parse; a mutated PDF can make pdf.js rebuild its xref by scanning the file: still well under a second. */
const BUDGET: Budget = { ms: 10_000 };

// ---------------------------------------------------------------------------------------------------------------------
// Mutations: each works on the latin1 string of the bytes and says what it did

interface Mutation {
  apply(pdf: string, donor: string): { pdf: string; did: string };
}

function at(n: number, size: number): number {
  return size === 0 ? 0 : n % (size + 1);
}

/** The `k`-th match (mod the count) of a global regex, or null. */
function nth(text: string, pattern: RegExp, k: number): RegExpExecArray | null {
  const all = [...text.matchAll(pattern)];
  return all.length === 0 ? null : (all[k % all.length] as RegExpExecArray);
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

const junkBytes = fc.uint8Array({ minLength: 1, maxLength: 32 }).map((b) => Buffer.from(b).toString("latin1"));
/** Numbers that break offsets, lengths and counts: zero, negative, off by a little, huge, not numbers at all. */
const badNumber = fc.oneof(
  fc.constantFrom("0", "-1", "1", "2147483647", "4294967296", "99999999999999999999", "1e9", "-0", "3.5", "NaN", "", "x", "0000000000"),
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
);
/** An extra offset for a number in the file: small slips and big jumps. */
const delta = fc.oneof(fc.integer({ min: -16, max: 16 }), fc.integer({ min: -100_000, max: 100_000 }));

const OBJECT = /(\d+) (\d+) obj\b[\s\S]*?endobj/g;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // flip bits anywhere
  fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }).map((flips): Mutation => ({
    apply(pdf) {
      const chars: string[] = [];
      let out = pdf;
      for (const [n, bit] of flips) {
        const i = n % out.length;
        out = splice(out, i, i + 1, String.fromCharCode(out.charCodeAt(i) ^ (1 << bit)));
        chars.push(`${i}^${1 << bit}`);
      }
      return { pdf: out, did: `flip bits ${chars.join(",")}` };
    },
  })),
  // overwrite bytes with random ones
  fc.tuple(fc.nat(), junkBytes).map(([n, junk]): Mutation => ({
    apply(pdf) {
      const i = n % pdf.length;
      return { pdf: splice(pdf, i, i + junk.length, junk), did: `overwrite ${junk.length} bytes at ${i}` };
    },
  })),
  // cut the file short, with or without an %%EOF put back (without one, the envelope check refuses it first)
  fc.tuple(fc.nat(), fc.boolean()).map(([n, eof]): Mutation => ({
    apply(pdf) {
      const cut = at(n, pdf.length);
      return { pdf: pdf.slice(0, cut) + (eof ? "\n%%EOF\n" : ""), did: `truncate at ${cut}${eof ? " + %%EOF" : ""}` };
    },
  })),
  // delete a range
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4096 })).map(([n, len]): Mutation => ({
    apply(pdf) {
      const i = n % pdf.length;
      return { pdf: splice(pdf, i, i + len, ""), did: `delete ${len} bytes at ${i}` };
    },
  })),
  // duplicate a range elsewhere
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 4096 }), fc.nat()).map(([n, len, t]): Mutation => ({
    apply(pdf) {
      const i = n % pdf.length;
      const to = at(t, pdf.length);
      return { pdf: splice(pdf, to, to, pdf.slice(i, i + len)), did: `duplicate ${len} bytes at ${i} to ${to}` };
    },
  })),
  // splice an object of the other PDF over one of this one (same or another number), or in beside it
  fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("replace", "insert", "renumber")).map(([k, j, mode]): Mutation => ({
    apply(pdf, donor) {
      const target = nth(pdf, OBJECT, k);
      const given = nth(donor, OBJECT, j);
      if (!target || !given) return { pdf, did: "splice object (none found)" };
      let object = given[0];
      if (mode === "renumber") object = object.replace(/^\d+ \d+/, `${target[1]} ${target[2]}`);
      const end = target.index + target[0].length;
      const out = mode === "insert" ? splice(pdf, end, end, `\n${object}`) : splice(pdf, target.index, end, object);
      return { pdf: out, did: `${mode} object ${target[1]} ${target[2]} with donor object ${given[1]} ${given[2]}` };
    },
  })),
  // move startxref: a slip, a jump, or garbage
  fc.tuple(delta, badNumber, fc.boolean()).map(([d, bad, useBad]): Mutation => ({
    apply(pdf) {
      const m = [...pdf.matchAll(/startxref(\s+)(\d+)/g)].pop();
      if (!m) return { pdf, did: "startxref (none)" };
      const value = useBad ? bad : String(Number(m[2]) + d);
      const start = m.index + "startxref".length + m[1]!.length;
      return { pdf: splice(pdf, start, start + m[2]!.length, value), did: `startxref ${m[2]} → ${value}` };
    },
  })),
  // break an entry of a classic xref table, or its subsection header
  fc.tuple(fc.nat(), delta, badNumber, fc.constantFrom("offset", "generation", "type", "header")).map(([k, d, bad, part]): Mutation => ({
    apply(pdf) {
      if (part === "header") {
        const h = nth(pdf, /xref\s+(\d+) (\d+)/g, k);
        if (!h) return { pdf, did: "xref header (no table)" };
        const start = h.index + h[0].length - h[2]!.length;
        return { pdf: splice(pdf, start, start + h[2]!.length, bad), did: `xref subsection count ${h[2]} → ${bad}` };
      }
      const e = nth(pdf, /(\d{10}) (\d{5}) ([nf])/g, k);
      if (!e) return { pdf, did: "xref entry (no table)" };
      const fields = [e[1]!, e[2]!, e[3]!];
      if (part === "offset") fields[0] = String(Math.max(0, Number(e[1]) + d)).padStart(10, "0").slice(-10);
      else if (part === "generation") fields[1] = bad.padStart(5, "0").slice(0, 5);
      else fields[2] = e[3] === "n" ? "f" : "n";
      return { pdf: splice(pdf, e.index, e.index + e[0].length, fields.join(" ")), did: `xref entry ${e[0]} → ${fields.join(" ")}` };
    },
  })),
  // a stream's /Length: too short, too long, negative, garbage, or a reference to a missing object
  fc.tuple(fc.nat(), delta, badNumber, fc.integer({ min: 0, max: 3 })).map(([k, d, bad, how]): Mutation => ({
    apply(pdf) {
      const m = nth(pdf, /\/Length (\d+)( \d+ R)?/g, k);
      if (!m) return { pdf, did: "/Length (none)" };
      const value = how === 0 ? String(Number(m[1]) + d) : how === 1 ? bad : how === 2 ? "9999 0 R" : `${m[1]} 0 R`;
      return { pdf: splice(pdf, m.index, m.index + m[0].length, `/Length ${value}`), did: `${m[0]} → /Length ${value}` };
    },
  })),
  // the header: a version from the future, a typo, gone, or pushed past the first KB by junk
  fc.tuple(fc.constantFrom("version", "typo", "gone", "junk-before", "lowercase"), fc.integer({ min: 1, max: 1200 })).map(([how, n]): Mutation => ({
    apply(pdf) {
      const i = pdf.indexOf("%PDF-");
      if (i < 0) return { pdf, did: "header (none)" };
      if (how === "version") return { pdf: splice(pdf, i, i + 8, "%PDF-9.9"), did: "header → %PDF-9.9" };
      if (how === "typo") return { pdf: splice(pdf, i, i + 5, "%PFD-"), did: "header → %PFD-" };
      if (how === "gone") return { pdf: splice(pdf, i, i + 8, "        "), did: "header blanked" };
      if (how === "lowercase") return { pdf: splice(pdf, i, i + 5, "%pdf-"), did: "header → %pdf-" };
      return { pdf: " ".repeat(n) + pdf, did: `${n} bytes of junk before the header` };
    },
  })),
  // numbers in dictionaries: page counts, page tree links, xref stream fields, boxes, font sizes
  fc.tuple(fc.nat(), fc.constantFrom("/Count", "/Size", "/N", "/First", "/Rotate", "/W", "/Index", "/MediaBox", "/Prev", "/XRefStm", "/Columns", "/Predictor", "/BitsPerComponent", "/FirstChar", "/Widths"), badNumber).map(
    ([k, key, bad]): Mutation => ({
      apply(pdf) {
        const escaped = key.replace("/", "\\/");
        const m = nth(pdf, new RegExp(`${escaped}\\s*(\\[[^\\]]{0,200}\\]|-?[\\d.]+)`, "g"), k);
        if (!m) return { pdf, did: `${key} (none)` };
        const value = m[1]!.startsWith("[") ? `[${bad} ${bad} ${bad} ${bad}]` : bad;
        return { pdf: splice(pdf, m.index, m.index + m[0].length, `${key} ${value}`), did: `${m[0].slice(0, 40)} → ${key} ${value}` };
      },
    }),
  ),
  // names: another filter, another type, a font that is not one
  fc.tuple(fc.nat(), fc.constantFrom<[RegExp, string[]]>(
    [/\/FlateDecode/g, ["/LZWDecode", "/ASCII85Decode", "/ASCIIHexDecode", "/RunLengthDecode", "/DCTDecode", "/JBIG2Decode", "/Crypt", "/Nonsense", "[/FlateDecode /FlateDecode]"]],
    [/\/Type\s*\/Pages?\b/g, ["/Type /Pages", "/Type /Page", "/Type /Catalog", "/Type /Font", "/Type /XObject"]],
    [/\/Type\s*\/Font\b/g, ["/Type /Page", "/Type /Nonsense"]],
    [/\/Subtype\s*\/\w+/g, ["/Subtype /Type3", "/Subtype /Type0", "/Subtype /TrueType", "/Subtype /Image", "/Subtype /Form"]],
    [/\/Encoding\s*\/\w+/g, ["/Encoding /Identity-H", "/Encoding /MacRomanEncoding", "/Encoding /Nonsense", "/Encoding 9999 0 R"]],
    [/\/Root\s+\d+ \d+ R/g, ["/Root 9999 0 R", "/Root 1 0 R", "/Root 0 0 R", "/Root null"]],
    [/\/Encrypt\b|\/Info\s+\d+ \d+ R/g, ["/Encrypt 1 0 R", "/Encrypt << /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>"]],
  ), fc.nat()).map(([k, [pattern, replacements], r]): Mutation => ({
    apply(pdf) {
      const m = nth(pdf, pattern, k);
      if (!m) return { pdf, did: `${pattern.source} (none)` };
      const value = replacements[r % replacements.length]!;
      return { pdf: splice(pdf, m.index, m.index + m[0].length, value), did: `${m[0]} → ${value}` };
    },
  })),
  // references: to a missing object, to itself (cycles in the page tree), to object 0
  fc.tuple(fc.nat(), fc.constantFrom("missing", "self", "zero", "first")).map(([k, how]): Mutation => ({
    apply(pdf) {
      const ref = nth(pdf, /\/(Kids|Parent|Pages|Contents|Resources|Font|FontDescriptor|FontFile2?|Length|Root|ToUnicode|DescendantFonts)\s*(\[\s*)?(\d+) (\d+) R/g, k);
      if (!ref) return { pdf, did: "reference (none)" };
      const owner = [...pdf.slice(0, ref.index).matchAll(/(\d+) (\d+) obj\b/g)].pop();
      const target = how === "missing" ? "99999 0" : how === "zero" ? "0 0" : how === "self" && owner ? `${owner[1]} ${owner[2]}` : "1 0";
      const start = ref.index + ref[0].length - `${ref[3]} ${ref[4]} R`.length;
      return { pdf: splice(pdf, start, ref.index + ref[0].length, `${target} R`), did: `${ref[0]} → ${target} R (${how})` };
    },
  })),
  // inside a compressed stream (content, ToUnicode CMap, font program, xref or object stream): inflate, damage, deflate
  fc.tuple(fc.nat(), fc.constantFrom("numbers", "hex", "delete", "duplicate", "operators", "truncate"), fc.nat(), badNumber).map(
    ([k, how, n, bad]): Mutation => ({
      apply(pdf) {
        const m = nth(pdf, /\/Length (\d+)(?![\d ]*R)[^>]*?\/FlateDecode[^]*?>>\s*stream\r?\n|\/FlateDecode[^>]*?\/Length (\d+)(?![\d ]*R)[^]*?>>\s*stream\r?\n/g, k);
        if (!m) return { pdf, did: "flate stream (none with a direct /Length)" };
        const length = Number(m[1] ?? m[2]);
        const start = m.index + m[0].length;
        let plain: string;
        try {
          plain = inflateSync(Buffer.from(pdf.slice(start, start + length), "latin1")).toString("latin1");
        } catch {
          return { pdf, did: `flate stream at ${start} (does not inflate)` };
        }
        const i = plain.length === 0 ? 0 : n % plain.length;
        const damage: Record<typeof how, () => string> = {
          numbers: () => plain.replace(/-?\d+(?:\.\d+)?/g, (num, at: number) => (at % 7 === n % 7 ? bad : num)),
          hex: () => plain.replace(/<([0-9A-Fa-f]{2,8})>/g, (hex, digits: string, at: number) => (at % 5 === n % 5 ? `<${"F".repeat(digits.length)}>` : hex)),
          delete: () => plain.slice(0, i) + plain.slice(i + 1 + (n % 200)),
          duplicate: () => plain.slice(0, i) + plain.slice(i, i + 1 + (n % 200)) + plain.slice(i),
          operators: () =>
            plain.replace(/\b(Tj|TJ|Td|TD|Tm|Tf|BT|ET|q|Q|cm|beginbfchar|endbfrange)\b/g, (op, _o, at: number) =>
              at % 3 === n % 3 ? ["TJ", "Tj", "Tm", "BT", "ET", "Q", "q", "endbfchar"][n % 8]! : op,
            ),
          truncate: () => plain.slice(0, i),
        };
        const damaged = damage[how]();
        const packed = deflateSync(Buffer.from(damaged, "latin1")).toString("latin1");
        const header = m[0].replace(/\/Length \d+/, `/Length ${packed.length}`);
        return { pdf: pdf.slice(0, m.index) + header + packed + pdf.slice(start + length), did: `inflated stream at ${start} (${plain.length} bytes): ${how}` };
      },
    }),
  ),
  // text operators and their operands in uncompressed content: fonts, sizes, positions, strings
  fc.tuple(fc.nat(), badNumber, junkBytes, fc.constantFrom("Tf", "Td", "Tm", "Tj", "TJ", "BT", "ET", "cm", "Tz", "TL", "Tc")).map(([k, bad, junk, op]): Mutation => ({
    apply(pdf) {
      if (op === "BT" || op === "ET") {
        const m = nth(pdf, new RegExp(`\\b${op}\\b`, "g"), k);
        return m ? { pdf: splice(pdf, m.index, m.index + 2, ""), did: `drop ${op} at ${m.index}` } : { pdf, did: `${op} (none)` };
      }
      if (op === "Tj" || op === "TJ") {
        const m = nth(pdf, /\(((?:[^()\\]|\\.)*)\)\s*Tj|\[([^\]]*)\]\s*TJ/g, k);
        if (!m) return { pdf, did: `${op} (none)` };
        return { pdf: splice(pdf, m.index, m.index + m[0].length, `(${junk}) ${op}`), did: `text ${JSON.stringify(m[0].slice(0, 30))} → junk ${op}` };
      }
      const m = nth(pdf, new RegExp(`((?:-?[\\d.]+\\s+){1,6})${op}\\b`, "g"), k);
      if (!m) return { pdf, did: `${op} (none)` };
      const operands = m[1]!.trim().split(/\s+/).map((o, i) => (i === k % 6 ? bad : o));
      return { pdf: splice(pdf, m.index, m.index + m[0].length, `${operands.join(" ")} ${op}`), did: `${m[0]} → ${operands.join(" ")} ${op}` };
    },
  })),
);

const ALL_PDFS = (): Pdf[] => pdfs;

/** Options as a caller passes them; maxPages keeps long PDFs quick, and now and then reads none or one page. */
function optionsFor(pdf: Pdf): fc.Arbitrary<ParseOptions> {
  return fc
    .tuple(
      fc.constantFrom<string | undefined>(undefined, "minutes.pdf", "minutes.txt"),
      fc.constantFrom<"pdf" | undefined>(undefined, undefined, "pdf"),
      fc.oneof({ weight: 6, arbitrary: fc.constant(pdf.maxPages) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 2) }),
      fc.constantFrom<string | undefined>(undefined, undefined, undefined, "secret"),
    )
    .map(([path, format, maxPages, password]) => {
      const options: ParseOptions = {};
      if (path !== undefined) options.path = path;
      if (format !== undefined) options.format = format;
      if (maxPages !== undefined) options.maxPages = maxPages;
      if (password !== undefined) options.password = password;
      return options;
    });
}

/** A PDF from the pool under 1-4 mutations (a donor PDF for splices), or a bare one now and then. */
function mutatedPdf(pool: () => Pdf[], ocr: OcrMode = "never"): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.nat(), fc.nat(), fc.array(mutation, { minLength: 0, maxLength: 4 }))
    .chain(([i, j, mutations]) => {
      const all = pool();
      const pdf = all[i % all.length]!;
      const donor = all[j % all.length]!;
      return optionsFor(pdf).map((options) => {
        let text = pdf.latin1;
        const did: string[] = [];
        for (const m of mutations) {
          const result = m.apply(text, donor.latin1);
          text = result.pdf;
          did.push(result.did);
        }
        const label = `${pdf.name}${did.length ? `: ${did.join("; ")}` : " (unmutated)"}${donor !== pdf && did.some((d) => /donor/.test(d)) ? ` [donor ${donor.name}]` : ""}`;
        return pdfCase(new Uint8Array(Buffer.from(text, "latin1")), options, label, ocr);
      });
    });
}

/** Junk with a PDF header in front: pdf.js is handed bytes that are barely a PDF. */
const barelyPdf: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.constantFrom("%PDF-1.4\n", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "%PDF-"),
    fc.oneof(
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString("latin1")),
      fc.array(fc.constantFrom("1 0 obj", "<<", ">>", "/Type /Catalog", "/Pages 2 0 R", "/Kids [3 0 R]", "/Count 1", "endobj", "stream\n", "\nendstream", "xref\n0 1\n0000000000 65535 f \n", "trailer", "/Root 1 0 R", "startxref\n9\n", "[", "]", "(", ")", "/Length 5", " 3 0 R", "\n"), { maxLength: 60 }).map((parts) => parts.join(" ")),
    ),
    fc.boolean(),
  )
  .map(([header, body, eof]) => pdfCase(new Uint8Array(Buffer.from(header + body + (eof ? "\n%%EOF\n" : ""), "latin1")), {}, `header ${JSON.stringify(header)} + ${body.length} bytes of junk${eof ? " + %%EOF" : ""}`));

/** A PDF built here, xref offsets right (but those of the objects in `badXref`, which point at object 1): a catalog, a page
 * tree, Helvetica, and one content stream a page. Page n is object 2n + 2. */
function skeleton(contents: string[], mediaBox: string, badXref: number[] = []): string {
  const objects: string[] = [];
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${contents.map((_, i) => `${4 + 2 * i} 0 R`).join(" ")}] /Count ${contents.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  contents.forEach((content, i) => {
    objects[4 + 2 * i] = `<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`;
    objects[5 + 2 * i] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let i = 1; i < objects.length; i++) {
    offsets.push(out.length);
    out += `${i} 0 obj\n${objects[i]}\nendobj\n`;
  }
  for (const n of badXref) offsets[n - 1] = offsets[0]!;
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  return `${out}trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

/** Lines of minutes for a hand-built page. */
const MINUTES_LINES = [
  "Minutes of the meeting of the Parish Council", "Present: Cllr A Smith (Chair), Cllr B Jones", "Apologies: Cllr C Brown",
  "1. Declarations of interest", "None.", "2. Minutes of the last meeting", "RESOLVED that the minutes be approved.",
  "3. Planning", "Moved by Cllr Smith, seconded by Cllr Jones. Carried.", "For: 5 Against: 1", "Page 1 of 1", "",
];
/** PDF numbers that break layouts: zero and negative sizes, huge and tiny values. */
const pdfNumber = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 800 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom("0", "-12", "0.0001", "1e6", "99999999999", "-99999999999", "3.4e38", ".5", "-0") },
);
/** A text-showing operation with odd operands: size, position, matrix, spacing, string. */
const textOp: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...MINUTES_LINES),
    fc.array(pdfNumber, { minLength: 8, maxLength: 8 }),
    fc.constantFrom("Td", "Tm", "TJ", "Tz", "Tc", "'", "rot", "plain", "octal", "unbalanced"),
  )
  .map(([text, [size, x, y, a, b, c, d, e], how]) => {
    const str = text.replace(/[()\\]/g, "");
    switch (how) {
      case "Tm":
        return `BT /F1 1 Tf ${a} ${b} ${c} ${d} ${x} ${y} Tm (${str}) Tj ET`;
      case "rot":
        return `BT /F1 ${size} Tf 0 1 -1 0 ${x} ${y} Tm (${str}) Tj ET`;
      case "TJ":
        return `BT /F1 ${size} Tf ${x} ${y} Td [(${str.slice(0, 5)}) ${e} (${str.slice(5)}) -${e}] TJ ET`;
      case "Tz":
        return `BT /F1 ${size} Tf ${a} Tz ${x} ${y} Td (${str}) Tj ET`;
      case "Tc":
        return `BT /F1 ${size} Tf ${a} Tc ${b} Tw ${x} ${y} Td (${str}) Tj ET`;
      case "'":
        return `BT /F1 ${size} Tf ${a} TL ${x} ${y} Td (${str}) Tj (${str}) ' ET`;
      case "octal":
        return `BT /F1 ${size} Tf ${x} ${y} Td (\\000\\377\\222${str}\\) Tj ET`;
      case "unbalanced":
        return `BT /F1 ${size} Tf ${x} ${y} Td (${str} Tj ET`;
      default:
        return `BT /F1 ${size} Tf ${x} ${y} Td (${str}) Tj ET`;
    }
  });
/** Pages of minutes laid out line by line, with odd text operations among them. */
const builtPdf: fc.Arbitrary<FuzzCase> = fc
  .tuple(
    fc.array(fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MINUTES_LINES) }, { weight: 1, arbitrary: textOp }), { maxLength: 30 }), {
      minLength: 1,
      maxLength: 3,
    }),
    fc.constantFrom("[0 0 595 842]", "[0 0 0 0]", "[0 842 595 0]", "[-100 -100 100 100]", "[0 0 99999 99999]", "[0 0 595]", "[0 0 595 842 1]"),
  )
  .map(([pages, mediaBox]) => {
    const contents = pages.map((ops) =>
      ops.map((op, i) => (op.startsWith("BT") ? op : `BT /F1 11 Tf 72 ${800 - 14 * i} Td (${op}) Tj ET`)).join("\n"),
    );
    const label = `built PDF, ${pages.length} page(s), MediaBox ${mediaBox}: ${JSON.stringify(pages).slice(0, 400)}`;
    return pdfCase(new Uint8Array(Buffer.from(skeleton(contents, mediaBox), "latin1")), { format: "pdf" }, label);
  });

describe("fuzz: PDF input", () => {
  let synthetic: Pdf | null = null;
  beforeAll(async () => {
    synthetic = await syntheticMinutes();
    // load pdf.js (seconds on a busy machine) before the first timed case
    await parseMinutes(new Uint8Array(Buffer.from(synthetic.latin1, "latin1")));
  }, 120_000);

  it("reads the unmutated PDFs", () => {
    expect(pdfs.length).toBe(CORPUS_PDFS.length);
    for (const pdf of pdfs) expect(pdf.latin1.startsWith("%PDF-"), pdf.name).toBe(true);
  });

  const CORPUS = runs(350);
  it(
    "mutated corpus PDFs (bits, bytes, cuts, ranges, spliced objects, xref, /Length, header, numbers, names, references)",
    async () => {
      const tally = await fuzz("mutated corpus PDFs", FILE, mutatedPdf(ALL_PDFS), CORPUS, BUDGET, 200);
      // the fuzzer reaches the reconstruction, not only the refusals
      expect(tally.count("ok")).toBeGreaterThan(tally.total / 10);
      expect(tally.count("E_PDF_CORRUPT")).toBeGreaterThan(0);
    },
    testTimeout(CORPUS, 400),
  );

  const SYNTHETIC = runs(100);
  it(
    "mutated uncompressed minutes (content streams: text operators, fonts, positions)",
    async () => {
      const tally = await fuzz("mutated uncompressed minutes", FILE, mutatedPdf(() => [synthetic!, synthetic!]), SYNTHETIC, BUDGET, 200);
      expect(tally.count("ok")).toBeGreaterThan(0);
    },
    testTimeout(SYNTHETIC, 400),
  );

  const BUILT = runs(100);
  it(
    "hand-built PDFs (odd sizes, matrices, spacing, strings, boxes)",
    async () => {
      const tally = await fuzz("hand-built PDFs", FILE, builtPdf, BUILT, BUDGET);
      expect(tally.count("ok")).toBeGreaterThan(0);
    },
    testTimeout(BUILT, 400),
  );

  it("a damaged page tree leaves pdf.js rejections behind, and they do not end the CLI (it died with exit 1)", async () => {
    // pages 1 and 2 with bad xref entries: pdf.js prefetches every top-level page, fails on page 1, rebuilds the xref and
    // drops the failed fetch of page 2, whose rejection nobody handles
    const pages = ["Minutes of the meeting", "1. Apologies", "2. Planning"].map((t) => `BT /F1 12 Tf 72 700 Td (${t}) Tj ET`);
    const bytes = new Uint8Array(Buffer.from(skeleton(pages, "[0 0 595 842]", [4, 6]), "latin1"));
    expect(await checkContract(pdfCase(bytes, {}, "three pages, pages 1 and 2 with bad xref entries"), BUDGET)).toBe("ok");
    const dir = mkdtempSync(join(tmpdir(), "minutes-fuzz-"));
    const file = join(dir, "stray-rejection.pdf");
    writeFileSync(file, bytes);
    const cli = spawnSync(process.execPath, [fileURLToPath(new URL("../../bin/minutes.js", import.meta.url)), "parse", file], { encoding: "utf8" });
    rmSync(dir, { recursive: true, force: true });
    expect(cli.stderr).not.toMatch(/Unhandled/);
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).source.pages).toBe(3);
  });

  it("a font whose character map lists hundreds of millions of codes is refused (pdf.js ran out of memory: the process died)", async () => {
    // one bit flipped in the compressed TrueType program of a Manordeilo font: a cmap range of 287 million codes
    const pdf = pdfs.find((p) => p.name.startsWith("manordeilo"))!.latin1;
    const at = 36584;
    const damaged = pdf.slice(0, at) + String.fromCharCode(pdf.charCodeAt(at) ^ 2) + pdf.slice(at + 1);
    const bytes = new Uint8Array(Buffer.from(damaged, "latin1"));
    expect(await checkContract(pdfCase(bytes, { maxPages: 2 }, "manordeilo, bit 1 of byte 36584 flipped"), BUDGET)).toBe("E_PDF_CORRUPT");
  });

  // OCR on: mutations of the broken-font Horsley minutes (first page only) are rendered and read by OCR; a few cases, at
  // seconds each
  const OCR_CASES = 3;
  it(
    "mutated broken-font PDFs read by OCR",
    async () => {
      const horsley = pdfs.find((p) => p.name.startsWith("horsley-parish-council"))!;
      await fuzz("mutated PDFs read by OCR", FILE, mutatedPdf(() => [{ ...horsley, maxPages: 1 }], "auto"), OCR_CASES, { ms: 60_000 });
    },
    testTimeout(OCR_CASES, 60_000),
  );

  const BARELY = runs(50);
  it("junk behind a PDF header", async () => void (await fuzz("junk behind a PDF header", FILE, barelyPdf, BARELY, BUDGET)), testTimeout(BARELY, 400));
});
