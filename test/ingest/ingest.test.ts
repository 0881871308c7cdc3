// Ingest: decoding (UTF-8, BOMs, UTF-16, Windows-1252 fallback), line normalisation with its map to source lines, format detection.
import { describe, expect, it } from "vitest";
import { MinutesError } from "../../src/errors.js";
import { decodeText } from "../../src/ingest/decode.js";
import { binaryKind, detectTextFormat, isPdf } from "../../src/ingest/detect.js";
import { ingest, ingestText } from "../../src/ingest/index.js";
import { dedentCommonIndent, expandTabs, normaliseLine, splitLines } from "../../src/ingest/lines.js";

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe("decodeText", () => {
  it("reads UTF-8 without a BOM", () => {
    expect(decodeText(Buffer.from("Children’s Services – café"))).toEqual({ text: "Children’s Services – café", encoding: "utf-8", fallback: false });
  });
  it("drops a UTF-8 BOM", () => {
    expect(decodeText(Buffer.from("\ufeffPresent:", "utf8")).text).toBe("Present:");
  });
  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(utf16le("Apologies – Mr Smith"))).toMatchObject({ text: "Apologies – Mr Smith", encoding: "utf-16le" });
    expect(decodeText(utf16be("Apologies – Mr Smith"))).toMatchObject({ text: "Apologies – Mr Smith", encoding: "utf-16be" });
  });
  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    // 0x92 is Windows-1252's right single quote, 0xE9 é: invalid as UTF-8
    const decoded = decodeText(Buffer.from([0x43, 0x68, 0x69, 0x6c, 0x64, 0x72, 0x65, 0x6e, 0x92, 0x73, 0x20, 0x63, 0x61, 0x66, 0xe9]));
    expect(decoded).toEqual({ text: "Children’s café", encoding: "windows-1252", fallback: true });
  });
  it("refuses a UTF-8 BOM followed by invalid UTF-8", () => {
    expect(() => decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]))).toThrow(MinutesError);
  });
});

describe("line normalisation", () => {
  it("splits CRLF, CR and LF line endings alike, numbering lines as the source does", () => {
    const lines = splitLines("Present:\r\nMr A\rMr B\nMr C");
    expect(lines.map((l) => [l.line, l.text])).toEqual([[1, "Present:"], [2, "Mr A"], [3, "Mr B"], [4, "Mr C"]]);
  });
  it("turns non-breaking and other odd spaces into spaces, and drops zero-width characters and controls", () => {
    expect(normaliseLine("Mr\u00a0R\u2009W Gough\u200b\u0007  ")).toBe("Mr R W Gough");
  });
  it("expands tabs to tab stops, keeping indentation", () => {
    expect(expandTabs("\t- point")).toBe("    - point");
    expect(expandTabs("ab\tc")).toBe("ab  c");
  });
  it("removes the indentation all lines share, keeping relative indentation", () => {
    const lines = dedentCommonIndent(splitLines("      Present:\n\n      - A\n        - B"));
    expect(lines.map((l) => l.text)).toEqual(["Present:", "", "- A", "  - B"]);
  });
});

describe("ingestText", () => {
  it("warns which encoding was used when it falls back", () => {
    const text = ingestText(Buffer.from([0x50, 0x72, 0x65, 0x73, 0x65, 0x6e, 0x74, 0x3a, 0x20, 0x4d, 0x72, 0x20, 0x4f, 0x92, 0x42, 0x72, 0x69, 0x65, 0x6e]));
    expect(text.encoding).toBe("windows-1252");
    expect(text.lines[0]!.text).toBe("Present: Mr O’Brien");
    expect(text.warnings).toEqual([{ code: "encoding-fallback", message: "the input is not valid UTF-8: decoded as windows-1252", source: null }]);
  });
  it("keeps each line's source line through repairs that remove lines", () => {
    const text = ingestText(Buffer.from("- There was\n\nalso an ageing population.\n\n- Next point"));
    expect(text.lines.map((l) => [l.line, l.text])).toEqual([[1, "- There was"], [3, "also an ageing population."], [4, ""], [5, "- Next point"]]);
  });
  it("refuses empty, blank and binary input with stable codes", async () => {
    await expect(ingest(new Uint8Array())).rejects.toMatchObject({ code: "E_EMPTY" });
    await expect(ingest(Buffer.from(" \n\t\n"))).rejects.toMatchObject({ code: "E_EMPTY" });
    await expect(ingest(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).rejects.toMatchObject({ code: "E_BINARY" });
    await expect(ingest(Buffer.from("abc\u0000def"))).rejects.toMatchObject({ code: "E_BINARY" });
    await expect(ingest(Buffer.from("Present: Mr A"), { maxBytes: 5 })).rejects.toMatchObject({ code: "E_TOO_LARGE" });
  });
});

describe("format detection", () => {
  it("knows a PDF by its magic bytes, whatever it is called", () => {
    expect(isPdf(Buffer.from("%PDF-1.7\n%âãÏÓ"))).toBe(true);
    expect(isPdf(Buffer.from("Minutes of the meeting"))).toBe(false);
  });
  it("names binary formats", () => {
    expect(binaryKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatch(/PNG/);
    expect(binaryKind(utf16le("text"))).toBeNull();
  });
  it("tells markdown from text by extension, then by content", () => {
    expect(detectTextFormat("plain", "a.md")).toBe("markdown");
    expect(detectTextFormat("## Minutes\n\n**Present:** Cllr A", null)).toBe("markdown");
    expect(detectTextFormat("1\\. PUBLIC FORUM", null)).toBe("markdown");
    expect(detectTextFormat("<!DOCTYPE html><html><body><p>Minutes</p>", null)).toBe("html");
    expect(detectTextFormat("Present:- Councillor Brent\n\n10. MINUTES", "x.txt")).toBe("text");
  });
});
