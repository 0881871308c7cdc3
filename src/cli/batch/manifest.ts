// The incremental-run manifest in the output directory: for each output, the input bytes, tool and schema versions and options it came from.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { writeFileAtomic } from "../output.js";
import type { ParseSettings } from "./protocol.js";

export const MANIFEST_NAME = ".minutes-manifest.json";
const MANIFEST_FORMAT = 1;

/** What one output was made from. */
export interface ManifestEntry {
  /** The input, relative to the input root. */
  input: string;
  sha256: string;
  tool_version: string;
  schema_version: string;
  /** Fingerprint of the options that change the output (see optionsFingerprint). */
  options: string;
  /** Warnings in the output, so a skipped file still counts for --fail-on-warning. */
  warnings: number;
}

/** Keyed by the output path relative to the output directory, with / separators. */
export type Manifest = Map<string, ManifestEntry>;

/** What the current run would write: an output is up to date only when all of it matches. */
export interface Current {
  input: string;
  toolVersion: string;
  schemaVersion: string;
  options: string;
}

/**
 * The options that change the JSON written: format, pages read, indentation, --require-minutes (which refuses some
 * outputs an earlier run wrote) and --ocr other than auto (both recorded only when given, so earlier fingerprints still
 * match). (The password does
 * not: it opens or fails.)
 */
export function optionsFingerprint(settings: ParseSettings): string {
  const used = {
    format: settings.format ?? null,
    style: settings.style ?? "auto",
    maxPages: settings.maxPages ?? null,
    pretty: settings.pretty,
    ...(settings.requireMinutes ? { requireMinutes: true } : {}),
    ...(settings.ocr !== undefined && settings.ocr !== "auto" ? { ocr: settings.ocr } : {}),
  };
  return createHash("sha256").update(JSON.stringify(used)).digest("hex").slice(0, 16);
}

/**
 * The sha256 an input must still have for its output to be kept, or null when the output must be redone: no entry,
 * or another tool version, schema version, input path or options. The caller also checks the output file exists.
 */
export function expectedSha256(entry: ManifestEntry | undefined, current: Current): string | null {
  if (!entry) return null;
  const same =
    entry.input === current.input &&
    entry.tool_version === current.toolVersion &&
    entry.schema_version === current.schemaVersion &&
    entry.options === current.options;
  return same ? entry.sha256 : null;
}

function isEntry(value: unknown): value is ManifestEntry {
  const e = value as Partial<ManifestEntry> | null;
  return (
    typeof e === "object" && e !== null &&
    typeof e.input === "string" && typeof e.sha256 === "string" && typeof e.tool_version === "string" &&
    typeof e.schema_version === "string" && typeof e.options === "string" && typeof e.warnings === "number"
  );
}

/** Parse a manifest file's text; anything unexpected (another format, a damaged file) gives an empty manifest: all is redone. */
export function parseManifest(text: string): Manifest {
  const manifest: Manifest = new Map();
  try {
    const data = JSON.parse(text) as { format?: unknown; entries?: Record<string, unknown> };
    if (data.format !== MANIFEST_FORMAT || typeof data.entries !== "object" || data.entries === null) return manifest;
    for (const [output, entry] of Object.entries(data.entries)) if (isEntry(entry)) manifest.set(output, entry);
  } catch {
    // not JSON: start afresh
  }
  return manifest;
}

/** The manifest as text, keys sorted so that the file is stable between runs. */
export function serializeManifest(manifest: Manifest): string {
  const entries = Object.fromEntries([...manifest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ tool: "minutes", format: MANIFEST_FORMAT, entries })}\n`;
}

export async function loadManifest(outDir: string): Promise<Manifest> {
  try {
    return parseManifest(await readFile(join(outDir, MANIFEST_NAME), "utf8"));
  } catch {
    return new Map();
  }
}

export async function saveManifest(outDir: string, manifest: Manifest, temps?: Set<string>): Promise<void> {
  await writeFileAtomic(join(outDir, MANIFEST_NAME), serializeManifest(manifest), temps);
}
