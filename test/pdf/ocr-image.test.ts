// Cleaning a page image before OCR (pure): grey with light backgrounds made white, and the rules of tables taken out
// while the letters stay.
import { describe, expect, it } from "vitest";
import { greyWithWhiteBackground, removeRules, toPgm, type GreyImage } from "../../src/ingest/pdf/ocr-image.js";

/** An RGBA image of one colour. */
function rgba(width: number, height: number, [r, g, b]: [number, number, number]): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([r, g, b, 255], i);
  return data;
}

/** A white grey image with black boxes drawn on it. */
function drawn(width: number, height: number, boxes: [number, number, number, number][]): GreyImage {
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of boxes) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) pixels[y * width + x] = 0;
  return { width, height, pixels };
}

const inkAt = (image: GreyImage, x: number, y: number) => image.pixels[y * image.width + x]! < 128;

describe("the page image OCR reads", () => {
  it("is grey; a highlighter's yellow and white are background, dark text stays ink", () => {
    expect(greyWithWhiteBackground(rgba(2, 1, [255, 255, 0]), 2, 1).pixels).toEqual(new Uint8Array([255, 255]));
    expect(greyWithWhiteBackground(rgba(1, 1, [255, 255, 255]), 1, 1).pixels).toEqual(new Uint8Array([255]));
    expect(greyWithWhiteBackground(rgba(1, 1, [20, 20, 20]), 1, 1).pixels[0]).toBe(20);
  });

  it("makes a dark highlight (blue, red) white around the black letters on it, and keeps the thin strokes of blue text", () => {
    const width = 60;
    const height = 30;
    const image = rgba(width, height, [255, 255, 255]);
    const paint = (x0: number, y0: number, x1: number, y1: number, colour: [number, number, number]) => {
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) image.set([...colour, 255], (y * width + x) * 4);
    };
    paint(0, 0, 30, 30, [0, 0, 255]); // a blue highlight over the left half
    paint(10, 5, 12, 25, [0, 0, 0]); // a black stroke on it
    paint(45, 5, 47, 25, [0, 0, 255]); // a blue letter's stroke on white paper
    const grey = greyWithWhiteBackground(image, width, height, 100);
    const at = (x: number, y: number) => grey.pixels[y * width + x]!;
    expect(at(20, 15)).toBe(255); // inside the highlight
    expect(at(0, 0)).toBe(255); // its corner
    expect(at(29, 15)).toBe(255); // its edge
    expect(at(11, 15)).toBe(0); // the black letter
    expect(at(46, 15)).toBeLessThan(128); // the blue text
  });

  it("loses the rules of a table (thin, long) and keeps letters, and a filled box too thick to be a rule", () => {
    const dpi = 100;
    const image = drawn(300, 200, [
      [10, 10, 290, 12], // a horizontal rule 2 px thick, 2.8 in long
      [10, 10, 12, 190], // a vertical rule 1.8 in tall
      [50, 40, 54, 60], // a letter's stem, 20 px tall
      [60, 50, 75, 53], // a letter's bar, 15 px wide
      [100, 100, 250, 140], // a filled box, 40 px thick
    ]);
    removeRules(image, dpi);
    expect(inkAt(image, 150, 10)).toBe(false);
    expect(inkAt(image, 150, 11)).toBe(false);
    expect(inkAt(image, 10, 100)).toBe(false);
    expect(inkAt(image, 52, 50)).toBe(true);
    expect(inkAt(image, 70, 51)).toBe(true);
    expect(inkAt(image, 150, 120)).toBe(true);
  });

  it("is written as a binary PGM tesseract reads", () => {
    const pgm = toPgm({ width: 2, height: 1, pixels: new Uint8Array([0, 255]) });
    expect(pgm.subarray(0, 11).toString("ascii")).toBe("P5\n2 1\n255\n");
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
  });
});
