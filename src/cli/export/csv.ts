// The CSV tables of `minutes export --csv <dir>`: one RFC 4180 file per table (UTF-8, a header row, CRLF), written by csv-stringify.
//
// Each file is written to a temporary file beside it and renamed into place when the export commits, so an
// interrupted or failed export leaves the previous files as they were. The directory holds the tables of the
// inputs of one export: a new export replaces them.
import { randomBytes } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import { stringify, type Stringifier } from "csv-stringify";
import type { MinutesDocument } from "../../types/minutes.js";
import { documentRows, meetingId, TABLES, type TableName } from "../../views/tables.js";

interface Open {
  table: TableName;
  file: string;
  temp: string;
  stringifier: Stringifier;
  stream: WriteStream;
}

export class CsvTables {
  private readonly taken = new Set<string>();
  private failure: Error | null = null;
  private done = false;
  meetings = 0;
  rows = 0;

  private constructor(
    readonly dir: string,
    private readonly files: Open[],
    private readonly temps: Set<string>,
  ) {
    for (const open of files) {
      const fail = (error: Error): void => {
        this.failure ??= error;
      };
      open.stream.on("error", fail);
      open.stringifier.on("error", fail);
    }
  }

  /** Create the directory if needed and start one temporary file per table. */
  static async open(dir: string, temps: Set<string>): Promise<CsvTables> {
    await mkdir(dir, { recursive: true });
    const suffix = randomBytes(6).toString("hex");
    const files = TABLES.map((table): Open => {
      const file = join(dir, `${table.name}.csv`);
      const temp = join(dir, `.${table.name}.csv.${suffix}.tmp`);
      temps.add(temp);
      const stream = createWriteStream(temp, { flags: "wx" });
      const stringifier = stringify({ header: true, columns: table.columns.map((c) => c.name), record_delimiter: "windows" });
      stringifier.pipe(stream);
      return { table: table.name, file, temp, stringifier, stream };
    });
    try {
      await Promise.all(files.map((open) => once(open.stream, "open")));
    } catch (error) {
      for (const open of files) {
        open.stream.destroy();
        await rm(open.temp, { force: true });
        temps.delete(open.temp);
      }
      throw error;
    }
    return new CsvTables(dir, files, temps);
  }

  /** Take one document's rows; false when a meeting with the same bytes was already taken in this export. */
  take(doc: MinutesDocument): boolean {
    if (this.failure) throw this.failure;
    const id = meetingId(doc);
    if (this.taken.has(id)) return false;
    this.taken.add(id);
    const rows = documentRows(doc);
    for (const open of this.files) {
      for (const row of rows[open.table]) open.stringifier.write(row);
      this.rows += rows[open.table].length;
    }
    this.meetings++;
    return true;
  }

  /** Finish every file and rename it into place. */
  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      for (const open of this.files) open.stringifier.end();
      await Promise.all(this.files.map((open) => finished(open.stream)));
      if (this.failure) throw this.failure;
      for (const open of this.files) {
        await rename(open.temp, open.file);
        this.temps.delete(open.temp);
      }
    } catch (error) {
      await this.removeTemps();
      throw error;
    }
  }

  /** Drop the temporary files: the previous tables stay. */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const open of this.files) {
      open.stringifier.destroy();
      open.stream.destroy();
    }
    await this.removeTemps();
  }

  private async removeTemps(): Promise<void> {
    for (const open of this.files) {
      await rm(open.temp, { force: true });
      this.temps.delete(open.temp);
    }
  }
}
