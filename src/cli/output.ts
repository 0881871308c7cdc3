// Output at the edge: atomic file writes, JSON formatting, and warnings and errors on stderr in one-line form.
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import chalk from "chalk";
import { MinutesError, isMinutesError } from "../errors.js";
import type { Warning } from "../types/minutes.js";

/**
 * Write a file so that it is either whole or absent: a temporary file in the same folder, then a rename. `temps`, when
 * given, holds the temporary file's path while it exists, so that an interrupted run can remove it.
 */
export async function writeFileAtomic(path: string, data: string, temps?: Set<string>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  temps?.add(temp);
  try {
    await writeFile(temp, data, { flag: "wx" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    temps?.delete(temp);
  }
}

/** Control characters and lone surrogates would garble a terminal: show them as escapes in human output. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Text of several lines (a stack trace) for the terminal: each line made safe, the line breaks kept. */
export function safeLines(text: string): string {
  return text.split("\n").map(safeForTerminal).join("\n");
}

export function formatJson(value: unknown, pretty: boolean): string {
  return `${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`;
}

/** "minutes: file.txt:6: warning stray-text: dropped the stray fragment …" */
export function formatWarning(file: string, warning: Warning): string {
  const name = safeForTerminal(file);
  const where = warning.source ? `${name}:${warning.source.line}${warning.source.page ? ` (page ${warning.source.page})` : ""}` : name;
  return `${chalk.dim("minutes:")} ${where}: ${chalk.yellow("warning")} ${chalk.bold(warning.code)}: ${safeForTerminal(warning.message)}`;
}

/** "minutes: file.pdf: E_PDF_CORRUPT the file is not a readable PDF" */
export function formatError(file: string | null, error: MinutesError): string {
  return `minutes: ${file ? `${safeForTerminal(file)}: ` : ""}${chalk.red(error.code)} ${safeForTerminal(error.message)}`;
}

/** Plain words for the file-system errors people meet. */
const FILE_ERRORS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOSPC: "no space left on the device",
  EMFILE: "too many open files",
  EROFS: "the file system is read-only",
};

/** Any thrown value as a MinutesError: file-system errors become E_IO, anything else is reported as a bug. */
export function asMinutesError(error: unknown): MinutesError {
  if (isMinutesError(error)) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) {
    return new MinutesError("E_IO", `cannot read or write the file: ${FILE_ERRORS[code] ?? code}`, { cause: error });
  }
  return new MinutesError("E_INTERNAL", `unexpected failure (a bug; run with --debug for the stack): ${(error as Error)?.message ?? String(error)}`, { cause: error });
}
