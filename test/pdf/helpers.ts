// Test helpers: builds small PDFs with pdfkit and reads fixture PDFs.
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";

/** Renders a pdfkit document to bytes. */
export function makePdf(options: PDFKit.PDFDocumentOptions, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: true, ...options });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    draw(doc);
    doc.end();
  });
}

/** Reads a PDF from fixtures/pdf/. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../fixtures/pdf/${name}`, import.meta.url)));
}

/** One line of text placed at (x, y) from the top-left corner, in points. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  font?: string;
  size?: number;
}

/** Draws placed lines of text on pages (one array per page), with no automatic wrapping. */
export function placedPdf(pages: Placed[][]): Promise<Uint8Array> {
  return makePdf({ size: "A4", margin: 0, autoFirstPage: false }, (doc) => {
    for (const lines of pages) {
      doc.addPage({ size: "A4", margin: 0 });
      for (const line of lines) {
        doc.font(line.font ?? "Helvetica").fontSize(line.size ?? 11);
        doc.text(line.text, line.x, line.y, { lineBreak: false });
      }
    }
  });
}

/** A block of running text for `flowPdf`: laid out with word wrapping, a blank line between blocks. */
export interface FlowBlock {
  kind: "title" | "heading" | "subheading" | "paragraph" | "point";
  text: string;
  /** Points: 0 for a top-level point, 1 for a sub-point (indented further). */
  depth?: number;
  /** Points: the printed marker, "•", "–" or "1)". */
  marker?: string;
  /** Points: no blank line before this point (a tight list, as sub-points usually are). */
  tight?: boolean;
}

/** Where a block's lines fell: the pages of its first and last line. */
export interface FlowSpan {
  block: number;
  firstPage: number;
  lastPage: number;
}

export interface FlowOptions {
  /** Running header printed at the top of every page. */
  header: string;
  /** Footer for page `n` of `m`, e.g. "Page 2 of 9". */
  footer: (n: number, m: number) => string;
}

const PAGE_TOP = 72;
const PAGE_BOTTOM = 760;
const LEFT = 72;
const RIGHT = 523;
const PITCH = 14;
/** Text x of a point at each depth, and its marker's x. */
const POINT_TEXT_X = [108, 144];
const POINT_MARKER_X = [90, 126];

/** Splits text into lines no wider than `width` points in the given font and size. */
function wrap(measure: PDFKit.PDFDocument, text: string, width: number, font: string, size: number): string[] {
  measure.font(font).fontSize(size);
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && measure.widthOfString(candidate) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current !== "") lines.push(current);
  return lines;
}

/**
 * Lays running text out on A4 pages as a word processor would: wrapped lines at a 14 pt pitch, a blank line between
 * blocks, points with their marker in a hanging indent (sub-points further in), page breaks wherever the text reaches
 * the bottom margin (so inside paragraphs and points too), and a running header and a "Page N of M" footer on every page.
 */
export async function flowPdf(blocks: FlowBlock[], options: FlowOptions): Promise<{ bytes: Uint8Array; spans: FlowSpan[]; pages: Placed[][] }> {
  const measure = new PDFDocument({ autoFirstPage: false });
  const pages: Placed[][] = [[]];
  const spans: FlowSpan[] = [];
  let y = PAGE_TOP;
  const place = (line: Placed): number => {
    if (y > PAGE_BOTTOM) {
      pages.push([]);
      y = PAGE_TOP;
    }
    pages[pages.length - 1]!.push({ ...line, y });
    y += PITCH;
    return pages.length;
  };
  blocks.forEach((block, index) => {
    if (index > 0 && !block.tight) y += PITCH;
    if (block.kind === "heading" || block.kind === "subheading") {
      // keep a heading with the first line after it
      if (y + PITCH > PAGE_BOTTOM) y = PAGE_BOTTOM + 1;
    }
    let firstPage = 0;
    let lastPage = 0;
    const record = (page: number) => {
      firstPage ||= page;
      lastPage = page;
    };
    if (block.kind === "point") {
      const depth = block.depth ?? 0;
      const textX = POINT_TEXT_X[depth]!;
      const lines = wrap(measure, block.text, RIGHT - textX, "Helvetica", 11);
      lines.forEach((text, i) => {
        if (i === 0) {
          if (y > PAGE_BOTTOM) {
            pages.push([]);
            y = PAGE_TOP;
          }
          pages[pages.length - 1]!.push({ text: block.marker ?? "•", x: POINT_MARKER_X[depth]!, y });
        }
        record(place({ text, x: textX, y: 0 }));
      });
    } else {
      const font = block.kind === "paragraph" ? "Helvetica" : "Helvetica-Bold";
      const size = block.kind === "title" ? 14 : 11;
      for (const text of wrap(measure, block.text, RIGHT - LEFT, font, size)) record(place({ text, x: LEFT, y: 0, font, size }));
    }
    spans.push({ block: index, firstPage, lastPage });
  });
  const total = pages.length;
  pages.forEach((lines, i) => {
    lines.unshift({ text: options.header, x: LEFT, y: 30, size: 9 });
    lines.push({ text: options.footer(i + 1, total), x: 270, y: 800, size: 9 });
  });
  return { bytes: await placedPdf(pages), spans, pages };
}

// Real image bytes, for image-only PDFs and images renamed to .pdf.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small grey RGB PNG: signature, IHDR, one IDAT, IEND. */
export function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x99)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}
