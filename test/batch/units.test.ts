// The pure parts of batch conversion: shard hashing, output paths, the ordering window, the manifest check, progress and summary text, usage rules.
import { describe, expect, it } from "vitest";
import { expectedSha256, optionsFingerprint, parseManifest, serializeManifest, type ManifestEntry } from "../../src/cli/batch/manifest.js";
import { batchUsageError, isBatch, parseSeconds, windowSize } from "../../src/cli/batch/options.js";
import { commonBase, globBase, isWithin, outputNames, toRelative, unsafeRelative } from "../../src/cli/batch/paths.js";
import { formatBar, formatDuration, formatPlain, pace, Progress } from "../../src/cli/batch/progress.js";
import { ReorderBuffer } from "../../src/cli/batch/reorder.js";
import { fnv1a32, inShard, parseShard } from "../../src/cli/batch/shard.js";
import { count, emptyTally, exitCodeOf, formatSummary, LISTED_FAILURES, type Outcome } from "../../src/cli/batch/summary.js";

describe("shards", () => {
  it("parses i/n and refuses anything outside 1 ≤ i ≤ n", () => {
    expect(parseShard("2/5")).toEqual({ index: 2, count: 5 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    for (const bad of ["0/3", "4/3", "1/0", "0/0", "x", "1/", "/3", "-1/3", "1.5/3", "1/3/4", ""]) expect(() => parseShard(bad), bad).toThrow(/1 ≤ i ≤ n/);
  });

  it("FNV-1a matches the published test vectors", () => {
    expect(fnv1a32("")).toBe(0x811c9dc5);
    expect(fnv1a32("a")).toBe(0xe40c292c);
    expect(fnv1a32("foobar")).toBe(0xbf9cf968);
  });

  it("puts every path in exactly one of n shards, spread about evenly", () => {
    const paths = Array.from({ length: 3000 }, (_, i) => `council-${i % 37}/20${String(i % 25).padStart(2, "0")}/minutes-${i}.pdf`);
    for (const n of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: n }, () => 0);
      for (const path of paths) {
        const owners = sizes.map((_, i) => inShard(path, { index: i + 1, count: n })).filter(Boolean);
        expect(owners).toHaveLength(1);
        sizes[sizes.findIndex((_, i) => inShard(path, { index: i + 1, count: n }))]!++;
      }
      for (const size of sizes) expect(Math.abs(size - paths.length / n)).toBeLessThan((paths.length / n) * 0.15);
    }
  });

  it("hashes the same path alike whatever its separators or Unicode normalisation", () => {
    const shard = { index: 1, count: 5 };
    const nfc = "caf\u00e9/minutes.txt";
    const nfd = "cafe\u0301/minutes.txt";
    expect(inShard(nfc, shard)).toBe(inShard(nfd, shard));
    expect(inShard("a/b/c.pdf", shard)).toBe(inShard("a\\b\\c.pdf", shard));
  });
});

describe("paths", () => {
  it("finds the common base of directories", () => {
    expect(commonBase(["/a/b/c", "/a/b/d/e", "/a/b"])).toBe("/a/b");
    expect(commonBase(["/a/bc", "/a/b"])).toBe("/a");
    expect(commonBase(["/x", "/y/z"])).toBe("/");
    expect(commonBase(["/only/one"])).toBe("/only/one");
  });

  it("tells inside from outside without being fooled by prefixes", () => {
    expect(isWithin("/out", "/out/a.json")).toBe(true);
    expect(isWithin("/out", "/out")).toBe(true);
    expect(isWithin("/out", "/outside/a.json")).toBe(false);
    expect(isWithin("/out", "/out/../etc/passwd")).toBe(false);
    expect(isWithin("/out", "/out/..a/b")).toBe(true);
    expect(toRelative("/r", "/r/x/y.txt")).toBe("x/y.txt");
  });

  it("refuses output paths that are empty, absolute, or climb out", () => {
    for (const bad of ["", "/etc/passwd", "../a.json", "a/../../b.json", "a/./b.json", "a//b.json", "C:/x.json", "a\\b.json", "a\0b.json"]) {
      expect(unsafeRelative(bad), JSON.stringify(bad)).not.toBeNull();
    }
    for (const good of ["a.json", "sub/dir/a.json", "..a.json", "caf\u00e9 \u2603/\u202ebidi.json", "a..b/c.json"]) expect(unsafeRelative(good), good).toBeNull();
  });

  it("names outputs <name>.json, keeping the extension only where two inputs share a name", () => {
    expect(outputNames(["a.txt", "sub/b.pdf", "c", "d.tar.md"])).toEqual(["a.json", "sub/b.json", "c.json", "d.tar.json"]);
    expect(outputNames(["m.pdf", "m.txt", "other/m.md", "M.Md"])).toEqual(["m.pdf.json", "m.txt.json", "other/m.json", "M.Md.json"]);
    const clash = outputNames(["a.txt", "a.md", "a.txt.md"]);
    expect(new Set(clash.map((n) => n.toLowerCase())).size).toBe(3);
  });

  it("takes a glob's directory before its first pattern", () => {
    expect(globBase("archive/20*/**/*.pdf")).toBe("archive");
    expect(globBase("*.txt")).toBe(".");
    expect(globBase("/abs/dir/**/*.md")).toBe("/abs/dir");
    expect(globBase("/*.md")).toBe("/");
    expect(globBase("a/{b,c}/d.txt")).toBe("a");
  });
});

describe("the ordering window", () => {
  it("lets results out in index order, whatever order they come in", () => {
    const buffer = new ReorderBuffer<string>();
    const out: string[] = [];
    for (const i of [2, 0, 3, 1, 5, 4]) {
      buffer.put(i, `r${i}`);
      out.push(...buffer.drain());
    }
    expect(out).toEqual(["r0", "r1", "r2", "r3", "r4", "r5"]);
    expect(buffer.next).toBe(6);
    expect(buffer.size).toBe(0);
  });

  it("holds only what waits for an earlier result, and gives the rest when cut short", () => {
    const buffer = new ReorderBuffer<number | null>();
    buffer.put(1, 1);
    buffer.put(3, 3);
    expect([...buffer.drain()]).toEqual([]);
    expect(buffer.size).toBe(2);
    expect(() => buffer.put(1, 1)).toThrow();
    expect([...buffer.rest()]).toEqual([1, 3]);
  });

  it("keeps a bigger window for out-dir records than for ndjson text", () => {
    expect(windowSize(2, true)).toBe(16);
    expect(windowSize(8, true)).toBe(32);
    expect(windowSize(2, false)).toBe(256);
  });
});

describe("the manifest", () => {
  const entry: ManifestEntry = { input: "a/b.txt", sha256: "abc", tool_version: "0.1.0", schema_version: "1.0.0", options: "f", warnings: 2 };
  const current = { input: "a/b.txt", toolVersion: "0.1.0", schemaVersion: "1.0.0", options: "f" };

  it("keeps an output only when input path, tool, schema and options all match", () => {
    expect(expectedSha256(entry, current)).toBe("abc");
    expect(expectedSha256(undefined, current)).toBeNull();
    expect(expectedSha256(entry, { ...current, toolVersion: "0.2.0" })).toBeNull();
    expect(expectedSha256(entry, { ...current, schemaVersion: "2.0.0" })).toBeNull();
    expect(expectedSha256(entry, { ...current, options: "g" })).toBeNull();
    expect(expectedSha256(entry, { ...current, input: "a/c.txt" })).toBeNull();
  });

  it("round-trips, and treats a damaged or foreign file as empty", () => {
    const text = serializeManifest(new Map([["z.json", entry], ["a.json", { ...entry, input: "a.txt" }]]));
    expect(text.indexOf('"a.json"')).toBeLessThan(text.indexOf('"z.json"'));
    expect(parseManifest(text).get("z.json")).toEqual(entry);
    expect(parseManifest("{not json").size).toBe(0);
    expect(parseManifest('{"format": 99, "entries": {"a.json": {}}}').size).toBe(0);
    expect(parseManifest('{"format": 1, "entries": {"a.json": {"input": 3}}}').size).toBe(0);
  });

  it("fingerprints the options that change the JSON, not the password", () => {
    const base = { maxBytes: 10, pretty: false };
    expect(optionsFingerprint(base)).toBe(optionsFingerprint({ ...base, password: "x", maxBytes: 99 }));
    expect(optionsFingerprint(base)).not.toBe(optionsFingerprint({ ...base, pretty: true }));
    expect(optionsFingerprint(base)).not.toBe(optionsFingerprint({ ...base, maxPages: 3 }));
    expect(optionsFingerprint(base)).not.toBe(optionsFingerprint({ ...base, format: "markdown" }));
  });
});

describe("progress and summary", () => {
  it("formats durations, rate and ETA", () => {
    expect(formatDuration(1234)).toBe("1.2 s");
    expect(formatDuration(185_000)).toBe("3 min 05 s");
    expect(formatDuration(3_725_000)).toBe("1 h 02 min");
    expect(formatDuration(Number.NaN)).toBe("?");
    expect(pace({ done: 50, total: 150, failed: 0, elapsedMs: 10_000 })).toEqual({ rate: 5, etaMs: 20_000 });
  });

  it("draws a bar within the terminal width and a plain line for logs", () => {
    const state = { done: 412, total: 2000, failed: 3, elapsedMs: 10_000 };
    const bar = formatBar(state, 100);
    expect(bar).toMatch(/^\[#+\.+\]\s+20%\s+412\/2000 files, 3 failed, 41\.2\/s, ETA 38\.5 s$/);
    expect(formatBar(state, 40).length).toBeLessThanOrEqual(39);
    expect(formatPlain(state)).toBe("minutes: 412/2000 files, 3 failed, 41.2/s, ETA 38.5 s");
  });

  it("prints a plain line at most once per interval, and nothing when quiet", () => {
    let now = 0;
    const lines: string[] = [];
    const plain = new Progress({ write: (t) => lines.push(t), mode: "plain", columns: 80, plainEveryMs: 5000, now: () => now });
    for (now = 0; now <= 12_000; now += 500) plain.update(now / 500, 100, 0);
    plain.stop();
    expect(lines).toHaveLength(2);
    const quiet: string[] = [];
    const none = new Progress({ write: (t) => quiet.push(t), mode: "none", columns: 80, now: () => now });
    none.update(1, 2, 0);
    none.stop();
    expect(quiet).toEqual([]);
  });

  it("clears the bar before a message and before the summary", () => {
    let now = 0;
    const out: string[] = [];
    const bar = new Progress({ write: (t) => out.push(t), mode: "bar", columns: 80, barEveryMs: 100, now: () => now });
    now = 200;
    bar.update(1, 4, 0);
    bar.message("minutes: x.txt: E_EMPTY the input is empty (0 bytes)");
    bar.stop();
    const ESC = "\u001b";
    const text = out.join("").replaceAll(ESC, "<ESC>");
    expect(text).toMatch(/^\r\[.*<ESC>\[K\r<ESC>\[Kminutes: x\.txt: E_EMPTY .*\n\r\[.*<ESC>\[K\r<ESC>\[K$/s);
  });

  it("sums up counts and lists failed files with their codes", () => {
    const tally = emptyTally(4);
    const outcome = (path: string, status: Outcome["status"], warnings = 0, code?: string): Outcome => ({
      path,
      status,
      error: code ? { code, message: `${code} message` } : null,
      warnings,
      output: null,
      sha256: null,
      ms: 1,
    });
    count(tally, outcome("a.txt", "converted", 2));
    count(tally, outcome("b.txt", "skipped"));
    count(tally, outcome("bad.pdf", "failed", 0, "E_PDF_CORRUPT"));
    expect(exitCodeOf(tally)).toBe(1);
    const text = formatSummary(tally, 1500, null);
    expect(text).toBe(
      "minutes: 4 files: 1 converted, 1 skipped (up to date), 1 failed; 2 warnings in 1 file; 1.5 s\n" +
        "minutes: failed files:\n  E_PDF_CORRUPT  bad.pdf: E_PDF_CORRUPT message\n",
    );
    expect(formatSummary(tally, 1500, "SIGINT")).toMatch(/^minutes: interrupted \(SIGINT\) after 3 files of 4: .*, 1 not done;/);
    for (let i = 0; i < LISTED_FAILURES + 5; i++) count(tally, outcome(`f${i}`, "failed", 0, "E_EMPTY"));
    expect(formatSummary(tally, 0, null)).toMatch(/… and 6 more \(the --report file lists every one\)\n$/);
  });
});

describe("usage rules", () => {
  it("keeps one plain file in single-input mode", () => {
    expect(isBatch(["a.txt"], "file", {})).toBe(false);
    expect(isBatch(["a.txt"], "file", { timeout: 3, jobs: 4 })).toBe(false);
    expect(isBatch(["a.txt", "b.txt"], "file", {})).toBe(true);
    expect(isBatch(["dir"], "directory", {})).toBe(true);
    expect(isBatch(["*.txt"], "glob", {})).toBe(true);
    for (const flag of [{ outDir: "o" }, { ndjson: true }, { shard: { index: 1, count: 2 } }, { report: "r.json" }]) expect(isBatch(["a.txt"], "file", flag)).toBe(true);
  });

  it("refuses batches without an output mode, or with a single-file option", () => {
    expect(batchUsageError(["a", "b"], {})).toMatch(/need --out-dir <dir> .* or --ndjson/);
    expect(batchUsageError(["a", "b"], { ndjson: true })).toBeNull();
    expect(batchUsageError(["a", "b"], { outDir: "o", force: true })).toBeNull();
    expect(batchUsageError(["a", "-"], { ndjson: true })).toMatch(/standard input/);
    expect(batchUsageError(["a", "b"], { out: "x.json", ndjson: true })).toMatch(/-o\/--out/);
    expect(batchUsageError(["a", "b"], { outDir: "o", ndjson: true })).toMatch(/one of/);
    expect(batchUsageError(["a", "b"], { ndjson: true, pretty: true })).toMatch(/--pretty/);
    expect(batchUsageError(["a", "b"], { ndjson: true, force: true })).toMatch(/--force/);
  });

  it("reads --timeout as seconds", () => {
    expect(parseSeconds("0.5")).toBe(0.5);
    for (const bad of ["0", "-1", "x", "Infinity", "100000"]) expect(() => parseSeconds(bad)).toThrow(/seconds/);
  });
});
