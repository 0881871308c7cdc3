// Recognizes motions and amendments: who moved and seconded, the result as printed, the counts and the named votes.
// One small recognizer per wording, tried on each statement of an item in order; a mover starts a motion, the rest fill it.
import type { Motion, Vote } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { personName } from "./people.js";
import type { Unit } from "./units.js";
import { rawText } from "../parse/text.js";

type Result = NonNullable<Motion["result"]>;

/** What one statement tells about a motion. */
interface Finding {
  start?: boolean;
  kind?: Motion["kind"];
  mover?: string;
  seconder?: string;
  result?: Result;
  resultRaw?: string;
  text?: string;
  counts?: Partial<NonNullable<Motion["counts"]>>;
  /** A vote column: the names that follow belong to this option. */
  column?: Vote["option"];
  /** Only news about a motion already open: no motion starts with it. */
  onlyWhenOpen?: boolean;
  /** Only news about an open motion that has no result yet. */
  onlyWhenUnresolved?: boolean;
  votes?: Vote[];
  /** A record that may complete the open motion rather than start one (a result block after the narrative). */
  completes?: boolean;
  /** A chair declaring the result a result block already gave: nothing new when the open motion has that result. */
  confirms?: boolean;
  /** "VOTE ON THE …" heading a result block: which motion the vote is on. */
  voteOn?: "main" | "open";
}

// One to four capitalised words (the spaces between them taken once, where `(?:word\s*){1,4}` split "AbCd" and the spaces
// four ways), then an initial in brackets, or the spaces after it but the last (as the greedy \s* of the old form left them).
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Director|Chair|Mayor|Commissioner|Trustee)\.?\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*\([A-Z]\)|(?:\s*(?=\s(?!\s)))?))`;

/** The wordings, each a small recognizer. Patterns are anchored or bounded, and linear: no nested quantifiers. */
const RECOGNIZERS: ((text: string) => Finding | null)[] = [
  // "Motion made by A. Hopkins" (eScribe)
  // (\S.*|.) and (\S.*|) below: what follows starts after all the spaces (or is the last one), never splitting them two ways
  (t) => match(/^(?:motion|amendment)\s+made\s+by\s+(\S.*|.)$/i, t, (m) => ({ start: true, kind: /^amend/i.test(t) ? "amendment" : "motion", mover: m[1] })),
  // "Mr Sweetland proposed, and Mr Ridgers seconded, that the Council …"; "The Chairman proposed that …"
  (t) =>
    match(new RegExp(`^(?:\\d+\\)\\s*)?${NAME}\\s+proposed,?\\s+(?:and\\s+)?${NAME}\\s+seconded,?\\s*(?:the\\s+(amendment|motion)\\s+)?(?:that\\s+)?(\\S.*|)$`, "u"), t, (m) => ({
      start: true,
      kind: m[3] === "amendment" || /\bamendment\b/i.test(m[4] ?? "") ? "amendment" : "motion",
      mover: m[1],
      seconder: m[2],
      text: m[4] || undefined,
      ...resultIn(m[4] ?? ""),
      ...agreedAtEnd(m[4] ?? ""),
    })),
  // "It was moved by Ms. Creason, seconded by Dr. McKibbin, that …"; "It was proposed by Cllr. X, seconded by Cllr. Y and unanimously agreed"
  (t) =>
    match(/\b(?:(?:moved|proposed)\s+by|on\s+the\s+proposal\s+of)\s+(\S[^,;]*?),?(?<!\s)\s+(?:and\s+)?seconded\s+by\s+(\S.*?)(?:,\s*|(?<!\s)\s+(?:and\s+|that\b|to\b)|;|$|(?=[\n\r]))([\s\S]*)/i, t, (m) => ({
      start: true,
      mover: m[1],
      seconder: m[2],
      text: m[3] || undefined,
      // "… and unanimously agreed, that …": an outcome before the motion's own words ("that the minutes be approved" is not one)
      ...(AGREED_OUTCOME.test(leadOf(m[3])) ? { result: "carried" as const, resultRaw: AGREED_OUTCOME.exec(leadOf(m[3]))![0] } : {}),
      ...resultIn(m[3] ?? ""),
      // "…, seconded by Councillor Sheahan (J), Standing Orders were suspended": the outcome is recorded
      ...(/\b(?:were|was)\s+(?:suspended|adopted|approved|agreed|passed)\b/i.test(m[3] ?? "") ? { result: "carried" as const, resultRaw: /\b(?:were|was)\s+\w+/i.exec(m[3]!)![0] } : {}),
    })),
  // "Proposed by Councillor Sheahan (J);", "**Proposed:** Cllr. Joe Leddin"
  (t) => match(/^proposed(?:\s+by|:)\s+(\S.*?|.)[;.]?$/i, t, (m) => ({ start: true, mover: m[1] })),
  // "Motion: Director Whitmore made the motion to approve …"; "Amendment: Director Benker made the motion to amend …";
  // "Commissioner Allen Fisk made a motion, seconded by Commissioner Mendez, to postpone …"
  (t) =>
    match(/^(?:(motion|amendment)[^:]{0,60}:\s*)?(?:(?:Director|Chair|Councillor|Commissioner|Trustee|Mayor)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+made\s+(?:a|the)\s+motion,?\s+(?:seconded\s+by\s+(?:(?:Director|Councillor|Commissioner|Trustee)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),?\s+)?(?:to\s+)?(.*)$/iu, t, (m) => ({
      start: true,
      kind: /^amend/i.test(m[1] ?? "") || /^amend/i.test(m[4] ?? "") ? "amendment" : "motion",
      mover: m[2],
      seconder: m[3] ?? SECONDED_THE_MOTION.exec(m[4] ?? "")?.[1],
      text: m[4] || undefined,
    })),
  // "R2023-147 D. Yemm, S. Foote: That …" (mover, seconder, motion; "Carried." may close it; the colon may be missing)
  (t) =>
    match(/^R\d{4}-\d+\s+(\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]):?\s*(\S.*|)$/u, t, (m) => ({
      start: true,
      mover: m[1],
      seconder: m[2],
      text: m[3] || undefined,
      ...resultAtEnd(m[3] ?? ""),
    })),
  // "… – M. Prest (motion), C. Dallas (second)" (names of at most 80 characters: unbounded, every capital of a long run of
  // words is tried to the run's end, quadratic)
  (t) =>
    // (each name ends with a letter or is a capital and a space: one ending in a space is never the shortest that works,
    // and trying it read the spaces after it again)
    match(/([\p{Lu}](?: |[\p{L}.'’ -]{0,79}?[\p{L}.'’-]))\s+\(motion\),\s+([\p{Lu}](?: |[\p{L}.'’ -]{0,79}?[\p{L}.'’-]))\s+\(second\)/u, t, (m) => ({
      start: true,
      mover: m[1],
      seconder: m[2],
      // "Minutes … approved – X (motion), Y (second)" records a result; "Meeting called to order – X (motion)" does not
      ...(/\b(approved|adopted|passed|carried)\b/i.test(t) ? { result: "carried" as const, resultRaw: /\b(approved|adopted|passed|carried)\b/i.exec(t)![1] } : {}),
    })),
  // "Cllr Jim McNeill proposed that a site visit be requested …", "9) The Chairman proposed that Council resolve to …"
  (t) =>
    match(/^(?:\d+[.)]\s*)?The\s+(Chairman|Chair|Mayor|Leader)\s+proposed\s+that\s+(\S.*|)$/, t, (m) => ({ start: true, mover: m[1], text: m[2], ...agreedAtEnd(m[2]!) })),
  (t) => match(/(?:^|[.!?]\s+)(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+proposed\s+that\s+([\s\S]*)/u, t, (m) => ({ start: true, mover: m[1], text: m[2] })),
  // "Mr Love suggested and the Leader and Cabinet agreed to the following amendment" (Kent Cabinet)
  (t) =>
    match(/^(?:\d+[.)]\s*)?(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+(\p{Lu}[\p{L}'’-]+)\s+suggested\s+and\s+(?!\s).{0,60}?\bagreed\s+to\s+the\s+following\s+(amendment|motion)/u, t, (m) => ({
      start: true,
      kind: m[2] === "amendment" ? "amendment" : "motion",
      mover: m[1],
      result: "carried",
      resultRaw: "agreed",
    })),
  // "Following the debate, the Leader proposed and Mr Oakford, Deputy Leader …, seconded the recommendations"
  (t) =>
    match(/\bthe\s+(Leader|Chairman|Chair|Mayor|Cabinet\s+Member)\s+proposed,?\s+and\s+(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+(\p{Lu}[\p{L}'’-]+)(?:,[^;]{0,200}?,)?\s+seconded\b\s*(.*)$/u, t, (m) => ({
      start: true,
      mover: m[1],
      seconder: m[2],
      text: m[3] || undefined,
    })),
  // "… public services. Director Chandler made the motion to approve …" in the middle of a statement (Denver RTD)
  (t) =>
    match(/[.!?]\s+(?:Director|Commissioner|Councillor|Trustee)\s+(\p{Lu}[\p{L}'’-]+)\s+made\s+(?:a|the)\s+motion\s+(?:to\s+)?([\s\S]*)/u, t, (m) => ({
      start: true,
      kind: /^amend/i.test(m[2] ?? "") ? "amendment" : "motion",
      mover: m[1],
      seconder: SECONDED_THE_MOTION.exec(m[2] ?? "")?.[1],
      text: m[2] || undefined,
    })),
  // "Ms. Creason reported that the board voted unanimously to accept a hearing panel's recommendation …"
  (t) => match(/\b(?:board|council|commission|committee|panel)\s+voted\s+(unanimously\s+)?to\s+([\s\S]*)/i, t, (m) => ({ start: true, result: "carried", resultRaw: m[0].slice(0, 40), text: m[2] })),
  // "The payments were agreed, Cllr Janet Taylor abstained."
  (t) =>
    match(/\b(?:were|was)\s+agreed,?\s+(?:with\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+[\p{Lu}][\p{L}'’ -]{1,40}?\s+abstain(?:ed|ing)\b/u, t, (m) => ({
      start: true,
      result: "carried",
      resultRaw: m[0],
      counts: { abstain: 1 },
    })),
  // "RESULT: APPROVED [UNANIMOUS] MOTION BY: Mashack SECOND: Brown AYES: … NAYS: … ABSENT: …" (one block)
  (t) =>
    // Linear: each part ends with a letter (or is one character) where a run of spaces follows, so no run is read again for
    // each length; the mover stops at the first "SECOND:" on its line (a later one on the line fails where the first did)
    // or runs to the line's end when "SECOND:" starts the next line.
    match(/^RESULT:\s*([A-Z](?:[A-Z ]*?[A-Z])??)(?:\s*\[([^\]]*)\])?\s+MOTION\s+BY:\s*(?=\S|\s\s?(?!\s))(.(?:(?:(?!(?<=\S)[^\S\n\r\u2028\u2029]+SECOND(?:ER)?:).)*?\S)??(?=[^\S\n\r\u2028\u2029]+SECOND(?:ER)?:)|.*\S(?=[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]\s*SECOND(?:ER)?:))\s+SECOND(?:ER)?:\s*(?=\S|\s(?!\s))(.(?:.*?\S)??(?=\s+(?:AYES|NAYS|ABSTAIN|ABSENT):)|.+$)(?:\s+(?:AYES|NAYS|ABSTAIN|ABSENT):)?/, t, (m) => ({
      start: true,
      mover: m[3],
      seconder: m[4],
      resultRaw: `${m[1]}${m[2] ? ` [${m[2]}]` : ""}`,
      result: resultOf(m[1]!),
      counts: countsOf(m[2] ?? ""),
      votes: rollCallVotes(t),
      completes: true,
    })),
  // "Seconded by P. Van Meerbergen"; "Seconded by Councillor O’Hanlon;"; "**Seconded:** Cllr. Sarah Kiely"
  (t) => match(/^seconded(?:\s+by|:)\s+(\S.*?|.)[;.]?$/i, t, (m) => ({ seconder: m[1] })),
  // "In proposing the Motion, Councillor McSweeney said …" (Limerick: the debate names the proposer)
  (t) => match(/^In\s+proposing\s+the\s+([Mm]otion|[Aa]mendment),\s+(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+\([A-Z]\))?)/u, t, (m) => ({ start: true, kind: /^amend/i.test(m[1]!) ? "amendment" : "motion", mover: m[2] })),
  // "The Mayor then proposed the following amended Motion …"
  (t) => match(/^The\s+(Mayor|Chairman|Chair|Cathaoirleach|Leader)\s+(?:then\s+)?proposed\s+the\s+following\s+(amended\s+[Mm]otion|[Aa]mendment|[Mm]otion)\b/u, t, (m) => ({ start: true, kind: /^amend/i.test(m[2]!) ? "amendment" : "motion", mover: m[1] })),
  // "Councillor Kiely, in seconding the Motion, referred to …"; "In seconding the Motion, Councillor Sheahan (M) stated …"
  (t) => match(/^(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+\([A-Z]\))?),\s+in\s+seconding\s+the\s+(?:[Mm]otion|[Aa]mendment)\b/u, t, (m) => ({ seconder: m[1], onlyWhenOpen: true })),
  (t) => match(/^In\s+seconding\s+the\s+(?:[Mm]otion|[Aa]mendment),\s+(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:\s+\([A-Z]\))?)/u, t, (m) => ({ seconder: m[1], onlyWhenOpen: true })),
  // "Director Guzman seconded the motion."; "The amended Motion was seconded by Councillor O’Hanlon."
  (t) => match(/^(?:Director|Chair|Councillor|Commissioner|Trustee|Mayor)?\s*([\p{Lu}][\p{L}'’-]+)\s+seconded\s+the\s+(?:motion|amendment)/u, t, (m) => ({ seconder: m[1] })),
  // the spaces give back at most one character ((?=…)); not after another "was seconded by" on the same line, which failed
  // for the same line break
  (t) => match(/\bwas\s+seconded\s+by\s+(?=\S|\s(?!\s))(?<!\bwas\s+seconded\s+by\s.*?\bwas[^\S\n\r\u2028\u2029]+seconded[^\S\n\r\u2028\u2029]+by[^\S\n\r\u2028\u2029]+)(\S.*?|.)\.?$/i, t, (m) => ({ seconder: m[1] })),
  // Kent's divisions: "For (51)", "Against (6)", "Abstain (2)"; Limerick's "For: 14", "Against: 3"
  (t) => match(/^(for|against|abstain(?:ed|ing)?|abstentions?)\s*(?:\((\d+)\)|:\s*(\d+))(?:\s+(\S.*|))?$/i, t, (m) => ({ ...columnOf(m[1]!, Number(m[2] ?? m[3])), ...resultIn(m[4] ?? "") })),
  // "Chair Bouquet declared the motion PASSED." (before the wordings below, which would read "motion PASSED" as news)
  // (?<!…): not after another "declared the motion" on the same line, which found the same result first or none
  (t) => match(/\bdeclared\s+the\s+(?:motion|amendment)\b(?<!\bdeclared\s+the\s+(?:motion|amendment)\b.*?\bdeclared[^\S\n\r\u2028\u2029]+the[^\S\n\r\u2028\u2029]+(?:motion|amendment)).*?(PASSED|FAILED|CARRIED|LOST)\b/i, t, (m) => ({ result: resultOf(m[1]!), resultRaw: m[0], confirms: true })),
  // "Motion Passed (13 to 0)", "Motion Failed (7 to 7)", "MOTION CARRIED UNANIMOUSLY", "Motion carried.", "Amendment lost."
  (t) =>
    match(/\b((?:motion|amendment|substantive\s+motion)\s+(passed|carried|failed|lost|defeated|withdrawn)(\s+unanimously)?)(?:\s*\((\d+)\s+to\s+(\d+)\)|\s*\[([^\]]{1,400})\])?/i, t, (m) => ({
      result: resultOf(m[2]!),
      resultRaw: m[4] ? `${m[1]} (${m[4]} to ${m[5]})` : m[1],
      counts: m[4] ? { for: Number(m[4]), against: Number(m[5]) } : undefined,
      // "MOTION CARRIED UNANIMOUSLY [Villescaz, McKibbin, Creason, Costa, Hernandez]": the members who voted, all for
      ...(m[3] && m[6] ? unanimousVotes(m[6]) : {}),
    })),
  // "Chair Bouquet declared the motion PASSED."; "PASSED [14 TO 1]"
  (t) => match(/^(?:RESULT:\s*)?(PASSED|FAILED|APPROVED|DEFEATED)\s*\[([^\]]*)\]/, t, (m) => ({ result: resultOf(m[1]!), resultRaw: m[0].replace(/^RESULT:\s*/, ""), counts: countsOf(m[2]!), votes: rollCallVotes(t) })),
  // "VOTE ON THE MAIN MOTION", "VOTE ON THE AMENDMENT OF BASE FARE FROM $6.50 to $2.50" (Denver RTD)
  (t) => match(/^VOTE\s+ON\s+THE\s+(MAIN\s+MOTION|AMENDMENT|MOTION)?/, t, (m) => ({ voteOn: /^MAIN/.test(m[1] ?? "") ? "main" : "open", kind: m[1] === "AMENDMENT" ? "amendment" : undefined })),
  // "No second was received." — the motion falls
  (t) => match(/^No\s+second\s+was\s+received\b/i, t, (m) => ({ result: "lost", resultRaw: m[0], onlyWhenUnresolved: true })),
  // "7. RESOLVED that Cabinet:" after a motion put without a printed result: the motion was carried
  (t) => match(/^(?:\d+[.)]\s*)?RESOLVED\b/, t, () => ({ result: "carried", resultRaw: "RESOLVED", onlyWhenUnresolved: true })),
  // "And Resolved:" after a proposer and seconder
  (t) => match(/^and\s+resolved\b/i, t, () => ({ result: "carried", resultRaw: "And Resolved" })),
  // "Director Benker withdrew the motion."
  (t) => match(/\bwithdrew\s+(?:the|his|her|their)\s+(?:motion|amendment)\b/i, t, (m) => ({ result: "withdrawn", resultRaw: m[0] })),
  // "Carried." alone, or as the last sentence of a statement of an open motion
  (t) => match(/^(carried|lost|defeated)\.?$/i, t, (m) => ({ result: resultOf(m[1]!), resultRaw: m[1] })),
  (t) => match(/[.;:]\s+(Carried|Defeated|Lost)\.?\s*$/, t, (m) => ({ result: resultOf(m[1]!), resultRaw: m[1], onlyWhenOpen: true })),
];

/** Words without which no recognizer can match: most statements are skipped at the cost of one test. */
const MENTIONS_MOTION = /motion|moved|propos|second|carried|passed|failed|lost|defeated|resolved|withdr|approved|abstain|suggested|voted|result:|^vote\s+on|^(?:for|against)|^R\d{4}-/i;

function firstFinding(text: string): Finding | null {
  for (const recognize of RECOGNIZERS) {
    const finding = recognize(text);
    if (finding) return finding;
  }
  return null;
}

function match(pattern: RegExp, text: string, build: (m: RegExpExecArray) => Finding): Finding | null {
  const m = pattern.exec(text);
  return m ? build(m) : null;
}

/** "… Agreed unanimously." closing a proposal: carried. */
function agreedAtEnd(text: string): Partial<Finding> {
  const m = /\b((?:agreed\s+unanimously|unanimously\s+agreed|agreed))\.?\s*$/i.exec(text);
  return m ? { result: "carried", resultRaw: m[1] } : {};
}

/** A result stated after a vote column on the same line: "Abstain (0) Motion lost." */
function resultIn(text: string): Partial<Finding> {
  const m = /\b((?:motion|amendment|substantive\s+motion)\s+(passed|carried|failed|lost|defeated|withdrawn))\b/i.exec(text);
  return m ? { result: resultOf(m[2]!), resultRaw: m[1] } : {};
}

/** "… Director Guzman seconded the motion." later in the same statement. */
const SECONDED_THE_MOTION = /(?:Director|Councillor|Commissioner|Trustee)\s+(\p{Lu}[\p{L}'’-]+)\s+seconded\s+the\s+motion/u;

function resultOf(word: string): Result {
  const w = word.toLowerCase();
  if (/withdr/.test(w)) return "withdrawn";
  if (/fail|lost|defeat/.test(w)) return "lost";
  return "carried";
}

/** "Carried." at the end of a resolution's text. */
function resultAtEnd(text: string): Partial<Finding> {
  const m = /\b(Carried|Defeated|Lost)\.?\s*$/.exec(text);
  return m ? { result: resultOf(m[1]!), resultRaw: m[1]! } : {};
}

/** "14 TO 1" or "4-2-1-1" (for, against, abstain, absent) → counts; "UNANIMOUS" → none printed. */
function countsOf(text: string): Finding["counts"] {
  const to = /(?<!\d)(\d+)\s+to\s+(\d+)/i.exec(text);
  if (to) return { for: Number(to[1]), against: Number(to[2]) };
  const dashed = /^(\d+)-(\d+)(?:-(\d+))?(?:-\d+)?$/.exec(text.trim());
  return dashed ? { for: Number(dashed[1]), against: Number(dashed[2]), abstain: dashed[3] === undefined ? null : Number(dashed[3]) } : undefined;
}

/** The labelled roll call of a result block: "AYES: Sherrard, Allen Fisk NAYS: Brown ABSTAIN: Garcia ABSENT: Hernandez". */
// Linear: the names end with a letter where spaces and a label follow (or run to the text's end); a label right after
// another on the same line, with no spaced label between, is not tried ((?<!…)): the earlier one failed for the same reason.
const ROLL_CALL_LABEL =
  /\b(AYES|NAYS|ABSTAIN|ABSENT):\s*(?=\S|\s(?!\s)|$)(?<!\b(?:AYES|NAYS|ABSTAIN|ABSENT):(?:(?!(?<=\S)[^\S\n\r\u2028\u2029]+(?:AYES|NAYS|ABSTAIN|ABSENT|RECUSED):)[^\n\r\u2028\u2029])*?\S(?:AYES|NAYS|ABSTAIN|ABSENT):[^\S\n\r\u2028\u2029]*)((?:.*?\S)??(?=\s+(?:AYES|NAYS|ABSTAIN|ABSENT|RECUSED):)|.*$)/g;
const VOTE_OPTION: Record<string, Vote["option"]> = { AYES: "for", NAYS: "against", ABSTAIN: "abstain", ABSENT: "absent" };

function rollCallVotes(text: string): Vote[] {
  const votes: Vote[] = [];
  for (const m of text.matchAll(ROLL_CALL_LABEL)) {
    if (/^none\b/i.test(m[2]!)) continue;
    for (const name of namesOf(m[2]!)) votes.push({ name, option: VOTE_OPTION[m[1]!]!, raw: name });
  }
  return votes;
}

function columnOf(word: string, count: number): Finding {
  const w = word.toLowerCase();
  const option: Vote["option"] = w === "for" ? "for" : w === "against" ? "against" : "abstain";
  return { column: option, counts: { [option]: count } };
}


/** The members named after a unanimous result, each a vote for. */
function unanimousVotes(list: string): Pick<Finding, "votes" | "counts"> {
  const names = namesOf(list);
  if (names.length === 0) return {};
  return { votes: names.map((name) => ({ name, option: "for" as const, raw: name })), counts: { for: names.length, against: 0 } };
}

/** Names listed under a vote column: "Mr Baker, Mr Barrington-King, …". */
function namesOf(text: string): string[] {
  return text
    // spaces before a separator are taken only from where their run starts: tried at each space of a long run, quadratic
    .split(/(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+and\s+/)
    .map((n) => personName(n))
    .filter((n): n is string => n !== null && /^\p{Lu}/u.test(n) && n.split(/\s+/).length <= 4);
}

/** The labels of a result table whose values a converter put in the next block: "RESULT: MOVER: SECONDER: AYES: NAYS:". */
const LABELS_ONLY = /^(?:(?:RESULT|MOVER|SECONDER|AYES|NAYS|ABSTAIN|ABSENT|RECUSED):\s*){2,}$/;

/** The values of an exploded result table, one a line in the labels' order: the result, the mover's and seconder's lines
 * ("Kathleen Chandler, Director, District F"), then a column of names for each vote label, wrapped over lines that end
 * with a comma. */
function explodedResult(lines: string[], labels: string[]): Finding | null {
  const rows = lines.map((l) => l.trim()).filter(Boolean);
  const result = /^(PASSED|FAILED|APPROVED|DEFEATED)\s*(?:\[([^\]]*)\])?/.exec(rows[0] ?? "");
  if (!result || labels[0] !== "RESULT") return null;
  const finding: Finding = { result: resultOf(result[1]!), resultRaw: result[0], counts: countsOf(result[2] ?? ""), votes: [] };
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
    const option = VOTE_OPTION[label];
    if (option) for (const name of namesOf(list)) finding.votes!.push({ name, option, raw: name });
  }
  return finding;
}

/** An outcome recorded with the proposal: "unanimously agreed", "approved", "resolved". */
const AGREED_OUTCOME = /\b(?:unanimously\s+)?(?:agreed|approved|resolved)\b/i;
/** What a statement says before the motion's own words ("that …"). */
const leadOf = (text: string | undefined) => (text ?? "").split(/\bthat\b/i)[0]!;

/** "It was unanimously agreed to donate as follows:" — the proposals listed after it were agreed. */
const AGREED_AS_FOLLOWS = /\b(?:unanimously\s+)?agreed(?=[^.:]{0,80}:$)/i;

/** Statements of the units: a paragraph may record a motion, its vote and the next motion ("… No second was received.
 * Chair Bouquet declared the motion to amend FAILED. VOTE ON THE MAIN MOTION RESULT: PASSED [13 TO 2] …"). */
const STATEMENT_BREAK = /(?<=[.!?])\s+(?=(?:Chair|Director|Councillor|Commissioner|Trustee|Mayor|Motion|MOTION|Amendment|No\s+second)\b)|(?<!\s)\s+(?=(?:Motion|Amendment)\b[^:.]{0,60}:\s*(?:Director|Chair|Councillor|Commissioner|Trustee)\s)|(?<!\s)\s+(?=VOTE\s+ON\s+THE\b|RESULT:|Chair\s+\p{Lu}[\p{L}'’-]+\s+declared\b)/u;

function statementsOf(units: Unit[]): { unit: Unit; text: string }[] {
  return units.flatMap((unit) => unit.text.split(STATEMENT_BREAK).map((text) => ({ unit, text: text.trim() })).filter((s) => s.text !== ""));
}

/** The motions of an item, in order. */
export function recognizeMotions(ctx: Context, units: Unit[]): Motion[] {
  const motions: Motion[] = [];
  let current: Motion | null = null;
  let column: Vote["option"] | null = null;
  let quoting = false;
  /** The wording of an agreement introducing proposals that follow, while they follow. */
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
  // The first motion still open (kind "motion", no result). A motion decided or an amendment never becomes an open motion
  // again (results are only ever set, and only a new motion's kind is set to "motion"), so the search resumes where it
  // last stopped: searched afresh each time, ten thousand lines of "Motion carried." took quadratic time.
  let openFrom = 0;
  const firstOpenMotion = (): Motion | undefined => {
    while (openFrom < motions.length && (motions[openFrom]!.kind !== "motion" || motions[openFrom]!.result !== null)) openFrom++;
    return motions[openFrom];
  };
  let tableLabels: string[] | null = null;
  let tableUnit: Unit | null = null;
  for (const { unit, text } of statementsOf(units)) {
    if (unit === tableUnit) continue;
    // a result table exploded by the converter: the labels in one block, their values in the next
    if (LABELS_ONLY.test(text)) {
      tableLabels = text.split(/:\s*/).filter(Boolean);
      continue;
    }
    const exploded = tableLabels && current ? explodedResult(rawText(unit.node).split("\n"), tableLabels) : null;
    tableLabels = null;
    if (exploded && current && current.result === null && (!exploded.mover || sameName(current.mover, personName(exploded.mover)))) {
      tableUnit = unit;
      column = null;
      apply(current, exploded);
      current.source = { ...current.source, end_line: Math.max(current.source.end_line, sourceOf(ctx, unit.node).end_line) };
      continue;
    }
    const found: Finding | null = MENTIONS_MOTION.test(text) ? firstFinding(text) : null;
    const unusable: boolean = Boolean(
      (found?.onlyWhenOpen && !current) ||
      (found?.onlyWhenUnresolved && (!current || current.result !== null)) ||
      // "Chair Bouquet declared the motion PASSED." after the result block that recorded it
      (found?.confirms && current !== null && current.result === found.result),
    );
    const finding: Finding | null = unusable ? null : found;
    const agreedBefore = finding?.start ? agreedIntro : null;
    agreedIntro = finding?.start ? agreedIntro : (AGREED_AS_FOLLOWS.exec(text)?.[0] ?? null);
    if (!finding) {
      if (current && column) {
        for (const name of namesOf(text)) current.votes.push({ name, option: column!, raw: name });
        continue;
      }
      if (current && current.text === null && /^["“‘']?that\b/i.test(text)) {
        current.text = text;
        quoting = current.text.startsWith("“") && !current.text.includes("”");
      } else if (current && quoting) {
        // a quoted motion printed over several paragraphs (one per line in converted PDFs) runs to its closing quote
        current.text = `${current.text} ${text}`;
        quoting = !text.includes("”");
      }
      continue;
    }
    if (finding.voteOn) {
      // "VOTE ON THE MAIN MOTION": the item's first motion still undecided; "VOTE ON THE AMENDMENT OF …" after a decided
      // motion: a motion of its own, put without a mover; else the vote on the open motion
      const main: Motion | undefined = finding.voteOn === "main" ? firstOpenMotion() : undefined;
      if (main) current = main;
      else if (!current || current.result !== null) {
        current = blank(unit);
        motions.push(current);
      }
      if (finding.kind && current!.mover === null) current!.kind = finding.kind;
      column = null;
      continue;
    }
    // a result block that follows the narrative of the same motion completes it: "X made a motion…" then "RESULT: … MOTION BY: X"
    const continues = finding.completes && current && current.result === null && finding.mover && sameName(current.mover, personName(finding.mover));
    if ((finding.start && !continues) || !current) {
      current = blank(unit);
      motions.push(current);
      // "It was unanimously agreed to donate as follows:" then one proposal a bullet: each was agreed
      if (agreedBefore && finding.result === undefined) Object.assign(current, { result: "carried", result_raw: agreedBefore });
    } else if (current.result !== null && !finding.start && (finding.column || finding.result)) {
      // a new division after the last motion's result: the substantive motion being put to the vote ("Substantive Motion
      // carried.") — it belongs to the motion the amendments were moved to, or to a motion of its own
      const substantive = firstOpenMotion() ?? null;
      current = substantive ?? blank(unit);
      if (!substantive) motions.push(current);
    }
    column = finding.column ?? null;
    quoting = false;
    apply(current, finding);
    current.source = { ...current.source, end_line: Math.max(current.source.end_line, sourceOf(ctx, unit.node).end_line) };
  }
  return motions.filter((m) => m.mover !== null || m.seconder !== null || m.result !== null);
}

function sameName(a: string | null, b: string | null): boolean {
  const last = (n: string | null) => n?.split(/\s+/).pop()?.toLowerCase() ?? "";
  return Boolean(a && b && last(a) === last(b));
}

function apply(motion: Motion, finding: Finding): void {
  if (finding.votes) {
    for (const vote of finding.votes) motion.votes.push(vote);
    if (!finding.counts) {
      const count = (option: Vote["option"]) => finding.votes!.filter((v) => v.option === option).length;
      const abstain = /\bABSTAIN:/.test(finding.resultRaw ?? "") || finding.votes.some((v) => v.option === "abstain") ? count("abstain") : null;
      if (finding.votes.length > 0) motion.counts = { for: count("for"), against: count("against"), abstain };
    }
  }
  if (finding.kind) motion.kind = finding.kind;
  if (finding.mover) motion.mover = personName(finding.mover);
  if (finding.seconder) motion.seconder = personName(finding.seconder);
  if (finding.text && !motion.text) motion.text = finding.text;
  if (finding.result) {
    motion.result = finding.result;
    motion.result_raw = finding.resultRaw ?? null;
  }
  if (finding.counts) motion.counts = { for: null, against: null, abstain: null, ...motion.counts, ...safeCounts(finding.counts) };
}

/** A printed count is a number of people: digits past a safe integer ("(999…9 to 0)" reads as Infinity) count as none. */
function safeCounts(counts: NonNullable<Finding["counts"]>): NonNullable<Finding["counts"]> {
  const safe: NonNullable<Finding["counts"]> = {};
  for (const key of ["for", "against", "abstain"] as const) {
    if (key in counts) safe[key] = Number.isSafeInteger(counts[key]) ? counts[key] : null;
  }
  return safe;
}
