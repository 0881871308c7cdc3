// The one reader of people. A name is read from its tokens: an honorific or title from the one table of titles, then
// capitalised words, initials, particles and handles, then post-nominals; a role after a comma, a dash, in brackets or in
// the next column is the person's position, never a person. Lists distribute a plural title ("Councillors A, B and C"),
// share a surname ("Mr & Mrs Johnstone", "Marv and Sue Forbragd") and follow group words ("guests …").
import { PhraseDictionary } from "./lexicon/dictionary.js";
import {
  DEPARTMENT_WORDS,
  GROUP_WORDS,
  MIXED_CASE_POSTNOMINALS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  OFFICE_WORDS,
  POSTNOMINALS,
  TITLES,
  type Title,
  type TitleKind,
} from "./lexicon/people-words.js";
import { GIVEN_NAMES } from "./lexicon/given-names.js";
import { BLANKS, trimEnd } from "./strings.js";
import { columnGapBefore, fold, isPunct, tokenize, type Token } from "./tokens.js";

export type ListName = "present" | "apologies" | "absent" | "in_attendance";

export interface PersonDraft {
  /** As printed, without honorific or title: "T. Collingham", "Dick Dillon", "R C Love OBE". */
  name: string;
  honorific: string | null;
  role: "chair" | "vice_chair" | null;
  position: string | null;
  /** The kind of the title printed with the name, when one was. */
  titleKind?: TitleKind | null;
  /** The list a group word or an embedded label put the person in ("guests Marv and Sue Forbragd"). */
  list?: ListName | null;
  /** The member this person stands in for: "Donald Smith for Dennis Leung", "Jo Bloggs (substitute for Cllr Green)". */
  substituteFor?: string | null;
  /** The position is the group a roster lists the person under ("ORNL - Mathieu Doucet"), not an office of their own. */
  grouped?: boolean;
}

/** The words that say one person stands in for another, before "for": "substituting", "deputising", "proxy". */
const STANDING_IN = /^(?:substitut\w*|sub|deputi[sz]\w*|proxy|alternate|standing|in|attending)$/;

/** The substitute and the member stood for, when a list entry names both ("Donald Smith for Dennis Leung", "Jo Bloggs
 * (substituting for Cllr Green)"); null when the part after "for" is no person ("Jane Doe for the Planning Department"). */
function substitution(printed: string): { who: string; for: string } | null {
  const text = printed.replace(/[()]/g, " ");
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.key === "for");
  if (at < 1 || at === tokens.length - 1) return null;
  let end = at;
  while (end > 1 && STANDING_IN.test(tokens[end - 1]!.key)) end--;
  const whoText = text.slice(0, tokens[end - 1]!.end).trim();
  const stoodFor = readPerson(text.slice(tokens[at + 1]!.start)).draft;
  const who = readPerson(whoText).draft;
  if (!stoodFor || !who || stoodFor.titleKind === "office" || tokens.slice(0, end).some(isOfficeWord)) return null;
  // a person by a full name or a title and a name ("Dennis Leung", "Cllr Green"), not a word of an office ("Commissioning")
  return stoodFor.name.includes(" ") || stoodFor.honorific !== null ? { who: whoText.replace(/\s+/g, " "), for: stoodFor.name } : null;
}

/** Chairing notes: "(in the Chair)", "(Chairman)", "(Chairing)", "(Presiding)". */
const CHAIR_NOTES = new PhraseDictionary<"chair" | "vice_chair">({
  chair: "chair",
  "the chair": "chair",
  "in the chair": "chair",
  chairman: "chair",
  chairwoman: "chair",
  chairperson: "chair",
  chairing: "chair",
  presiding: "chair",
  "presiding officer": "chair",
  "mayor presiding": "chair",
  "mayor, presiding": "chair",
  cathaoirleach: "chair",
  "an cathaoirleach": "chair",
  "vice chair": "vice_chair",
  "vice-chair": "vice_chair",
  "vice chairman": "vice_chair",
  "vice-chairman": "vice_chair",
  "vice chairperson": "vice_chair",
  "vice-chairperson": "vice_chair",
  "the vice chair": "vice_chair",
  "deputy chair": "vice_chair",
  "deputy chairman": "vice_chair",
});

// ---------------------------------------------------------------------------------------------------------------------
// Words

/** A token that can stand inside a name: a capitalised word that is no office or body word, an initial, a handle. */
export function isNameToken(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.kind === "initial" || token.kind === "handle") return true;
  if (token.kind !== "word" || !token.capitalised) return false;
  return !NOT_NAME_WORDS.has(token.key) && !TITLES.has(token.key);
}

/** Words of the calendar and the page that are surnames too. */
const WORD_SURNAMES = new Set(["march", "april", "may", "june", "august", "page"]);

/** Such a word as the surname after a given name: "Nicholas May", "Micheal Page" (the name before it a known given name,
 * or capitalised in a list of names). */
function wordAsSurname(tokens: Token[], k: number): boolean {
  const token = tokens[k]!;
  const before = tokens[k - 1];
  return k > 0 && k === tokens.length - 1 && token.capitalised && !token.shouted && WORD_SURNAMES.has(token.key) && before !== undefined && (GIVEN_NAMES.has(before.key) || (k === 1 && isNameToken(before) && !before.shouted));
}

/** A lower-case particle inside a name ("de", "van", "Uí"). */
function isParticle(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && NAME_PARTICLES.has(token.key);
}

function isOfficeWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && OFFICE_WORDS.has(token.key);
}

function isPostnominal(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && POSTNOMINALS.has(token.key) && (token.shouted || MIXED_CASE_POSTNOMINALS.has(token.key));
}

/** An authority's initials after a name: "A Armstrong EDC", "Jane Edwards PCSO". */
function isAcronym(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.shouted && token.text.length >= 2 && token.text.length <= 6 && !POSTNOMINALS.has(token.key);
}

/** The title starting at `i` (case-insensitive), if any. */
export function titleAt(tokens: Token[], i: number): { title: Title; end: number } | null {
  const m = TITLES.at(tokens, i);
  if (!m) return null;
  // "Chair Keefer", "Member" alone is a title only before a name or as a whole segment
  return { title: m.value, end: m.end };
}

// ---------------------------------------------------------------------------------------------------------------------
// One person

/** A reading of one person from a run of tokens with no list separator inside. */
interface Reading {
  draft: PersonDraft | null;
  /** A segment that is only an office or role ("President", "Cabinet Member for …", "PCSO"): the person before's. */
  office: string | null;
  /** A segment that is only a group word or title ("guests", "Mr"), with the list it opens. */
  group: ListName | null;
  /** An honorific with no name ("Mr" of "Mr & Mrs Johnstone"): it takes the next person's surname. */
  bareTitle: Title | null;
  /** Initials printed in brackets: "(B)", "(AA)". */
  initials: string | null;
  /** Only honours ("CBE" of "Sir Paul Carter, CBE"): the person before's. */
  postnominal: string | null;
}

const text = (tokens: Token[], source: string, from: number, to: number): string =>
  from < to ? source.slice(tokens[from]!.start, tokens[to - 1]!.end) : "";

/** Bracketed notes and the tokens outside them. */
function takeNotes(tokens: Token[], source: string): { rest: Token[]; notes: string[] } {
  const rest: Token[] = [];
  const notes: string[] = [];
  const nicknames = new Set<number>();
  let depth = 0;
  let from = -1;
  tokens.forEach((token, i) => {
    if (isPunct(token, "([")) {
      if (depth === 0) from = i + 1;
      depth++;
    } else if (isPunct(token, ")]") && depth > 0) {
      depth--;
      if (depth === 0) {
        notes.push(text(tokens, source, from, i).trim());
        // "Lewis (Li-Aung) Yip": a one-word note between the words of a name is a nickname, not a note about the person
        if (i - from === 1 && isNameToken(tokens[from]) && !tokens[from]!.shouted && isNameToken(tokens[from - 2]) && isNameToken(tokens[i + 1])) nicknames.add(notes.length - 1);
      }
    } else if (depth === 0) rest.push(token);
  });
  // an unclosed bracket at the end, "Christina McDough (CM", is a cut note
  return { rest, notes: notes.filter((note, k) => note && !nicknames.has(k)) };
}

/** "(B)", "(AA)", "(GdM)", "(LTM)": initials, not a note about the person. */
const INITIALS_NOTE = /^[A-Z][a-zA-Z]?[A-Z]{0,3}\.?$/;

/** Read one segment of a list, or one name in a sentence. */
export function readPerson(segment: string): Reading {
  const tokens = tokenize(segment);
  const { rest, notes } = takeNotes(tokens, segment);
  const reading: Reading = { draft: null, office: null, group: null, bareTitle: null, initials: null, postnominal: null };
  if (rest.length > 0 && rest.every((t) => isPostnominal(t))) return { ...reading, postnominal: rest.map((t) => t.text).join(" ") };
  let role: PersonDraft["role"] = null;
  const positions: string[] = [];
  for (const note of notes) {
    const noteTokens = tokenize(note);
    const chairing = CHAIR_NOTES.at(noteTokens, 0);
    if (INITIALS_NOTE.test(note) && !CHAIR_NOTES.has(note)) reading.initials = note.replace(/\.$/, "");
    else if (chairing && chairing.end === noteTokens.length) role = role === "chair" ? role : chairing.value;
    else positions.push(note);
  }
  let i = 0;
  let end = rest.length;
  // leading lower-case words: a group ("guests", "and guests") or an office ("treasurer Ray Barnes", "supervisors …")
  let title: Title | null = null;
  let group: ListName | null = null;
  const leadingOffice: string[] = [];
  while (i < end && rest[i]!.kind === "word" && !rest[i]!.capitalised) {
    const word = rest[i]!;
    const asTitle = titleAt(rest, i);
    if (GROUP_WORDS[word.key]) group = GROUP_WORDS[word.key]!;
    else if (asTitle) {
      title = asTitle.title;
      leadingOffice.push(text(rest, segment, i, asTitle.end));
      i = asTitle.end;
      continue;
    } else if (word.key !== "and" && word.key !== "also" && word.key !== "plus" && word.key !== "the" && word.key !== "our") {
      // a sentence, not a name: "a member of the public", "several residents were in attendance"
      if (!rest.slice(i).some((t) => isNameToken(t))) return { ...reading, group };
    }
    i++;
  }
  // titles: "Cllr.", "Vice President", "County Councillor", "Acting President"; several may stand together ("Mr. Director")
  const titleWords: string[] = [...leadingOffice];
  for (let found = titleAt(rest, i); found && found.end <= end; found = titleAt(rest, i)) {
    // a title that is the whole rest of the segment is an office ("Kelly Wilkerson, President"), unless a name follows
    if (found.end === end && !rest.slice(found.end).some(isNameToken)) break;
    title = title && title.kind !== "courtesy" && found.title.kind === "courtesy" ? title : found.title;
    titleWords.push(text(rest, segment, i, found.end));
    i = found.end;
  }
  // a role after a spaced dash: "G. Gott - Vice-chairman", "Dan Rich – President"
  for (let k = i + 1; k < end; k++) {
    if (isPunct(rest[k], "-–—") && rest[k]!.spaceBefore && k + 1 < end) {
      const after = text(rest, segment, k + 1, end).trim();
      const chairing = CHAIR_NOTES.get(after);
      if (chairing) role = role ?? chairing;
      else if (after) positions.push(after);
      end = k;
      break;
    }
  }
  // a handle after the name: "Bryan Hughes @nebrius" is Bryan Hughes (a handle alone, "@bnb", is the name)
  while (end > i + 1 && rest[end - 1]!.kind === "handle" && rest.slice(i, end - 1).some((t) => t.kind === "word" && t.capitalised)) end--;
  // a role word after the name or its initials: "Lorraine Hunt (LH) Chair", "Mick Ratford Treasurer"
  while (end > i + 1) {
    const last = rest[end - 1]!;
    const chairing = CHAIR_NOTES.at(rest, end - 1);
    if (chairing && chairing.end === end && isNameToken(rest[end - 2])) {
      role = role ?? chairing.value;
      end--;
    } else break;
    void last;
  }
  // roles joined by a slash after the name: "Frank Reid (FRE)   Councillor/Chair", "Teri Grant Board Secretary/Administrative Assistant"
  const slash = rest.findIndex((t, k) => k > i && isPunct(t, "/"));
  if (slash > i + 1) {
    let from = slash - 1;
    while (from > i + 1 && (isOfficeWord(rest[from - 1]) || titleAt(rest, from - 1))) from--;
    if (isOfficeWord(rest[from]) || titleAt(rest, from)) {
      const roles = text(rest, segment, from, end).trim();
      for (const part of roles.split("/")) {
        const chairing = CHAIR_NOTES.get(part.trim());
        if (chairing) role = role ?? chairing;
      }
      positions.push(roles);
      end = from;
    }
  }
  // post-nominals and an authority's initials after the name
  const postnominals: string[] = [];
  while (end > i + 1 && (isPostnominal(rest[end - 1]) || isPunct(rest[end - 1], ","))) {
    if (!isPunct(rest[end - 1], ",")) postnominals.unshift(rest[end - 1]!.text);
    end--;
  }
  if (end > i + 1 && isAcronym(rest[end - 1]) && !rest.slice(i, end - 1).every((t) => t.shouted || t.kind === "initial")) {
    positions.push(rest[end - 1]!.text);
    end--;
  }
  // an office printed before the name, in capitals: "Library Director Sandy Whitmer", "Board Clerk Rittburg"
  let start = i;
  for (let k = end - 2; k >= i; k--) {
    if (isOfficeWord(rest[k]) && rest.slice(k + 1, end).every((t) => isNameToken(t) || isParticle(t))) {
      titleWords.push(text(rest, segment, i, k + 1));
      start = k + 1;
      break;
    }
  }
  // an office printed after the name without a comma: "Misha Sarkovich Board President", "Tom R. Gray General Manager"
  for (let k = start + 1; k < end; k++) {
    if (rest[k]!.capitalised && rest.slice(k, end).every((t) => t.kind === "word") && rest.slice(k, end).some(isOfficeWord) && !rest.slice(k, end).some((t) => isNameToken(t) && !isOfficeWord(t) && !OFFICE_MODIFIERS.has(t.key))) {
      positions.push(text(rest, segment, k, end));
      end = k;
      break;
    }
  }
  // a place after the name: "Dana K. Bilyeu of Oregon, member" (a board's members by the state they come from)
  const of = rest.findIndex((t, k) => k > start + 1 && k < end - 1 && t.key === "of");
  if (of !== -1 && rest.slice(start, of).every(isNameToken) && rest.slice(of + 1, end).every((t) => t.kind === "word" && t.capitalised && !isOfficeWord(t))) {
    end = of;
  }
  const core = rest.slice(start, end);
  const named =
    core.length > 0 &&
    core.length <= 6 &&
    core.every((t, k) => isNameToken(t) || (k > 0 && k < core.length - 1 && isParticle(t)) || (k > 0 && isPunct(t, "*")) || wordAsSurname(core, k));
  const lastWord = core.filter((t) => !isPunct(t, "*")).pop();
  const nameOk = named && lastWord !== undefined && (lastWord.kind !== "initial" || core.length === 1 || givenAndInitial(core));
  if (!nameOk) {
    // no name: an office ("President", "Cabinet Member for …", "PCSO") or a bare title ("Mr" of "Mr & Mrs Johnstone")
    const whole = text(rest, segment, 0, rest.length).trim();
    if (rest.length > 0 && rest.length === titleWords.length && title && title.kind === "courtesy") return { ...reading, bareTitle: title, group };
    const titled = titleAt(rest, 0);
    if (titled && titled.end === rest.length && titled.title.kind === "courtesy") return { ...reading, bareTitle: titled.title, group };
    if (whole && /\p{L}/u.test(whole) && (rest.some(isOfficeWord) || (rest.length <= 2 && rest.every((t) => t.shouted)) || (titled !== null && titled.end === rest.length))) {
      return { ...reading, office: whole.replace(/^the\s+/i, ""), group };
    }
    return { ...reading, group };
  }
  let name = joinTokens(core.filter((t) => !isPunct(t, "*")));
  // honours stay with the name as printed ("R C Love OBE"); degrees do not ("Michael McKibbin, Ed.D.")
  const honours = postnominals.filter((p) => !MIXED_CASE_POSTNOMINALS.has(p.toLowerCase()));
  if (honours.length) name = `${name} ${honours.join(" ")}`;
  // "Bartlett--Butt": a soft hyphen and a hyphen, from the text layer, are one hyphen
  name = name.replace(/(?<=\p{L})-{2,}(?=\p{L})/gu, "-").replace(/\s+/g, " ");
  name = withInitials(name, core.length === 1 ? reading.initials : null);
  const honorific = title ? title.canonical : null;
  if (title && (title.kind === "chair" || title.kind === "vice_chair") && role === null) role = title.kind === "chair" ? "chair" : "vice_chair";
  const office = title && (title.kind === "office" || title.kind === "head") ? titleWords.join(" ") : null;
  const position = [office, ...positions].filter(Boolean).map((p) => p!.replace(/\s+/g, " ")).join("; ") || null;
  reading.draft = { name, honorific, role, position, titleKind: title?.kind ?? null, list: group };
  reading.group = group;
  reading.bareTitle = title?.plural ? title : null;
  return reading;
}

/** The tokens' text with one space where the print had any. */
export function joinTokens(tokens: Token[]): string {
  return tokens.map((t, k) => (k > 0 && t.spaceBefore ? ` ${t.text}` : t.text)).join("");
}

/** Words that may stand inside an office printed after a name ("Water Treatment Plant Manager"). */
const OFFICE_MODIFIERS = new Set([
  "board", "general", "executive", "deputy", "assistant", "acting", "interim", "senior", "chief", "vice", "student", "district",
  "library", "fire", "water", "treatment", "plant", "resources", "field", "services", "customer", "service", "finance", "legal",
  "administrative", "operations", "engineering", "planning", "public", "works", "human", "program", "project", "county",
  "parish", "town", "city", "borough", "community", "development", "information", "technology", "communications",
]);

/** A name does not end on an initial ("Smith J" is a surname before its initials), except a given name and the initial of
 * a surname, as informal minutes write members: "Tim D.", "Phil W". */
function givenAndInitial(core: Token[]): boolean {
  return core.length === 2 && core[0]!.kind === "word" && GIVEN_NAMES.has(core[0]!.key) && core[1]!.kind === "initial";
}

/** "Sheahan" with the initials "J" printed after it → "J. Sheahan"; a name that already starts with them is kept. */
export function withInitials(name: string, initials: string | null): string {
  if (!initials || name === "" || initials.length > 2) return name;
  const prefix = initials.split("").map((c) => `${c}.`).join(" ");
  return name.startsWith(`${initials[0]}.`) || name.startsWith(`${initials[0]} `) ? name : `${prefix} ${name}`;
}

// ---------------------------------------------------------------------------------------------------------------------
// Lists

type Separator = "start" | "," | ";" | "and" | "." | "line";

/** The segments of a list, split at separators outside brackets: ",", ";", "and", "&", bullets between columns,
 * and full stops between names. */
function segmentsOf(list: string): { text: string; separator: Separator }[] {
  const tokens = tokenize(list);
  const semicolons = tokens.some((t) => isPunct(t, ";"));
  const surnameColumn = isSurnameColumn(tokens);
  const wrapped = isWrappedProse(list, tokens);
  const segments: { text: string; separator: Separator }[] = [];
  let depth = 0;
  let from = 0;
  let separator: Separator = "start";
  const cut = (at: number, next: number, kind: Separator) => {
    const piece = from < at ? list.slice(tokens[from]!.start, tokens[at - 1]!.end) : "";
    if (piece.trim()) segments.push({ text: piece.trim(), separator });
    separator = kind;
    from = next;
  };
  /** Where the office after the current entry's spaced dash starts: "Daniel Poultor – MP for Central Suffolk and North
   * Ipswich" is one entry. */
  let officeFrom = -1;
  const personFollows = dashesBeforeCommas(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, "([")) depth++;
    else if (isPunct(token, ")]") && depth > 0) depth--;
    if (depth > 0) continue;
    if (isSpacedDash(tokens, i) && i > from) officeFrom = i;
    // (where semicolons part the entries, a line break inside one is the text's wrapping: "Ronald D. McCray of" / "Texas, member;")
    if (token.breakBefore && !semicolons && !wrapped && i > from && !isPunct(tokens[i - 1], ",;&–—-") && tokens[i - 1]!.key !== "and") {
      // a line break between names in a block list ("Karen Butt" / "Mags Ratford")
      if (lineEndsEntry(tokens, i, surnameColumn)) cut(i, i, "line");
    }
    if (isPunct(token, "•·")) {
      // names side by side in a roster's columns, a bullet between them: "Gordon Farrell • Carole Borthwick"
      cut(i, i + 1, ",");
    } else if (isPunct(token, ",;")) {
      // "Clarke, T." — an initial after a comma belongs to the name before
      if (token.text === "," && tokens[i + 1]?.kind === "initial" && (i + 2 >= tokens.length || isPunct(tokens[i + 2], ",;"))) continue;
      const next = tokens[i + 1]?.key === "and" || tokens[i + 1]?.key === "&" ? i + 2 : i + 1;
      cut(i, next, token.text === ";" ? ";" : ",");
      i = next - 1;
    } else if ((token.key === "and" || token.text === "&") && !(officeFrom > from && !personFollows[i])) {
      cut(i, i + 1, "and");
    } else if (isPunct(token, ".") && i > from && isNameToken(tokens[i + 1]) && !isPunct(tokens[i + 2], ".")) {
      // "Guy de Montfort. Alan Whitford. Mandy Leamon"
      cut(i, i + 1, ".");
    }
  }
  cut(tokens.length, tokens.length, ",");
  return segments;
}

/** Fewest lines of one word that make a column of surnames ("Harris" / "Jay" / "Nicholas"). */
const MIN_SURNAME_LINES = 3;

/** Lines of one name word, at least three and at least half the lines: a column of surnames, each line a person. */
function isSurnameColumn(tokens: Token[]): boolean {
  const lines: Token[][] = [];
  for (const token of tokens) {
    if (token.breakBefore || lines.length === 0) lines.push([]);
    lines[lines.length - 1]!.push(token);
  }
  const oneWord = lines.filter((line) => line.length === 1 && line[0]!.kind === "word" && isNameToken(line[0])).length;
  return oneWord >= MIN_SURNAME_LINES && oneWord * 2 >= lines.length;
}

/** A line of a block list ends its entry when the next line starts a name of its own (not a wrapped surname). */
/** Share of a list's lines that must read "Full Name, what they represent" for the list to be one of such lines. */
const AFFILIATION_SHARE = 0.6;

/** The name and the rest of a line "Gordon Bradley, Autodesk": a full name (two words or more, a title allowed) before
 * the first comma, and after it words that open no other name (no title, no given name). Null for other lines. */
function affiliationLine(line: string): { name: string; rest: string } | null {
  const comma = line.indexOf(",");
  if (comma < 0) return null;
  let head = line.slice(0, comma).trim();
  let rest = trimEnd(line.slice(comma + 1), `.${BLANKS}`).trim();
  // "Dana Hecht - Chairperson, Animal Logic": an office after a spaced dash opens the rest
  const dash = /\s[–—-]\s/.exec(head);
  if (dash) {
    rest = `${head.slice(dash.index + dash[0].length).trim()}, ${rest}`;
    head = head.slice(0, dash.index).trim();
  }
  const tokens = tokenize(head);
  const found = nameAfter(tokens, 0, head);
  if (!found || found.end !== tokens.length || tokens.slice(found.start).filter((t) => t.kind === "word").length < 2 || !rest) return null;
  // (after a dash the rest opens with the office, a title's word as likely as not)
  const restTokens = tokenize(rest);
  const first = restTokens[0];
  if (!first || first.kind !== "word" || GIVEN_NAMES.has(first.key) || (!dash && titleAt(restTokens, 0)) || restTokens.some((t) => t.key === "and")) return null;
  return { name: head, rest };
}

/** A list one entry a line, most lines "Full Name, what they represent" ("Gordon Bradley, Autodesk" / "Pilar Molina,
 * Blue Sky Studios, Inc."): each such line is a person whose position is the rest; the other lines are read as lists of
 * their own. Null when the list is not one. */
function affiliationLines(list: string, oneALine: boolean): PersonDraft[] | null {
  const lines = list.split("\n").map((line) => line.trim()).filter(Boolean);
  const read = lines.map(affiliationLine);
  // (lines known to hold one entry each, the ticked boxes of a task list, need no majority to show it)
  if (!oneALine && (lines.length < 3 || read.filter(Boolean).length < AFFILIATION_SHARE * lines.length)) return null;
  if (!read.some(Boolean)) return null;
  return lines.flatMap((line, k) => {
    const entry = read[k];
    if (!entry) return parsePeople(line);
    const [person] = parsePeople(entry.name);
    if (!person) return [];
    person.position = person.position ? `${person.position}, ${entry.rest}` : entry.rest;
    const chairing = chairingOf(entry.rest);
    if (chairing && person.role === null) person.role = chairing;
    return [person];
  });
}

/** A dash with a blank on each side: "Deborah Cadman – SCC". */
function isSpacedDash(tokens: Token[], i: number): boolean {
  return isPunct(tokens[i], "–—-") && tokens[i]!.spaceBefore && tokens[i + 1] !== undefined && tokens[i + 1]!.spaceBefore;
}

/** For each token, whether a spaced dash comes before the next comma, semicolon or line: after "and" in an office, another
 * entry with an office of its own. One pass from the end, so that each "and" is answered without a scan. */
function dashesBeforeCommas(tokens: Token[]): boolean[] {
  const out: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let dash = false;
  for (let k = tokens.length - 1; k >= 0; k--) {
    out[k] = dash;
    if (isPunct(tokens[k], ",;")) dash = false;
    else if (isSpacedDash(tokens, k)) dash = true;
    // (a line's dashes are not the line before's)
    if (tokens[k]!.breakBefore) dash = false;
  }
  return out;
}

/** Shortest mean line, in characters, of a list wrapped as prose. */
const MIN_PROSE_LINE = 60;

/** A list run on as prose and wrapped at the page's width ("Deborah Cadman – SCC, Marion Harvey – Ipswich County Library,
 * Sue Charteris –" / "Equal Value, …"): long lines, two commas or more to each; its line ends part no one. */
function isWrappedProse(list: string, tokens: Token[]): boolean {
  const lines = list.split("\n").filter((line) => line.trim() !== "");
  if (lines.length < 2) return false;
  const commas = tokens.filter((t) => isPunct(t, ",")).length;
  return commas >= 2 * lines.length && list.length / lines.length >= MIN_PROSE_LINE;
}

function lineEndsEntry(tokens: Token[], i: number, surnameColumn: boolean): boolean {
  const before = tokens[i - 1]!;
  // "T." / "Collingham", "Cllr." / "Catherine Slattery", "Mr" / "Baldock": an initial, a courtesy title or an abbreviated one
  // goes on with the next line (an office at a line's end is the person's before it: "Paula Villescaz, president")
  const title = titleAt(tokens, i - 1);
  if (before.kind === "initial" || (title?.end === i && (title.title.kind === "courtesy" || before.text.endsWith(".")))) return false;
  // "Nial" / "Dixon": a given name cut from its surname by the line end
  // "Novak Uí" / "Chonchúir": a particle goes on with the next line
  if (isParticle(before)) return false;
  // "Cabinet Member for Integrated Children’s" / "Services.": a line that starts with no name goes on with the one before
  const next = tokens[i];
  if (!isNameToken(next) && !titleAt(tokens, i) && next?.kind !== "initial") return false;
  // "Chairman Stuart" / "Vice Chairman Squire": a title opening the line opens the next entry
  if (titleAt(tokens, i) !== null) return true;
  // "Harris" / "Jay" / "Nicholas": a column of surnames, one a line, not a name wrapped
  if (surnameColumn) return true;
  return !(before.kind === "word" && isNameToken(before) && isNameToken(tokens[i]) && !isNameToken(tokens[i + 1]) && (i < 2 || !isNameToken(tokens[i - 2])));
}

/** Words after the names that end the list: "…, who was in attendance to …". */
const TRAILING_CLAUSE = /(?:,\s*|\s)(?:who|which)\s/i;

/** Where an office printed with others parts from them: "/", ",", ";", "&", a spaced dash ("Chair – Resident"). */
const OFFICE_PARTS = /[/,;&]|\s[–—-]\s/;

/** The chairing an office names, alone or with others ("Chair", "Councillor/Chair", "Chair – Resident", "Vice Chairman"): null for none. */
export function chairingOf(office: string): "chair" | "vice_chair" | null {
  for (const part of office.split(OFFICE_PARTS)) {
    const chairing = CHAIR_NOTES.get(part.trim());
    if (chairing) return chairing;
  }
  return null;
}

/** Read a printed list of people. */
export function parsePeople(printed: string, options: { oneALine?: boolean } = {}): PersonDraft[] {
  // "Michael McKibbin, Ed.D., vice president": a degree's full stops are not sentence ends
  const list = printed.replace(/,\s*(Ed|Ph|Psy|M|J|D\.?M)\.\s?D\.(?=\s*(?:,|$))/g, (_m, a: string) => `, ${a.replace(".", "")}D`);
  const bracketed = officesWithPeople(list) ?? officesBeforeNames(list, options);
  if (bracketed) return bracketed;
  const affiliated = affiliationLines(list, options.oneALine === true);
  if (affiliated) return affiliated;
  const clause = TRAILING_CLAUSE.exec(list);
  const body = trimEnd(clause ? list.slice(0, clause.index) : list, `.${BLANKS}`);
  const segments = segmentsOf(body);
  const fullNames = segments.filter((s) => /(?:^|\s)\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u.test(s.text)).length;
  const people: PersonDraft[] = [];
  let distributed: Title | null = null;
  let group: ListName | null = null;
  let pendingTitle: { title: Title; at: number } | null = null;
  let pendingGiven: { person: PersonDraft; at: number } | null = null;
  /** The person whose office the last segment was: "…, Joint Assistant Director for Commissioning and Performance". */
  let officeOf: PersonDraft | null = null;
  segments.forEach((segment, k) => {
    // "Committee members: Guy de Montfort": a label inside the list opens a group
    let value = segment.text;
    const colon = value.indexOf(":");
    if (colon > 0) {
      const label = readPerson(value.slice(0, colon));
      if (!label.draft) {
        if (label.group) group = label.group;
        if (label.bareTitle?.plural || (label.office && /members?$/i.test(label.office))) distributed = label.bareTitle;
        value = value.slice(colon + 1).trim();
      }
    }
    for (const printed of splitRuns(value)) {
      // "…, and Janet Campbell, Secretary, of Eclipse.org Foundation, Inc.": the body they serve, no one's name
      if (/^of\s/.test(printed)) continue;
      // "Donald Smith for Dennis Leung": a substitute, and the member they stand for
      const substitute = substitution(printed);
      const piece = substitute?.who ?? printed;
      const reading = readPerson(piece);
      if (reading.draft && substitute) reading.draft.substituteFor = substitute.for;
      if (reading.group) group = reading.group;
      const last = people[people.length - 1];
      const continuesOffice = officeOf !== null && segment.separator === "and" && (!reading.draft || (reading.draft.name.split(" ").length === 1 && reading.draft.honorific === null));
      if (continuesOffice && officeOf) {
        officeOf.position = `${officeOf.position} and ${piece.replace(/\s+/g, " ")}`;
        continue;
      }
      // "Kimberly A. Weaver, Director, External Affairs": a department's name after an office goes on with it
      const pieceWords = tokenize(piece).filter((t) => t.kind === "word");
      const department = pieceWords.some((t) => DEPARTMENT_WORDS.has(t.key)) && !GIVEN_NAMES.has(pieceWords[0]?.key ?? "");
      if (officeOf && segment.separator === "," && reading.draft && reading.draft.honorific === null && department) {
        officeOf.position = `${officeOf.position}, ${piece.trim().replace(/\s+/g, " ")}`;
        continue;
      }
      officeOf = null;
      // honours after a name and a comma ("Sir Paul Carter, CBE") go with it; degrees ("Ed.D.") are left out
      if (reading.postnominal) {
        const honours = reading.postnominal.split(/\s+/).filter((p) => !MIXED_CASE_POSTNOMINALS.has(p.toLowerCase()));
        if (last && honours.length) last.name = `${last.name} ${honours.join(" ")}`;
        continue;
      }
      const asOffice = officeText(reading, piece, segment.separator, last);
      if (asOffice !== null && last) {
        const office = asOffice.replace(/\s+/g, " ");
        last.position = last.position ? `${last.position}; ${office}` : office;
        const chairing = CHAIR_NOTES.get(asOffice);
        if (chairing && last.role === null) last.role = chairing;
        officeOf = last;
        continue;
      }
      if (!reading.draft) {
        if (reading.bareTitle) pendingTitle = { title: reading.bareTitle, at: k };
        continue;
      }
      const person = reading.draft;
      // "Marv and Sue Forbragd": a given name alone before "and" and a full name takes its surname
      if (pendingGiven && pendingGiven.at === k - 1 && segment.separator === "and" && person.name.split(/\s+/).length >= 2) {
        pendingGiven.person.name = `${pendingGiven.person.name} ${person.name.split(/\s+/).pop()!}`;
      }
      pendingGiven = null;
      const nextSegment = segments[k + 1];
      if (
        person.name.split(/\s+/).length === 1 &&
        person.honorific === null &&
        nextSegment?.separator === "and" &&
        /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(nextSegment.text) &&
        // (a known given name says so whatever the list: "George and Ella Balaesh", "Tom and Martha Dillon")
        (fullNames >= Math.max(2, segments.length - 2) || GIVEN_NAMES.has(fold(person.name)))
      ) {
        pendingGiven = { person, at: k };
      }
      // "Mr & Mrs Johnstone": the bare title before "&" is one more person of the same surname
      if (pendingTitle && pendingTitle.at === k - 1 && segment.separator === "and" && !pendingTitle.title.plural) {
        const surname = person.name.split(/\s+/).pop()!;
        people.push({ name: surname, honorific: pendingTitle.title.canonical, role: null, position: null, titleKind: pendingTitle.title.kind, list: group });
      } else if (pendingTitle?.title.plural) distributed = pendingTitle.title;
      pendingTitle = null;
      if (reading.bareTitle?.plural) distributed = reading.bareTitle;
      // "Cllrs Howells, Mrs Kay and Ms McDonagh": a courtesy title keeps the plural title's kind (all three are
      // councillors); a title of another kind ("Clerk Mrs Todd", "District Cllr Carter") or an office of one's own
      // ("Mrs A Beer (Chief Executive)") ends it
      else if (person.honorific !== null && distributed && person.titleKind === "courtesy" && person.position === null) person.titleKind = distributed.kind;
      else if (person.honorific !== null) distributed = null;
      if (person.honorific === null && distributed) {
        person.honorific = distributed.canonical;
        person.titleKind = distributed.kind;
      }
      person.list = person.list ?? group;
      // a chair named among the offices in brackets: "Steve Scott (Chair – Resident)"
      if (person.role === null && person.position !== null) person.role = chairingOf(person.position);
      // "Jo Bloggs (substituting for Cllr Green)": the note names the member stood in for
      const standsFor = person.position === null ? null : substitution(`${person.name} ${person.position}`);
      if (standsFor && standsFor.who === person.name) {
        person.substituteFor = standsFor.for;
        person.position = null;
      }
      people.push(person);
    }
  });
  return people;
}

/** A person in brackets after their office: "(Mr. V. Murray)", "(Ms. M. Woods)". */
function bracketedPerson(note: string): PersonDraft | null {
  const tokens = tokenize(note);
  const title = titleAt(tokens, 0);
  if (!title || title.title.kind !== "courtesy") return null;
  return readPerson(note).draft;
}

/**
 * Irish officials' lists: each office followed by its holder in brackets — "Senior Planner, Strategic and Forward Planning
 * (Ms. M. Woods), Meetings Administrator, Newcastle West (Ms. H. Supple), …". The office may hold commas and brackets of
 * its own ("Acting Director of Support Services (Finance, Corporate, HR and ICT) (Mr. S. Coughlan)").
 */
function officesWithPeople(list: string): PersonDraft[] | null {
  const found: PersonDraft[] = [];
  let depth = 0;
  let open = -1;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(") {
      if (depth === 0) open = i;
      depth++;
    } else if (c === ")" && depth > 0) {
      depth--;
      if (depth > 0) continue;
      const person = bracketedPerson(list.slice(open + 1, i));
      if (!person) continue;
      const office = trimEnd(list.slice(from, open).replace(/^[\s,;.]+|^and\s+/gi, ""), `,;${BLANKS}`).replace(/\s+/g, " ").trim();
      person.position = office || null;
      found.push(person);
      from = i + 1;
    }
  }
  return found.length > 0 && list.slice(from).replace(/[\s.,;]/g, "") === "" ? found : null;
}

/** Small words inside an office's or a body's name: "Director of Finance", "Office of Management and Budget". */
export const JOINING_WORDS = new Set(["of", "and", "the", "for", "&"]);

/** An office at a line's start, then a dash or a colon: "Vice President – Mark Eby", "Captains – Matt Eby, Jenna Jansa". */
const OFFICE_FIRST = new RegExp(String.raw`^\s*([\p{Lu}][\p{L}'’ /&-]{0,60}?)\s*(?:\s[-–—]|:)\s+(?=\S)`, "u");

/** The office a line starts with, when its last word is an office's word ("Equipment Manager", "Captains"). */
function officeFirst(line: string): { office: string; names: string; group: boolean } | null {
  const match = OFFICE_FIRST.exec(line);
  if (!match) return null;
  const words = tokenize(match[1]!).filter((t) => t.kind === "word");
  const last = words[words.length - 1]?.key ?? "";
  if (words.length === 0 || words.length > 4 || !words.every((t) => t.capitalised || JOINING_WORDS.has(t.key))) return null;
  const names = line.slice(match[0].length);
  if (OFFICE_WORDS.has(last) || OFFICE_WORDS.has(last.replace(/e?s$/, ""))) return { office: match[1]!.trim(), names, group: false };
  // a group the people come from, one word or in capitals, before a list of them: "ESS - Andrew Jackson, Jon Taylor",
  // "Non-facility - Nick Draper (PM), …"
  const group = words.length === 1 || words.every((t) => t.shouted);
  return group && readsAsNames(names) && readPerson(match[1]!).draft?.name.includes(" ") !== true ? { office: match[1]!.trim(), names, group: true } : null;
}

/** A roster of offices, each at its line's start before its holders: "President – Chris Frick" / "Treasurer – Julie
 * Campbell" / "Captains – Matt Eby, Jenna Jansa". Every line is such a row, and there are two or more. */
function officesBeforeNames(list: string, options: { oneALine?: boolean }): PersonDraft[] | null {
  const lines = list.split("\n").filter((line) => line.trim());
  const rows = lines.map(officeFirst);
  if (rows.length < 2 || rows.some((row) => row === null)) return null;
  return rows.flatMap((row) =>
    parsePeople(row!.names, options).map((person) => {
      if (person.position === null) {
        person.position = row!.office;
        if (row!.group) person.grouped = true;
      }
      person.role ??= chairingOf(row!.office);
      return person;
    }),
  );
}

/** A segment that is the office of the person before it, not a person: "President", "PCSO", "EDC", "SEND Transformation
 * Project Lead", "the Cabinet Member for …". Null when it is a person. */
function officeText(reading: Reading, piece: string, separator: Separator, last: PersonDraft | undefined): string | null {
  if (!last || separator === "and" || separator === ".") return reading.draft ? null : reading.office;
  if (!reading.draft) return reading.office;
  const draft = reading.draft;
  const tokens = tokenize(piece);
  const words = tokens.filter((t) => t.kind === "word");
  // "Suzanne Tosini, Chief Operating Officer": an office that opens with a title's word is still an office
  const officeTitle = draft.titleKind === "office" || draft.titleKind === "head";
  if (officeTitle && last.position === null && words.length === tokens.length && isOfficeWord(words[words.length - 1])) return piece.trim();
  if (draft.honorific !== null || /[()]/.test(piece)) return null;
  // "EDC", "PCSO": an authority's initials after a name
  if (tokens.length === 1 && isAcronym(tokens[0]) && !/^[\p{Lu}\s.,'’-]+$/u.test(last.name)) return piece.trim();
  // "SEND Transformation Project Lead": ends with the word of an office, with no initial in it
  if (last.position === null && words.length === tokens.length && isOfficeWord(words[words.length - 1])) return piece.trim();
  return null;
}

/**
 * A segment may hold several people with no separator: "Cllr Jim McNeill (Vice Chair) Cllr Daphne Clements",
 * "M Armstrong Clerk J Connelly", "D Richardson (Chair) R Healey", and names in a grid, "Alistair Thompson Karen
 * Bartlett-Butt Bryn Howells". Split where a second title follows a name, where a name follows a bracketed note, and a
 * run of plain two-word names in pairs.
 */
function splitRuns(segment: string): string[] {
  const tokens = tokenize(segment);
  const cuts: number[] = [];
  let depth = 0;
  let seenName = false;
  let inOffice = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.breakBefore) inOffice = false;
    if (isPunct(token, "([")) depth++;
    else if (isPunct(token, ")]") && depth > 0) {
      depth--;
      // "(Chair) R Healey": a name after a note, unless the note's role word follows ("(LH) Chair")
      if (depth === 0 && seenName && isNameToken(tokens[i + 1]) && !CHAIR_NOTES.at(tokens, i + 1) && !isNickname(tokens, i)) {
        cuts.push(tokens[i + 1]!.start);
        seenName = false;
      }
      continue;
    }
    // "Clara Eastell – Society of Chief Librarians": after the name a spaced dash opens its office, in any words, to the
    // line's end
    if (token.breakBefore) inOffice = false;
    if (depth === 0 && seenName && isSpacedDash(tokens, i)) inOffice = true;
    if (depth > 0 || inOffice) continue;
    const title = titleAt(tokens, i);
    if (title) {
      if (seenName && title.title.kind !== "chair" && title.title.kind !== "vice_chair" && (isNameToken(tokens[title.end]) || titleAt(tokens, title.end)) && !title.title.plural) {
        cuts.push(token.start);
      }
      seenName = false;
      i = title.end - 1;
      continue;
    }
    if (isNameToken(token) && !isOfficeWord(token) && !OFFICE_MODIFIERS.has(token.key)) seenName = true;
  }
  const pieces: string[] = [];
  let from = 0;
  for (const at of cuts) {
    pieces.push(segment.slice(from, at).trim());
    from = at;
  }
  pieces.push(segment.slice(from).trim());
  return pieces.filter(Boolean).flatMap(namePairs);
}

/** "Lewis (Li-Aung) Yip", "Robert (Bob) Bruce": a given name's nickname in brackets, inside the name. */
function isNickname(tokens: Token[], close: number): boolean {
  let open = close - 1;
  while (open >= 0 && !isPunct(tokens[open], "([")) open--;
  const inside = tokens.slice(open + 1, close);
  return open >= 1 && inside.length === 1 && inside[0]!.kind === "word" && !inside[0]!.shouted && isNameToken(tokens[open - 1]) && !isNameToken(tokens[open - 2]);
}

/** "Alistair Thompson Karen Bartlett-Butt Bryn Howells" is three people of two words each. Runs with an honorific,
 * initials or particles are left whole. */
function namePairs(piece: string): string[] {
  const tokens = tokenize(piece);
  // "@philiptaron @JulienMalka @K900": handles side by side are as many people
  if (tokens.length >= 2 && tokens.every((t) => t.kind === "handle")) return tokens.map((t) => piece.slice(t.start, t.end));
  const { rest } = takeNotes(tokens, piece);
  const title = titleAt(rest, 0);
  const words = rest.slice(title ? title.end : 0);
  const plain = words.length >= 4 && words.length % 2 === 0 && words.every((t) => t.kind === "word" && isNameToken(t) && !t.shouted);
  if (!plain) return [piece];
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i += 2) pairs.push(piece.slice(words[i]!.start, words[i + 1]!.end));
  if (title) pairs[0] = `${piece.slice(0, words[0]!.start).trim()} ${pairs[0]}`;
  const note = piece.slice(words[words.length - 1]!.end).trim();
  if (note) pairs[pairs.length - 1] += ` ${note}`;
  return pairs;
}

// ---------------------------------------------------------------------------------------------------------------------
// Names in sentences

export interface NameInText {
  name: string;
  honorific: string | null;
  titleKind: TitleKind | null;
  /** Token indexes: the name with its title runs over [start, end). */
  start: number;
  end: number;
}

/** Words after a capitalised word that make it a body's name: "Labour Group", "Green Party", "Finance Committee". */
const ORG_TAIL = new Set(["group", "groups", "party", "parties", "council", "committee", "board", "association", "society", "trust", "department", "team", "administration", "members"]);

/** Most name words read in a sentence. */
const MAX_NAME_WORDS = 4;

/** The name that starts at token `i` of a sentence, title included: "Director Jones", "Cllr. P. Harries", "Gary Mantay",
 * "Sheahan (J)". Null when no name starts there. */
export function nameAfter(tokens: Token[], i: number, source: string): NameInText | null {
  let k = i;
  let title: Title | null = null;
  let titleEnd = i;
  for (let found = titleAt(tokens, k); found; found = titleAt(tokens, k)) {
    title = title && title.kind !== "courtesy" ? title : found.title;
    k = found.end;
    titleEnd = k;
  }
  const start = k;
  let words = 0;
  while (k < tokens.length && words < MAX_NAME_WORDS + 1) {
    const token = tokens[k]!;
    if (k > start && token.breakBefore && tokens[k - 1]!.kind !== "initial") {
      // a name does not run over a line break, except after an initial, or a given name cut from its surname ("Nial" /
      // "Dixon"); a label on the next line ("SECOND:") is not a surname
      if (!(words === 1 && isNameToken(token) && !isNameToken(tokens[k + 1]) && !isPunct(tokens[k + 1], ":"))) break;
    }
    // nor over a column gap: "Chaired by   Jane Okoro      Clerked by …"
    if (k > start && columnGapBefore(tokens, k)) break;
    // ("Seconded Micheal Page": a word of the calendar or the page as the surname after one given name)
    if (isNameToken(token) || (words === 1 && token.capitalised && !token.shouted && WORD_SURNAMES.has(token.key) && (!isNameToken(tokens[k + 1]) || tokens[k + 1]!.breakBefore))) {
      words++;
      k++;
    } else if (k > start && isParticle(token) && isNameToken(tokens[k + 1])) k++;
    else break;
  }
  // "Sheahan (J)": an initial in brackets after the name belongs to it
  let initials: string | null = null;
  if (k > start && isPunct(tokens[k], "(") && tokens[k + 1]?.kind === "initial" && isPunct(tokens[k + 2], ")")) {
    initials = tokens[k + 1]!.text.replace(/\.$/, "");
    k += 3;
  }
  const nameEnd = initials ? k - 3 : k;
  // "the Labour Group", "the Conservative Party": a body named by its members' word, not a person
  const tail = tokens[nameEnd];
  if (nameEnd > start && tail && !tail.breakBefore && tail.spaceBefore && ORG_TAIL.has(tail.key)) return null;
  if (nameEnd === start) {
    // "the Chairman", "the president, Paula Villescaz": an office alone names its holder, as printed
    if (title && title.kind !== "courtesy" && titleEnd > i) {
      return { name: source.slice(tokens[i]!.start, tokens[titleEnd - 1]!.end), honorific: null, titleKind: title.kind, start: i, end: titleEnd };
    }
    return null;
  }
  const lastToken = tokens[nameEnd - 1]!;
  if (lastToken.kind === "initial" && nameEnd - start > 1 && !givenAndInitial(tokens.slice(start, nameEnd))) return null;
  let name = source.slice(tokens[start]!.start, lastToken.end);
  name = withInitials(name, nameEnd - start === 1 ? initials : null);
  return { name, honorific: title?.canonical ?? null, titleKind: title?.kind ?? null, start: i, end: k };
}

/** The name that ends just before token `end` of a sentence ("… Trustee Paul Keefer moved"), title included. */
export function nameBefore(tokens: Token[], end: number, source: string): NameInText | null {
  let k = end;
  let words = 0;
  while (k > 0 && words < MAX_NAME_WORDS && (isNameToken(tokens[k - 1]) || (k < end && isParticle(tokens[k - 1]) && isNameToken(tokens[k - 2])))) {
    if (isNameToken(tokens[k - 1])) words++;
    if (k < end && tokens[k]!.breakBefore && tokens[k - 1]!.kind !== "initial") break;
    k--;
  }
  if (k === end) {
    // "the Treasurer proposed": an office alone
    const title = k > 0 ? titleAt(tokens, k - 1) : null;
    if (title && title.end === end) return { name: title.title.canonical, honorific: null, titleKind: title.title.kind, start: k - 1, end };
    return null;
  }
  // a title before the name: one or two words back ("Vice President Marx", "Committee Member Brown")
  let start = k;
  let titleFound: Title | null = null;
  for (let back = 1; back <= 3 && k - back >= 0; back++) {
    const title = titleAt(tokens, k - back);
    if (title && title.end === k) {
      titleFound = title.title;
      start = k - back;
    }
  }
  const name = source.slice(tokens[k]!.start, tokens[end - 1]!.end);
  return { name, honorific: titleFound?.canonical ?? null, titleKind: titleFound?.kind ?? null, start, end };
}

/** A name as printed in a sentence, without honorific (movers, seconders, voters, declarers): "Cllr. W. Loynton" →
 * "W. Loynton", "Director Guzman" → "Guzman", "Sheahan (J)" → "J. Sheahan". */
export function personName(printed: string | undefined | null): string | null {
  if (!printed) return null;
  const cleaned = printed.replace(/\*+/g, "").trim();
  const tokens = tokenize(cleaned);
  let i = 0;
  // "the Chairman", "the Treasurer"
  if (tokens[0]?.key === "the") i = 1;
  const found = nameAfter(tokens, i, cleaned);
  if (found) return found.name;
  // "the Chairman", "the Vice-Chairman", "The Treasurer": the office as printed
  const title = titleAt(tokens, i);
  if (title && title.end === tokens.length) return cleaned.slice(tokens[i]!.start, tokens[title.end - 1]!.end);
  const reading = readPerson(cleaned);
  return reading.draft?.name ?? null;
}

/** True when the text reads as one person's name (with or without title), not an office. */
export function looksLikeName(printed: string): boolean {
  const tokens = tokenize(printed.trim());
  if (tokens.length === 0) return false;
  const found = nameAfter(tokens, 0, printed.trim());
  return found !== null && found.end === tokens.length && found.honorific !== found.name && !isOfficeWord(tokens[tokens.length - 1]);
}

// ---------------------------------------------------------------------------------------------------------------------
// Matching names

/** The text with its bracketed notes blanked. Only the part up to the last ")" can hold one: `\([^)]*\)` over "((((…"
 * with no ")" after is quadratic (every "(" scans to the end). */
function withoutBrackets(text: string): string {
  const end = text.lastIndexOf(")") + 1;
  // (?<!…): a note starts only at a "(" with no "(" since the last ")", where the original's matches start
  return text.slice(0, end).replace(/\((?<!\([^()]*\()[^)]*\)/g, " ") + text.slice(end);
}

/** People are compared by surname, case and accents folded: minutes name the same member "Mr R W Gough" and "Mr Gough";
 * honours after a name are not its surname ("Sir Paul Carter, CBE"). */
export function surnameKey(name: string): string {
  const words = withoutBrackets(name.normalize("NFD").replace(/[\u0300-\u036f]/g, ""))
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !POSTNOMINALS.has(w.replace(/[^\p{L}]/gu, "")));
  return (words[words.length - 1] ?? "").replace(/[^\p{L}'’-]/gu, "");
}


/** The initials of a name: "Johannes Chuah" → "JC", "Guy de Montfort" → "GDM". */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * The one person of `people` a printed reference names, or null when none or several could be meant: by surname (with the
 * first initial when surnames are shared), by a given name alone ("Beau", "Cart"), or by initials ("JC", "GdM").
 */
export function resolvePerson<P extends { name: string }>(people: P[], printed: string): P | null {
  const text = printed.trim();
  if (!text) return null;
  const surname = surnameKey(text);
  const same = people.filter((p) => surnameKey(p.name) === surname);
  if (same.length === 1) return same[0]!;
  if (same.length > 1) {
    // "Vince Carbery" among Vince and Val Carbery: the whole name, then the initial
    const whole = same.filter((p) => p.name.toLowerCase() === text.toLowerCase());
    if (whole.length === 1) return whole[0]!;
    const initial = (name: string) => name.trim()[0]?.toLowerCase();
    const byInitial = /\s/.test(text) ? same.filter((p) => initial(p.name) === initial(text)) : [];
    return byInitial.length === 1 ? byInitial[0]! : null;
  }
  const words = text.split(/\s+/);
  // a given name and the surname's initial: "Rebecca N" for Rebecca Nelson
  if (words.length === 2 && /^\p{Lu}\.?$/u.test(words[1]!)) {
    const given = fold(words[0]!);
    const initial = words[1]![0]!.toLowerCase();
    const matching = people.filter((p) => {
      const parts = fold(p.name).split(/\s+/);
      return parts.length > 1 && parts[0] === given && surnameKey(p.name).startsWith(initial);
    });
    return matching.length === 1 ? matching[0]! : null;
  }
  if (words.length !== 1) return null;
  // a given name alone: "Beau" for Beau Scott
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const given = people.filter((p) => p.name.split(/\s+/).length > 1 && p.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/\s+/)[0] === folded);
  if (given.length === 1) return given[0]!;
  // initials: "JC" for Johannes Chuah, "GdM" for Guy de Montfort
  if (/^[A-Z][a-zA-Z]?[A-Z]{0,3}$/.test(text) && text.length >= 2) {
    const byInitials = people.filter((p) => initialsOf(p.name) === text.toUpperCase());
    if (byInitials.length === 1) return byInitials[0]!;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------------
// Lists of names in running text

/** Lower-case words that may stand in a list of names: joiners, name particles, and the words of offices. */
const NAME_LIST_WORDS = new Set([
  "and", "of", "the", "for", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "y", "on", "in", "at", "to",
  "plus", "also", "with", "&",
]);

/** A count of people with no names: "and a member of the public", "together with 6 members of the public", "plus ten
 * guests", "(3 residents)". */
// Linear: the blanks before "and" are taken only from where their run starts ((?<!\s)), never from inside it.
/** "and", "plus", "together with" joining a headcount to the names before it. */
const COUNT_JOINER = String.raw`(?:(?:[,;]|(?<!\s))\s*(?:and|plus|together\s+with|with)\s+)?`;
/** How many: "a", "six", "12", "several". */
const HOW_MANY = String.raw`\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d{1,3})`;
/** Who, unnamed: "members of the public", "guests", "residents". */
const UNNAMED = String.raw`(?:other\s+)?(?:members?\s+of\s+(?:the\s+)?public|guests?|visitors?|residents?|parishioners?|people|observers?)\b\.?`;
const HEADCOUNT = new RegExp(String.raw`${COUNT_JOINER}${HOW_MANY}\s+${UNNAMED}`, "gi");

export function withoutHeadcount(text: string): string {
  return text.replace(HEADCOUNT, "");
}

/** True when a text reads as a list of people rather than a sentence: lower-case words outside brackets are joiners, the
 * words of offices and titles, or group words. */
export function readsAsNames(text: string): boolean {
  // a roster's row, its office first: "Vice President – Mark Eby"
  const row = text.includes("\n") ? null : officeFirst(text);
  if (row) return readsAsNames(row.names);
  const tokens = tokenize(withoutHeadcount(text));
  let depth = 0;
  let names = 0;
  // after a spaced dash, up to the next comma, a person's office or body in any words: "Lynne Walker – ex-board member,"
  let office = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isPunct(t, "([")) depth++;
    else if (isPunct(t, ")]")) depth = Math.max(0, depth - 1);
    if (depth === 0 && isPunct(t, "–—-") && t.spaceBefore && tokens[i + 1]?.spaceBefore) office = true;
    else if (isPunct(t, ",;")) office = false;
    if (office && depth === 0 && t.kind === "word") continue;
    // a time or a count is not a name: "Arrived 5:34 PM"
    if (depth === 0 && t.kind === "number") return false;
    if (depth > 0 || t.kind !== "word") {
      if (t.kind === "initial" || t.kind === "handle") names++;
      continue;
    }
    if (t.capitalised) {
      if (isNameToken(t)) names++;
      continue;
    }
    if (NAME_LIST_WORDS.has(t.key) || OFFICE_WORDS.has(t.key) || titleAt(tokens, i) || t.key === "guests" || t.key === "staff") continue;
    return false;
  }
  return names > 0;
}

