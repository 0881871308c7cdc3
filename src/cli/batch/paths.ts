// Pure path logic of a batch: the common base of the inputs, where each output goes under --out-dir, and what is unsafe.
import { isDynamicPattern } from "tinyglobby";
import { dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";

/** Extensions a directory walk picks up (compared case-insensitively). */
export const INPUT_EXTENSIONS = ["pdf", "txt", "text", "md", "markdown", "htm", "html", "docx"] as const;

/** The tinyglobby pattern for a directory walk that picks up these extensions. */
export function walkPattern(extensions: readonly string[]): string {
  return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(",")}}`;
}

/** Deepest directory that contains every one of these absolute directories. */
export function commonBase(directories: readonly string[]): string {
  if (directories.length === 0) return resolve(".");
  let base = resolve(directories[0] as string);
  for (const directory of directories.slice(1)) {
    const target = resolve(directory);
    while (!isWithin(base, target)) {
      const up = dirname(base);
      if (up === base) return base; // the root (or, on Windows, no common drive: the caller's check refuses the output)
      base = up;
    }
  }
  return base;
}

/** Whether `path` is `directory` itself or lies under it (both absolute, already resolved). */
export function isWithin(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** A path relative to the base, with / separators (the form used for manifests, reports and shard keys). */
export function toRelative(base: string, path: string): string {
  return relative(base, path).split(sep).join("/");
}

/**
 * Whether a relative output path is one we will write: not empty, not absolute, no `..` or `.` or empty segment,
 * no NUL, no backslash (a Windows separator). Returns the reason it is refused, or null.
 */
export function unsafeRelative(rel: string): string | null {
  if (rel === "") return "the output path is empty";
  if (rel.includes("\0")) return "the output path contains a NUL character";
  if (posix.isAbsolute(rel) || /^[A-Za-z]:/.test(rel) || rel.includes("\\")) return "the output path is absolute or has a backslash";
  for (const segment of rel.split("/")) {
    if (segment === "" || segment === "." || segment === "..") return `the output path has a "${segment}" segment`;
  }
  return null;
}

/**
 * The output file of each input, relative to the output directory: `dir/name.ext` → `dir/name.json`. When two inputs
 * in one directory share a name apart from the extension (minutes.pdf and minutes.txt), case-insensitively, each of
 * them keeps its extension instead: `minutes.pdf.json`, `minutes.txt.json`. Decided over all inputs, before sharding,
 * so every shard of a matrix names a file alike.
 */
export function outputNames(inputs: readonly string[]): string[] {
  const stemOf = (rel: string): string => {
    const { dir, name } = posix.parse(rel);
    return dir === "" ? name : `${dir}/${name}`;
  };
  const counts = new Map<string, number>();
  for (const rel of inputs) {
    const key = stemOf(rel).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const taken = new Set<string>();
  return inputs.map((rel) => {
    const stem = stemOf(rel);
    const shared = (counts.get(stem.toLowerCase()) ?? 0) > 1;
    // a last guard for rare clashes such as `a.txt` + `a.md` + `a.txt.md`: number the later ones
    let name = `${shared ? rel : stem}.json`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${rel}~${n}.json`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The directory part of a glob before its first pattern segment: `archive/20*\/**\/*.pdf` → `archive`. */
export function globBase(pattern: string): string {
  const segments = pattern.split("/");
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  const base = fixed.join("/");
  return base === "" ? (pattern.startsWith("/") ? "/" : ".") : base;
}
