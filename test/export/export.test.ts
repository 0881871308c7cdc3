// `minutes export` over every fixture: the README's queries against the real database, CSVs that re-read to the same rows,
// stable keys, incremental and replacing re-exports, interrupted exports that leave the database as it was, and E_SQLITE_UNAVAILABLE.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import type { MinutesDocument } from "../../src/types/minutes.js";
import { personKey } from "../../src/views/person-key.js";
import { documentRows, emptyRows, TABLES, type Row, type TableRows } from "../../src/views/tables.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const BIN = join(ROOT, "bin/minutes.js");
const SMALL = [
  "fixtures/corpus/san-juan-usd-board-of-education_2020-01-14.txt",
  "fixtures/corpus/boughton-parish-council_2014-03.md",
  "fixtures/corpus/stoke-ferry-parish-council_2019-06-05.md",
];
/** A module hook that makes `better-sqlite3` impossible to load, as on a machine where its native build failed. */
const NO_SQLITE_HOOK = join(ROOT, "test/export/no-sqlite-hook.mjs");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { input?: string; env?: Record<string, string>; node?: string[] } = {}): Run {
  const result = spawnSync(process.execPath, [...(options.node ?? []), BIN, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let jsonDir: string;
let dbPath: string;
let csvDir: string;
/** Every fixture's document, as parse wrote it. */
let docs: MinutesDocument[];
let db: Database.Database;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "minutes-export-"));
  jsonDir = join(dir, "json");
  dbPath = join(dir, "minutes.db");
  csvDir = join(dir, "tables");
  // the corpus parsed once (the Horsley PDF is refused without OCR: exit 1, the others are written)
  const parsed = run(["parse", "fixtures/corpus", "fixtures/pdf", "--out-dir", jsonDir, "-q", "--ocr", "never"]);
  expect(parsed.stderr).toMatch(/E_PDF_UNREADABLE_TEXT/);
  const exported = run(["export", jsonDir, "--sqlite", dbPath, "--csv", csvDir]);
  expect(exported.stderr).toMatch(/^minutes: exported \d+ meetings \(\d+ rows\) to .*minutes\.db and .*tables\/$/m);
  expect(exported.code).toBe(0);
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else if (entry.name.endsWith(".json") && !entry.name.startsWith(".")) files.push(join(d, entry.name));
    }
  };
  walk(jsonDir);
  docs = files.sort().map((f) => JSON.parse(readFileSync(f, "utf8")) as MinutesDocument);
  db = new Database(dbPath, { readonly: true });
}, 120_000);

/** Every row of every table, keyed by table and primary key, as SQLite returns it. */
function dump(database: Database.Database): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const table of TABLES) {
    for (const row of database.prepare(`SELECT * FROM ${table.name}`).raw().all() as Row[]) rows.set(`${table.name}/${row[0]}`, row);
  }
  return rows;
}

function dumpFile(path: string): Map<string, Row> {
  const database = new Database(path); // writable: a hot journal left by a killed export is rolled back on open
  try {
    return dump(database);
  } finally {
    database.close();
  }
}

/** The README's SQL recipes, by their comment line. */
function readmeQueries(): Map<string, string> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Query an archive"));
  const block = /```sql\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const queries = new Map<string, string>();
  for (const chunk of block.split(/;\n/)) {
    const lines = chunk.trim().split("\n");
    if (lines[0]?.startsWith("-- ")) queries.set(lines[0].slice(3), lines.slice(1).join("\n"));
  }
  return queries;
}

function rowsOf(all: MinutesDocument[]): TableRows {
  const rows = emptyRows();
  for (const doc of all) documentRows(doc, rows);
  return rows;
}

describe("minutes export (built CLI)", { timeout: 60_000 }, () => {
  it("writes every row of every fixture to SQLite, and the CSVs re-read with a CSV parser give back the same rows", () => {
    expect(docs.length).toBeGreaterThanOrEqual(25);
    const expected = rowsOf(docs);
    const stored = dump(db);
    let total = 0;
    for (const table of TABLES) {
      const want = expected[table.name];
      total += want.length;
      for (const row of want) expect(stored.get(`${table.name}/${row[0]}`), `${table.name} ${row[0]}`).toEqual(row);
      // CSV: header row, then the same rows (an empty field is a null; numbers as text)
      const text = readFileSync(join(csvDir, `${table.name}.csv`), "utf8");
      const records = parseCsv(text, { columns: false, relax_column_count: false }) as string[][];
      expect(records[0]).toEqual(table.columns.map((c) => c.name));
      expect(records.slice(1)).toEqual(want.map((row) => row.map((v) => (v === null ? "" : String(v)))));
      if (want.length > 0) expect(text.slice(text.indexOf("\n") - 1, text.indexOf("\n") + 1)).toBe("\r\n"); // RFC 4180 line ends
    }
    expect(stored.size).toBe(total);
    expect(total).toBeGreaterThan(2000);
    // multi-line text (a resolution's clauses) survives the CSV's quoting
    expect(expected.resolutions.some((row) => String(row[5]).includes("\n"))).toBe(true);
  });

  it("answers the README's query: attendance per person across meetings", () => {
    const sql = readmeQueries().get("Attendance per person across meetings, for each body");
    expect(sql).toBeDefined();
    const rows = db.prepare(sql as string).all() as { organization: string | null; body: string | null; person_key: string; present: number; apologies: number; absent: number }[];
    // the same counts computed from the JSON documents
    const counts = new Map<string, { present: Set<string>; apologies: Set<string>; absent: Set<string> }>();
    for (const doc of docs) {
      for (const list of ["present", "apologies", "absent"] as const) {
        for (const person of doc.attendance[list]) {
          const key = personKey(person.name);
          if (key === null) continue;
          const id = `${doc.meeting.organization}|${doc.meeting.body}|${key}`;
          const entry = counts.get(id) ?? { present: new Set(), apologies: new Set(), absent: new Set() };
          entry[list].add(doc.source.sha256);
          counts.set(id, entry);
        }
      }
    }
    expect(rows).toHaveLength(counts.size);
    for (const row of rows) {
      const entry = counts.get(`${row.organization}|${row.body}|${row.person_key}`);
      expect([row.present, row.apologies, row.absent]).toEqual([entry?.present.size, entry?.apologies.size, entry?.absent.size]);
    }
    // read from the PDFs: "Mr R W Gough" is PRESENT at all four County Council meetings (19 Dec, 9 Jan, 13 Feb, 13 Mar)
    // and at both Cabinet meetings ("PRESENT: Mr R W Gough (Chairman), …" on 9 and 30 January)
    const gough = rows.filter((r) => r.person_key === "gough|r" && r.organization === "Kent County Council");
    expect(gough.map((r) => [r.body, r.present])).toEqual([["County Council", 4], ["Cabinet", 2]]);
  });

  it("answers the README's query: every motion lost", () => {
    const rows = db.prepare(readmeQueries().get("Every motion lost") as string).all() as Record<string, unknown>[];
    const lost = docs.flatMap((d) => d.items.flatMap((i) => i.motions.filter((m) => m.result === "lost")));
    expect(rows).toHaveLength(lost.length);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // London, Ontario, item 11: "Motion made by S. Trosow", "Seconded by A. Hopkins", "Motion Failed (7 to 7)"
    expect(rows).toContainEqual(
      expect.objectContaining({ date: "2025-01-21", organization: "City of London", item: "11", kind: "motion", mover: "S. Trosow", seconder: "A. Hopkins", votes_for: 7, votes_against: 7 }),
    );
  });

  it("answers the README's query: the votes of one member", () => {
    const rows = db.prepare(readmeQueries().get("The votes of one member (every printed form of the name, in one organization)") as string).all() as Record<string, unknown>[];
    const rtd = docs.filter((d) => d.meeting.organization === "Regional Transportation District");
    const votes = rtd.flatMap((d) => d.items.flatMap((i) => i.motions.flatMap((m) => m.votes.filter((v) => personKey(v.name)?.startsWith("chandler|")))));
    expect(rows).toHaveLength(votes.length);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    // lines 268-284 of the RTD minutes: the CBA motion, "NAYS: … Kathleen Chandler"
    expect(rows[0]).toMatchObject({ item: "VIII", option: "against", name: "Kathleen Chandler" });
    expect(String(rows[0]?.text)).toContain("Collective Bargaining Agreement");
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(["Kathleen Chandler", "Chandler"]));
  });

  it("answers the README's query: a full-text search over titles, noted points and resolutions", () => {
    const rows = db.prepare(readmeQueries().get("Full-text search over item titles, noted points and resolutions") as string).all() as Record<string, unknown>[];
    const texts = docs.flatMap((d) =>
      d.items.flatMap((i) => {
        const points: string[] = [];
        const walk = (list: MinutesDocument["items"][number]["noted"][number]["points"]): void => list.forEach((p) => (points.push(p.text), walk(p.points)));
        i.noted.forEach((g) => walk(g.points));
        return [i.title, ...points, ...i.resolutions.map((r) => [r.text, ...r.clauses.map((c) => `${c.number}) ${c.text}`)].join("\n"))];
      }),
    );
    // the Porter stemmer matches foster, fosters, fostered, fostering
    expect(rows).toHaveLength(texts.filter((t) => /\bfoster(?:s|ed|ing)?\b/i.test(t)).length);
    expect(rows.every((r) => /foster/i.test(String(r.text)))).toBe(true);
    // line 94 of the Rotherham minutes, under item 14: "Fostering Rotherham was a collaboration of digital on-line marketing …"
    expect(rows).toContainEqual(expect.objectContaining({ body: "Improving Lives Select Commission", item: "14", found_in: "noted", line: 94 }));
  });

  it("is a plain SQLite file: keys hold, FTS5 tables are where Datasette looks, and the sqlite3 shell reads it", () => {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    for (const table of ["items", "noted_points", "resolutions"]) {
      // Datasette's detect_fts(), with its double-quoted strings written as SQL strings
      const found = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE ? OR sql LIKE ? OR (tbl_name = ? AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))",
        )
        .pluck()
        .all(`%VIRTUAL TABLE%USING FTS%content="${table}"%`, `%VIRTUAL TABLE%USING FTS%content=[${table}]%`, table);
      expect(found).toEqual([`${table}_fts`]);
    }
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(["meetings_date", "attendance_meeting_id", "attendance_person_key", "attendance_name", "votes_person_key"]));
    const sqlite3 = spawnSync("sqlite3", ["-version"], { encoding: "utf8" });
    if (sqlite3.status === 0) {
      const count = spawnSync("sqlite3", [dbPath, "SELECT count(*) FROM noted_points_fts WHERE noted_points_fts MATCH 'fostering'"], { encoding: "utf8" });
      expect(count.stderr).toBe("");
      expect(Number(count.stdout)).toBe(db.prepare("SELECT count(*) FROM noted_points_fts WHERE noted_points_fts MATCH 'fostering'").pluck().get());
    }
  });

  it("gives the same keys when the same minutes are exported again, from their files or their JSON", () => {
    const again = join(dir, "again.db");
    expect(run(["export", jsonDir, "--sqlite", again, "-q"]).code).toBe(0);
    expect(dumpFile(again)).toEqual(dump(db));
    const fromFiles = join(dir, "from-files.db");
    const result = run(["export", ...SMALL, "--sqlite", fromFiles, "-j", "1"]);
    expect(result.code).toBe(0);
    const small = dumpFile(fromFiles);
    expect(small.size).toBeGreaterThan(100);
    const all = dump(db);
    for (const [key, row] of small) expect(all.get(key), key).toEqual(row);
  });

  it("skips unchanged inputs, and replaces the rows of a meeting whose file changed", () => {
    const work = join(dir, "incremental");
    mkdirSync(work);
    const file = join(work, "minutes.txt");
    copyFileSync(join(ROOT, SMALL[0] as string), file);
    const path = join(work, "archive.db");
    expect(run(["export", file, "--sqlite", path]).code).toBe(0);
    const first = dumpFile(path);
    const second = run(["export", file, "--sqlite", path]);
    expect(second.stderr).toMatch(/1 file: 0 converted, 1 skipped \(up to date\)/);
    expect(dumpFile(path)).toEqual(first);
    appendFileSync(file, "\n\nAn added paragraph.\n");
    const third = run(["export", file, "--sqlite", path]);
    expect(third.stderr).toMatch(/1 file: 1 converted/);
    const replaced = new Database(path, { readonly: true });
    const meetings = replaced.prepare("SELECT meeting_id, path FROM meetings").all() as { meeting_id: string; path: string }[];
    const oldId = [...first.keys()].find((k) => k.startsWith("meetings/"))?.slice("meetings/".length);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.meeting_id).not.toBe(oldId);
    expect(replaced.prepare("SELECT count(*) FROM items WHERE meeting_id = ?").pluck().get(oldId)).toBe(0);
    expect(replaced.prepare("SELECT count(*) FROM noted_points_fts").pluck().get()).toBe(replaced.prepare("SELECT count(*) FROM noted_points").pluck().get());
    replaced.close();
  });

  /** Start an export that hangs on its last input, and wait until it has taken the earlier ones into the database. */
  async function hungExport(args: string[]): Promise<{ child: ReturnType<typeof spawn>; stderr: () => string }> {
    const child = spawn(process.execPath, [BIN, "export", ...args, "-j", "1"], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: "0", MINUTES_TEST_DELAY_MS: "30000", MINUTES_TEST_DELAY_MATCH: "stoke-ferry" },
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // boughton's warning is printed once its document has been taken (inputs are taken in order; stoke-ferry is last)
    for (let i = 0; i < 300 && !stderr.includes("no-meeting-date"); i++) await new Promise((r) => setTimeout(r, 50));
    expect(stderr).toContain("no-meeting-date");
    return { child, stderr: () => stderr };
  }

  const exited = (child: ReturnType<typeof spawn>): Promise<number | null> => new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? -1 : null))));

  it("leaves the database as it was when an export is killed or interrupted midway", async () => {
    const path = join(dir, "interrupted.db");
    copyFileSync(dbPath, path);
    const before = dumpFile(path);
    // --force: every meeting is deleted and written again inside the transaction before the kill
    const killed = await hungExport([...SMALL.map((f) => join(jsonDir, f.replace(/^fixtures\//, "").replace(/\.(txt|md)$/, ".json"))), "--sqlite", path, "--force"]);
    killed.child.kill("SIGKILL");
    await exited(killed.child);
    expect(dumpFile(path)).toEqual(before);

    const stopped = await hungExport([...SMALL, "--sqlite", path, "--force", "--csv", join(dir, "interrupted-csv")]);
    stopped.child.kill("SIGINT");
    expect(await exited(stopped.child)).toBe(130);
    expect(stopped.stderr()).toMatch(/minutes: export interrupted: nothing written/);
    expect(dumpFile(path)).toEqual(before);
    expect(readdirSync(join(dir, "interrupted-csv"))).toEqual([]);

    // a new database: nothing is left behind, not even a temporary file
    const fresh = join(dir, "fresh");
    mkdirSync(fresh);
    const first = await hungExport([...SMALL, "--sqlite", join(fresh, "new.db")]);
    first.child.kill("SIGINT");
    expect(await exited(first.child)).toBe(130);
    expect(readdirSync(fresh)).toEqual([]);
  });

  it("reads NDJSON on stdin, and names a bad line", () => {
    const ndjson = run(["parse", ...SMALL, "--ndjson", "-q"]).stdout;
    const out = join(dir, "stdin-csv");
    const result = run(["export", "-", "--csv", out], { input: `${ndjson}{"schema_version": "1.0.0"}\nnot json\n` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^minutes: <stdin>:4: E_INVALID_DOCUMENT the JSON does not match the minutes schema: /m);
    expect(result.stderr).toMatch(/^minutes: <stdin>:5: E_INVALID_DOCUMENT the line is not JSON/m);
    const meetings = parseCsv(readFileSync(join(out, "meetings.csv"), "utf8"), { columns: true }) as { meeting_id: string; path: string }[];
    expect(meetings.map((m) => m.path)).toEqual(SMALL);
  });

  it("works without better-sqlite3 for everything but --sqlite (whose E_SQLITE_UNAVAILABLE test/hostile/files.test.ts checks)", () => {
    const node = ["--import", pathToFileURL(NO_SQLITE_HOOK).href];
    const failed = run(["export", SMALL[0] as string, "--sqlite", join(dir, "unavailable.db"), "--csv", join(dir, "unavailable-csv")], { node });
    expect(failed.code).toBe(69);
    expect(failed.stderr).toMatch(/^minutes: E_SQLITE_UNAVAILABLE /);
    expect(existsSync(join(dir, "unavailable-csv"))).toBe(false); // refused before anything is written
    const csv = run(["export", SMALL[0] as string, "--csv", join(dir, "unavailable-csv"), "-q"], { node });
    expect(csv.code).toBe(0);
    expect(readFileSync(join(dir, "unavailable-csv", "meetings.csv"), "utf8")).toContain(SMALL[0]);
    expect(run(["show", SMALL[0] as string], { node }).code).toBe(0);
  });

  it("refuses an export with nowhere to go, and a database that minutes did not write", () => {
    const nowhere = run(["export", SMALL[0] as string]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/^minutes: E_USAGE say where to export: --csv <dir>/);
    const other = join(dir, "other.db");
    const foreign = new Database(other);
    foreign.exec("CREATE TABLE mine (x)");
    foreign.close();
    const refused = run(["export", SMALL[0] as string, "--sqlite", other]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is a database that minutes did not write/);
    writeFileSync(join(dir, "not-a.db"), "hello, this is not SQLite at all, just some text that fills a page".repeat(100));
    const garbage = run(["export", SMALL[0] as string, "--sqlite", join(dir, "not-a.db")]);
    expect(garbage.code).toBe(66);
    expect(garbage.stderr.trim().split("\n")).toHaveLength(1);
  });
});
