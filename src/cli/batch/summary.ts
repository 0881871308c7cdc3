// The tally of a batch and its summary on stderr: counts, time, and the failed files with their error codes.
import { safeForTerminal } from "../output.js";
import { formatDuration } from "./progress.js";

export type Status = "converted" | "skipped" | "failed";

/** The outcome of one file, as the report records it. */
export interface Outcome {
  path: string;
  status: Status;
  error: { code: string; message: string } | null;
  warnings: number;
  output: string | null;
  sha256: string | null;
  ms: number;
}

/** Failed files listed in the summary; the rest are counted (all are in the --report file). */
export const LISTED_FAILURES = 50;

export interface Tally {
  total: number;
  converted: number;
  skipped: number;
  failed: number;
  withWarnings: number;
  warnings: number;
  failures: { path: string; code: string; message: string }[];
}

export function emptyTally(total: number): Tally {
  return { total, converted: 0, skipped: 0, failed: 0, withWarnings: 0, warnings: 0, failures: [] };
}

/** Count one outcome in (mutating the tally: it lives for the whole run, and its size is bounded). */
export function count(tally: Tally, outcome: Outcome): void {
  tally[outcome.status]++;
  if (outcome.warnings > 0) {
    tally.withWarnings++;
    tally.warnings += outcome.warnings;
  }
  if (outcome.status === "failed" && outcome.error && tally.failures.length < LISTED_FAILURES) {
    tally.failures.push({ path: outcome.path, code: outcome.error.code, message: outcome.error.message });
  }
}

export function done(tally: Tally): number {
  return tally.converted + tally.skipped + tally.failed;
}

/** 0 when every file converted or was up to date, 1 when any failed. */
export function exitCodeOf(tally: Tally): number {
  return tally.failed > 0 ? 1 : 0;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The summary lines, ending with a newline. */
export function formatSummary(tally: Tally, elapsedMs: number, interrupted: string | null): string {
  const notDone = tally.total - done(tally);
  const lines = [
    `minutes: ${interrupted ? `interrupted (${interrupted}) after ${plural(done(tally), "file")} of ${tally.total}` : plural(tally.total, "file")}: ` +
      `${tally.converted} converted, ${tally.skipped} skipped (up to date), ${tally.failed} failed` +
      `${interrupted && notDone > 0 ? `, ${notDone} not done` : ""}; ` +
      `${plural(tally.warnings, "warning")} in ${plural(tally.withWarnings, "file")}; ${formatDuration(elapsedMs)}`,
  ];
  if (tally.failed > 0) {
    lines.push(`minutes: failed files:`);
    for (const f of tally.failures) lines.push(`  ${f.code}  ${safeForTerminal(f.path)}: ${safeForTerminal(f.message)}`);
    const more = tally.failed - tally.failures.length;
    if (more > 0) lines.push(`  … and ${more} more (the --report file lists every one)`);
  }
  return `${lines.join("\n")}\n`;
}
