// The SQLite archive of `minutes export --sqlite`: the tables with keys and indexes, FTS5 search, and one transaction per export.
//
// better-sqlite3 is imported only here, and only when --sqlite is given; when it cannot be loaded the export stops
// with E_SQLITE_UNAVAILABLE before any work. A new database is written to a temporary file renamed into place at the
// end; an existing one is changed in one transaction, so an export that is interrupted or fails leaves it as it was.
// A meeting that is exported again (same sha256, or same path with new bytes) has its rows replaced.
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import { rename } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import { MinutesError } from "../../errors.js";
import type { MinutesDocument } from "../../types/minutes.js";
import { documentRows, meetingId, TABLES, type Table, type TableRows } from "../../views/tables.js";
import type { Manifest, ManifestEntry } from "../batch/manifest.js";

/** The layout of the tables, kept in PRAGMA user_version: a database of another layout is refused, not mixed. */
export const ARCHIVE_LAYOUT = 1;

const MANIFEST_TABLE = "export_manifest";

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement;

/** better-sqlite3's constructor, or E_SQLITE_UNAVAILABLE with the reason in one line. */
export async function loadSqlite(): Promise<typeof BetterSqlite3> {
  try {
    const module = (await import("better-sqlite3")) as unknown as { default: typeof BetterSqlite3 };
    const Sqlite = module.default;
    new Sqlite(":memory:").close(); // the native addon is loaded on first use: try it now
    return Sqlite;
  } catch (error) {
    const reason = String((error as Error)?.message ?? error).split("\n")[0];
    throw new MinutesError(
      "E_SQLITE_UNAVAILABLE",
      `--sqlite needs the better-sqlite3 package, which cannot be loaded here (${reason}); reinstall with npm install (it builds a native module), or use --csv`,
      { cause: error },
    );
  }
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** CREATE statements of the whole layout: tables with primary and foreign keys, indexes, FTS5 tables and their triggers. */
export function layoutSql(): string[] {
  const sql: string[] = [];
  for (const table of TABLES) {
    const columns = table.columns.map((c, i) => {
      let def = `${quote(c.name)} ${c.type}`;
      if (i === 0) def += " PRIMARY KEY";
      else if (c.required) def += " NOT NULL";
      if (c.references) {
        const target = TABLES.find((t) => t.name === c.references) as Table;
        def += ` REFERENCES ${quote(target.name)}(${quote(target.columns[0]?.name as string)}) ON DELETE CASCADE`;
      }
      return def;
    });
    sql.push(`CREATE TABLE IF NOT EXISTS ${quote(table.name)} (\n  ${columns.join(",\n  ")}\n)`);
    const indexed = [...table.columns.filter((c) => c.references).map((c) => c.name), ...table.indexes];
    for (const column of new Set(indexed)) {
      sql.push(`CREATE INDEX IF NOT EXISTS ${quote(`${table.name}_${column}`)} ON ${quote(table.name)}(${quote(column)})`);
    }
    if (table.fullText) {
      // an external-content FTS5 table named <table>_fts, kept in step by triggers: the form Datasette detects
      const fts = `${table.name}_fts`;
      const cols = table.fullText.map(quote).join(", ");
      const news = table.fullText.map((c) => `new.${quote(c)}`).join(", ");
      const olds = table.fullText.map((c) => `old.${quote(c)}`).join(", ");
      sql.push(`CREATE VIRTUAL TABLE IF NOT EXISTS ${quote(fts)} USING fts5(${cols}, content="${table.name}", tokenize="porter unicode61 remove_diacritics 2")`);
      sql.push(`CREATE TRIGGER IF NOT EXISTS ${quote(`${fts}_ai`)} AFTER INSERT ON ${quote(table.name)} BEGIN INSERT INTO ${quote(fts)}(rowid, ${cols}) VALUES (new.rowid, ${news}); END`);
      sql.push(`CREATE TRIGGER IF NOT EXISTS ${quote(`${fts}_ad`)} AFTER DELETE ON ${quote(table.name)} BEGIN INSERT INTO ${quote(fts)}(${quote(fts)}, rowid, ${cols}) VALUES ('delete', old.rowid, ${olds}); END`);
      sql.push(
        `CREATE TRIGGER IF NOT EXISTS ${quote(`${fts}_au`)} AFTER UPDATE ON ${quote(table.name)} BEGIN ` +
          `INSERT INTO ${quote(fts)}(${quote(fts)}, rowid, ${cols}) VALUES ('delete', old.rowid, ${olds}); ` +
          `INSERT INTO ${quote(fts)}(rowid, ${cols}) VALUES (new.rowid, ${news}); END`,
      );
    }
  }
  sql.push(
    `CREATE TABLE IF NOT EXISTS ${MANIFEST_TABLE} (input TEXT PRIMARY KEY, meeting_id TEXT NOT NULL, sha256 TEXT NOT NULL, ` +
      `tool_version TEXT NOT NULL, schema_version TEXT NOT NULL, options TEXT NOT NULL, warnings INTEGER NOT NULL)`,
  );
  return sql;
}

function notAnArchive(path: string, why: string): MinutesError {
  return new MinutesError("E_USAGE", `${path} ${why}: export to a new file (or remove it)`);
}

export class SqliteArchive {
  /** Inputs exported before whose meeting is still in the database, for skipping unchanged inputs. */
  readonly manifest: Manifest = new Map();
  /** The meeting each manifest entry's input gave. */
  private readonly meetingOf = new Map<string, string>();
  /** Meetings taken in this export (a second input with the same bytes is not taken twice). */
  private readonly taken = new Map<string, string>();
  private readonly insert: Map<string, Statement>;
  private readonly removeMeeting: Statement;
  private finished = false;
  meetings = 0;
  rows = 0;

  private constructor(
    private readonly db: Database,
    /** Where the file goes. */
    readonly path: string,
    /** The temporary file of a new database, renamed to `path` on commit; null when changing an existing one. */
    private readonly temp: string | null,
    private readonly temps: Set<string>,
  ) {
    this.insert = new Map(
      TABLES.map((t) => [t.name, db.prepare(`INSERT INTO ${quote(t.name)} VALUES (${t.columns.map(() => "?").join(", ")})`)]),
    );
    this.removeMeeting = db.prepare(`DELETE FROM meetings WHERE meeting_id = ? OR (path IS NOT NULL AND path = ?)`);
  }

  /** Open (or start) the archive and begin the export's transaction. With `fresh`, no input is skipped. */
  static async open(path: string, options: { fresh: boolean; temps: Set<string> }): Promise<SqliteArchive> {
    const Sqlite = await loadSqlite();
    const exists = existsSync(path);
    const temp = exists ? null : join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
    if (temp) {
      options.temps.add(temp);
      options.temps.add(`${temp}-journal`);
    }
    let db: Database;
    try {
      db = new Sqlite(temp ?? path, { fileMustExist: exists });
    } catch (error) {
      if (temp) SqliteArchive.removeTemp(temp, options.temps);
      throw new MinutesError("E_IO", `cannot open the database: ${(error as Error).message}`, { cause: error });
    }
    try {
      db.pragma("foreign_keys = ON");
      const layout = db.pragma("user_version", { simple: true }) as number;
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
      if (layout !== 0 && layout !== ARCHIVE_LAYOUT) throw notAnArchive(path, `has the layout of another version of minutes (user_version ${layout})`);
      if (layout === 0 && tables.length > 0) throw notAnArchive(path, "is a database that minutes did not write");
      db.exec("BEGIN IMMEDIATE");
      for (const statement of layoutSql()) db.exec(statement);
      db.pragma(`user_version = ${ARCHIVE_LAYOUT}`);
    } catch (error) {
      db.close();
      if (temp) SqliteArchive.removeTemp(temp, options.temps);
      if (error instanceof MinutesError) throw error;
      throw new MinutesError("E_IO", `cannot use the database: ${(error as Error).message}`, { cause: error });
    }
    const archive = new SqliteArchive(db, path, temp, options.temps);
    if (!options.fresh) archive.loadManifest();
    return archive;
  }

  private static removeTemp(temp: string, temps: Set<string>): void {
    for (const file of [temp, `${temp}-journal`]) {
      rmSync(file, { force: true });
      temps.delete(file);
    }
  }

  private loadManifest(): void {
    const rows = this.db
      .prepare(`SELECT e.* FROM ${MANIFEST_TABLE} e JOIN meetings m ON m.meeting_id = e.meeting_id`)
      .all() as (ManifestEntry & { meeting_id: string })[];
    for (const { meeting_id, ...entry } of rows) {
      const key = entry.input;
      this.manifest.set(key, entry);
      this.meetingOf.set(key, meeting_id);
    }
  }

  /**
   * Take one document: the rows of the meeting it replaces (same sha256, or same path) are deleted first. Returns
   * false when a meeting with the same bytes was already taken in this export (from another input).
   */
  take(doc: MinutesDocument, key: string, display: string): boolean {
    const id = meetingId(doc);
    this.meetingOf.set(key, id);
    if (this.taken.has(id)) return false;
    const rows = documentRows(doc);
    // a savepoint: a document that fails leaves nothing behind
    this.db.transaction(() => {
      this.removeMeeting.run(id, doc.source.path);
      this.write(rows);
    })();
    this.taken.set(id, display);
    this.meetings++;
    return true;
  }

  /** The input that gave this meeting earlier in this export, if any. */
  takenFrom(doc: MinutesDocument): string | undefined {
    return this.taken.get(meetingId(doc));
  }

  private write(rows: TableRows): void {
    for (const table of TABLES) {
      const statement = this.insert.get(table.name) as Statement;
      for (const row of rows[table.name]) statement.run(row);
    }
    for (const table of TABLES) this.rows += rows[table.name].length;
  }

  /** Record the manifest, commit, and put a new database in place. */
  async commit(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    try {
      this.db.exec(`DELETE FROM ${MANIFEST_TABLE}`);
      const add = this.db.prepare(`INSERT OR REPLACE INTO ${MANIFEST_TABLE} SELECT ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM meetings WHERE meeting_id = ?)`);
      for (const [key, e] of this.manifest) {
        const meeting = this.meetingOf.get(key);
        if (meeting) add.run(key, meeting, e.sha256, e.tool_version, e.schema_version, e.options, e.warnings, meeting);
      }
      this.db.exec("COMMIT");
      this.db.close();
      if (this.temp) {
        await rename(this.temp, this.path);
        this.temps.delete(this.temp);
        this.temps.delete(`${this.temp}-journal`);
      }
    } catch (error) {
      this.abandon();
      throw error;
    }
  }

  /** Undo everything this export did: roll back, or remove the new database. */
  rollback(): void {
    if (this.finished) return;
    this.finished = true;
    this.abandon();
  }

  private abandon(): void {
    try {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
    } catch {
      // closing without a commit rolls back too
    }
    if (this.db.open) this.db.close();
    if (this.temp) SqliteArchive.removeTemp(this.temp, this.temps);
  }
}
