// Reads what one statement says about a motion — who moved it, who seconded it, its result, its counts and named votes —
// in any order and from any of the wordings: role clauses ("X moved", "moved by X", "motion by X", "X (motion)"),
// labelled fields ("Moved: X", "SECOND: Y", "MOTION BY:"), result words from a dictionary ("carried", "passed",
// "adopted by 7 ayes", "Vote passed"), counts ("(13 to 0)", "[14 TO 1]", "5-0", "6:0") and vote columns ("Ayes: …",
// "Nays – none", "Babcock – aye", "Chair Keefer: aye"). Names are read by the one people reader.
import type { Vote } from "../../types/minutes.js";
import { MOTION_NOUNS, NUMBER_WORDS, RESULT_WORDS, VOTE_LABELS, type MotionResult } from "../lexicon/motion-words.js";
import { isNameToken, nameAfter, nameBefore, personName, titleAt } from "../people.js";
import { splitList } from "../strings.js";
import { isPunct, tokenize, type Token } from "../tokens.js";

export interface Counts {
  for?: number | null;
  against?: number | null;
  abstain?: number | null;
}

/** What one statement tells about a motion. */
export interface Finding {
  /** Opens a motion: a mover, or "a motion to …". */
  start?: boolean;
  kind?: "motion" | "amendment";
  mover?: string;
  seconder?: string;
  result?: MotionResult | null;
  resultRaw?: string;
  text?: string;
  counts?: Counts;
  votes?: Vote[];
  /** A vote column opened by its label alone ("For (51)"): the names that follow belong to this option. */
  column?: Vote["option"];
  /** A mover named in the debate ("In proposing the Motion, X …"): fills the open motion that has no mover yet. */
  fills?: boolean;
  /** Only news about a motion already open ("X, in seconding the Motion", "All agreed."). */
  onlyWhenOpen?: boolean;
  /** Only news about an open motion with no result yet ("No second was received", "RESOLVED that …"). */
  onlyWhenUnresolved?: boolean;
  /** A record that completes the open motion rather than start one (a result block after the narrative). */
  completes?: boolean;
  /** A chair declaring a result a result block already gave. */
  confirms?: boolean;
  /** "VOTE ON THE …" heading a result block: which motion the vote is on. */
  voteOn?: "main" | "open";
}

// ---------------------------------------------------------------------------------------------------------------------
// Helpers over tokens

const keyAt = (tokens: Token[], i: number): string => tokens[i]?.key ?? "";
const wordsAt = (tokens: Token[], i: number, words: string[]): boolean => words.every((w, k) => keyAt(tokens, i + k) === w);

/** The statement's text from token `from` to the end, trimmed of a closing full stop. */
function textFrom(source: string, tokens: Token[], from: number): string | undefined {
  if (from >= tokens.length) return undefined;
  return source.slice(tokens[from]!.start).trim() || undefined;
}

/** A name at token `i` (after "by", a label's colon, "In proposing the Motion,"): the printed name, cleaned. */
function nameAt(tokens: Token[], i: number, source: string): string | null {
  let k = i;
  if (keyAt(tokens, k) === "the") k++;
  const found = nameAfter(tokens, k, source);
  if (!found) return null;
  return personName(source.slice(tokens[k]!.start, tokens[found.end - 1]!.end));
}

/** The name ending just before token `end` ("Director Guzman seconded"), cleaned. */
function nameEndingAt(tokens: Token[], end: number, source: string): string | null {
  let stop = end;
  // "Cllr Jim McNeill then proposed", "X also seconded"
  while (stop > 0 && (keyAt(tokens, stop - 1) === "then" || keyAt(tokens, stop - 1) === "also" || keyAt(tokens, stop - 1) === "duly")) stop--;
  const found = nameBefore(tokens, stop, source);
  if (!found) return null;
  // a sentence's subject: the name starts the statement or follows punctuation, a conjunction or an article
  const before = tokens[found.start - 1];
  if (before && !(before.kind === "punct" || ["and", "the", "that", "then", "which", "when", "after", "whereupon", "motion", "amendment"].includes(before.key))) {
    if (before.kind === "word" && !before.capitalised) return null;
  }
  return personName(source.slice(tokens[found.start]!.start, tokens[stop - 1]!.end));
}

/** A label at token `i`: the words, then a colon or a dash ("Moved:", "MOTION BY:", "Seconded –"). Returns the first
 * token after the delimiter. */
function labelled(tokens: Token[], i: number, words: string[]): number | null {
  if (!wordsAt(tokens, i, words)) return null;
  const k = i + words.length;
  if (isPunct(tokens[k], ":")) return isPunct(tokens[k + 1], "-") ? k + 2 : k + 1;
  if (isPunct(tokens[k], "-–—") && tokens[k]!.spaceBefore) return k + 1;
  // "Proposed Adrian Elwin" / "Seconded Micheal Page": the label opening its line, a name alone after it to the line's end
  if ((i === 0 || tokens[i]!.breakBefore) && nameToLineEnd(tokens, k)) return k;
  return null;
}

/** Two or more words of a name from token `k` to the end of its line, and nothing else. */
function nameToLineEnd(tokens: Token[], k: number): boolean {
  let end = k;
  while (end < tokens.length && (end === k || !tokens[end]!.breakBefore)) end++;
  const words = tokens.slice(k, end);
  return words.length >= 2 && words.every((t) => t.capitalised) && personName(words.map((t) => t.text).join(" ")) !== null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Movers and seconders

// ("1st: MR. Rumsch   2nd: MR. Phares": the first and the second, as a commission's motion block prints them)
const MOVER_LABELS = [["moved"], ["mover"], ["proposed"], ["proposer"], ["sponsor"], ["sponsored", "by"], ["proposed", "by"], ["moved", "by"], ["motion", "by"], ["motion", "made", "by"], ["moved", "and", "proposed", "by"], ["1", "st"]];
const SECONDER_LABELS = [["seconded"], ["seconder"], ["second"], ["seconded", "by"], ["second", "by"], ["2", "nd"]];
// ("Sherif Mansour motions, Owen Pendlebury seconds", "Director Kim motioned to approve": the noun as a verb)
const MOVING_VERBS = new Set(["moved", "moves", "proposed", "proposes", "motions", "motioned"]);
const SECONDING_VERBS = new Set(["seconded", "seconds"]);

interface Role {
  name: string;
  at: number;
  /** Where the motion's own words start ("to approve …", "that …"), when they follow. */
  textAt?: number;
  fills?: boolean;
  onlyWhenOpen?: boolean;
}

/** Words between "motion" and "by" that make the name another's than the mover's. */
const NOT_MOVING = new Set(["seconded", "second", "seconds", "was", "were", "is", "been", "carried", "passed", "defeated", "lost", "failed", "adopted", "approved", "declared"]);

/** "on the proposal of X", "upon the proposition of X": the words that open a mover named by his proposal. */
const PROPOSAL_OPENERS = new Set(["on", "upon"]);
const PROPOSAL_NOUNS = new Set(["proposal", "proposition", "motion"]);

/** Most words of what a motion holds a document to be: "as a true and correct record". */
const MAX_AS_WORDS = 6;

/** A title of one person that opens a name at token `k`: "Cllr Smith", "Mr J Brown" (not "Councillors A and B"). */
function startsTitledName(tokens: Token[], k: number): boolean {
  const title = titleAt(tokens, k);
  return title !== null && !title.title.plural && isNameToken(tokens[title.end]);
}

/** "moved by X", "proposed by X", "motion by X", "motion made by X", "on the proposal of X", "Motion to Approve by X". */
function moverBy(tokens: Token[], i: number, source: string): Role | null {
  const key = keyAt(tokens, i);
  if (MOVING_VERBS.has(key) && keyAt(tokens, i + 1) === "by") {
    const name = nameAt(tokens, i + 2, source);
    return name ? { name, at: i } : null;
  }
  // "proposed as correct by X", "proposed as a true record by X": what the motion holds the document to be, then its mover
  if (MOVING_VERBS.has(key) && keyAt(tokens, i + 1) === "as") {
    for (let k = i + 2; k < Math.min(tokens.length, i + 2 + MAX_AS_WORDS); k++) {
      if (tokens[k]!.kind !== "word") return null;
      if (keyAt(tokens, k) !== "by") continue;
      const name = nameAt(tokens, k + 1, source);
      return name ? { name, at: i } : null;
    }
  }
  // "proposed Cllr Caunce, seconded Cllr Harris": a titled name straight after the verb, no one named before it ("Cllr Jay
  // proposed Cllr Pollard join the committee" names the mover before the verb, and the one proposed after it)
  if (MOVING_VERBS.has(key) && startsTitledName(tokens, i + 1) && !nameEndingAt(tokens, i, source)) {
    const name = nameAt(tokens, i + 1, source);
    return name ? { name, at: i } : null;
  }
  // "on the proposal of X", "upon the proposition of X", "on the motion of X"
  if (PROPOSAL_OPENERS.has(key) && keyAt(tokens, i + 1) === "the" && PROPOSAL_NOUNS.has(keyAt(tokens, i + 2)) && keyAt(tokens, i + 3) === "of") {
    const name = nameAt(tokens, i + 4, source);
    return name ? { name, at: i } : null;
  }
  if (key === "motion" || key === "amendment") {
    // "Motion by Gary Mantay", "Motion made by A. Hopkins", "Motion to Approve by Committee Member X", "motion to adjourn
    // meeting by Trustee Ahola"
    for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
      // "The amended Motion was seconded by X" names a seconder ("The motion was made by X" its mover)
      if (NOT_MOVING.has(keyAt(tokens, k)) && !(keyAt(tokens, k + 1) === "made" && keyAt(tokens, k + 2) === "by")) return null;
      if (keyAt(tokens, k) !== "by") continue;
      const name = nameAt(tokens, k + 1, source);
      if (name) return { name, at: i, textAt: keyAt(tokens, i + 1) === "to" ? i + 1 : undefined };
      return null;
    }
  }
  return null;
}

/** Words that follow the verb of moving: "to", "that", "approval", "the adoption", "and", "acceptance", "seconded". */
const MOTION_CONTINUES = new Set([
  "to", "that", "the", "a", "an", "approval", "adoption", "acceptance", "and", "for", "seconded", "by", "then", "formally", "unanimously",
  "amendment", "motion", "this", "his", "her", "their", "item", "items", "resolution", "recommendation", "recommendations",
  // "Norm proposed we adopt the proposal"
  "we",
]);

/** "X moved", "X proposed", "X made a motion", "X made the motion", "The Treasurer proposed". */
function moverBefore(tokens: Token[], i: number, source: string): Role | null {
  const key = keyAt(tokens, i);
  let verbEnd = -1;
  if (MOVING_VERBS.has(key) && keyAt(tokens, i + 1) !== "by" && keyAt(tokens, i + 1) !== "on" && keyAt(tokens, i + 1) !== "in") verbEnd = i + 1;
  else if (key === "made" && (keyAt(tokens, i + 1) === "a" || keyAt(tokens, i + 1) === "the") && (keyAt(tokens, i + 2) === "motion" || keyAt(tokens, i + 2) === "amendment")) verbEnd = i + 3;
  if (verbEnd < 0) return null;
  // what a motion goes on with: "moved to approve", "moved that", "moved approval of", "proposed running", "moved, and",
  // "moved." — not "Placement moves had reduced"
  const next = tokens[verbEnd];
  // ("Cllr Jay proposed Cllr Pollard join the committee": the one proposed, after a titled mover)
  if (next && !(next.kind === "punct" || MOTION_CONTINUES.has(next.key) || (next.kind === "word" && /ing$/.test(next.key)) || startsTitledName(tokens, verbEnd))) return null;
  const name = nameEndingAt(tokens, i, source);
  if (!name) return null;
  return { name, at: i, textAt: verbEnd };
}

/** "Moved: X", "Mover: X", "Proposed by: X", "MOTION BY: X", "Proposed by Councillor X;" at the start of a statement. */
function moverLabel(tokens: Token[], i: number, source: string): Role | null {
  for (const words of MOVER_LABELS) {
    const after = labelled(tokens, i, words);
    if (after === null) continue;
    const name = nameAt(tokens, after, source);
    return name ? { name, at: i } : null;
  }
  return null;
}

/** Words that make a motion after a speaker's name and colon: "Kimball: move to decommission Jenkins", "Ann: I move
 * that …", "Ann: motion to adjourn", "Ann: so moved". */
const SPEAKER_MOVES = new Set(["move", "moves", "moved", "motion"]);

/** "Kimball: move to decommission Jenkins, Larry seconds.": the speaker who puts the motion, at the statement's start. */
function moverSpeaking(tokens: Token[], i: number, source: string): Role | null {
  if (i !== 0) return null;
  const found = nameAfter(tokens, 0, source);
  if (!found || !isPunct(tokens[found.end], ":")) return null;
  let k = found.end + 1;
  if (keyAt(tokens, k) === "i" || keyAt(tokens, k) === "so") k++;
  if (!SPEAKER_MOVES.has(keyAt(tokens, k))) return null;
  const name = personName(source.slice(tokens[found.start]!.start, tokens[found.end - 1]!.end));
  return name ? { name, at: 0, textAt: k + 1 } : null;
}

/** "In proposing the Motion, Councillor X", "In proposing the motion Cllr. Novak": the debate names the proposer. */
function moverInDebate(tokens: Token[], i: number, source: string): Role | null {
  if (!wordsAt(tokens, i, ["in", "proposing", "the"]) || !(keyAt(tokens, i + 3) === "motion" || keyAt(tokens, i + 3) === "amendment")) return null;
  const at = isPunct(tokens[i + 4], ",") ? i + 5 : i + 4;
  const name = nameAt(tokens, at, source);
  return name ? { name, at: i, fills: true } : null;
}

/** "X (motion)" in an outline: "– Z. Maiorca (motion), T. Feinberg (second)". */
function roleInBrackets(tokens: Token[], i: number, source: string, role: "motion" | "second"): Role | null {
  if (!isPunct(tokens[i], "(") || keyAt(tokens, i + 1) !== role || !isPunct(tokens[i + 2], ")")) return null;
  const name = nameEndingAt(tokens, i, source);
  return name ? { name, at: i } : null;
}

/** "seconded by X", "second by X", "seconded GdM", "X seconded", "Seconded: X", "In seconding the Motion, X", "X, in
 * seconding the Motion". */
function seconderAt(tokens: Token[], i: number, source: string): Role | null {
  const key = keyAt(tokens, i);
  for (const words of SECONDER_LABELS) {
    const after = labelled(tokens, i, words);
    if (after === null) continue;
    const name = nameAt(tokens, after, source);
    if (name) return { name, at: i };
  }
  if ((SECONDING_VERBS.has(key) || key === "second") && keyAt(tokens, i + 1) === "by") {
    const name = nameAt(tokens, i + 2, source);
    return name ? { name, at: i } : null;
  }
  if (wordsAt(tokens, i, ["in", "seconding", "the"])) {
    const at = isPunct(tokens[i + 4], ",") ? i + 5 : i + 4;
    const name = nameAt(tokens, at, source);
    if (name) return { name, at: i, onlyWhenOpen: true };
    // "Councillor Kiely, in seconding the Motion, …"
    const before = isPunct(tokens[i - 1], ",") ? nameEndingAt(tokens, i - 1, source) : null;
    return before ? { name: before, at: i, onlyWhenOpen: true } : null;
  }
  // "Robert Barton Jr. made the motion to approve, Craig Strawser second, with …": "second" as the verb after a name
  if (key === "second" && (i + 1 >= tokens.length || isPunct(tokens[i + 1], ",.;") || keyAt(tokens, i + 1) === "with")) {
    const name = nameEndingAt(tokens, i, source);
    if (name) return { name, at: i };
  }
  if (SECONDING_VERBS.has(key)) {
    // "… seconded GdM.", "seconded Cllr Smith, carried" — a name straight after the verb
    if ((isNameToken(tokens[i + 1]) || startsTitledName(tokens, i + 1)) && tokens[i + 1]!.key !== "motion" && !titleAt(tokens, i + 1)?.title.plural) {
      const name = nameAt(tokens, i + 1, source);
      // (a full name that ends the statement: "Proposed Adrian Elwin Seconded Micheal Page")
      const whole = nameAfter(tokens, i + 1, source);
      const closes = whole !== null && whole.end - (i + 1) >= 2 && (whole.end >= tokens.length || isPunct(tokens[whole.end], ".,;") || tokens[whole.end]!.breakBefore);
      const alone = closes || i + 2 >= tokens.length || isPunct(tokens[i + 2], ".,;") || tokens[i + 1]!.kind !== "word" || !tokens[i + 2]?.capitalised;
      if (name && (alone || startsTitledName(tokens, i + 1))) return { name, at: i };
    }
    const name = nameEndingAt(tokens, i, source);
    return name ? { name, at: i } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Results and counts

/** "(13 to 0)", "[14 TO 1]", "[4-2-1-1]", "5-0", "6:0", "5:1": for, against, and abstain when a third number is printed. */
function countsAt(tokens: Token[], i: number): { counts: Counts; end: number } | null {
  let k = i;
  const open = isPunct(tokens[k], "([");
  if (open) k++;
  const first = tokens[k];
  if (first?.kind !== "number") return null;
  const numbers = [Number(first.text)];
  k++;
  while (k < tokens.length && numbers.length < 4) {
    const sep = tokens[k]!;
    const next = tokens[k + 1];
    if (next?.kind !== "number") break;
    if (isPunct(sep, "-–:/") || sep.key === "to") {
      numbers.push(Number(next.text));
      k += 2;
    } else break;
  }
  if (numbers.length < 2) return null;
  // a date is no count: "Approved: 01/28/2020", "2020-01-28"
  if (tokens.slice(i, k).some((t) => t.kind === "number" && /^(?:19|20)\d\d$/.test(t.text))) return null;
  if (open) {
    if (!isPunct(tokens[k], ")]")) return null;
    k++;
  }
  const safe = (n: number | undefined) => (n === undefined ? null : Number.isSafeInteger(n) ? n : null);
  return { counts: { for: safe(numbers[0]), against: safe(numbers[1]), abstain: numbers.length >= 3 ? safe(numbers[2]) : null }, end: k };
}

/** Where counts printed after a result start: past a comma, semicolon or colon ("carried; 6:0", "Passed: 7-0"). */
const countsFrom = (tokens: Token[], end: number): number => (isPunct(tokens[end], ";,:") ? end + 1 : end);

/** Most tokens of counts printed as words after "with a vote of": "7 ayes, 0 noes and 0 abstentions". */
const MAX_COUNT_WORDS = 12;

/** "by 7 ayes", "with 4 Aye votes and one No vote (Zamorano)", "1 against": counts printed as words. */
function countWords(tokens: Token[], from: number, to: number): { counts: Counts; votes: Vote[] } | null {
  const counts: Counts = {};
  const votes: Vote[] = [];
  let found = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    const n = t.kind === "number" ? Number(t.text) : NUMBER_WORDS[t.key];
    if (n === undefined) continue;
    const label = VOTE_LABELS.at(tokens, k + 1);
    if (!label || label.value === "absent") continue;
    if (counts[label.value] != null) continue;
    // an amount, not a count: "stay at $20 for 2017", "£5 for each member"
    if (isPunct(tokens[k - 1], "$£€") || (keyAt(tokens, k + 1) === "for" && tokens[label.end]?.kind === "number")) continue;
    counts[label.value] = n;
    found = true;
    // "one No vote (Zamorano)"
    let after = label.end;
    if (keyAt(tokens, after) === "vote" || keyAt(tokens, after) === "votes") after++;
    if (isPunct(tokens[after], "(")) {
      const name = nameAt(tokens, after + 1, sourceOf(tokens));
      if (name) votes.push({ name, option: label.value, raw: name });
    }
  }
  return found ? { counts, votes } : null;
}

/** The text the tokens were read from is kept on them by position only; names in brackets need it back. */
let currentSource = "";
const sourceOf = (_tokens: Token[]): string => currentSource;

/** Words before a motion's noun that make it another one: "a similar Motion", "the previous motion". */
const OTHER_MOTION = new Set(["a", "an", "similar", "another", "previous", "earlier", "such", "last", "that", "our", "their", "his", "her"]);
/** Verbs that report what someone said: a result after them is reported, not recorded ("… stated that a motion was passed"). */
const REPORTING = new Set(["said", "stated", "noted", "reported", "explained", "advised", "confirmed", "recalled", "mentioned", "indicated", "referred", "pointed", "added", "commented", "remarked"]);

/** A result word at `i` and whether its context makes it a motion's. */
interface ResultAt {
  result: MotionResult | null;
  raw: string;
  /** The first token of the result as printed ("Motion" of "Motion carried"). */
  start: number;
  end: number;
  /** Said of a motion ("Motion carried", "Vote passed", "carried by a unanimous vote"). */
  strong: boolean;
}

function resultAt(tokens: Token[], i: number, source: string): ResultAt | null {
  const m = RESULT_WORDS.at(tokens, i);
  if (!m) return null;
  // "that the minutes be approved", "BE APPROVED": the motion's own words, not its result
  if (["be", "being", "to", "not"].includes(keyAt(tokens, i - 1))) return null;
  let start = i;
  let strong = false;
  // "Motion carried", "MOTION CARRIED", "The motion was approved", "Substantive Motion Carried", "Vote passed", "the
  // amendment, as amended, PASSED", "Motion Passed (13 to 0)"
  for (let back = 1; back <= 6 && i - back >= 0; back++) {
    const key = keyAt(tokens, i - back);
    if (MOTION_NOUNS.has(key)) {
      // "a similar Motion was passed by the previous Council": another motion than this meeting's
      if (OTHER_MOTION.has(keyAt(tokens, i - back - 1))) return null;
      strong = true;
      start = i - back;
      break;
    }
    if (!["was", "is", "has", "been", "were", "then", "duly", "unanimously", "the", "this", "it", ",", "as", "amended", "substantive", "main", "final", "original", "to", "amend"].includes(key) && tokens[i - back]!.kind !== "punct") break;
  }
  // "unanimously agreed", "were suspended", "it was agreed"
  if (start === i) while (start > 0 && ["unanimously", "were", "was", "it"].includes(keyAt(tokens, start - 1))) start--;
  let end = m.end;
  // "carried unanimously", "approved by board vote", "adopted by 7 ayes", "by a vote of 5-0"
  if (keyAt(tokens, end) === "unanimously") end++;
  if (keyAt(tokens, end) === "by") {
    const after = keyAt(tokens, end + 1) === "a" || keyAt(tokens, end + 1) === "the" ? end + 2 : end + 1;
    if (["board", "unanimous", "roll", "voice", "vote", "majority", "show"].includes(keyAt(tokens, after)) || tokens[after]?.kind === "number") strong = true;
  }
  // a result with its counts is a vote's: "Passed:  6-0 - carried as 2/3rd majority …", "it passed with a vote of 7 ayes,
  // 0 noes and 0 abstentions"
  if (countsAt(tokens, countsFrom(tokens, end))) strong = true;
  const withVote = wordsAt(tokens, end, ["with", "a", "vote", "of"]) ? end + 4 : -1;
  if (withVote > 0 && (countsAt(tokens, withVote) || countWords(tokens, withVote, Math.min(tokens.length, withVote + MAX_COUNT_WORDS)))) strong = true;
  // "Board vote: approved", "Final Resolution: Motion Carried"
  if (isPunct(tokens[i - 1], ":") && (keyAt(tokens, i - 2) === "vote" || keyAt(tokens, i - 2) === "result" || keyAt(tokens, i - 2) === "status")) strong = true;
  // "PASSED [UNANIMOUS]", "APPROVED [UNANIMOUS]": the bracket is part of the result as printed
  let rawEnd = end;
  if (isPunct(tokens[end], "[")) {
    const close = tokens.findIndex((t, k) => k > end && isPunct(t, "]"));
    if (close > end && close - end <= 6) rawEnd = close + 1;
  }
  const raw = source.slice(tokens[start]!.start, tokens[rawEnd - 1]!.end);
  // "with Christopher Strawser making it unanimous": said only of a vote
  if (/\bunanimous$/i.test(raw)) strong = true;
  return { result: m.value, raw, start, end, strong };
}

// ---------------------------------------------------------------------------------------------------------------------
// Vote columns

/** A vote column at `i`: its label, a colon or dash (or the count in brackets), and where the names start. */
function voteColumnAt(tokens: Token[], i: number): { option: Vote["option"]; count: number | null; at: number } | null {
  // "Student Trustee: Aye" is one member's vote, not a column
  const label = VOTE_LABELS.at(tokens, i);
  if (!label) return null;
  let k = label.end;
  let count: number | null = null;
  if (isPunct(tokens[k], "(") && tokens[k + 1]?.kind === "number" && isPunct(tokens[k + 2], ")")) {
    count = Number(tokens[k + 1]!.text);
    k += 3;
  }
  if (isPunct(tokens[k], ":")) k++;
  else if (isPunct(tokens[k], "-–—")) k++;
  else if (count === null) return null;
  if (tokens[k]?.kind === "number" && count === null) {
    count = Number(tokens[k]!.text);
    k++;
  }
  return { option: label.value, count, at: k };
}

/** The names of a column, up to the next column label: "DuRocher, Lezon, Picha", "Trustee Harold Fong", "None". */
function columnNames(source: string, tokens: Token[], from: number, to: number): string[] | "none" {
  const text = from < to ? source.slice(tokens[from]!.start, tokens[to - 1]!.end) : "";
  const bare = text.trim();
  if (!bare) return [];
  if (/^(?:none|nil|n\/a|-)\.?$/i.test(bare)) return "none";
  return splitList(bare)
    .map((n) => personName(n))
    .filter((n): n is string => n !== null && /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 4);
}

/** Vote columns in a statement: "Ayes – DuRocher, Lezon, … Nays – none Absent – none", "AYES: X NAYS: Y", "Yes: …". */
function voteColumns(source: string, tokens: Token[]): { votes: Vote[]; counts: Counts; printed: Set<Vote["option"]>; columnAlone?: Vote["option"] } | null {
  const columns: { option: Vote["option"]; count: number | null; at: number; start: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // a column label starts the statement, a line, or follows the names of another column
    const starts = i === 0 || tokens[i]!.breakBefore || columns.length > 0 || isPunct(tokens[i - 1], ".;") || tokens[i]!.shouted;
    if (!starts || !tokens[i]!.capitalised) continue;
    const column = voteColumnAt(tokens, i);
    if (!column) continue;
    columns.push({ ...column, start: i });
    i = column.at - 1;
  }
  if (columns.length === 0) return null;
  const votes: Vote[] = [];
  const counts: Counts = {};
  const printed = new Set<Vote["option"]>();
  columns.forEach((c, k) => {
    const end = columns[k + 1]?.start ?? tokens.length;
    const names = columnNames(source, tokens, c.at, end);
    printed.add(c.option);
    const n = names === "none" ? 0 : names.length;
    if (c.option !== "absent" && (c.count !== null || names === "none" || n > 0)) counts[c.option] = c.count ?? n;
    if (names !== "none") for (const name of names) votes.push({ name, option: c.option, raw: name });
  });
  // a label alone ends the statement: its names are in the next ("For (51)" / "Mr Baker, …"; "AYES:" / "Bouquet, …")
  const lastColumn = columns[columns.length - 1]!;
  const alone = lastColumn.at >= tokens.length ? lastColumn.option : undefined;
  return { votes, counts, printed, ...(alone ? { columnAlone: alone } : {}) };
}

/** Named votes one a pair: "Babcock – aye, Marx – aye", "Janet Keough yea, Gary Mantay yea", "Chair Keefer: aye". */
function votePairs(source: string, tokens: Token[]): Vote[] {
  const votes: Vote[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const label = VOTE_LABELS.at(tokens, i);
    if (!label || label.value === "absent" || !["aye", "yea", "yes", "nay", "no"].includes(tokens[i]!.key)) continue;
    // the option follows the name, after a dash or colon or nothing
    const before = isPunct(tokens[i - 1], "-–—:") ? i - 1 : i;
    const name = nameBefore(tokens, before, source);
    if (!name) continue;
    // ("Tonglin C: Aye": a given name and an initial, read as printed where the people reader doubts it)
    const raw = source.slice(tokens[name.start]!.start, tokens[before - 1]!.end);
    const printed = personName(raw) ?? raw.trim();
    if (printed) votes.push({ name: printed, option: label.value, raw: printed });
  }
  return votes;
}

// ---------------------------------------------------------------------------------------------------------------------
// Particular wordings, each a family of its own

/** "R2023-147 D. Yemm, S. Foote: That …", "S. Kirkey, J. Scott: That …": a numbered resolution headed by its mover and
 * seconder, without the words. */
function namedPair(tokens: Token[], source: string): { mover: string; seconder: string; textAt: number } | null {
  // the resolution number, "R2023-147": an initial, a number, a dash, a number
  let i = 0;
  if (tokens[0]?.kind === "initial" && tokens[1]?.kind === "number" && !tokens[1].spaceBefore) {
    i = 2;
    while (i < tokens.length && (tokens[i]!.kind === "number" || isPunct(tokens[i], "-"))) i++;
  }
  const first = nameAfter(tokens, i, source);
  if (!first || !isPunct(tokens[first.end], ",")) return null;
  const second = nameAfter(tokens, first.end + 1, source);
  if (!second) return null;
  const colon = isPunct(tokens[second.end], ":") ? second.end + 1 : second.end;
  if (keyAt(tokens, colon) !== "that" && !isPunct(tokens[second.end], ":")) return null;
  const clean = (n: typeof first) => personName(source.slice(tokens[n.start]!.start, tokens[n.end - 1]!.end));
  const mover = clean(first);
  const seconder = clean(second);
  return mover && seconder ? { mover, seconder, textAt: colon } : null;
}

/** "M/S Commissioner Robbins / Commissioner Jones", "M/S/C Smith/Jones": moved and seconded (and carried), in the
 * shorthand of California minutes, mover and seconder after it with a slash between them. */
const MOVED_SECONDED = /^M\/S(\/C)?\b[:.]?[^\S\n]*([^/\s][^/\n]{1,59}?)\/[^\S\n]*([^/.;,\s][^/.;,\n]{1,59})/;
/** Where the seconder's name ends and the record goes on: "Commissioner Jones All in favor". */
const AFTER_SECONDER = /\s(?:All|Motion|Carried|Passed|Unanimous|Vote|Ayes?)\b/;

function movedSecondedPair(source: string): { mover: string; seconder: string; carried: boolean } | null {
  const trimmed = source.trim();
  const m = MOVED_SECONDED.exec(trimmed);
  if (!m) return null;
  const mover = personName(m[2]!.trim());
  const after = AFTER_SECONDER.exec(m[3]!);
  const seconder = personName((after ? m[3]!.slice(0, after.index) : m[3]!).trim());
  return mover && seconder ? { mover, seconder, carried: m[1] !== undefined } : null;
}

/** The words of a body that votes as one: "the board voted to …". */
const VOTING_BODIES = new Set(["board", "council", "commission", "committee", "panel", "cabinet", "members"]);
/** Words that open a sentence whose subject is the meeting: "All members …", "We …". */
const MEETING_SUBJECTS = new Set(["all", "we", "members", "everyone"]);

/** "the board voted unanimously to accept …", "the Board approved a motion to defend …": a body's decision taken by vote. */
function bodyVoted(tokens: Token[]): number | null {
  // the meeting as the sentence's subject: "Voted to enroll …", "All members reviewed the articles and voted to approve them"
  const meetingSubject = MEETING_SUBJECTS.has(keyAt(tokens, 0)) || tokens.slice(0, 3).some((t) => VOTING_BODIES.has(t.key));
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    const body = VOTING_BODIES.has(keyAt(tokens, i - 1)) || i === 0 || (keyAt(tokens, i - 1) === "and" && meetingSubject);
    if (!body) continue;
    if (key === "voted" && (keyAt(tokens, i + 1) === "to" || (keyAt(tokens, i + 1) === "unanimously" && keyAt(tokens, i + 2) === "to"))) return i;
    // "approved a motion to …", "passed the following resolution unanimously:"
    const decided = keyAt(tokens, i + 1) === "a" || keyAt(tokens, i + 1) === "the" ? i + 2 : -1;
    const following = keyAt(tokens, decided) === "following" ? decided + 1 : decided;
    if ((key === "approved" || key === "adopted" || key === "passed") && decided > 0 && (keyAt(tokens, following) === "motion" || keyAt(tokens, following) === "resolution")) return i;
  }
  return null;
}

/** "Mr Love suggested and the Leader and Cabinet agreed to the following amendment". */
function suggestedAmendment(tokens: Token[], source: string): string | null {
  const at = tokens.findIndex((t) => t.key === "suggested");
  if (at < 1 || !/\bagreed\s+to\s+the\s+following\s+(?:amendment|motion)\b/i.test(source)) return null;
  return nameEndingAt(tokens, at, source);
}

/** "Mr Oakford, Deputy Leader and Cabinet Member for Finance, …, seconded the recommendations": a seconder named before an
 * office set between commas. */
function seconderBeforeOffice(tokens: Token[], source: string): string | null {
  const at = tokens.findIndex((t) => t.key === "seconded" || t.key === "seconds");
  if (at < 2 || !isPunct(tokens[at - 1], ",")) return null;
  for (let k = at - 2; k > Math.max(0, at - 40); k--) {
    if (!isPunct(tokens[k], ",")) continue;
    const name = nameBefore(tokens, k, source);
    if (name && (name.start === 0 || keyAt(tokens, name.start - 1) === "and" || isPunct(tokens[name.start - 1], ","))) {
      return personName(source.slice(tokens[name.start]!.start, tokens[k - 1]!.end));
    }
  }
  return null;
}

/** "MOTION CARRIED UNANIMOUSLY [Villescaz, McKibbin, Creason, Costa, Hernandez]": the members named are the votes for. */
function unanimousNames(tokens: Token[], source: string): Vote[] {
  const at = tokens.findIndex((t, k) => t.key === "unanimously" && isPunct(tokens[k + 1], "["));
  if (at < 0) return [];
  const close = tokens.findIndex((t, k) => k > at + 1 && isPunct(t, "]"));
  if (close < 0) return [];
  const names = columnNames(source, tokens, at + 2, close);
  return names === "none" ? [] : names.map((name) => ({ name, option: "for" as const, raw: name }));
}

/** "Director Guzman withdrew his motion", "withdrew the amendment". */
const WITHDREW = /\bwithdrew\s+(?:the|his|her|their)\s+(?:motion|amendment)\b/i;
/** "No second was received." */
const NO_SECOND = /^no\s+second(?:er)?\s+was\s+(?:received|made|forthcoming)\b/i;
/** "VOTE ON THE MAIN MOTION", "VOTE ON THE AMENDMENT OF BASE FARE …". */
const VOTE_ON = /^VOTE\s+ON\s+THE\s+(MAIN\s+MOTION|AMENDMENT|MOTION)?/;
/** "7. RESOLVED that Cabinet:", "RESOLVED:" after a motion put without a result. */
const RESOLVED_START = /^(?:\d+[.)]\s*)?RESOLVED\b/;
/** "And Resolved:" closing a proposal. */
const AND_RESOLVED = /^and\s+resolved\b/i;
/** "All agreed.", "The committee agreed.", "Agreed unanimously.": the meeting's assent to the open proposal. */
const ASSENT = /^(?:(?:all|the\s+(?:committee|board|council|members|meeting|panel))\s+(?:agreed|agrees|approved)|agreed(?:\s+unanimously)?|unanimously\s+agreed)\.?$/i;

/** Who may be "all" in favour: "All in favor", "All present in favor", "All members voted in favour". */
const ALL_WHO = String.raw`(?:(?:present|members(?:\s+present)?|commissioners|directors|trustees|councillors)\s+)?`;
/** The motion carried by all present: "All in favor.", "All present in favor with 3 ayes via roll call vote." */
const ALL_IN_FAVOUR_WORDS = String.raw`all\s+${ALL_WHO}(?:were\s+|voted\s+)?in\s+favou?r\b(?:[^.\n]{0,20}?\bwith\s+(\d{1,3})\s+ayes?\b)?`;
/** "Vote:" before it: "Vote: All in favor." */
const VOTE_LABEL = String.raw`(?:vote\s*[:–-]\s*)?`;
const ALL_IN_FAVOUR = new RegExp(String.raw`^${VOTE_LABEL}${ALL_IN_FAVOUR_WORDS}`, "i");
/** The same after a motion's shorthand, on its line or the next: "M/S Alexander / Jones All in favor." */
const ALL_IN_FAVOUR_AFTER = new RegExp(String.raw`\b${ALL_IN_FAVOUR_WORDS}`, "i");

/** What "All in favor" says of the motion: carried, with the ayes when it counts them. */
function carriedByAll(match: RegExpExecArray): Finding {
  return { result: "carried", resultRaw: match[0], ...(match[1] === undefined ? {} : { counts: { for: Number(match[1]) } }) };
}

// ---------------------------------------------------------------------------------------------------------------------
// The statement

/** Words without which nothing here can be read: most statements are skipped at the cost of one test. */
const MENTIONS_MOTION = [
  // the words of moving and of results
  /motion|move[sd]|mover|sponsor|propos|second|carri|pass|fail|lost|defeated|resolved|withdr|approved|adopted|accepted|agree|abstain|vote|result/i,
  // the marks of a vote and of a motion's number or shorthand: "Ayes:", "in favour", "R2023-147", "M/S", ": that"
  /^R\d{4}-|^\s*M\/S\b|in\s+favou?r|:\s*that\b|ayes?\b|nays?\b|yea|\bfor\b|against|rejected|ratified|lapsed/i,
];

/** A vote put to the meeting: "called for (a) vote", "put to the vote", "took a vote". */
const VOTE_PUT = /\b(?:called\s+for|put\s+(?:it\s+)?to|took|held)\s+(?:a\s+|the\s+)?vote\b/i;

/** Which tokens stand inside quotation marks: “…”, or "…" (a statement that opens a quotation it does not close is quoted
 * to its end). */
function quotedTokens(tokens: Token[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  for (const t of tokens) {
    if (isPunct(t, "“")) {
      open = true;
      inside.push(true);
      continue;
    }
    if (isPunct(t, "”")) {
      inside.push(true);
      open = false;
      continue;
    }
    if (isPunct(t, "\"")) {
      open = !open;
      inside.push(true);
      continue;
    }
    inside.push(open);
  }
  return inside;
}

/** Read one statement. Null when it says nothing of a motion. */
export function readStatement(source: string): Finding | null {
  if (!MENTIONS_MOTION.some((words) => words.test(source))) return null;
  currentSource = source;
  const tokens = tokenize(source);
  const trimmed = source.trim();
  const voteOn = VOTE_ON.exec(trimmed);
  if (voteOn) return { voteOn: /^MAIN/.test(voteOn[1] ?? "") ? "main" : "open", ...(voteOn[1] === "AMENDMENT" ? { kind: "amendment" as const } : {}) };
  if (NO_SECOND.test(trimmed)) return { result: "lost", resultRaw: NO_SECOND.exec(trimmed)![0], onlyWhenUnresolved: true };
  if (AND_RESOLVED.test(trimmed)) return { result: "carried", resultRaw: "And Resolved" };
  if (RESOLVED_START.test(trimmed)) return { result: "carried", resultRaw: "RESOLVED", onlyWhenUnresolved: true };
  if (ASSENT.test(trimmed)) return { result: "carried", resultRaw: trimmed.replace(/\.$/, ""), onlyWhenOpen: true };
  const allInFavour = ALL_IN_FAVOUR.exec(trimmed);
  if (allInFavour) return { ...carriedByAll(allInFavour), onlyWhenOpen: true };
  const withdrew = WITHDREW.exec(trimmed);
  if (withdrew) return { result: "withdrawn", resultRaw: withdrew[0] };
  const shorthand = movedSecondedPair(source);
  if (shorthand) {
    // its result: "M/S/C", or "All in favor" after it on its line or the next; after "Commissioner Robbins moved to
    // accept …" it completes that motion (`completes`) rather than open another
    const allInFavour = ALL_IN_FAVOUR_AFTER.exec(source);
    const result: Finding = shorthand.carried ? { result: "carried", resultRaw: "M/S/C" } : allInFavour ? carriedByAll(allInFavour) : {};
    return { ...result, start: true, completes: true, kind: "motion", mover: shorthand.mover, seconder: shorthand.seconder };
  }
  const pair = namedPair(tokens, source);
  if (pair) {
    const closing = /\b(Carried|Defeated|Lost)\.?\s*$/.exec(trimmed);
    return { start: true, kind: "motion", mover: pair.mover, seconder: pair.seconder, text: textFrom(source, tokens, pair.textAt), ...(closing ? { result: closing[1] === "Carried" ? "carried" : "lost", resultRaw: closing[1] } : {}) };
  }
  const finding: Finding = {};
  // words quoted in the statement are a motion's wording ("“To amend the budget proposed by the Administration …”")
  const quoted = quotedTokens(tokens);
  const suggested = suggestedAmendment(tokens, source);
  if (suggested) return { start: true, kind: "amendment", mover: suggested, result: "carried", resultRaw: "agreed" };
  const voted = bodyVoted(tokens);
  if (voted !== null) {
    const from = VOTING_BODIES.has(keyAt(tokens, voted - 1)) ? voted - 1 : voted;
    return { start: true, result: "carried", resultRaw: source.slice(tokens[from]!.start, tokens[Math.min(tokens.length - 1, voted + 2)]!.end), text: textFrom(source, tokens, voted + 1) };
  }
  let textAt: number | undefined;
  let roleEnd = 0;
  let firstRole = -1;
  // movers and seconders
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i]) continue;
    const mover = finding.mover ? null : (moverSpeaking(tokens, i, source) ?? moverLabel(tokens, i, source) ?? moverBy(tokens, i, source) ?? moverInDebate(tokens, i, source) ?? moverBefore(tokens, i, source) ?? roleInBrackets(tokens, i, source, "motion"));
    if (mover) {
      finding.mover = mover.name;
      finding.start = true;
      if (firstRole < 0) firstRole = i;
      if (mover.fills) finding.fills = true;
      textAt ??= mover.textAt;
      roleEnd = Math.max(roleEnd, i + 1);
      continue;
    }
    const seconder = finding.seconder ? null : (seconderAt(tokens, i, source) ?? roleInBrackets(tokens, i, source, "second"));
    if (seconder) {
      finding.seconder = seconder.name;
      if (firstRole < 0) firstRole = i;
      if (seconder.onlyWhenOpen && !finding.mover) finding.onlyWhenOpen = true;
      roleEnd = Math.max(roleEnd, i + 1);
    }
  }
  if (!finding.seconder && finding.mover) {
    const seconder = seconderBeforeOffice(tokens, source);
    if (seconder) finding.seconder = seconder;
  }
  if (/^\s*RESULT:/.test(source)) finding.completes = true;
  if (/\bdeclared\s+the\s+(?:motion|amendment)\b/i.test(source)) finding.confirms = true;
  if (finding.mover || /^\s*(?:motion|amendment)\b[^:]{0,60}:/i.test(source)) {
    finding.kind = /^\W*(?:\w+\s+){0,3}?amend/i.test(source) || /\bmade\s+(?:a|the)\s+motion\s+to\s+amend\b/i.test(source) || /\bthe\s+following\s+amend/i.test(source) ? "amendment" : "motion";
  }
  // the motion's own words: "to approve …", "that …", or what follows "the following amendment:"
  const thatAt = tokens.findIndex((t, k) => k >= (textAt ?? roleEnd) && (t.key === "that" || (t.key === "to" && tokens[k + 1]?.kind === "word" && !tokens[k + 1]!.capitalised)));
  const colonAt = tokens.findIndex((t, k) => k >= roleEnd && isPunct(t, ":"));
  // "made the motion to commit this item" → "commit this item"; "that the minutes be approved" keeps its "that"
  const ownWords = thatAt >= 0 && keyAt(tokens, thatAt) === "to" ? thatAt + 1 : thatAt;
  if (finding.start) finding.text = thatAt >= 0 ? textFrom(source, tokens, ownWords) : colonAt >= 0 ? textFrom(source, tokens, colonAt + 1) : undefined;
  // results: in the roles' part, not in the motion's own words ("that the minutes be approved" records no outcome)
  const wordsEnd = finding.start && thatAt >= 0 ? thatAt : tokens.length;
  // a statement in the motion's own words ("That Items 2.1 and 2.3 to 2.6 BE APPROVED.") records no result of its own
  const short = tokens.filter((t) => t.kind === "word").length <= 6 && keyAt(tokens, 0) !== "that";
  const reported = tokens.findIndex((t) => REPORTING.has(t.key));
  // "Called for vote on making Jack a board member; passed unanimously.": a vote was put, and its result follows
  const votePut = VOTE_PUT.exec(source);
  const voteCalledAt = votePut ? votePut.index + votePut[0].length : Number.POSITIVE_INFINITY;
  for (let i = 0; i < tokens.length; i++) {
    if (quoted[i] || (reported >= 0 && i > reported)) continue;
    const r = resultAt(tokens, i, source);
    if (!r) continue;
    // "The accounts were tabled and, upon the proposition of X, …": papers laid before the meeting, not a motion laid aside
    // before it was moved
    if (r.result === null && i < firstRole) continue;
    // "… proposed that Council resolve to extend the meeting and it was agreed unanimously": the outcome closing the statement
    const closing = r.end >= tokens.length - 2 && (keyAt(tokens, r.start - 1) === "and" || keyAt(tokens, r.start - 2) === "and");
    const inRoles = finding.start || finding.seconder ? i < wordsEnd || r.strong || closing : true;
    if (!inRoles) continue;
    // (a result after the vote was put is its result: not "As all the amendments had been withdrawn, the Chairman put to the vote …")
    const voteCalled = tokens[r.start]!.start >= voteCalledAt;
    if (r.strong || short || finding.mover || finding.seconder || voteCalled) {
      finding.result = r.result;
      finding.resultRaw = r.raw;
      if (!r.strong && !finding.mover && !finding.seconder && !voteCalled) finding.onlyWhenOpen = true;
      // counts printed with the result: "Motion Passed (13 to 0)", "carried 5:1", "Motion carried; 6:0", "PASSED [14 TO 1]",
      // "Passed: 7-0"
      const after = countsFrom(tokens, r.end);
      const counts = countsAt(tokens, after);
      if (counts) {
        finding.counts = counts.counts;
        if (isPunct(tokens[after], "([")) finding.resultRaw = source.slice(tokens[r.start]!.start, tokens[counts.end - 1]!.end).trim();
      }
      break;
    }
  }
  const unanimous = unanimousNames(tokens, source);
  if (unanimous.length) {
    finding.votes = unanimous;
    finding.counts = { for: unanimous.length, against: 0 };
  }
  // "The payments were agreed, Cllr Janet Taylor abstained": a vote was taken
  const abstained = tokens.findIndex((t) => t.key === "abstained" || t.key === "abstaining");
  if (abstained > 0 && finding.result === undefined) {
    for (let k = abstained - 1; k >= Math.max(0, abstained - 10); k--) {
      const r = resultAt(tokens, k, source);
      if (r && isPunct(tokens[r.end], ",")) {
        finding.result = r.result;
        finding.resultRaw = r.raw;
        break;
      }
    }
  }
  if (abstained > 0 && finding.result !== undefined) {
    const name = nameEndingAt(tokens, abstained, source);
    if (name) {
      finding.votes = [...(finding.votes ?? []), { name, option: "abstain", raw: name }];
      finding.counts = { abstain: 1, ...finding.counts };
      finding.start = true;
      delete finding.onlyWhenOpen;
    }
  }
  // "adopted by 7 ayes"; "Passed by show of hands, 1 against"
  const worded = countWords(tokens, 0, tokens.length);
  if (worded && (finding.result !== undefined || finding.start)) {
    finding.counts = { ...worded.counts, ...finding.counts };
    if (worded.votes.length) finding.votes = [...(finding.votes ?? []), ...worded.votes];
  }
  // vote columns and named votes
  const columns = voteColumns(source, tokens);
  if (columns) {
    finding.votes = [...(finding.votes ?? []), ...columns.votes];
    finding.counts = { ...columns.counts, ...finding.counts };
    if (columns.columnAlone) finding.column = columns.columnAlone;
  }
  const pairs = votePairs(source, tokens);
  // ("Rebecca N: Aye" alone is one line of a roll call)
  const onePairAlone = pairs.length === 1 && tokens.length <= 6 && VOTE_LABELS.at(tokens, tokens.length - 1 - (isPunct(tokens[tokens.length - 1], ".") ? 1 : 0)) !== null;
  if (pairs.length > 0 && (finding.result !== undefined || /\bvotes?\b|\bas follows\b/i.test(source) || pairs.length >= 2 || onePairAlone)) {
    finding.votes = [...(finding.votes ?? []), ...pairs];
  }
  return Object.keys(finding).length > 0 ? finding : null;
}
