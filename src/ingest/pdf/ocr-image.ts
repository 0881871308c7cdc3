// Cleans a rendered page image before OCR reads it: colour becomes grey with backgrounds (a highlighter of any colour,
// a shaded cell) made white, and the rules of tables and forms are taken out. Tesseract thresholds a colour image on its
// best channel, where yellow is black, so highlighted words were lost in a dark box; and it takes a ruled table for a
// picture, or reads its rules as "|" and "[" among the names. Pure: pixels in, pixels out.

/** Luminance at or above this (0–255) is background: white paper, and the light tints highlighters and shading give. */
const LIGHT_BACKGROUND = 200;
/** Luminance below this is ink, for finding rules: anything not background, as a hairline rule renders light grey. */
const INK = LIGHT_BACKGROUND;
/** A horizontal run of ink at least this long, in inches, is a rule (a table's border, an underline, a signature line):
 * no letter is as wide. */
const RULE_MIN_WIDTH_INCHES = 0.8;
/** A vertical run of ink at least this tall, in inches, is a rule (a column's border): three lines of 12-point text. */
const RULE_MIN_HEIGHT_INCHES = 0.45;
/** Rules are thin: a run thicker than this, in inches, is a filled shape or a picture, and is left as it is. */
const RULE_MAX_THICKNESS_INCHES = 0.04;

/** A page image as grey levels, one byte a pixel, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A pixel whose channels differ by this much is coloured (a highlighter, coloured text), not black, grey or white. */
const COLOURED_SPREAD = 60;
/** A coloured pixel whose brightest channel is at least this is the colour itself; a darker one is where a black letter's
 * edge meets the colour, and stays ink. */
const FULL_COLOUR = 150;
/** Half the side of the square around a pixel that tells a coloured background from coloured text, in inches: a
 * highlighter's colour fills most of it, a letter's stroke does not. */
const BACKGROUND_WINDOW_INCHES = 0.05;
/** The share of that square a colour must fill to be background. */
const BACKGROUND_SHARE = 0.5;
/** How far, in pixels, coloured pixels beside background are background too. */
const EDGE_REACH = 3;

/** Counts of the set pixels of a mask in the square of half-side `r` around a pixel (clipped to the image), in constant
 * time from a summed-area table. */
function boxCounter(mask: Uint8Array, width: number, height: number): (x: number, y: number, r: number) => { count: number; area: number } {
  const w1 = width + 1;
  const sums = new Uint32Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += mask[y * width + x]!;
      sums[(y + 1) * w1 + x + 1] = sums[y * w1 + x + 1]! + row;
    }
  }
  return (x, y, r) => {
    const x0 = Math.max(0, x - r);
    const x1 = Math.min(width, x + r + 1);
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    return { count: sums[y1 * w1 + x1]! - sums[y0 * w1 + x1]! - sums[y1 * w1 + x0]! + sums[y0 * w1 + x0]!, area: (x1 - x0) * (y1 - y0) };
  };
}

/**
 * The grey levels of an RGBA image (as a canvas gives it), with backgrounds made white: light tints, and colour that
 * fills the space around a pixel (a highlighter of any colour, a shaded cell), so that black words on a blue or red
 * highlight stay readable; coloured text, whose strokes are thin, keeps its luminance and stays ink. `dpi` is the
 * image's resolution.
 */
export function greyWithWhiteBackground(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, dpi = 150): GreyImage {
  const pixels = new Uint8Array(width * height);
  const coloured = new Uint8Array(width * height);
  for (let i = 0, p = 0; p < pixels.length; i += 4, p++) {
    const r = rgba[i] ?? 0;
    const g = rgba[i + 1] ?? 0;
    const b = rgba[i + 2] ?? 0;
    // Rec. 601 luminance, on a white page under any transparency
    const alpha = (rgba[i + 3] ?? 255) / 255;
    const grey = (0.299 * r + 0.587 * g + 0.114 * b) * alpha + 255 * (1 - alpha);
    pixels[p] = grey >= LIGHT_BACKGROUND ? 255 : Math.round(grey);
    const brightest = Math.max(r, g, b);
    if (alpha > 0.5 && brightest >= FULL_COLOUR && brightest - Math.min(r, g, b) >= COLOURED_SPREAD) coloured[p] = 1;
  }
  const r = Math.max(1, Math.round(BACKGROUND_WINDOW_INCHES * dpi));
  // the colour that fills the square around it is background; then the colour beside background (a highlight's edge,
  // where the square lies half outside it) is too
  const filled = new Uint8Array(width * height);
  const colouredCount = boxCounter(coloured, width, height);
  for (let p = 0; p < coloured.length; p++) {
    if (coloured[p] === 0) continue;
    const { count, area } = colouredCount(p % width, Math.floor(p / width), r);
    if (count >= BACKGROUND_SHARE * area) filled[p] = 1;
  }
  const filledCount = boxCounter(filled, width, height);
  for (let p = 0; p < coloured.length; p++) {
    if (coloured[p] === 1 && filledCount(p % width, Math.floor(p / width), EDGE_REACH).count > 0) pixels[p] = 255;
  }
  return { width, height, pixels };
}

/** The runs of ink along one line of pixels (a row or a column): [start, end) pairs at least `min` long. */
function longRuns(at: (k: number) => number, length: number, min: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let k = 0; k <= length; k++) {
    const ink = k < length && at(k) < INK;
    if (ink && start === -1) start = k;
    else if (!ink && start !== -1) {
      if (k - start >= min) runs.push([start, k]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Takes the rules out of a grey page image, in place: horizontal runs of ink at least RULE_MIN_WIDTH_INCHES long and
 * vertical ones at least RULE_MIN_HEIGHT_INCHES tall, where they are thin (a rule, not a filled box or a picture), are
 * made white. Both kinds are found before either is taken out, so a rule's crossings are found on both. `dpi` is the
 * image's resolution.
 */
export function removeRules(image: GreyImage, dpi: number): void {
  const { width, height, pixels } = image;
  const minWidth = Math.round(RULE_MIN_WIDTH_INCHES * dpi);
  const minHeight = Math.round(RULE_MIN_HEIGHT_INCHES * dpi);
  const maxThickness = Math.max(2, Math.round(RULE_MAX_THICKNESS_INCHES * dpi));
  const ink = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && (pixels[y * width + x] ?? 255) < INK;
  // the thickness of the ink across a run at one point of it: (dx, dy) is the step across
  const thin = (x: number, y: number, dx: number, dy: number): boolean => {
    let thickness = 1;
    for (let k = 1; thickness <= maxThickness && ink(x - k * dx, y - k * dy); k++) thickness++;
    for (let k = 1; thickness <= maxThickness && ink(x + k * dx, y + k * dy); k++) thickness++;
    return thickness <= maxThickness;
  };
  // a rule is thin at most of its points (a crossing rule or a letter touching it makes one point thick)
  const mostlyThin = (points: [number, number][], dx: number, dy: number): boolean =>
    points.filter(([x, y]) => thin(x, y, dx, dy)).length >= 2;
  const erase: number[] = [];
  for (let y = 0; y < height; y++) {
    for (const [x0, x1] of longRuns((x) => pixels[y * width + x] ?? 255, width, minWidth)) {
      const at = (share: number): [number, number] => [Math.floor(x0 + (x1 - x0) * share), y];
      if (!mostlyThin([at(0.25), at(0.5), at(0.75)], 0, 1)) continue;
      for (let x = x0; x < x1; x++) erase.push(y * width + x);
    }
  }
  for (let x = 0; x < width; x++) {
    for (const [y0, y1] of longRuns((y) => pixels[y * width + x] ?? 255, height, minHeight)) {
      const at = (share: number): [number, number] => [x, Math.floor(y0 + (y1 - y0) * share)];
      if (!mostlyThin([at(0.25), at(0.5), at(0.75)], 1, 0)) continue;
      for (let y = y0; y < y1; y++) erase.push(y * width + x);
    }
  }
  for (const p of erase) pixels[p] = 255;
}

/** The image as a binary PGM (P5) file, which tesseract reads as it reads a PNG, without the cost of compressing it. */
export function toPgm(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, "ascii");
  return Buffer.concat([header, Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength)]);
}
