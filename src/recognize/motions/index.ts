// Recognizes an item's motions and amendments. The item's text is cut into statements (sentences, and the lines of vote
// blocks), each statement is read for what it says of a motion (read.ts, tables.ts), and the findings are merged in
// order: a mover opens a motion, and a seconder, a result, counts and named votes complete the motion still open — or,
// said of a motion with no motion open ("Motion carried", "Vote passed"), make one of their own.
import type { Motion, Vote } from "../../types/minutes.js";
import { rawText, sentences } from "../../parse/text.js";
import { sourceOf, type Context } from "../context.js";
import { MOTION_NOUNS, RESULT_WORDS, VOTE_LABELS } from "../lexicon/motion-words.js";
import { personName } from "../people.js";
import { splitList } from "../strings.js";
import { isPunct, tokenize } from "../tokens.js";
import type { Unit } from "../units.js";
import { readStatement, type Finding } from "./read.js";
import { explodedLabels, explodedResult, tableMotions } from "./tables.js";

interface Statement {
  unit: Unit;
  text: string;
  /** Findings read whole from the unit (a table's rows), in place of reading the text. */
  findings?: Finding[];
}

/** Labels that open a line of a result block: "RESULT:", "MOVER:", "SECOND:", "MOTION BY:", "Final Resolution:". */
const BLOCK_LABELS = [["result"], ["mover"], ["seconder"], ["second"], ["motion", "by"], ["final", "resolution"]].map((w) => w.join(" "));

/** How much of a line is read for the words that open a statement: several labels' length. */
const OPENING_CHARS = 160;

/** A line that starts a statement of its own in a block: a vote column ("Ayes – …", "For (51)"), a result ("Motion
 * carried", "Carried"), a label of a result block, a roll call. */
function opensStatement(line: string): boolean {
  // only its first words count: a group that has grown line by line is not scanned whole again at every line
  const tokens = tokenize(line.length > OPENING_CHARS ? line.slice(0, OPENING_CHARS) : line);
  // a line that starts in lower case goes on with the sentence before it
  if (tokens[0]?.kind === "word" && !tokens[0].capitalised) return false;
  const column = VOTE_LABELS.at(tokens, 0);
  if (column && (isPunct(tokens[column.end], ":–—-(") || tokens[column.end] === undefined)) return true;
  if (RESULT_WORDS.at(tokens, 0)) return true;
  const second = tokens[1]?.key;
  if (MOTION_NOUNS.has(tokens[0]?.key ?? "") && second !== undefined && RESULT_WORDS.at(tokens, 1)) return true;
  const head = tokens.slice(0, 2).map((t) => t.key);
  if (BLOCK_LABELS.some((l) => l === head[0] || l === head.join(" ")) && tokens.some((t, k) => k <= 2 && isPunct(t, ":"))) return true;
  return (head[0] === "roll" && head[1] === "call") || (head[0] === "voice" && head[1] === "vote");
}

/** A label alone that heads a motion's statement: "Motion:", "Motion To Amend:", "Amendment:". */
const MOTION_HEAD = /^(?:motion|amendment|substitute\s+motion)\b[^:.]{0,40}:$/i;

/** A result block's first line. */
const RESULT_BLOCK = /^RESULT:/;

/** Breaks inside a sentence run: a result block and a chair's declaration after the narrative ("… FAILED. VOTE ON THE
 * MAIN MOTION RESULT: PASSED [13 TO 2] … Chair Bouquet declared the motion PASSED."). */
const BLOCK_BREAK = /(?<!\s)\s+(?=VOTE\s+ON\s+THE\b|RESULT:|Chair\s+\p{Lu}[\p{L}'’-]+\s+declared\b)/u;

/** The statements of the units, in order. */
export function statementsOf(units: Unit[]): Statement[] {
  const out: Statement[] = [];
  for (const unit of units) {
    const raw = unit.node.type === "heading" ? unit.text : rawText(unit.node);
    const table = raw.trimStart().startsWith("|") ? tableMotions(raw) : null;
    if (table) {
      out.push({ unit, text: unit.text, findings: table });
      continue;
    }
    // lines that open statements of their own; the others run on into one text
    const groups: string[] = [];
    for (const line of raw.split("\n")) {
      const text = line.trim();
      if (!text) continue;
      const last = groups[groups.length - 1];
      // the lines of a result block stay together: "RESULT: FAILED [4-2-1-1]" / "MOTION BY: Allen Fisk" / "AYES: …", a
      // label's value on the next line ("MOVER:" / "Michael Guzman, Director, District C"), a list of names wrapped
      if (last !== undefined && RESULT_BLOCK.test(last) && (opensStatement(text) || /[:,]$/.test(last))) groups[groups.length - 1] += `\n${text}`;
      else if (last === undefined || opensStatement(text) || opensStatement(last)) groups.push(text);
      else groups[groups.length - 1] += ` ${text}`;
    }
    for (const group of groups) {
      if (RESULT_BLOCK.test(group)) {
        out.push({ unit, text: group });
        continue;
      }
      for (const sentence of sentences(group.replace(/\s+/g, " "))) {
        for (const part of sentence.split(BLOCK_BREAK)) if (part.trim()) out.push({ unit, text: part.trim() });
      }
    }
  }
  // a label that heads the next statement ("Motion To Amend:" / "Director Nicholson made the motion …") is read with it
  for (let i = out.length - 2; i >= 0; i--) {
    if (MOTION_HEAD.test(out[i]!.text) && !out[i]!.findings && !out[i + 1]!.findings) {
      out[i + 1] = { ...out[i + 1]!, text: `${out[i]!.text} ${out[i + 1]!.text}` };
      out.splice(i, 1);
    }
  }
  return out;
}

/** A decision closing the statement before a proposer's record: "… were accepted and approved.", "The appointment was agreed." */
const DECIDED_BEFORE = /\b(?:was|were)\s+(?:(?:unanimously|duly)\s+)?(?:\w+\s+and\s+)?(?:agreed|approved|adopted|accepted|carried|passed)\.?$/i;

/** A proposer's record as a label: "Proposer: X", "Proposed: X", "Proposed by X", "Moved by X". */
const PROPOSER_LABEL = /^(?:proposer|proposed|moved|mover)\b/i;

/** "It was unanimously agreed to donate as follows:" — the proposals listed after it were agreed. */
const AGREED_AS_FOLLOWS = /\b(?:unanimously\s+)?agreed(?=[^.:]{0,80}:$)/i;
/** A motion's own words in a quotation spread over paragraphs. */
const MOTION_WORDS_START = /^["“‘']?that\b/i;

function sameName(a: string | null, b: string | null): boolean {
  const last = (n: string | null) => n?.split(/\s+/).pop()?.toLowerCase() ?? "";
  return Boolean(a && b && last(a) === last(b));
}

/** The motions of an item, in order. */
export function recognizeMotions(ctx: Context, units: Unit[]): Motion[] {
  const motions: Motion[] = [];
  let current: Motion | null = null;
  let column: Vote["option"] | null = null;
  let quoting = false;
  let agreedIntro: string | null = null;
  const blank = (unit: Unit): Motion => ({
    text: null,
    kind: "motion",
    mover: null,
    seconder: null,
    result: null,
    result_raw: null,
    counts: null,
    votes: [],
    source: sourceOf(ctx, unit.node),
  });
  // The first motion still open (kind "motion", no result). A decided motion or an amendment never becomes open again,
  // so the search resumes where it last stopped (searching afresh each time was quadratic in long items).
  let openFrom = 0;
  const firstOpenMotion = (): Motion | undefined => {
    while (openFrom < motions.length && (motions[openFrom]!.kind !== "motion" || motions[openFrom]!.result !== null)) openFrom++;
    return motions[openFrom];
  };
  const open = (unit: Unit): Motion => {
    const motion = blank(unit);
    motions.push(motion);
    return motion;
  };
  const extend = (motion: Motion, unit: Unit) => {
    motion.source = { ...motion.source, end_line: Math.max(motion.source.end_line, sourceOf(ctx, unit.node).end_line) };
  };
  /** A division held until its result: "For (36)" … "Against (4)" … "Abstain (0)" … then "Agreed." */
  let division: Finding | null = null;
  let wording = false;
  /** The motion a result decides when the last one is already decided: the substantive motion ("Substantive Motion
   * carried"), the open amendment ("Amendment carried"), the open motion, or — a bare "Agreed." — a question of its own. */
  const divisionTarget = (finding: Finding, held: Finding | null): Motion => {
    const raw = (finding.resultRaw ?? "").toLowerCase();
    const unresolved = (kind?: Motion["kind"]) => [...motions].reverse().find((m) => m.result === null && (!kind || m.kind === kind));
    if (current && current.result === null) return current;
    if (/substantive|main/.test(raw)) return firstOpenMotion() ?? open(units[0]!);
    if (/amendment/.test(raw)) return unresolved("amendment") ?? openKind("amendment");
    if (/motion/.test(raw) || !held) return unresolved() ?? firstOpenMotion() ?? open(units[0]!);
    return openKind("motion");
  };
  const openKind = (kind: Motion["kind"]): Motion => {
    const motion = open(units[0]!);
    motion.kind = kind;
    return motion;
  };
  /** The last statement decided a motion and ended on a colon: its roll call follows. */
  let rollCallFollows = false;
  let rollCallOf: Motion | null = null;
  let previous: { text: string; unit: Unit } | null = null;
  let tableLabels: string[] | null = null;
  let tableUnit: Unit | null = null;
  for (const statement of statementsOf(units)) {
    const { unit, text } = statement;
    if (unit === tableUnit) continue;
    if (statement.findings) {
      for (const finding of statement.findings) {
        current = open(unit);
        apply(current, finding);
      }
      column = null;
      continue;
    }
    // a result table exploded by the converter: the labels in one block, their values in the next
    const labels = explodedLabels(text);
    if (labels) {
      tableLabels = labels;
      continue;
    }
    const exploded = tableLabels && current ? explodedResult(rawText(unit.node).split("\n"), tableLabels) : null;
    tableLabels = null;
    if (exploded && current && current.result === null && (!exploded.mover || sameName(current.mover, personName(exploded.mover)))) {
      tableUnit = unit;
      column = null;
      apply(current, exploded);
      extend(current, unit);
      continue;
    }
    const found = readStatement(text);
    const before = previous;
    previous = { text, unit };
    const unusable = Boolean(
      (found?.onlyWhenOpen && !current) ||
        (found?.onlyWhenOpen && current && current.result !== null && found.result !== undefined && !found.seconder) ||
        (found?.onlyWhenUnresolved && (!current || current.result !== null)) ||
        (found?.confirms && current !== null && current.result === found.result && !found.mover),
    );
    let finding = unusable ? null : found;
    // the words of a motion given after "… seconded the following amendment:" are its text, not news about it: only a
    // short statement, a vote or a new proposal ends them
    const decisive =
      finding !== null && (finding.start || finding.seconder !== undefined || finding.column !== undefined || finding.counts !== undefined || text.split(/\s+/).length <= 6);
    if (wording && current && !decisive) {
      current.text = current.text ? `${current.text} ${text}` : text;
      continue;
    }
    wording = false;
    const agreedBefore = finding?.start ? agreedIntro : null;
    agreedIntro = finding?.start ? agreedIntro : (AGREED_AS_FOLLOWS.exec(text)?.[0] ?? null);
    if (!finding) {
      // "Votes:" after the decision: its roll call follows
      if (current && current.result !== null && /:\s*$/.test(text) && text.split(/\s+/).length <= 3) rollCallFollows = true;
      if (column && (division || current)) {
        const votes: Vote[] = [];
        for (const part of splitList(text)) {
          const name = personName(part);
          if (name && /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 4) votes.push({ name, option: column, raw: name });
        }
        if (division) division.votes = [...(division.votes ?? []), ...votes];
        else if (current) {
          for (const vote of votes) current.votes.push(vote);
          recount(current);
        }
        continue;
      }
      if (current && current.text === null && MOTION_WORDS_START.test(text)) {
        current.text = text;
        quoting = current.text.startsWith("“") && !current.text.includes("”");
      } else if (current && quoting) {
        current.text = `${current.text} ${text}`;
        quoting = !text.includes("”");
      }
      continue;
    }
    if (finding.voteOn) {
      // "VOTE ON THE MAIN MOTION": the item's first motion still undecided; "VOTE ON THE AMENDMENT OF …" after a decided
      // motion: a motion of its own, put without a mover; else the vote on the open motion
      const main = finding.voteOn === "main" ? firstOpenMotion() : undefined;
      if (main) current = main;
      else if (!current || current.result !== null) current = open(unit);
      if (finding.kind && current.mover === null) current.kind = finding.kind;
      column = null;
      continue;
    }
    // a division (counts, a column of names) after the last motion was decided: held until its result says which motion
    // it decides
    const onlyVotes = !finding.start && !finding.mover && !finding.seconder && finding.result === undefined && (finding.column !== undefined || finding.counts !== undefined || (finding.votes?.length ?? 0) > 0);
    // the roll call a decided motion announces: "… voted to approve them. Votes:" / "Rebecca N: Aye" / "Nathan S: Aye"
    if (onlyVotes && current && current.result !== null && !division && (rollCallFollows || rollCallOf === current)) {
      // the counts are the roll call's names, counted again as each line comes
      if (rollCallOf === current) current.counts = null;
      rollCallOf = current;
      rollCallFollows = false;
      apply(current, finding);
      extend(current, unit);
      continue;
    }
    rollCallFollows = false;
    rollCallOf = null;
    if (onlyVotes && (!current || current.result !== null || division)) {
      division = merge(division, finding);
      column = finding.column ?? null;
      continue;
    }
    if (division && !finding.start && finding.result !== undefined) {
      current = divisionTarget(finding, division);
      finding = merge(division, finding);
      division = null;
    }
    // a result block after the narrative of the same motion completes it: "X made a motion…" then "RESULT: … MOTION BY: X"
    const completes =
      finding.completes && current && (current.result === null || current.result === finding.result) && current.votes.length === 0 && finding.mover && sameName(current.mover, personName(finding.mover));
    // the mover named in the debate after the seconder was recorded ("The Motion was seconded by X." / "In proposing the
    // Motion, Y …"), or a mover for a motion opened without one ("Motion to Amend:" … "Director X made the motion")
    const fills = finding.start && current && current.mover === null && current.result === null && (finding.fills || current.seconder !== null) && !finding.seconder;
    if ((finding.start && !completes && !fills) || !current) {
      current = open(unit);
      if (agreedBefore && finding.result === undefined) Object.assign(current, { result: "carried", result_raw: agreedBefore });
    } else if (current.result !== null && !finding.start && finding.result !== undefined && !finding.seconder) {
      current = divisionTarget(finding, null);
    }
    column = finding.column ?? null;
    quoting = false;
    // "… seconded the following amendment:", "… seconded the motion that": the motion's words follow
    wording = Boolean(finding.start) && /(?::|\bthat)\s*$/i.test(text);
    // "There were no questions and the accounts were accepted and approved." / "Proposer: Sylvia Knights": the decision just
    // before the proposer's record is the motion's result
    const decidedBefore = finding.start && finding.result === undefined && before !== null && PROPOSER_LABEL.test(text) ? DECIDED_BEFORE.exec(before.text) : null;
    if (decidedBefore && before) {
      finding = { ...finding, result: "carried", resultRaw: decidedBefore[0].replace(/\.$/, "") };
      // the motion spans the decision's lines, which record no other
      current.source = { ...current.source, line: Math.min(current.source.line, sourceOf(ctx, before.unit.node).line) };
    }
    apply(current, finding);
    extend(current, unit);
    rollCallFollows = current.result !== null && /:\s*$/.test(text);
  }
  return motions.filter((m) => m.mover !== null || m.seconder !== null || m.result !== null);
}

/** Two findings as one: a division's columns and its result. */
function merge(a: Finding | null, b: Finding): Finding {
  if (!a) return { ...b };
  return { ...a, ...b, votes: [...(a.votes ?? []), ...(b.votes ?? [])], counts: { ...a.counts, ...b.counts } };
}

/** Counts from the named votes where none were printed. */
function recount(motion: Motion): void {
  const count = (option: Vote["option"]) => motion.votes.filter((v) => v.option === option).length;
  const unanimous = /unanim/i.test(motion.result_raw ?? "");
  const counts = { for: null, against: null, abstain: null, ...motion.counts };
  if (counts.for === null && count("for") > 0) counts.for = count("for");
  if (counts.against === null && (count("against") > 0 || unanimous)) counts.against = count("against");
  if (counts.abstain === null && count("abstain") > 0) counts.abstain = count("abstain");
  motion.counts = counts;
}

/** Merge a finding into a motion. */
function apply(motion: Motion, finding: Finding): void {
  if (finding.votes) for (const vote of finding.votes) motion.votes.push(vote);
  if (finding.kind) motion.kind = finding.kind;
  // a fuller name of the same person replaces the shorter ("Guzman" then the result table's "Michael Guzman")
  const fuller = (had: string | null, got: string | undefined) => got && (!had || (had.length < got.length && had.split(/\s+/).pop() === got.split(/\s+/).pop()));
  if (fuller(motion.mover, finding.mover)) motion.mover = finding.mover!;
  if (fuller(motion.seconder, finding.seconder)) motion.seconder = finding.seconder!;
  if (finding.text && !motion.text) motion.text = finding.text;
  if (finding.result !== undefined && (finding.result !== null || motion.result === null)) {
    motion.result = finding.result;
    motion.result_raw = finding.resultRaw ?? null;
  }
  if (finding.counts) {
    const counts = { for: null, against: null, abstain: null, ...motion.counts };
    for (const key of ["for", "against", "abstain"] as const) {
      const value = finding.counts[key];
      if (value !== undefined) counts[key] = value === null || Number.isSafeInteger(value) ? value : null;
    }
    motion.counts = counts;
  }
  if (finding.votes && finding.votes.length > 0) recount(motion);
}
