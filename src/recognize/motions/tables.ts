// Motions laid out in tables: a markdown table with columns for the motion, its mover, its seconder and its status
// ("| Motion Text | Moved by | Seconded by | Status |"), and a result table a converter exploded into two blocks, the
// labels in one ("RESULT: MOVER: SECONDER: AYES: NAYS:") and their values one a line in the next.
import type { Vote } from "../../types/minutes.js";
import { RESULT_WORDS, VOTE_LABELS } from "../lexicon/motion-words.js";
import { personName } from "../people.js";
import { pipeTable } from "../pipe-table.js";
import { splitList } from "../strings.js";
import { tokenize } from "../tokens.js";
import type { Finding } from "./read.js";

/** What a column of a motions table holds, from its header's words. */
type Column = "text" | "mover" | "seconder" | "result" | null;

function columnOf(header: string): Column {
  const h = header.toLowerCase();
  if (/\bsecond/.test(h)) return "seconder";
  if (/\b(?:moved|mover|proposed|proposer)\b/.test(h)) return "mover";
  if (/\b(?:status|result|outcome|carried|decision)\b/.test(h)) return "result";
  if (/\b(?:motion|resolution|text|description|proposal)\b/.test(h)) return "text";
  return null;
}

/** A cell that names no one: "Not recorded", "None", "No-one", "N/A". */
const NOBODY = /^(?:not\s+recorded|none|no-?one|nobody|n\/a|-|unknown)?\.?$/i;

/** The result a status cell records: "Accepted", "Passed Unanimously", "Passed by show of hands, 1 against.", "Lapsed". */
function status(text: string): Pick<Finding, "result" | "resultRaw" | "counts"> {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const m = RESULT_WORDS.at(tokens, i);
    if (!m) continue;
    const counts: NonNullable<Finding["counts"]> = {};
    for (let k = 0; k < tokens.length; k++) {
      const label = tokens[k]!.kind === "number" ? VOTE_LABELS.at(tokens, k + 1) : null;
      if (label && label.value !== "absent") counts[label.value] = Number(tokens[k]!.text);
    }
    return { result: m.value, resultRaw: text.replace(/\.$/, ""), ...(Object.keys(counts).length ? { counts } : {}) };
  }
  return {};
}

/** The motions of a markdown table, one a row, when its header names a mover or a seconder. */
export function tableMotions(text: string): Finding[] | null {
  const table = pipeTable(text);
  if (!table) return null;
  const columns = table.header.map(columnOf);
  if (!columns.includes("mover") && !columns.includes("seconder")) return null;
  const findings: Finding[] = [];
  for (const row of table.rows) {
    const finding: Finding = { start: true, kind: "motion" };
    row.forEach((cell, k) => {
      const column = columns[k];
      if (column === "text" && cell) finding.text = cell;
      if ((column === "mover" || column === "seconder") && !NOBODY.test(cell)) {
        const name = personName(cell);
        if (name) finding[column] = name;
      }
      if (column === "result") Object.assign(finding, status(cell));
    });
    // a motion nobody moved and nobody decided ("| Appoint an auditor | No-one | No-one | Lapsed |") was never put
    if (!finding.mover && !finding.seconder && !finding.result) continue;
    findings.push(finding);
  }
  return findings;
}

/** The labels of a result table whose values a converter put in the next block: "RESULT: MOVER: SECONDER: AYES: NAYS:". */
const LABELS_ONLY = /^(?:(?:RESULT|MOVER|SECONDER|AYES|NAYS|ABSTAIN|ABSENT|RECUSED):\s*){2,}$/;

export function explodedLabels(text: string): string[] | null {
  return LABELS_ONLY.test(text.trim()) ? text.split(/:\s*/).map((l) => l.trim()).filter(Boolean) : null;
}

const OPTION: Record<string, Vote["option"]> = { AYES: "for", NAYS: "against", ABSTAIN: "abstain", ABSENT: "absent" };

/** The values of an exploded result table, one a line in the labels' order: the result, the mover's and seconder's lines
 * ("Kathleen Chandler, Director, District F"), then a column of names for each vote label, wrapped over lines that end
 * with a comma. */
export function explodedResult(lines: string[], labels: string[]): Finding | null {
  const rows = lines.map((l) => l.trim()).filter(Boolean);
  const result = /^(PASSED|FAILED|APPROVED|DEFEATED)\s*(?:\[([^\]]*)\])?/.exec(rows[0] ?? "");
  if (!result || labels[0] !== "RESULT") return null;
  const counts = /^(\d+)\s+TO\s+(\d+)$/i.exec(result[2] ?? "");
  const finding: Finding = {
    result: result[1] === "FAILED" || result[1] === "DEFEATED" ? "lost" : "carried",
    resultRaw: result[0],
    votes: [],
    ...(counts ? { counts: { for: Number(counts[1]), against: Number(counts[2]) } } : {}),
  };
  let i = 1;
  for (const label of labels.slice(1)) {
    if (i >= rows.length) break;
    if (label === "MOVER" || label === "SECONDER") {
      const name = rows[i++]!.split(",")[0]!;
      if (label === "MOVER") finding.mover = name;
      else finding.seconder = name;
      continue;
    }
    let list = rows[i++]!;
    while (list.endsWith(",") && i < rows.length) list = `${list} ${rows[i++]!}`;
    const option = OPTION[label];
    if (!option) continue;
    for (const part of splitList(list)) {
      const name = personName(part);
      if (name && /^\p{Lu}/u.test(name)) finding.votes!.push({ name, option, raw: name });
    }
  }
  return finding;
}
