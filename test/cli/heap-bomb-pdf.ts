// A hostile PDF for the fence tests: tens of kilobytes whose one page's content stream inflates to a single string of
// text of many megabytes. pdf.js's lexer reads the string one character at a time into an array, and its text layer
// then maps every character to a glyph: reading its text takes far more memory than the file's size promises.
import { deflateSync } from "node:zlib";

/** The bytes of the PDF: a page that shows one string of `megabytes` MiB of "A"s (a Flate stream, with a correct xref). */
export function heapBombPdf(megabytes: number): Uint8Array {
  const content = Buffer.concat([Buffer.from("BT /F1 10 Tf 72 700 Td ("), Buffer.alloc(megabytes * 1024 * 1024, 0x41), Buffer.from(") Tj ET")]);
  const packed = deflateSync(content, { level: 9 });
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n")];
  let length = parts[0]!.length;
  const add = (part: Buffer): void => {
    parts.push(part);
    length += part.length;
  };
  const offsets: number[] = [];
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  objects.forEach((object, i) => {
    offsets.push(length);
    add(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`));
  });
  offsets.push(length);
  add(Buffer.from(`5 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`));
  add(packed);
  add(Buffer.from("\nendstream\nendobj\n"));
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  add(Buffer.from(`xref\n0 6\n0000000000 65535 f \n${entries}trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}
