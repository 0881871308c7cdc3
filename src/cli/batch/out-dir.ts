// Writing under --out-dir: every output path is resolved and checked to stay inside the directory, through no symbolic link that leads out.
import { lstat, mkdir, realpath } from "node:fs/promises";
import { join, resolve } from "node:path";
import { MinutesError } from "../../errors.js";
import { writeFileAtomic } from "../output.js";
import { isWithin, unsafeRelative } from "./paths.js";

function refused(message: string): MinutesError {
  return new MinutesError("E_IO", `cannot write the output: ${message}`);
}

export class OutDir {
  /** Directories already checked (relative path → the check), so each is checked once even with writes in parallel. */
  private readonly checked = new Map<string, Promise<void>>();

  private constructor(
    /** The directory as given (for messages and the report). */
    readonly given: string,
    /** Its real path: every output must resolve inside it. */
    readonly root: string,
  ) {}

  /** Create the directory when missing. It may itself be a symbolic link: the user named it. */
  static async open(dir: string): Promise<OutDir> {
    await mkdir(dir, { recursive: true });
    return new OutDir(dir, await realpath(dir));
  }

  /** The absolute path of an output, after checking the relative path's form (no `..`, not absolute). */
  pathOf(rel: string): string {
    const problem = unsafeRelative(rel);
    if (problem) throw refused(problem);
    const path = resolve(this.root, rel);
    if (!isWithin(this.root, path) || path === this.root) throw refused("the path leads outside the output directory");
    return path;
  }

  /**
   * Make the directories of `rel` one segment at a time: an existing segment must be a real directory, or a symbolic
   * link whose target is inside the output directory. Nothing is created through a link that leads out.
   */
  private ensureDir(relDir: string): Promise<void> {
    if (relDir === "") return Promise.resolve();
    let check = this.checked.get(relDir);
    if (!check) {
      const parent = relDir.includes("/") ? relDir.slice(0, relDir.lastIndexOf("/")) : "";
      check = this.ensureDir(parent).then(() => this.ensureSegment(relDir));
      this.checked.set(relDir, check);
      check.catch(() => this.checked.delete(relDir)); // a failed check is tried again next time
    }
    return check;
  }

  private async ensureSegment(relDir: string): Promise<void> {
    const path = join(this.root, relDir);
    const stat = await lstat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (stat === null) {
      await mkdir(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
      return this.ensureSegment(relDir); // check what is there now
    }
    if (stat.isSymbolicLink()) {
      const target = await realpath(path).catch(() => null);
      if (target === null || !isWithin(this.root, target)) throw refused(`${relDir} is a symbolic link that leads outside the output directory`);
      return;
    }
    if (!stat.isDirectory()) throw refused(`${relDir} exists and is not a directory`);
  }

  /** The output file, if it is a regular file now (not a link, not a directory): the incremental check. */
  async existing(rel: string): Promise<boolean> {
    try {
      return (await lstat(this.pathOf(rel))).isFile();
    } catch {
      return false;
    }
  }

  /** Write one output atomically; returns its absolute path. Refuses to replace a symbolic link or a directory. */
  async write(rel: string, data: string, temps?: Set<string>): Promise<string> {
    const path = this.pathOf(rel);
    const slash = rel.lastIndexOf("/");
    await this.ensureDir(slash < 0 ? "" : rel.slice(0, slash));
    const stat = await lstat(path).catch(() => null);
    if (stat?.isSymbolicLink()) throw refused(`${rel} is a symbolic link (not written through)`);
    if (stat?.isDirectory()) throw refused(`${rel} is a directory`);
    await writeFileAtomic(path, data, temps);
    return path;
  }
}
