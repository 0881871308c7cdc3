// Expanding the command's inputs (files, directories walked for minutes files, globs) into one ordered list of files, at the I/O edge.
import { stat } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { commonBase, globBase, INPUT_EXTENSIONS, toRelative, walkPattern } from "./paths.js";

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The path as the user would write it (relative to the working directory when the argument was). */
  display: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  /** Deepest directory holding every input argument's root: outputs mirror paths relative to it, and shards hash them. */
  root: string;
  /** Paths relative to `root` (/ separators), one per file. */
  relatives: string[];
  /** Globs that matched no file, and directories holding no minutes file. */
  empty: { arg: string; kind: "directory" | "glob" }[];
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What kind of argument this is: an existing directory, an existing (or missing) file, or a glob. */
export async function classify(arg: string, cwd: string): Promise<"directory" | "file" | "glob"> {
  const info = await stat(resolve(cwd, arg)).catch(() => null);
  if (info?.isDirectory()) return "directory";
  if (info) return "file";
  return isDynamicPattern(arg) ? "glob" : "file"; // a missing file fails later, with E_IO, as one file of the batch
}

/**
 * Expand the arguments, in their order; a directory's files and a glob's matches are sorted by path. A file found
 * twice is kept once, where it first appears. Directory walks pick up files with the given extensions and skip dot-files and dot-directories and do not follow
 * symbolic links to directories.
 */
export async function expandInputs(args: readonly string[], cwd = process.cwd(), extensions: readonly string[] = INPUT_EXTENSIONS): Promise<ExpandedInputs> {
  const pattern = walkPattern(extensions);
  const files: InputFile[] = [];
  const roots: string[] = [];
  const empty: ExpandedInputs["empty"] = [];
  const seen = new Set<string>();
  const add = (path: string, display: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, display });
  };
  const shown = (arg: string, abs: string): string => (isAbsolute(arg) ? abs : relative(cwd, abs) || ".");

  for (const arg of args) {
    const kind = await classify(arg, cwd);
    if (kind === "directory") {
      const dir = resolve(cwd, arg);
      roots.push(dir);
      const found = await glob(pattern, { cwd: dir, caseSensitiveMatch: false, followSymbolicLinks: false, dot: false, onlyFiles: true });
      if (found.length === 0) empty.push({ arg, kind });
      for (const rel of found.sort(byCodePoint)) add(join(dir, rel), join(arg, rel));
    } else if (kind === "glob") {
      roots.push(resolve(cwd, globBase(arg)));
      const found = await glob(arg, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false });
      if (found.length === 0) empty.push({ arg, kind });
      for (const abs of found.map((p) => resolve(p)).sort(byCodePoint)) add(abs, shown(arg, abs));
    } else {
      const abs = resolve(cwd, arg);
      roots.push(dirname(abs));
      add(abs, arg);
    }
  }
  const root = commonBase(roots);
  return { files, root, relatives: files.map((f) => toRelative(root, f.path)), empty };
}
