// Measures the body text of a document: its font, size, margins and line pitch.
import type { BodyMetrics, TextLine } from "./types.js";

/** Ratio used when a document has too few consecutive lines to measure its pitch. */
const DEFAULT_PITCH_RATIO = 1.2;

function mode<T>(weights: ReadonlyMap<T, number>, fallback: T): T {
  let best = fallback;
  let bestWeight = -1;
  for (const [value, weight] of weights) {
    if (weight > bestWeight) {
      best = value;
      bestWeight = weight;
    }
  }
  return best;
}

function add<T>(weights: Map<T, number>, key: T, weight: number): void {
  weights.set(key, (weights.get(key) ?? 0) + weight);
}

/** Rounds a coordinate to half a point so that equal positions compare equal. */
export function roundHalf(value: number): number {
  return Math.round(value * 2) / 2;
}

/** Measures the body text of the lines (all pages, reading order, page furniture removed). */
export function measureBody(lines: readonly TextLine[]): BodyMetrics {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const line of lines) {
    for (const segment of line.segments) {
      add(sizes, roundHalf(segment.size), segment.text.length);
      add(fonts, segment.fontId, segment.text.length);
    }
  }
  const size = mode(sizes, 12);
  const fontId = mode(fonts, "");
  const isBody = (line: TextLine): boolean => Math.abs(line.size - size) <= 0.5;
  const lefts = new Map<number, number>();
  const pitches = new Map<number, number>();
  const allPitches = new Map<number, number>();
  const rights: number[] = [];
  let previous: TextLine | undefined;
  for (const line of lines) {
    if (isBody(line)) {
      add(lefts, Math.round(line.x0), 1);
      rights.push(line.x1);
      if (previous !== undefined && previous.page === line.page && isBody(previous)) {
        const delta = previous.y - line.y;
        // Single line spacing is the common distance near the font size; paragraph gaps are larger.
        if (delta >= 0.9 * size && delta <= 1.7 * size) add(pitches, roundHalf(delta), 1);
        if (delta > 0.5 * size && delta < 3 * size) add(allPitches, roundHalf(delta), 1);
      }
    }
    previous = line;
  }
  rights.sort((a, b) => a - b);
  const right = rights.length === 0 ? 0 : (rights[Math.floor(rights.length * 0.9)] as number);
  const pitch = mode(pitches, mode(allPitches, size * DEFAULT_PITCH_RATIO));
  return { size, fontId, margin: leftMargin(lefts), right, pitchRatio: pitch / size };
}

/** Share of body lines a left edge needs to count as a margin rather than an odd indent. */
const MARGIN_SUPPORT = 0.05;

/**
 * The leftmost left edge shared by a fair share of the body lines. Not simply the commonest: in
 * minutes full of bullets the bullets' text column can outnumber the real margin.
 */
function leftMargin(lefts: ReadonlyMap<number, number>): number {
  const entries = [...lefts].sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  const needed = Math.max(2, MARGIN_SUPPORT * total);
  for (let i = 0; i < entries.length; i++) {
    const [x] = entries[i] as [number, number];
    let weight = 0;
    for (let j = i; j < entries.length && (entries[j] as [number, number])[0] - x <= 2; j++) weight += (entries[j] as [number, number])[1];
    if (weight >= needed) return x;
  }
  return entries[0]?.[0] ?? 0;
}
