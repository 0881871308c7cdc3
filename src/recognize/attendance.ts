// Recognizes attendance: a label followed by a list of people, wherever it stands. A label is read from its words
// ("Board members present", "Also in attendance", "STAFF ATTENDING", "Regrets", "Apologies for absence") at the start of
// a line, at the start of a sentence, or alone as a heading with the names below; the names are read by the one people
// reader. Other readers find the roll-call rows ("Robert Sherrard Commissioner Present"), a roll-call table exploded by a
// converter, and sentences that put the names first ("Daniel, Braden and Cate were in attendance", "Trustee Keefer was not
// present", "Apologies were received from …"). Each reader gives evidence; `assembleAttendance` merges it.
import type { RootContent } from "mdast";
import { rawText } from "../parse/text.js";
import type { Attendance, Person } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { phraseWords } from "./lexicon/dictionary.js";
import {
  CHAIR_LABELS,
  LABEL_HEADS,
  MEMBER_QUALIFIERS,
  NEUTRAL_LABEL_WORDS,
  NONE_WORDS,
  OTHER_QUALIFIERS,
  ROLE_LABELS,
  ROLL_CALL_STATUS,
  type AttendanceList,
} from "./lexicon/attendance-words.js";
import { MOTION_ROLE_WORDS } from "./lexicon/motion-words.js";
import { OFFICE_WORDS, STAFF_OFFICE_WORDS } from "./lexicon/people-words.js";
import { chairingOf, isNameToken, JOINING_WORDS, parsePeople, readPerson, readsAsNames, surnameKey, titleAt, withoutHeadcount, type PersonDraft } from "./people.js";
import { GIVEN_NAMES } from "./lexicon/given-names.js";
import { columnCells, columnTable, pipeTable } from "./pipe-table.js";
import { BLANKS, trimEnd } from "./strings.js";
import { columnGapBefore, isPunct, tokenize, type Token } from "./tokens.js";

export { readsAsNames };

/** What one reader found: people for one list, and how they were found. */
export interface AttendanceEvidence {
  list: AttendanceList;
  people: Person[];
  /** label: after an attendance label; roster: under a heading naming the board's members; rollcall: a roll-call row or
   * table; sentence: names before "were in attendance" or after "apologies were received from". */
  how: "label" | "roster" | "rollcall" | "sentence";
  /** The label says the names are members ("Board members present"): officers among them stay present. */
  members: boolean;
  /** The label marks its first person as presiding ("PRESENT IN THE CHAIR:"). */
  chair?: boolean;
  /** The label names someone's part in the meeting ("Chairperson: Beau"): a reference to a person listed elsewhere. */
  reference?: boolean;
  /** A bare "In attendance:" list: those present when nothing else names them (a society's "In attendance: David Simner,
   * chairperson, …"), else those attending who are not members. */
  attending?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------------
// Labels

export interface Label {
  list: AttendanceList;
  /** "In attendance" with no qualifier. */
  attending?: boolean;
  /** A label of members with no word of attendance ("Council:", "Members:"): a roster, unless an attendance heading
   * stands over it ("## Attendance" / "- Council members: …"). */
  memberOnly?: boolean;
  members: boolean;
  chair: boolean;
  /** A label of one person's part in the meeting: "Chairperson: Beau", "Recorder: Marty Florey". */
  role: "chair" | "officer" | null;
  start: number;
  /** The first token after the label and its delimiter. */
  end: number;
}

/** Most words in a label: "Attendees (ordinary Members qualified to vote under 58.5)" reads its bracket apart. */
const MAX_LABEL_WORDS = 7;
/** Most words of a label that opens "The following …", which names those it lists in words of its own. */
const MAX_FOLLOWING_LABEL_WORDS = 12;

/** Label words of several words, kept whole: "not present", "leave of absence", "in the chair". */
const PHRASE_HEADS = Object.keys(LABEL_HEADS).filter((k) => k.includes(" ")).map((k) => ({ words: phraseWords(k), head: LABEL_HEADS[k]! }));
const IN_THE_CHAIR = phraseWords("in the chair");

/** Skip a bracketed note inside a label: "Attendees (ordinary Members qualified to vote under 58.5):". */
function skipBracket(tokens: Token[], i: number): number {
  if (!isPunct(tokens[i], "(")) return i;
  let k = i + 1;
  while (k < tokens.length && k < i + 20 && !isPunct(tokens[k], ")")) k++;
  return isPunct(tokens[k], ")") ? k + 1 : i;
}

const wordsAt = (tokens: Token[], i: number, words: string[]): boolean => words.every((w, k) => tokens[i + k]?.key === w);

/** Most words of a label's own between its head word and its colon. */
const MAX_QUALIFIER_WORDS = 3;

/** The colon that ends a label's own words from token `k` ("in Advance:", "w/o notice:"): lower-case words, or capitalised
 * ones that name no one, and slashes; -1 when none stands within a few words on the line. */
function qualifiersToColon(tokens: Token[], k: number, lineEnd: number): number {
  let words = 0;
  for (let j = k; j < lineEnd; j++) {
    const t = tokens[j]!;
    if (isPunct(t, ":")) return words > 0 ? j : -1;
    if (isPunct(t, "/")) continue;
    if (t.kind !== "word" || ++words > MAX_QUALIFIER_WORDS) return -1;
    if (t.capitalised && isNameToken(t) && isNameToken(tokens[j + 1])) return -1;
  }
  return -1;
}

/** A person starts at token `k`: a title ("Mrs", "Cllr") or a capitalised word of a name followed by another. */
function startsPerson(tokens: Token[], k: number): boolean {
  return titleAt(tokens, k) !== null || (isNameToken(tokens[k]) && isNameToken(tokens[k + 1]));
}

/**
 * The attendance label starting at token `i`, if one does. A label is a few label words with at least one head word
 * ("present", "apologies", "attendees"…), then a delimiter: a colon or dash, "were"/"was", or the end of its line when
 * it stands alone there (a heading). `lineEnd` is the index of the first token of the next line.
 */
export function labelAt(tokens: Token[], i: number, lineEndAt: number, overList = false): Label | null {
  const lineEnd = Math.min(lineEndAt, tokens.length);
  let k = i;
  let head: AttendanceList | "attendance" | null = null;
  let members = false;
  let others = false;
  let chair = false;
  let role: Label["role"] = null;
  let words = 0;
  let publicLabel = false;
  let namesFollow = false;
  // "**Present:**", "- Present", "> [!abstract]- Present:"
  while (k < lineEnd && isPunct(tokens[k], "*-•>#")) k++;
  const first = k;
  // "The following pyFormex developers, users and enthusiasts were present": after "the following", any words name them
  const following = tokens[first]?.key === "the" && tokens[first + 1]?.key === "following";
  /** Words of no label read after "the following", which then needs a word of attendance ("were present"). */
  let loose = false;
  while (k < lineEnd && words < (following ? MAX_FOLLOWING_LABEL_WORDS : MAX_LABEL_WORDS)) {
    const token = tokens[k]!;
    // "In Attendance      Cr Simon Reid (Chairperson)": a column gap after the label's words, and its names in the next column
    if ((head !== null || role !== null) && k > first && columnGapBefore(tokens, k)) {
      namesFollow = true;
      break;
    }
    if (isPunct(token, "(")) {
      const after = skipBracket(tokens, k);
      if (after === k) break;
      k = after;
      continue;
    }
    if (isPunct(token, ",&") && head === null) {
      k++;
      continue;
    }
    if (token.kind !== "word") break;
    const phrase = PHRASE_HEADS.find((p) => wordsAt(tokens, k, p.words));
    if (phrase) {
      head = phrase.head;
      k += phrase.words.length;
      words += phrase.words.length;
      continue;
    }
    if (wordsAt(tokens, k, IN_THE_CHAIR)) {
      chair = true;
      head ??= "present";
      k += IN_THE_CHAIR.length;
      continue;
    }
    const key = token.key;
    // "were"/"was" end a label that has its head word: "Board members present were", "The following directors were present:"
    // "In attendance were Dana K. Bilyeu of Oregon, member; …": after "attendance", when a name follows
    if ((key === "were" || key === "was") && head !== null && (head !== "attendance" || tokens[k + 1]?.capitalised === true)) break;
    if (key === "public") {
      // "Members of the Public": whoever they are, they are not the members
      others = true;
      members = false;
      publicLabel = true;
      head ??= "in_attendance";
    } else if (LABEL_HEADS[key]) {
      // "in attendance" and "attendance" are decided by their qualifiers
      head = head === null || head === "attendance" ? LABEL_HEADS[key]! : head;
    } else if (MEMBER_QUALIFIERS.has(key)) members = !publicLabel;
    else if (OTHER_QUALIFIERS.has(key)) others = true;
    else if (CHAIR_LABELS.has(key) && words === 0) {
      role = "chair";
      chair = true;
    } else if ((ROLE_LABELS.has(key) || (TAKER_OF.has(key) && /^takers?$/.test(tokens[k + 1]?.key ?? ""))) && words === 0) role = "officer";
    // "Members of the Public Mr & Mrs Godfrey": the names start where the label's words stop
    else if (publicLabel && token.capitalised) break;
    // "Attendees Tony Brown (Chair), …": in a grid of labels, the names start after the one label word
    else if (words === 1 && head !== null && head !== "attendance" && token.capitalised && k === first + 1) break;
    // "Those Attending Mrs T Mann (Chair) Mrs S Lansdell-Williams …": a label ending in its head word, then a person
    else if (head !== null && head !== "attendance" && LABEL_HEADS[tokens[k - 1]?.key ?? ""] && startsPerson(tokens, k)) {
      namesFollow = true;
      break;
    }
    else if (!NEUTRAL_LABEL_WORDS.has(key) && !/^(?:minute|taker|takers|s)$/.test(key)) {
      // "Apologies in Advance:", "Absent w/o notice:": after its head word at a line's start, a label's own words run to
      // its colon
      const colon = head !== null && head !== "attendance" && k > first && (first === 0 || tokens[first]!.breakBefore) ? qualifiersToColon(tokens, k, lineEnd) : -1;
      if (colon > 0) {
        k = colon;
        break;
      }
      if (!following || head !== null) return null;
      loose = true;
    }
    words++;
    k++;
  }
  if (words === 0) return null;
  // "The following Directors were voted in by the society membership:" says nothing of who attended
  if (loose && head === null) return null;
  // "Staff:", "Public members:", "Guests:": a group of others, with its colon
  const colon = isPunct(tokens[k], ":") || (isPunct(tokens[k], "-–") && !tokens[k + 1]?.breakBefore);
  // (a list's entry over the names of a list inside it is a whole line too: "* Committee" / "  * Delan Azabani")
  const wholeLine = k === lineEnd && (lineEnd < tokens.length || overList);
  const othersOnly = head === null && role === null && others && !members && (colon || wholeLine);
  if (othersOnly) head = "in_attendance";
  // "Council:", "Members:", "Council members:": the members, with their colon, or a heading alone on its line over a roster
  // ("BOARD OF DIRECTORS" / "Helen Marsh    President")
  const memberOnly = head === null && role === null && members && !others && (colon || wholeLine);
  if (memberOnly) head = "present";
  if (head === null && role === null) return null;
  // the delimiter
  let end = k;
  if (tokens[end]?.key === "were" || tokens[end]?.key === "was") end++;
  // "The following … were present." at the end of its line: the list is below
  if (following && isPunct(tokens[end], ".") && end + 1 === lineEnd) end++;
  else if (isPunct(tokens[end], ":")) {
    end++;
    if (isPunct(tokens[end], "-–") && !tokens[end]!.breakBefore) end++;
  } else if (isPunct(tokens[end], "-–—") && tokens[end + 1] && !tokens[end + 1]!.breakBefore) end++;
  else if (end === k && end < lineEnd) {
    // no delimiter: a label where it is the whole line (a heading), or one word of a label grid before its names
    // ("Attendees Tony Brown (Chair), Sylvia Knights …", "Invited Nikki Sturmey (Clerk to the Board), …")
    // "Members of the Public Mr & Mrs Godfrey": the public's label, then their names
    const grid = words === 1 && head !== null && head !== "attendance" && isPunct(tokens.slice(k, lineEnd).find((t) => isPunct(t, ",(")), ",(");
    // "Present      Chairman   Stuart": the label in a column of its own, the names in the next
    const column = columnGapBefore(tokens, k);
    if (!grid && !namesFollow && !column && !(publicLabel && words > 1 && tokens[k]?.capitalised)) return null;
  }
  if (role !== null && head === null) {
    // "Chairperson: Beau", "Recorder: Marty Florey": a colon is needed, or a column of its own ("Scribe      D.Garner")
    if (!isPunct(tokens[end - 1], ":") && !columnGapBefore(tokens, end)) return null;
    return { list: role === "chair" ? "present" : "in_attendance", members: false, chair, role, start: first, end };
  }
  const attending = head === "attendance" && !members && !others;
  let list: AttendanceList;
  if (head === "absent" || head === "apologies") list = head;
  else if (head === "attendance") list = members ? "present" : "in_attendance";
  else if (head === "in_attendance") list = "in_attendance";
  else if (others && !members) list = "in_attendance";
  else list = "present";
  // "also present", "staff present" are in attendance even with "board" in them ("Board staff present", "Present at the
  // invitation of the Board was …")
  if (list === "present" && others && members && tokens.slice(first, k).some((t) => t.key === "staff" || t.key === "also" || t.key === "invitation")) list = "in_attendance";
  return { list, members, chair, role: null, start: first, end, attending, ...(memberOnly ? { memberOnly } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Names

/** "None", "Nil", "No apologies were received", "N/A", "There were none". */
function saysNone(text: string): boolean {
  const all = tokenize(text);
  const tokens = all.filter((t) => t.kind === "word");
  // "@tomberek, @K900": handles and initials are people, though no word is printed
  if (tokens.length === 0) return !all.some((t) => t.kind === "handle" || t.kind === "initial");
  if (NONE_WORDS.has(tokens[0]!.key)) return tokens.length <= 6 || !tokens.some((t) => t.capitalised && isNameToken(t));
  return tokens[0]!.key === "there" && tokens.some((t) => t.key === "no" || t.key === "none");
}

function toPeople(ctx: Context, printed: string, nodes: RootContent[], oneALine = false): Person[] {
  const asPrinted = officeColumn(withoutHeadcount(printed));
  // a list written all in lower case ("steve, dennis, james wang") is read as if capitalised, each name kept as printed
  const lowerCase = !/\p{Lu}/u.test(asPrinted) && capitalised(asPrinted).length === asPrinted.length;
  const text = lowerCase ? capitalised(asPrinted) : asPrinted;
  if (saysNone(text)) return [];
  const source = sourceOf(ctx, ...nodes);
  return (rosterRows(text) ?? parsePeople(text.split("\n").map((line) => namesSideBySide(officeInBrackets(line))).join("\n"), { oneALine }))
    // (a key to a roll call's letters, "P – Present   A – Absent", names no one: a name has two letters together, or is a handle)
    .filter((p) => p.name.split(/\s+/).length <= 6 && /^[\p{Lu}@]/u.test(p.name) && (p.name.startsWith("@") || /\p{L}{2}/u.test(p.name)))
    .map((p) => {
      const at = lowerCase ? text.indexOf(p.name) : -1;
      return person(at < 0 ? p : { ...p, name: asPrinted.slice(at, at + p.name.length) }, source);
    });
}

/** Every word's first letter in capitals: "james wang" → "James Wang". */
const capitalised = (text: string): string => text.replace(/(?<![\p{L}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());

/** The last word of an office printed after a name with no comma: "Term Board Member", "Permanent Member". */
const OFFICE_ENDS = new Set(["member", "director", "chair", "chairman", "chairperson", "secretary", "treasurer", "president", "manager", "officer", "clerk", "counsel", "administrator", "superintendent", "trustee", "commissioner", "councillor"]);
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|cllr|rev)\.?$/i;

/** Words of the body someone comes from: "General Services Administration", "Office of Management and Budget". */
const AFFILIATION_WORDS = new Set(["administration", "office", "department", "agency", "council", "district", "university", "college", "school", "consulting", "associates", "services", "inc", "ltd", "llc", "contractor", "pmo", "gsa", "institute", "academy", "polytechnic", "hospital", "library", "company", "corporation"]);
/** Words that name an institution and no person, whatever the given name before them: "Portland State University",
 * "Oregon Institute of Technology". */
const INSTITUTION_WORDS = new Set(["university", "college", "institute", "academy", "polytechnic", "hospital"]);
/** Punctuation that makes a line a list, not one roster entry. */
const LIST_PUNCTUATION = /[,;()]/;

/** A roster's line of a given name, a surname and an office or affiliation with no comma between: "Maria Roat Term Board
 * Member" → "Maria Roat (Term Board Member)", "Elizabeth Cain General Services Administration" → "Elizabeth Cain (General
 * Services Administration)", "Karla Fant Portland State University" (a given name not known, but a university is no
 * one's name). Other lines are kept as they are. */
function officeInBrackets(line: string): string {
  if (LIST_PUNCTUATION.test(line)) return line;
  const words = line.trim().split(/\s+/);
  const start = HONORIFIC.test(words[0] ?? "") ? 1 : 0;
  const given = words[start];
  const office = words.slice(start + 2);
  if (!given || office.length < 2) return line;
  if (!office.every((w) => /^\p{Lu}/u.test(w) || JOINING_WORDS.has(w))) return line;
  const keys = office.map((w) => w.toLowerCase().replace(/\.$/, ""));
  if (!GIVEN_NAMES.has(given.toLowerCase()) && !(/^\p{Lu}\p{Ll}/u.test(given) && keys.some((k) => INSTITUTION_WORDS.has(k)))) return line;
  if (!OFFICE_ENDS.has(keys[keys.length - 1]!) && !keys.some((k) => AFFILIATION_WORDS.has(k))) return line;
  return `${words.slice(0, start + 2).join(" ")} (${office.join(" ")})`;
}

/** A line of names printed side by side with no comma, as a roster in columns comes out of a PDF: "Tom Hargraves Gordon
 * Farrell" → "Tom Hargraves, Gordon Farrell". A new name starts at a given name once the one before has two words. */
function namesSideBySide(line: string): string {
  if (LIST_PUNCTUATION.test(line)) return line;
  const words = line.trim().split(/\s+/);
  if (words.length < 4 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)) || !GIVEN_NAMES.has(words[0]!.toLowerCase())) return line;
  const names: string[][] = [[]];
  for (const word of words) {
    const current = names[names.length - 1]!;
    if (current.length >= 2 && GIVEN_NAMES.has(word.toLowerCase())) names.push([word]);
    else current.push(word);
  }
  return names.length > 1 && names.every((name) => name.length >= 2) ? names.map((name) => name.join(" ")).join(", ") : line;
}

/** A line that ends where a list goes on: after a comma, "and" or "&". */
const RUNS_ON = /(?:,|\band|&)$/;

/** Initials in brackets after a name: "(AC)". */
const BRACKETED_INITIALS = /\(\p{Lu}{2,3}\)/u;
/** The gap between a roster's columns: three spaces or more between words. */
const COLUMN_GAP = /(?<=\S)\s{3,}(?=\S)/;

/** A roster whose first column is the office and the second the name, the office printed once over the names that hold
 * it ("Chairman      Stuart" / "Vice Chairman   Squire" / "Councillor      Caunce" / "Mrs Chapman" / "Harris"): each name with
 * its office before it, a blank office cell taking the office above. The text as it is when its first line is no such row. */
function officeColumn(text: string): string {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const officeOf = (line: string): string | null => {
    const gap = COLUMN_GAP.exec(line);
    if (!gap) return null;
    const office = line.slice(0, gap.index);
    const tokens = tokenize(office);
    return titleAt(tokens, 0)?.end === tokens.length ? office : null;
  };
  let office = lines[0] ? officeOf(lines[0]) : null;
  if (office === null || lines.length < 2) return text;
  return lines
    .map((line) => {
      const own = officeOf(line);
      // a row of two other columns ("Mark Pogmore   Councillor") stays as it is
      if (own === null) return COLUMN_GAP.test(line) ? line : `${office} ${line}`;
      office = own;
      return `${own} ${line.slice(own.length).trim()}`;
    })
    .join("\n");
}

/** A roster of one person a line, the name in one column and the role or organisation in the next ("Helen Marsh        President",
 * "Rod Wood      Citrus Heights Water District"); a line with a name alone ("Bryan") belongs to it. Null when most
 * lines have no second column. */
function rosterRows(text: string): PersonDraft[] | null {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  const columns = lines.map((line) => COLUMN_GAP.exec(line));
  if (lines.length < 2 || columns.filter(Boolean).length * 2 < lines.length) return null;
  // a list that runs on from line to line ("…, S Linsley and" / "M Armstrong   Clerk J Connelly") is no roster of rows
  if (lines.some((line) => RUNS_ON.test(line))) return null;
  return lines.flatMap((line, i) => {
    const gap = columns[i];
    const drafts = parsePeople(gap ? line.slice(0, gap.index) : line);
    const [draft] = drafts;
    // a second column of names, not an office: "Jane Archer (JA)   Alan Caudwell (AC) Robert Gegg (RG)", "M Armstrong   Clerk J Connelly"
    const next = gap ? parsePeople(line.slice(gap.index + gap[0].length)) : [];
    if (gap && (next.length >= 2 || next[0]?.honorific || BRACKETED_INITIALS.test(line.slice(gap.index)))) return [...drafts, ...next];
    if (gap && drafts.length === 1 && draft && draft.position === null) {
      draft.position = line.slice(gap.index + gap[0].length).replace(/\s+/g, " ");
      draft.role ??= chairingOf(draft.position);
    }
    return drafts;
  });
}

function person(draft: PersonDraft, source: Person["source"]): Found {
  const found: Found = { name: draft.name, honorific: draft.honorific, role: draft.role, position: draft.position, substitute_for: draft.substituteFor ?? null, source, list: draft.list ?? null, titleKind: draft.titleKind ?? null };
  return draft.grouped ? { ...found, grouped: true } : found;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sentences

/** Where a sentence ends in a token run: "." "!" "?" before a capitalised word that a lower-case word follows ("… and
 * Webber. Board members absent: …"), not before a name ("Guy de Montfort. Alan Whitford."). */
function sentenceEnds(tokens: Token[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (!isPunct(tokens[i], ".!?")) continue;
    const next = tokens[i + 1];
    if (!next || i + 1 >= to) return i;
    const after = tokens[i + 2];
    if (next.capitalised && (!isNameToken(next) || (after?.kind === "word" && !after.capitalised && after.key !== "de"))) return i;
    if (!next.capitalised && next.kind === "word") return i;
  }
  return to;
}

/** Label positions: the start of each line, and the start of each sentence (also after an abbreviation's full stop). */
function labelPositions(tokens: Token[]): Set<number> {
  const at = new Set<number>([0]);
  tokens.forEach((t, i) => {
    if (t.breakBefore) at.add(i);
    if (isPunct(t, ".!?;") && tokens[i + 1]?.capitalised) at.add(i + 1);
    // after an abbreviation's last letter: "77 K Street, N.E. In attendance were …"
    if (t.kind === "initial" && t.text.endsWith(".") && tokens[i + 1]?.kind === "word" && tokens[i + 1]!.capitalised) at.add(i + 1);
  });
  return at;
}

/** The first token of the line after token `i`'s. */
function lineEndAfter(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !tokens[k]!.breakBefore) k++;
  return k;
}

// Apologies and names given before their status.
const APOLOGY_LEAD_WORDS = new Set([
  "for", "absence", "were", "was", "had", "been", "have", "has", "also", "received", "submitted", "given", "accepted", "noted",
  "reported", "tendered", "sent", "recorded", "the", "following", "apologies", "regrets",
]);
const APOLOGY_FROM = new Set(["from", "for", "by", "of"]);
const STATUS_AFTER_NAMES: [string[], AttendanceList][] = [
  [phraseWords("were in attendance"), "present"],
  [phraseWords("was in attendance"), "present"],
  [phraseWords("were present"), "present"],
  [phraseWords("was present"), "present"],
  [phraseWords("were in remote attendance"), "present"],
  [phraseWords("were absent"), "absent"],
  [phraseWords("was absent"), "absent"],
  [phraseWords("was not present"), "absent"],
  [phraseWords("were not present"), "absent"],
  [phraseWords("sent apologies"), "apologies"],
  [phraseWords("sent their apologies"), "apologies"],
  [phraseWords("sent his apologies"), "apologies"],
  [phraseWords("sent her apologies"), "apologies"],
  [phraseWords("gave apologies"), "apologies"],
  [phraseWords("had given her formal apologies"), "apologies"],
  [phraseWords("had given his formal apologies"), "apologies"],
  [phraseWords("tendered apologies"), "apologies"],
  [phraseWords("apologies"), "apologies"],
];

/** "Apologies were received from Cllrs A and B", "apologies from …", "These were accepted for Cllr David Human". */
function apologyLeadIn(tokens: Token[], from: number, to: number): number | null {
  let k = from;
  let sawApology = false;
  if (tokens[k]?.key === "these" || tokens[k]?.key === "they") {
    k++;
    sawApology = true;
  } else {
    // "The Democratic Services Manager reported apologies from …": the words before "apologies" are the reporter's
    while (k < to && k < from + 12 && tokens[k]!.key !== "apologies" && tokens[k]!.key !== "regrets") k++;
    if (k >= to || k >= from + 12) return null;
  }
  for (; k < to; k++) {
    const key = tokens[k]!.key;
    if (key === "apologies" || key === "regrets" || key === "apology") sawApology = true;
    else if (APOLOGY_FROM.has(key) && sawApology) {
      if (key === "of" || (key === "for" && tokens[k + 1]?.key === "absence")) continue;
      if (key === "by" || key === "for" || key === "from") {
        if (tokens[k + 1]?.key === "absence") continue;
        return k + 1;
      }
    } else if (key === "on" && tokens[k + 1]?.key === "behalf" && tokens[k + 2]?.key === "of") return k + 3;
    else if (!APOLOGY_LEAD_WORDS.has(key) && !isPunct(tokens[k], ",")) return null;
  }
  return null;
}

/** Evidence of one paragraph's sentences that are not labels: apologies received, names before their status. */
function sentenceEvidence(ctx: Context, text: string, tokens: Token[], node: RootContent, from: number, to: number): AttendanceEvidence[] {
  const found: AttendanceEvidence[] = [];
  let start = from;
  while (start < to) {
    const end = Math.min(to, sentenceEnds(tokens, start, to) + 1);
    const lead = apologyLeadIn(tokens, start, end);
    if (lead !== null) {
      const stop = isPunct(tokens[end - 1], ".") ? end - 1 : end;
      const names = stop > lead ? text.slice(tokens[lead]!.start, tokens[stop - 1]!.end) : "";
      const people = toPeople(ctx, names, [node]);
      if (people.length) found.push({ list: "apologies", people, how: "sentence", members: false });
    } else {
      for (const [words, list] of STATUS_AFTER_NAMES) {
        const at = findWords(tokens, start, end, words);
        if (at === null || at === start) continue;
        const names = text.slice(tokens[start]!.start, tokens[at - 1]!.end);
        if (!readsAsNames(names)) break;
        const people = toPeople(ctx, names, [node]);
        if (people.length) found.push({ list, people, how: "sentence", members: false });
        break;
      }
    }
    start = end;
  }
  return found;
}

function findWords(tokens: Token[], from: number, to: number, words: string[]): number | null {
  for (let i = from; i + words.length <= to; i++) if (wordsAt(tokens, i, words)) return i;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Roll calls

/** A roll-call row: a name, perhaps a title, and a status at the end ("Andrei Garcia Commissioner Late 7:08 p.m."). */
function rollCallRow(line: string): { name: string; list: AttendanceList } | null {
  const tokens = tokenize(line);
  let k = 0;
  while (k < tokens.length && (isNameToken(tokens[k]) || tokens[k]!.kind === "initial")) k++;
  if (k < 2) return null;
  const nameEnd = k;
  const title = titleAt(tokens, k);
  if (title) k = title.end;
  const status = tokens[k] ? ROLL_CALL_STATUS[tokens[k]!.key] : undefined;
  if (!status || !title || !tokens[k]!.capitalised) return null;
  return { name: line.slice(tokens[0]!.start, tokens[nameEnd - 1]!.end), list: status };
}

/** A roll-call table that a converter exploded into one column at a time: a block of names ("Attendee Name" / "Karen
 * Benker" / …), then a block of statuses ("Status" / "Present" / "Remote"). */
const ROLL_CALL_HEADER = /^(?:attendee\s+name|name|title|status|arrived|departed)$/i;

function explodedRollCall(ctx: Context, blocks: RootContent[]): AttendanceEvidence[] {
  const paragraphs = blocks.filter((b) => b.type === "paragraph");
  if (!paragraphs.some((p) => /^attendee\s+name$/im.test(rawText(p)))) return [];
  const found: AttendanceEvidence[] = [];
  // cells one a line, row by row ("Julien Bouquet" / "Chair" / "Remote") or column by column (the names, then the
  // statuses): either way each status goes to the first name still waiting for one
  const pending: { name: string; node: RootContent }[] = [];
  for (const node of paragraphs) {
    for (const raw of rawText(node).split("\n")) {
      const line = raw.trim();
      if (!line || ROLL_CALL_HEADER.test(line)) continue;
      const status = ROLL_CALL_STATUS[line.toLowerCase()];
      if (status) {
        const entry = pending.shift();
        if (entry) found.push({ list: status, people: toPeople(ctx, entry.name, [entry.node]), how: "rollcall", members: true });
      } else if (/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u.test(line) && !isOffice(line)) pending.push({ name: line, node });
    }
  }
  return found;
}

/** A cell of a roll-call table: a column's header, a status, a time, an office ("Director, District I"). */
function isRollCallCell(line: string): boolean {
  return ROLL_CALL_HEADER.test(line) || ROLL_CALL_STATUS[line.toLowerCase()] !== undefined || /^\d{1,2}:\d{2}\s*[AP]\.?M\.?$/i.test(line) || isOffice(line);
}

/** A line that is an office, not a name: "First Vice Chair", "Treasurer". */
function isOffice(line: string): boolean {
  const tokens = tokenize(line);
  const title = titleAt(tokens, 0);
  return (title !== null && title.end === tokens.length) || tokens.some((t) => OFFICE_WORDS.has(t.key));
}

// ---------------------------------------------------------------------------------------------------------------------
// Blocks

/** An Obsidian-style callout marker that converters put before a label: "[!abstract]- Present:". */
const CALLOUT = /^\s*\[![\w-]+\][-+]?\s*/;

/** The text blocks of the attendance: paragraphs and headings, list items' paragraphs, quotes' paragraphs, in order. A
 * list entry's paragraph over a list inside it goes in `overLists`. */
function textBlocks(nodes: RootContent[], overLists?: Set<RootContent>): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === "list") {
      for (const item of node.children) {
        const [first, second] = item.children;
        if (overLists && first?.type === "paragraph" && second?.type === "list") overLists.add(first);
        for (const child of textBlocks(item.children, overLists)) out.push(child);
      }
    } else if (node.type === "blockquote") for (const child of textBlocks(node.children)) out.push(child);
    else if (node.type === "paragraph" || node.type === "heading" || node.type === "html" || node.type === "code") out.push(node);
  }
  return out;
}

/** A unit's or a member's number before the name, with a dash: "10311 - Deanna Erhardt", "10317 – Shelley Sump". */
const UNIT_NUMBER = /^\s*\d{1,6}\s*[-–—]\s+(?=\p{Lu})/u;

/** A list marker at a line's start in a code block, where no list was parsed: "* ESS - Andrew Jackson, …". */
const CODE_LIST_MARKER = /^\s*[-*+•]\s+/;

function blockText(node: RootContent): string {
  // a block of code holding the attendance as a list ("```" / "* ESS - Andrew Jackson, Jon Taylor (PMB Chair)" / …)
  if (node.type === "code") return node.value.split("\n").map((line) => line.replace(CODE_LIST_MARKER, "")).join("\n").trim();
  const lines = rawText(node)
    .split("\n")
    .map((line) => line.replace(CALLOUT, "").replace(/\*{2,}|_{2,}/g, ""));
  // a roster of homes or members by number ("10311 - Deanna Erhardt" / "10317 – Shelley Sump"): the numbers are no names
  const numbered = lines.filter((line) => UNIT_NUMBER.test(line)).length;
  const roster = numbered >= 2 && numbered * 2 >= lines.length;
  return (roster ? lines.map((line) => line.replace(UNIT_NUMBER, "")) : lines).join("\n").trim();
}

/** A column of names under its label, in a grid of labels side by side. */
interface LabelColumn {
  label: Label;
  names: string[];
}

/**
 * Labels set side by side over their columns of names, as a two-column layout prints them ("Present      Apologies" /
 * "Steve Scott (Chair)   Alex Ball" / "Jo Tancock" / "Mark Schumm   Absent" / "Paul Jones   Rob Hatto"): each column's
 * names under its label, a label in a column's cell starting a new list there. A line of one cell is the first column's
 * (a layout fills its left column first). Null when the block's first line is not two labels or more and nothing else.
 */
function labelColumns(text: string): LabelColumn[] | null {
  const [head, ...rows] = text.split("\n").filter((line) => line.trim() !== "");
  const heads = head ? columnCells(head).map((cell) => titleLabel(trimEnd(cell, `:${BLANKS}`))) : [];
  if (heads.length < 2 || heads.some((label) => label === null) || rows.length === 0) return null;
  const current = (heads as Label[]).map((label) => ({ label, names: [] as string[] }));
  const columns: LabelColumn[] = [...current];
  for (const row of rows) {
    columnCells(row).slice(0, current.length).forEach((cell, k) => {
      const label = titleLabel(trimEnd(cell, `:${BLANKS}`));
      if (label) columns.push((current[k] = { label, names: [] }));
      else current[k]!.names.push(cell);
    });
  }
  return columns.filter((column) => column.names.length > 0);
}

/** A label waiting for its names in the blocks that follow ("Present:" alone on its line). */
interface OpenLabel {
  label: Label;
  texts: string[];
  nodes: RootContent[];
}

/** Every piece of attendance evidence in the blocks, in document order. */
export function readAttendance(ctx: Context, blocks: RootContent[], opening: Label | null = null): AttendanceEvidence[] {
  const found: AttendanceEvidence[] = [...explodedRollCall(ctx, blocks)];
  // an item titled by a label ("1. Present: G. Gott - Vice-chairman, …"): its text is the label's list
  const state: { open: OpenLabel | null; heading: boolean } = { open: opening ? { label: opening, texts: [], nodes: [] } : null, heading: opening !== null };
  const close = () => {
    const open = state.open;
    if (open && open.texts.length && open.nodes.length) found.push(...fromLabel(ctx, open.label, open.texts.join("\n"), open.nodes, state.heading));
    state.open = null;
  };
  const rollCall = found.length > 0;
  const overLists = new Set<RootContent>();
  for (const node of textBlocks(blocks, overLists)) {
    let text = blockText(node);
    if (!text) continue;
    // the cells of an exploded roll-call table were read with it: "Status" / "Present" / "Present" is no label
    if (rollCall && text.split("\n").every((line) => isRollCallCell(line.trim()))) continue;
    // labels side by side over their columns of names ("Present      Apologies" / "Steve Scott   Alex Ball" / …)
    const grid = labelColumns(text);
    if (grid) {
      close();
      for (const column of grid) found.push(...fromLabel(ctx, column.label, column.names.join("\n"), [node]));
      continue;
    }
    // a table with a column of statuses ("Present   Director   Organization" / "Y   Chris Aniszczyk   Talend" / "N   …")
    const statuses = node.type !== "heading" ? statusTable(text) : null;
    if (statuses) {
      close();
      for (const row of statuses) found.push({ list: row.list, people: toPeople(ctx, row.name, [node]), how: "rollcall", members: true });
      continue;
    }
    // lines of names continue the open label: one person a line, or a list broken by blank lines
    const open = state.open;
    // a table of those attending under the label: "The following people were present:" / "| Name | Call Sign | Position |"
    const table = open && node.type !== "heading" ? tableRoster(text) : null;
    if (open && table) {
      open.texts.push(table);
      open.nodes.push(node);
      continue;
    }
    if (open && node.type !== "heading") {
      const lines = text.split("\n");
      let taken = 0;
      // a heading in capitals after names in mixed case starts what follows them ("OTHER ATTENDEES" / "Bryan" / … /
      // "AGENDA ITEMS")
      const namesInCapitals = open.texts.length === 0 || open.texts.some(inCapitals);
      // "In person: Jane Smith, Bob Jones" / "Online: …": how some of those listed attended, a note before their names
      for (let k = 0; k < lines.length && labelsOf(tokenize(lines[k]!)).length === 0; k++) lines[k] = withoutMannerNote(lines[k]!);
      while (
        taken < lines.length &&
        labelsOf(tokenize(lines[taken]!)).length === 0 &&
        !MOTION_ROLE_WORDS.test(lines[taken]!) &&
        (readsAsNames(lines[taken]!) || saysNone(lines[taken]!)) &&
        (namesInCapitals || !inCapitals(lines[taken]!))
      ) {
        taken++;
      }
      const taking = lines.slice(0, taken);
      // names before a label on the next line: "Tim Read (Treasurer), Committee members: Guy de Montfort"
      if (taken < lines.length) {
        const rest = lines.slice(taken).join("\n");
        const restTokens = tokenize(rest);
        const label = labelsOf(restTokens)[0];
        const before = label && label.start > 0 ? rest.slice(0, restTokens[label.start]!.start) : "";
        if (before.trim() && readsAsNames(before) && (namesInCapitals || !inCapitals(before.split("\n")[0]!))) {
          taking.push(before);
          text = rest.slice(before.length);
        } else text = rest;
      }
      if (taking.length > 0) {
        open.texts.push(taking.join("\n"));
        open.nodes.push(node);
      }
      if (taken === lines.length) continue;
    }
    // an attendance heading with nothing of its own ("## Attendance", "Attendance") stands over the labels that follow
    const underHeading = open !== null && open.texts.length === 0;
    close();
    const tokens = tokenize(text);
    const labels = labelsOf(tokens, overLists.has(node));
    state.heading = underHeading && labels.length > 0 ? true : labels.length > 0 ? state.heading && labels[0]!.memberOnly === true : false;
    // roll-call rows, one a line
    for (const line of text.split("\n")) {
      const row = rollCallRow(line);
      if (row) found.push({ list: row.list, people: toPeople(ctx, row.name, [node]), how: "rollcall", members: true });
    }
    let covered = 0;
    labels.forEach((label, k) => {
      const next = labels[k + 1]?.start ?? tokens.length;
      covered = next;
      // a label alone at the end of its block: the names are in the blocks below
      if (label.end >= next) {
        state.open = { label, texts: [], nodes: [node] };
        state.heading = true;
        return;
      }
      // on its line, a value ends with its sentence ("… and Webber. Board members absent: …")
      const lineEnd = lineEndAfter(tokens, label.end - 1);
      const stop = label.end < lineEnd ? Math.min(next, sentenceEnds(tokens, label.end, next) + 1) : next;
      covered = stop;
      const last = tokens[Math.max(label.end, stop - 1)]!;
      const value = text.slice(tokens[label.end]!.start, last.end).replace(/[.;]$/, "");
      // a list that runs to the end of its block without a full stop may go on in the next blocks
      if (k === labels.length - 1 && stop >= tokens.length && !isPunct(last, ".")) state.open = { label, texts: [value], nodes: [node] };
      else found.push(...fromLabel(ctx, label, value, [node], state.heading));
    });
    // sentences outside labels: "Apologies were received from …", "Trustee Keefer was not present."
    if (covered < tokens.length) found.push(...sentenceEvidence(ctx, text, tokens, node, covered, tokens.length));
  }
  close();
  return found;
}

/** "Note taker", "Minute taker": a role's label in two words. */
const TAKER_OF = new Set(["note", "notes", "minute", "minutes"]);

/** The words of a note before a list's names: "In person", "Online", "Everyone", "Via Zoom". */
const MAX_NOTE_WORDS = 3;
const EVERYONE = new Set(["everyone", "everybody", "all"]);

/** A line's names without the note before them ("In person: Jane Smith, Bob Jones" → "Jane Smith, Bob Jones"), when
 * what follows the colon reads as names and what comes before it is a few words that name no one. */
function withoutMannerNote(line: string): string {
  const colon = line.indexOf(":");
  if (colon <= 0) return line;
  const note = tokenize(line.slice(0, colon));
  const value = line.slice(colon + 1).trim();
  if (note.length === 0 || note.length > MAX_NOTE_WORDS || note.some((t) => t.kind !== "word")) return line;
  // "Jane Smith: Chair": a name and its office
  if (readPerson(line.slice(0, colon)).draft && note.length > 1) return isOffice(value) && !readsAsNames(value) ? `${line.slice(0, colon)}, ${value}` : line;
  // the note says how they attended, in the words of no list ("In person", "Online", "Everyone"); "Directors nominee:" says
  // who they are
  if (!note.every((t) => NEUTRAL_LABEL_WORDS.has(t.key) || EVERYONE.has(t.key))) return line;
  return value && readsAsNames(value) && !MOTION_ROLE_WORDS.test(line) ? value : line;
}

/** A table's column of names, and of their offices. */
const NAME_COLUMN = /^(?:names?|members?|attendees?|councillors?|directors?|trustees?)$/i;
const OFFICE_COLUMN = /^(?:position|role|title|office)$/i;
/** The header of a column of names, in a table with no rules to show its header. */
const NAME_HEADER = /^(?:(?:full|member|attendee)\s+)?names?$/i;

/** The header of a column of statuses: "Present", "Attended", "Status". */
const STATUS_HEADER = /^(?:present|attended|attendance|status|here)\??$/i;
/** What a status cell says: "Y" / "N", "Yes" / "No", "X", "P" / "A", "Present" / "Absent", "E" (excused). */
const STATUS_CELLS: Record<string, AttendanceList> = {
  ...ROLL_CALL_STATUS,
  y: "present", yes: "present", x: "present", "✓": "present", "✔": "present", p: "present",
  n: "absent", no: "absent", a: "absent",
  e: "apologies", apologies: "apologies", regrets: "apologies",
};

/** The rows of a table whose column of statuses says who attended, each with its name and list; null when the block is
 * no such table. The names are the column headed as names, else the first column whose every cell reads as a name. */
function statusTable(text: string): { name: string; list: AttendanceList }[] | null {
  const table = pipeTable(text) ?? columnTable(text);
  if (!table) return null;
  const status = table.header.findIndex((cell) => STATUS_HEADER.test(cell.replace(/[*_]/g, "").trim()));
  if (status < 0) return null;
  const rows = table.rows.filter((row) => row.length === table.header.length);
  if (rows.length < 2 || rows.length * 2 < table.rows.length) return null;
  const lists = rows.map((row) => STATUS_CELLS[(row[status] ?? "").replace(/[*_]/g, "").trim().toLowerCase()]);
  if (lists.some((list) => list === undefined)) return null;
  const others = table.header.map((_, k) => k).filter((k) => k !== status);
  const names = others.find((k) => NAME_COLUMN.test(table.header[k]!.trim())) ?? others.find((k) => rows.every((row) => readsAsNames(row[k]!)));
  if (names === undefined) return null;
  return rows.map((row, k) => ({ name: row[names]!, list: lists[k]! }));
}

/** The names of a table with a column of names, one a line, each with its office in brackets when a column gives it. */
function tableRoster(text: string): string | null {
  const piped = pipeTable(text);
  // a table without rules needs a header that says "Name": a roster's first row ("Mark Pogmore (MPO)   Councillor") is none
  const table = piped ?? columnTable(text);
  if (!table || (!piped && !table.header.some((cell) => NAME_HEADER.test(cell)))) return null;
  const names = table.header.findIndex((cell) => NAME_COLUMN.test(cell));
  if (names < 0) return null;
  const offices = table.header.findIndex((cell) => OFFICE_COLUMN.test(cell));
  const people = table.rows.flatMap((row) => {
    const name = row[names] ?? "";
    const office = offices >= 0 ? (row[offices] ?? "") : "";
    return name ? [office ? `${name} (${office})` : name] : [];
  });
  return people.length ? people.join("\n") : null;
}

/** Every word of the text in capitals: "AGENDA ITEMS", "JOHN SMITH". */
function inCapitals(text: string): boolean {
  const words = tokenize(text).filter((t) => t.kind === "word");
  return words.length > 0 && words.every((t) => t.shouted);
}

/** The label an item's title is, when it is one: "Present", "Members Present", "Apologies for Absence". */
export function titleLabel(title: string): Label | null {
  const tokens = tokenize(trimEnd(title, `:.${BLANKS}`));
  const label = labelAt(tokens, 0, tokens.length);
  return label && label.end === tokens.length ? label : null;
}

/** The labels of a block, in order: at line and sentence starts, and anywhere else when a colon closes them ("… 7.30 pm
 * PRESENT (Five Councillors):- Tom Foy (TF), … and Susan Pepper In attendance: Peter King, Parish Clerk, …"). */
function labelsOf(tokens: Token[], overList = false): Label[] {
  const labels: Label[] = [];
  const starts = labelPositions(tokens);
  let after = 0;
  for (let at = 0; at < tokens.length; at++) {
    if (at < after) continue;
    const token = tokens[at]!;
    // a line's or sentence's start, or a cell's after a column gap and a value ("Chaired by   Jane Okoro      Clerked by
    // Bob Lindqvist"; in "Present      Chairman   Hollis" the office is the label's value)
    const cell = !starts.has(at) && at > after && columnGapBefore(tokens, at);
    const start = starts.has(at) || cell;
    // "… held their regular monthly meeting with the following present: Christopher Strawser, …": in mid-sentence too
    const following = token.key === "the" && tokens[at + 1]?.key === "following";
    if (!start && !following && !(token.capitalised && token.kind === "word")) continue;
    const lineEnd = lineEndAfter(tokens, at);
    const label = labelAt(tokens, at, lineEnd, overList) ?? (start && !cell ? labelAfterName(tokens, at, lineEnd) : null);
    // (a cell's label has its value in the next cell: "Chris Petersen      Board Member" ends with an office, not a label)
    if (label && cell && label.end >= lineEnd) continue;
    if (label && (start || isPunct(tokens[label.end - 1], ":") || isPunct(tokens[label.end - 2], ":"))) {
      labels.push(label);
      after = label.end;
    }
  }
  return labels;
}

/** Most words of a body's name before a heading's label. */
const MAX_NAME_BEFORE_LABEL = 6;

/** A heading line that names the body and then the label: "SAN JUAN WATER DISTRICT MANAGEMENT AND STAFF", "City Council
 * Members Present:". Every word before the label is capitalised; the label runs to the end of the line, and the line is
 * in capitals or ends in a colon — a roster's row ("Ted Costa      Director") is a name and an office, not a heading. */
function labelAfterName(tokens: Token[], at: number, lineEnd: number): Label | null {
  const heading = isPunct(tokens[lineEnd - 1], ":") || tokens.slice(at, lineEnd).every((t) => t.kind !== "word" || t.shouted);
  if (!heading) return null;
  for (let j = at + 1; j < lineEnd && j - at <= MAX_NAME_BEFORE_LABEL; j++) {
    const word = tokens[j - 1]!;
    if (word.kind !== "word" || !word.capitalised) return null;
    const label = labelAt(tokens, j, lineEnd);
    // the label, with its colon if any, runs to the end of the line; a body's members alone are no label here
    if (label && label.end === lineEnd && !label.memberOnly) return { ...label, start: at };
  }
  return null;
}

/** The people after one label. */
/** A task list's box at a line's start: "[x] Daniel Heckenberg", "[ ] Bill Ballew". */
const CHECKBOX = /^\s*\[([ xX✓✔])\]\s+/;

/** The lines of a task list under a label, ticked and not: those ticked attended, the others did not. Null when the
 * lines are no task list. */
function checkboxLines(value: string): { ticked: string; unticked: string } | null {
  const lines = value.split("\n");
  const boxed = lines.filter((line) => CHECKBOX.test(line));
  if (boxed.length < 2 || boxed.length < lines.filter((line) => line.trim() !== "").length / 2) return null;
  const ticked: string[] = [];
  const unticked: string[] = [];
  for (const line of lines) {
    const box = CHECKBOX.exec(line);
    if (!box) ticked.push(line);
    else (box[1] === " " ? unticked : ticked).push(line.slice(box[0].length));
  }
  return { ticked: ticked.join("\n"), unticked: unticked.join("\n") };
}

function fromLabel(ctx: Context, label: Label, value: string, nodes: RootContent[], underHeading = false): AttendanceEvidence[] {
  // "* [x] Daniel Heckenberg" / "* [ ] Bill Ballew": a task list of the members, ticked for those present
  const boxes = checkboxLines(value);
  if (boxes) {
    const found = boxes.ticked.trim() ? fromLabel(ctx, label, boxes.ticked, nodes, underHeading) : [];
    const absent = label.list === "present" && boxes.unticked.trim() ? toPeople(ctx, boxes.unticked, nodes, true) : [];
    if (absent.length) found.push({ list: "absent", people: absent, how: "label", members: true });
    return found;
  }
  // "In Attendance: An Cathaoirleach, Cllr. Michael Murphy": an Irish committee's chair is listed first as attending
  const cathaoirleach = /^an\s+cathaoirleach\s*,?\s*/i.exec(value);
  if (cathaoirleach) {
    const people = toPeople(ctx, value.slice(cathaoirleach[0].length), nodes);
    if (people[0]) people[0].role = "chair";
    return people.length ? [{ list: "present", people, how: "label", members: true, chair: true }] : [];
  }
  // "Apologies for Absence:- Apologies were received from Councillors Bower, Garnett and Monk."
  const valueTokens = tokenize(value);
  const lead = label.list === "apologies" ? apologyLeadIn(valueTokens, 0, valueTokens.length) : null;
  const names = lead !== null && lead < valueTokens.length ? value.slice(valueTokens[lead]!.start) : value;
  const people = toPeople(ctx, names, nodes);
  if (people.length === 0) return [];
  if (label.chair && label.role === null && people[0] && people[0].role === null) people[0].role = "chair";
  if (label.role === "chair") {
    for (const p of people) p.role = "chair";
    return [{ list: "present", people, how: "label", members: false, chair: true, reference: true }];
  }
  if (label.role === "officer") return [{ list: "in_attendance", people, how: "label", members: false, reference: true }];
  // people a group word put in another list ("and guests Marv and Sue Forbragd") go there
  const byList = new Map<AttendanceList, Person[]>();
  for (const p of people as (Person & { list?: AttendanceList | null })[]) {
    const list = p.list && label.list === "present" ? p.list : label.list;
    byList.set(list, [...(byList.get(list) ?? []), p]);
  }
  return [...byList].map(([list, group]) => ({
    list,
    people: group,
    how: label.memberOnly && !underHeading ? ("roster" as const) : ("label" as const),
    members: label.members || list !== label.list,
    chair: label.chair,
    ...(label.attending && list === label.list ? { attending: true } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------------------------------
// Assembly

type Found = Person & { list?: AttendanceList | null; titleKind?: PersonDraft["titleKind"]; grouped?: boolean };

/** A staff office or an outside body's initials: "Brian King, Chancellor", "Clerk J Connelly", "Alan Armstrong, EDC". */
function isOfficer(p: Found): boolean {
  if (p.titleKind === "member" || p.titleKind === "chair" || p.titleKind === "vice_chair" || p.titleKind === "head") return false;
  // the chair and vice chair are members, whatever else they are ("Secretary Jon Stride (Chairperson)")
  if (p.role !== null) return false;
  const words = `${p.position ?? ""} ${p.titleKind === "office" ? (p.honorific ?? "") : ""}`.toLowerCase().split(/[^a-z-]+/).filter(Boolean);
  if (words.some((w) => STAFF_OFFICE_WORDS.has(w))) return true;
  // (not the group a roster lists its members under: "ORNL - Mathieu Doucet, Andrei Savici")
  return p.position !== null && /^[A-Z]{2,6}$/.test(p.position) && p.grouped !== true;
}

/** A member's title printed with the name: "Trustee Paul Keefer", "Councillor Brent", "President Goold". */
function hasMemberTitle(p: Found): boolean {
  return p.titleKind === "member" || p.titleKind === "chair" || p.titleKind === "vice_chair" || p.titleKind === "head";
}

/** Board offices held by members where the list gives members their roles ("Zima Creason, clerk" among "…, president",
 * "…, member"): there they are members, not staff. */
const BOARD_OFFICES = new Set(["clerk", "secretary", "treasurer"]);
const MEMBER_POSITION = /^(?:vice\s+)?(?:president|chair(?:man|person)?|member|trustee|director|commissioner|councillor)$/i;

/**
 * Members and the rest in one "Present" list with no "members" in its label. Officers listed after the members go to those
 * in attendance ("…, Brian King, Chancellor"; "… Helen Richardson (Parish Clerk)"; "…, A Armstrong, EDC, Clerk J
 * Brampton"), and so does everyone after a clerk named by title ("… P Moran Clerk Mrs J Todd Eden District Councillor A
 * Armstrong"), or after members named by their titles when the rest have none ("Trustee Paul Keefer, Chair, Trustee Bina
 * Lefkovitz, Member, …, Jackie White, Dr. Nancy Herota"). An officer among the members stays: a liaison committee's
 * officers of other bodies, a board's own clerk.
 */
function splitOfficers(people: Found[]): { members: Found[]; others: Found[] } {
  // members with their offices as positions ("…, president", "…, member"), or a chair marked ("(Chairman)")
  const positioned = people.some((p) => p.position !== null && MEMBER_POSITION.test(p.position.trim()));
  const boardRoles = positioned || people.some((p) => p.role !== null);
  // a treasurer or secretary beside a marked chair is the association's own; a clerk is the board's own only where the
  // members are given their offices ("Zima Creason, clerk"): beside a chair alone it is the council's officer ("Mrs C Hardy (Clerk)")
  const boardsOwn = (office: string) => BOARD_OFFICES.has(office) && (office === "clerk" ? positioned : boardRoles);
  const officer = (p: Found) => isOfficer(p) && !(p.titleKind !== "office" && boardsOwn((p.position ?? "").trim().toLowerCase()));
  const titled = people.filter(hasMemberTitle).length;
  const lastTitled = people.map(hasMemberTitle).lastIndexOf(true);
  let cut = titled >= 2 && lastTitled < people.length - 1 && people.slice(0, lastTitled + 1).every(hasMemberTitle) ? lastTitled + 1 : people.length;
  // "Dana Bilyeu of Oregon, member; … William Jasien of Virginia, member; Ravindra Deo, Executive Director; …": the members
  // by their position, then everyone with an office of their own (a board's own clerk is one of its members)
  const memberPositioned = (p: Found) => p.position !== null && MEMBER_POSITION.test(p.position.trim());
  // a guest among them ("Dave Goodwin, Visitor") is set aside later, and does not end the members
  const members = people.findIndex((p) => !memberPositioned(p) && !GUEST_POSITION.test(p.position ?? ""));
  const ownOffice = (p: Found) => p.position !== null && !BOARD_OFFICES.has(p.position.trim().toLowerCase());
  // (members named as such: a roster of a club's offices, "President – Dana Whitlock", "Equipment Manager – Lucy Brandt", is
  // its board, not a board and its staff)
  const plainMember = people.slice(0, Math.max(0, members)).some((p) => !chairingOf(p.position ?? "") && !/president/i.test(p.position ?? ""));
  if (members >= 2 && plainMember && people.slice(members).every(ownOffice)) cut = Math.min(cut, members);
  const clerk = people.findIndex((p) => p.titleKind === "office" && /clerk/i.test(p.honorific ?? ""));
  if (clerk >= 0) cut = Math.min(cut, clerk);
  while (cut > 0 && officer(people[cut - 1]!)) cut--;
  return { members: people.slice(0, cut), others: people.slice(cut) };
}

/** The position of someone who attends as a guest: "Visitor", "Guest", "Observer", "Member of the public". */
const GUEST_POSITION = /^(?:visitors?|guests?|observers?|members?\s+of\s+the\s+public|public)$/i;

/** Merge the evidence into the four lists. Labels and roll calls decide who was present; a roster of the board's members
 * counts only when nothing else says who was present. */
export function assembleAttendance(found: AttendanceEvidence[]): Attendance {
  let evidence = found;
  const attendance: Attendance = { present: [], apologies: [], absent: [], in_attendance: [] };
  const seen: Record<AttendanceList, Set<string>> = { present: new Set(), apologies: new Set(), absent: new Set(), in_attendance: new Set() };
  const add = (listed: AttendanceList, p: Found) => {
    // "Richard (Visitor)" in a table of those present: a guest attends, not as a member
    const list = listed === "present" && GUEST_POSITION.test(p.position ?? "") ? "in_attendance" : listed;
    const key = `${p.honorific ?? ""}|${p.name}`;
    if (seen[list].has(key)) return;
    seen[list].add(key);
    const { list: _list, titleKind: _kind, grouped: _grouped, ...clean } = p;
    attendance[list].push(clean);
  };
  // a list of staff under a present label ("District Attendees" / "Sam Kowalski  General Manager") says nothing of the members
  const strongPresent = evidence.some(
    (e) => e.list === "present" && e.how !== "roster" && !e.reference && (e.members || splitOfficers(e.people as Found[]).members.length > 0),
  );
  // nothing names those present but a bare "In attendance:" list: they are the meeting
  if (!evidence.some((e) => e.list === "present" && !e.reference)) {
    evidence = evidence.map((e) => (e.attending ? { ...e, list: "present" as const } : e));
  }
  const listed = new Set(evidence.filter((e) => !e.reference).flatMap((e) => e.people.map((p) => surnameKey(p.name))));
  const labelled = new Set(evidence.filter((e) => e.how === "label" && !e.reference).flatMap((e) => e.people.map((p) => surnameKey(p.name))));
  const splitOff: Found[] = [];
  for (const e of evidence) {
    if (e.how === "roster" && e.list === "present" && strongPresent) continue;
    // "Chairperson: Beau" marks someone listed elsewhere; "Recorder: Marty Florey" adds the recorder when not listed
    if (e.reference && e.list === "present") continue;
    if (e.reference) {
      for (const p of e.people as Found[]) if (!listed.has(surnameKey(p.name)) && (p.name.includes(" ") || p.name.startsWith("@"))) add(e.list, p);
      continue;
    }
    // "Ms L Game, Ms S Chandler and Ms T Scott were in attendance virtually": how those listed attended, not a new list
    if (e.how === "sentence" && e.list !== "apologies") {
      for (const p of e.people as Found[]) if (!labelled.has(surnameKey(p.name))) add(e.list, p);
      continue;
    }
    if (e.list === "present" && !e.members) {
      const { members, others } = splitOfficers(e.people as Found[]);
      for (const p of members) add("present", p);
      for (const p of others) add("in_attendance", p);
      if (members.length === 0) splitOff.push(...others);
    } else for (const p of e.people as Found[]) add(e.list, p);
  }
  // those present that would all be officers, with no member present, are the members with their offices ("Jane Smith,
  // Treasurer" / "Bob Jones, Secretary"): a meeting is not held by its officers alone
  if (attendance.present.length === 0 && splitOff.length > 0) {
    attendance.in_attendance = attendance.in_attendance.filter((p) => !splitOff.some((q) => q.name === p.name && q.source === p.source));
    attendance.present = splitOff.map(({ list: _list, titleKind: _kind, grouped: _grouped, ...clean }) => clean);
  }
  // listed as not attending and named again in the apologies: absent with apologies
  const apologised = new Set(attendance.apologies.map((p) => surnameKey(p.name)));
  attendance.absent = attendance.absent.filter((p) => !apologised.has(surnameKey(p.name)));
  return attendance;
}

/** The people a chair label names ("Chairperson: Beau", "Presiding: Mr. Leon Aldridge"), for the chair recognizer. */
export function chairLabelled(evidence: AttendanceEvidence[]): Person[] {
  return evidence.filter((e) => e.reference && e.chair).flatMap((e) => e.people.map(({ list: _list, titleKind: _kind, grouped: _grouped, ...person }: Found) => person));
}

/** An apologies item's paragraphs that are only names: "R Healey", "A Armstrong, EDC". */
export function namesOfApologiesItem(ctx: Context, blocks: RootContent[]): AttendanceEvidence[] {
  const found: AttendanceEvidence[] = [];
  for (const node of textBlocks(blocks)) {
    const text = blockText(node);
    if (!text || node.type === "heading" || labelsOf(tokenize(text)).length > 0 || !readsAsNames(text)) continue;
    // "Moved By Cr Ken Couper" / "Seconded By Cr Deborah Harding": the motion to accept the apologies names its movers
    if (MOTION_ROLE_WORDS.test(text)) continue;
    const people = toPeople(ctx, text, [node]);
    if (people.length) found.push({ list: "apologies", people, how: "sentence", members: false });
  }
  return found;
}

/** The attendance lists of some blocks. */
export function recognizeAttendance(ctx: Context, blocks: RootContent[]): Attendance {
  return assembleAttendance(readAttendance(ctx, blocks));
}
