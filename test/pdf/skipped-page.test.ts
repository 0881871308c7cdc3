// A page whose text cannot be read is skipped with a warning; the other pages are kept.
import { describe, expect, it, vi } from "vitest";
import type { OpenPdf, PageText } from "../../src/ingest/pdf/load.js";
import type { RawItem } from "../../src/ingest/pdf/types.js";

function item(str: string, x: number, y: number): RawItem {
  return { str, x, y, width: str.length * 5.5, size: 11, fontId: "f1" };
}

function page(pageNumber: number, lines: string[]): PageText {
  return {
    box: { page: pageNumber, width: 595, height: 842, bottom: 0 },
    items: lines.map((text, i) => item(text, 72, 500 - i * 14)),
    rotated: [],
  };
}

const fake: OpenPdf = {
  pageCount: 3,
  async readPage(pageNumber: number): Promise<PageText> {
    if (pageNumber === 2) throw new Error("Bad content stream");
    const text = pageNumber === 1 ? "The council agreed the minutes of the last meeting." : "The meeting closed at 9pm after a short discussion.";
    return page(pageNumber, [text]);
  },
  async fontStyles() {
    return new Map();
  },
  async close() {},
};

vi.mock("../../src/ingest/pdf/load.js", () => ({ openPdf: async () => fake }));

describe("a page that throws", () => {
  it("is skipped with a page-skipped warning", async () => {
    const { readPdf } = await import("../../src/ingest/pdf/index.js");
    const result = await readPdf(new Uint8Array(0));
    expect(result.pageCount).toBe(3);
    expect(result.lines.filter((line) => line.text !== "").map((line) => line.page)).toEqual([1, 3]);
    expect(result.warnings).toEqual([
      { code: "page-skipped", message: "page 2 could not be read and was skipped: Bad content stream", source: null },
    ]);
  });
});
