// Recognizes the meeting from the header: body, organization, date (weekday checked), start time, place, status, links.
import type { Link, PhrasingContent, RootContent } from "mdast";
import { plainText, rawText, sentences } from "../parse/text.js";
import type { Meeting } from "../types/minutes.js";
import { sourceAt, sourceOf, type Context, warn } from "./context.js";
import { ANY_ORDER, CALENDAR_WORDS, findDate, findDayMonth, findTime, monthsNamed, numericOrder, type FoundDate } from "./dates.js";
import { titleLabel } from "./attendance.js";
import { GENERAL_MEETINGS } from "./lexicon/meeting-words.js";
import { inTitleCase, readableTitle } from "./title-case.js";
import { tokenize } from "./tokens.js";

/** "MINUTES of a meeting of the Cabinet held in … on …", "A regular meeting of the Township of Nipissing Council was held",
 * "The regular board meeting of the Crete Township Board of Trustees was called to order": the body is what the meeting was
 * of. */
// Linear, these and HELD_AT: the spaces before the name give back at most what a degenerate match needs ((?=…)); the name
// ends with a letter or is one character where a run of spaces follows (an end in the spaces is never the shortest that
// works), so no run is read again for each length; it runs to the text's end only when no ending is found (.+$); and a
// phrase after another on the same line is not tried ((?<!…)): the earlier one read on to the same line break and failed.
/** A space that is no line break. */
const LINE_SPACE = String.raw`[^\S\n\r\u2028\u2029]`;
/** At most two spaces, given back only to what follows them. */
const FEW_SPACES = String.raw`(?=\S|\s\s?(?!\s))`;
/** Where the name of whose meeting it was ends: before "(was) held", "called", "convened", "on 5 May", "at City Hall". */
const NAME_ENDS = String.raw`\s+(?:was\s+)?(?:held|called|convened)\b|\s+(?:on|at)\s+(?:\p{Lu}|\d)`;
const MEETING_OF = new RegExp(String.raw`\bmeeting\s+of\s+${FEW_SPACES}(?<!\bmeeting\s+of\s.*?\bmeeting${LINE_SPACE}+of${LINE_SPACE}+)(?:the\s+${FEW_SPACES})?(.(?:.*?\S)??(?=${NAME_ENDS})|.+$)(?:${NAME_ENDS})?`, "iu");
const MEETING_OF_HELD =
  /\bmeeting\s+of\s+(?=\S|\s\s?(?!\s))(?:the\s+(?=\S|\s\s?(?!\s)))?((?!meeting\s+of\b).(?:(?:(?!meeting\s+of\b).){0,198}?(?!meeting\s+of\b)\S)??)\s+(?:was\s+)?held\b/i;
const CORPORATION = /\bThe Corporation of the ((?:City|Town|Township|County|Municipality|Village) of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;
/** How many header paragraphs a "meeting of … held" phrase may run across (converters break lines with blank lines). */
const MEETING_OF_SPAN = 12;
/** "Minutes of Guelph City Council": a title line that is the minutes of the body it names. */
const MINUTES_OF_LINE = /^minutes\s+of\s+(?:the\s+)?(\p{Lu}[^\n]{0,80})$/iu;
/** "SUMMARY MINUTES OF THE / CURRICULUM COMMITTEE MEETING": the body whose meeting the minutes are of. */
// Linear: from "minutes" the name is at most 80 characters, read once to the first "meeting" after it.
const MINUTES_OF = /\bminutes\s+of\s+(?:the\s+)?(\p{Lu}[^\n]{0,80}?)\s+meeting\b/iu;
/** "Manordeilo and Salem Community Council held their meeting remotely…": who met. */
// (the name ends with a letter, or is three characters: one ending in a space is never the shortest that works)
const HELD_THEIR_MEETING = /^(?:the\s+)?(\p{Lu}(?:[\p{L}&' -] |[\p{L}&' -]{1,79}?[\p{L}&'-]))\s+held\s+(?:their|its|a|the)\s+(?:\w+\s+)?meeting\b/u;
/** "held at/in <place> on/at" */
/** Where a place ends: before its date ("on …") or its time ("at 7"). */
const PLACE_ENDS = String.raw`,?\s+on\s+|,?\s+at\s+\d`;
/** Not after another "held at" on the same line: that one read on to the line's end and failed, or matched first. */
const NOT_AFTER_HELD = String.raw`(?<!\bheld\s+(?:at|in)\s.*?\bheld${LINE_SPACE}+(?:at|in)${LINE_SPACE}+)`;
/** The place: to its date or time, or to the line's end. */
const PLACE = String.raw`(.(?:.*?(?:\S|${LINE_SPACE}(?=,)))??(?=${PLACE_ENDS})|.*?\S(?=\s*$)|.(?=\s*$))`;
const HELD_AT = new RegExp(String.raw`\bheld\s+(?:at|in)\s+${FEW_SPACES}${NOT_AFTER_HELD}(?:the\s+${FEW_SPACES})?${PLACE}(?:${PLACE_ENDS}|\s*$)`, "i");
const VENUE = /^(?:venue|location|place)\s*[:-]\s*(\S.*|.)$/i;
/** A whole authority: "Kent County Council", "Milburn Parish Council", "Township of Nipissing", "Regional Transportation District". */
// Only tested. Linear: from each line's start (m flag) the first kind of place is found once (the group and \1 keep it) and
// the body looked for after it; (?<![\s\S]) is the start of the text. Reading on from every kind of place was quadratic.
/** The kinds of place an authority governs: "parish", "county", "school" (district). */
const PLACE_KINDS = String.raw`(?:parish|town|community|city|county|district|borough|township|metropolitan|regional|unified|village|school)`;
/** "City of …", "The Township of …" opening the text. */
const AUTHORITY_OF = String.raw`(?<![\s\S])(?:the\s+)?(?:city|town|township|village|county|borough|municipality)\s+of\b`;
const ORGANIZATION = new RegExp(String.raw`^(?=(.*?\b${PLACE_KINDS}\b))\1.*\b(?:council|district|authority)\b|${AUTHORITY_OF}`, "im");
/** The kind of body that meets: "Cabinet", "Planning Commission", "Board of Directors". */
const BODY = /\b(?:commission|committee|sub-committee|board|council|panel|cabinet|group|assembly|forum|trust|directors|education|health|association|society|club|foundation|hoa|exec|tsc|team|wg|trustees)\b/i;
/** A council's type alone is no authority's name: "County Council", "Parish Council". */
const BARE_COUNCIL = /^(?:the\s+)?(?:(?:parish|town|community|city|county|district|borough|township)\s+)?council$/i;

function isOrganization(name: string): boolean {
  return ORGANIZATION.test(name) && !BARE_COUNCIL.test(name);
}

/** The type of council at the end of an authority's name: "Milburn Parish Council" → "Parish Council". */
const COUNCIL_TYPE = /\b(?:(?:parish|town|community|city|county|district|borough|township)\s+)?council$/i;
/** Words of a title line that are not the body's name: "Board of Education Minutes", "REGULAR MEETING MINUTES". */
// (?<!…): the run of kinds is read from its first word only (from a later one it ends where the first did); a trailing
// "meeting" from where its spaces start.
/** The kinds of meeting: "regular", "special", "online". */
const MEETING_KINDS_WORDS = String.raw`(?:regular|ordinary|special|extraordinary|annual|online|virtual|remote|in-person)`;
/** The kinds of session: "regular", "special", "annual". */
const SESSION_KINDS = String.raw`(?:regular|ordinary|special|extraordinary|annual)`;
/** "Draft Regular Meeting Minutes from": the word "minutes" and the words of its kind. */
const MINUTES_WORDS = String.raw`\b(?:draft\s+|approved\s+)?(?<!\b${MEETING_KINDS_WORDS}\s+)(?:${MEETING_KINDS_WORDS}\s+)*(?:meeting\s+)?minutes(?:\s+from)?\b`;
const NOT_BODY_WORDS = new RegExp(String.raw`${MINUTES_WORDS}|\b${SESSION_KINDS}\s+meeting\b|^meeting\s+of\s+(?:the\s+)?|^${SESSION_KINDS}\s+|(?<!\s)\s+meeting$`, "gi");
/** What the document is, closing a title: "DES MOINES CITY COUNCIL MEETING REPORT", "… Meeting Notes", "Strata Council
 * Meeting Agenda" (a running header that minutes kept from their agenda). */
const TRAILING_RECORD = /(?<!\s)\s+(?:meeting\s+)?(?:report|summary|notes|record|agenda)\s*$/i;
/** A year closing a name: "Annual General Meeting of the Australasian Computer Music Association 2023". */
const TRAILING_YEAR = /(?<!\s)\s+(?:19|20)\d\d\s*$/;
/** A month closing a title: "Northwold Parish Council July meeting minutes". */
const TRAILING_MONTH = /(?<!\s)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$/i;
/** A line that is a label, a sentence, an address, a link or a person (“Mr. M. Amorosi, Executive Director”), not a title
 * (a company's "Inc." or "Ltd." is a name's full stop, not a sentence's). */
const NOT_A_TITLE = /[:;]|\b(?:present|apologies|regrets|held|called|original\s+file|page)\b|^\d|(?<!\b(?:Inc|Ltd|Co|Corp|Assn))\.$|https?:|^(?:mr|mrs|ms|dr|cllr|councillor|agenda|of|and|or|for|to)\b/i;
const MAX_TITLE_LINES = 12;
/** The characters of a printed title: letters, digits and the punctuation of names. A line of others is a broken font's
 * debris ("ACAC3t`k t"), not a title. */
const TITLE_CHARACTERS = /^[\p{L}\p{M}\d\s&'’.,()/–—-]+$/u;
const DRAFT = /\bdraft\b/i;
const APPROVED = /\b(?:approved|confirmed|signed)\s+(?:minutes|as\s+a\s+(?:true|correct)\s+record)\b/i;

/** A link's note is the text before it, up to this many characters ("The webcast … can be viewed at"): the whole text
 * before each link made a line of thousands of links quadratic. */
const MAX_NOTE = 200;

/** Whether a link stands anywhere in the node: most header blocks hold none, and are not walked (the walk reads the text of
 * every container at every depth). */
function holdsLink(node: RootContent | PhrasingContent): boolean {
  return node.type === "link" || ("children" in node && (node.children as (RootContent | PhrasingContent)[]).some(holdsLink));
}

function links(node: RootContent): Meeting["links"] {
  const found: Meeting["links"] = [];
  if (!holdsLink(node)) return found;
  const walk = (children: PhrasingContent[], before: string) => {
    let text = before;
    for (const child of children) {
      if (child.type === "link") {
        // cut to the limit, and then to a whole word
        const note = squashNote(text.length > MAX_NOTE ? text.slice(-MAX_NOTE).replace(/^\S*\s+/, "") : text);
        found.push({ url: (child as Link).url, note: note || null });
      } else if ("children" in child) walk(child.children as PhrasingContent[], text);
      text += rawText(child);
      // keep one character more than a note takes, so that a text once cut is always cut again to a whole word
      if (text.length > 2 * MAX_NOTE) text = text.slice(-(MAX_NOTE + 1));
    }
  };
  if ("children" in node) walk(node.children as PhrasingContent[], "");
  return found;
}

function squashNote(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/(?<!\s)(?:\s+|(?<![:-]))[:-]+\s*$/, "").trim();
}

/** "Limerick City and County Council, Home and Social Development Strategic Policy Committee": authority, then body. */
function meetingOf(ctx: Context, printed: string, meeting: Meeting): void {
  // "Meeting of 27th October 2015", "Special Meeting of the" / (its name on the next line): no name here
  if (NO_NAME.test(printed.trim())) return;
  // "Meeting of Tuesday January 19, 2010": a weekday or a month opens a date, not a name
  // ("Meeting of March Town Council", with no figure, names the town)
  if (CALENDAR_WORDS.has(printed.trim().split(/[\s,]+/, 1)[0]!.toLowerCase()) && /\d/.test(printed)) return;
  // "… of the Australasian Computer Music Association 2023": the year is the meeting's, not the name's
  const phrase = printed.replace(TRAILING_YEAR, "");
  const [first, ...rest] = phrase.replace(/\s+/g, " ").split(/,\s+/);
  const name = readableTitle(first!, ctx.acronyms);
  if (isOrganization(name)) {
    meeting.organization ??= name;
    if (rest.length > 0) meeting.body ??= readableTitle(rest.join(", "), ctx.acronyms);
  } else meeting.body ??= readableTitle(phrase.replace(/\s+/g, " "), ctx.acronyms);
}

/** "of the" left at the start of a title once "Minutes" has gone. */
const LEADING_OF = /^\s*of\s+(?:the\s+)?/i;

/** Small words inside a name: "Friends of Halesworth County Library", "Parks and Recreation". */
const NAME_JOINERS = new Set(["of", "and", "the", "for", "&", "on", "in"]);

/** What a "meeting of …" phrase holds when it names nobody: a date in figures, or a lone article. */
const NO_NAME = /^(?:\d|(?:the|a|an)$)/i;

/** True when `longer` has every word of `shorter` and more. */
function extends_(longer: string, shorter: string): boolean {
  const words = (t: string) => t.toLowerCase().split(/\s+/);
  const have = new Set(words(longer));
  return words(longer).length > words(shorter).length && words(shorter).every((w) => have.has(w));
}

/** Short title-like lines among the first lines of the header, dates cut off: "CORPORATE PARENTING PANEL– 29 October 2024". */
function titleLines(header: RootContent[]): string[] {
  const lines: string[] = [];
  for (const node of header) {
    if (node.type !== "paragraph" && node.type !== "heading") continue;
    for (const raw of rawText(node).split("\n")) {
      // "Northwold and Whittington Parish Council – Ordinary Meeting DRAFT …": the name before a spaced dash
      // (each pattern here starts only where its run of spaces or dashes starts: tried inside a long run, it is quadratic)
      // "*** DES MOINES CITY COUNCIL MEETING REPORT ***": the stars and marks around a title are not of it
      const parts = trimTitleMarks(raw).split(SPACED_DASH);
      // "Annual Members' Meeting - Speedcubing Canada": a general meeting, then whose it is, is kept whole
      let line = parts.length > 1 && GENERAL_MEETINGS.get(parts[0]!.toLowerCase()) !== undefined ? parts.slice(0, 2).join(" - ") : parts[0]!;
      // (a date in figures is cut off too, whichever its order)
      let date = findDate(line, ANY_ORDER);
      // "2024-12-02 Board Meeting": a date before the title
      if (date && date.index === 0) {
        line = trimTitleMarks(line.slice(date.raw.length));
        date = findDate(line, ANY_ORDER);
      }
      // "STOKE FERRY PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on …": the name before "Minutes"
      const minutes = /\s(?:draft\s+)?minutes\b/i.exec(line);
      const cut = Math.min(date?.index ?? line.length, minutes?.index ?? line.length);
      const title = line.slice(0, cut).replace(/(?<![\s,:–—-])[\s,:–—-]+$/, "").trim();
      if (title && !NOT_A_TITLE.test(title) && (titleLabel(title) === null || generalMeeting(title) !== null) && TITLE_CHARACTERS.test(title) && title.length <= 80 && /^\p{Lu}/u.test(title)) lines.push(title);
      if (lines.length >= MAX_TITLE_LINES) return lines;
    }
  }
  return lines;
}

/** A dash or bar with spaces on both sides, between the parts of a title: "Northwold Parish Council – Ordinary Meeting",
 * "PlasmaPy Community Meeting | Tuesday 2021 March 16". */
const SPACED_DASH = /(?<!\s)\s+[–—|-]\s+/;

/** Marks around a title: stars, hashes, bars and blanks. */
const TITLE_MARKS = /^[\s*#|:,–—-]+|(?<![\s*#|:,–—-])[\s*#|:,–—-]+$/g;
function trimTitleMarks(line: string): string {
  return line.replace(TITLE_MARKS, "");
}

/** The body's name from a title line, without "Minutes", "Regular Meeting" and the like. */
function bodyName(line: string): string {
  // twice: "MINUTES OF THE SPECIAL CITY COUNCIL MEETING" is "OF THE SPECIAL CITY COUNCIL" once "MINUTES" and "MEETING" go
  return strippedOnce(strippedOnce(line));
}

/** An aside in brackets that holds a number: "(Registered Charity No. 274033)" is no part of a name. */
const NUMBERED_ASIDE = /(?<!\s)\s*\([^()\d]{0,60}\d[^()]{0,40}\)/g;

function strippedOnce(line: string): string {
  return line.replace(NUMBERED_ASIDE, "").replace(NOT_BODY_WORDS, " ").replace(LEADING_OF, " ").replace(TRAILING_MONTH, "").replace(TRAILING_RECORD, "").replace(/\s+/g, " ").replace(/^[\s–—-]+|(?<![\s–—-])[\s–—-]+$/g, "").trim();
}

/** The general meeting a title line names, in full: "AGM Minutes 2022-09-17" → "Annual General Meeting". */
function generalMeeting(line: string): string | null {
  const tokens = tokenize(line);
  for (let i = 0; i < tokens.length; i++) {
    const found = GENERAL_MEETINGS.at(tokens, i);
    if (found) return found.value;
  }
  return null;
}

/** A name: every word capitalised but its small words ("Friends of Halesworth County Library"), as a title in title case. */
function isName(text: string): boolean {
  return text.trim() === "" || inTitleCase(text);
}

/** Organization and body from the title lines: an authority's name, then the first line naming a kind of body, or a
 * general meeting of the members ("CSS EGM - Minutes", "AGM Minutes 2022-09-17"). */
function titlesOf(ctx: Context, lines: string[], meeting: Meeting): void {
  let first: string | null = null;
  for (const line of lines) {
    const general = meeting.body ? null : generalMeeting(line);
    if (general && !BODY.test(line)) {
      meeting.body = general;
      // "Annual Members' Meeting - Speedcubing Canada": the name beside the meeting is whose members met
      const host = line.split(SPACED_DASH).find((part) => generalMeeting(part) === null);
      if (host && !meeting.organization && isName(host)) meeting.organization = readableTitle(host, ctx.acronyms);
      break;
    }
    const name = bodyName(line);
    if (!name || !/^\p{Lu}/u.test(name)) continue;
    if (!meeting.organization && isOrganization(name)) {
      meeting.organization = readableTitle(name, ctx.acronyms);
      continue;
    }
    // a fuller name of the same authority further down: "Northwold Parish Council" then "Northwold and Whittington Parish Council"
    const authority = name.split(SPACED_DASH)[0]!;
    if (meeting.organization && isOrganization(authority) && extends_(authority, meeting.organization)) {
      meeting.organization = readableTitle(authority, ctx.acronyms);
      continue;
    }
    // the authority's own name again is no body of it: "Minutes of Guelph City Council" under that organization
    if (meeting.organization && name.toLowerCase() === meeting.organization.toLowerCase()) continue;
    if (!meeting.body && BODY.test(name)) {
      meeting.body = readableTitle(name, ctx.acronyms);
      // a plain name printed above the body's is the authority's: "EAST PALO ALTO" / "PLANNING COMMISSION"
      if (!meeting.organization && first) meeting.organization = readableTitle(first, ctx.acronyms);
      break;
    }
    // "EAST PALO ALTO", "Suffolk Libraries IPS": a name, every word capitalised; "Dial in details" is no authority
    if (isName(name)) first ??= name;
  }
  // "Milburn Parish Council" alone: the body is the council itself
  if (!meeting.body && meeting.organization) meeting.body = COUNCIL_TYPE.exec(meeting.organization)?.[0] ?? null;
}

/** The word that says a title line is a meeting's record. */
const MEETING_WORD = /\b(?:meeting|minutes)\b/i;
/** Words that introduce the holder after "Minutes": "Minutes for Coders for Causes", "Minutes of the …". */
const HOLDER_INTRO = /^\s*(?:for|of)\s+(?:the\s+)?/i;
/** The longest title line read for a holder: a longer one is a sentence or a table's row. */
const MAX_HOLDER_LINE = 160;
/** Where a title turns into a sentence: "… Meeting held at the Village Hall on …". */
const HELD_ON = /(?<!\s)\s+held\b/i;
/** A year in a name: "August 2022 Business", "Week 10 Term T3 2024" are dates of meetings, not holders. */
const YEAR = /\b(?:19|20)\d\d\b/;
/** Words at the edges of "<holder> Meeting" that say what kind of meeting it was, not whose. */
const MEETING_KINDS = new Set([
  "business", "general", "members", "member's", "members'", "monthly", "weekly", "quarterly", "public", "open", "official", "board",
  ...CALENDAR_WORDS,
]);

/** Who held the meeting, from a title line that names no kind of body: "PlasmaPy Community Meeting | Tuesday …",
 * "MINUTES NEMO ARC MEETING", "Minutes for Coders for Causes", "District 10 – February Meeting Minutes", "Stoke Ferry
 * Village Hall (Registered Charity No, 274033) Minutes of the Annual General Meeting held …": the capitalised name beside
 * the word "Meeting" or "Minutes", or in the same title beside it. */
function meetingHolder(header: RootContent[]): string | null {
  for (const node of header.slice(0, MAX_TITLE_LINES)) {
    if (node.type !== "paragraph" && node.type !== "heading") continue;
    for (const raw of rawText(node).split("\n")) {
      const line = trimTitleMarks(raw.replace(/\*+/g, ""));
      if (!MEETING_WORD.test(line) || line.length > MAX_HOLDER_LINE) continue;
      for (const part of line.split(SPACED_DASH)) {
        const holder = holderIn(part);
        if (holder) return holder;
      }
    }
  }
  return null;
}

function holderIn(printed: string): string | null {
  // a title, not a sentence: every word capitalised but its joiners, up to "held" or the date ("… Minutes of the Annual
  // General Meeting held at …"); "The meeting was held over the internet" names nobody
  const held = HELD_ON.exec(printed);
  const part = (held ? printed.slice(0, held.index) : printed).replace(/\.$/, "");
  const undated = findDate(part, ANY_ORDER);
  if (!isName(undated ? part.slice(0, undated.index) : part)) return null;
  const word = MEETING_WORD.exec(part);
  let candidate = part;
  if (word) {
    const before = part.slice(0, word.index);
    const after = part.slice(word.index + word[0].length);
    // "MINUTES NEMO ARC MEETING", "Minutes for Coders for Causes": the holder after "Minutes"; "Meeting Information" is no holder
    candidate = before.trim() ? before : HOLDER_INTRO.test(after) || /\bmeeting\s*$/i.test(after) ? after.replace(HOLDER_INTRO, "") : "";
  }
  const date = findDate(candidate, ANY_ORDER);
  if (date) candidate = date.index === 0 ? candidate.slice(date.raw.length) : candidate.slice(0, date.index);
  const words = bodyName(candidate).split(/\s+/).filter(Boolean);
  while (words.length && MEETING_KINDS.has(words[0]!.toLowerCase())) words.shift();
  while (words.length && MEETING_KINDS.has(words.at(-1)!.toLowerCase())) words.pop();
  const name = words.join(" ");
  if (!name || name.length > 60 || YEAR.test(name) || !/^\p{Lu}/u.test(name) || NAME_JOINERS.has(words.at(-1)!.toLowerCase())) return null;
  if (NOT_A_TITLE.test(name) || !TITLE_CHARACTERS.test(name)) return null;
  // "Minutes for the 2014-10-15 AGM": the members' general meeting, in full
  return generalMeeting(name) ?? name;
}


/** A sentence that says when the meeting was held: "The first Annual General meeting … was held on 6/09/2016 at …". */
const HELD_WHEN = /\b(?:held|convened|took\s+place|met|called\s+to\s+order)\b/i;
/** How many blocks of the first item are read for it. */
const OPENING_BLOCKS = 3;

/** The meeting's date from the opening of its first item, for minutes whose header prints none ("## Call to Order" / "The
 * meeting was held on 6/09/2016 at Reid Library"): a date in the sentence that says the meeting was held. */
export function dateOfHolding(ctx: Context, blocks: RootContent[]): string | null {
  const order = numericOrder(ctx.text.lines.map((l) => l.text).join("\n"));
  for (const node of blocks.slice(0, OPENING_BLOCKS)) {
    if (node.type !== "paragraph") continue;
    for (const sentence of sentences(plainText(node))) {
      if (!HELD_WHEN.test(sentence)) continue;
      const date = findDate(sentence, order);
      if (date) return date.iso;
    }
  }
  return null;
}

/** The heading or sentence over the next meeting's particulars, and how many lines above a date it is looked for. */
const NEXT_MEETING = /\bnext\s+meeting\b/i;
const NEXT_MEETING_SPAN = 3;

/** A line that labels the meeting's date: "Date: …", "Meeting Date/Time: …", "DATE OF MEETING – …". */
const DATE_LABEL = /^\s*(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting|\s*\/\s*time)?\s*[:–—-]\s*/i;

/** The headings that open the first item before any text of its own: a page's title set as a heading the items share
 * ("# Credentials CG Telecon" / "## Minutes for 2020-03-10" / …, then "# Topic: …"), where the meeting's date may be. */
function openingHeadings(first: RootContent[]): RootContent[] {
  const end = first.findIndex((node) => node.type !== "heading");
  return first.slice(0, end < 0 ? first.length : end);
}

export function recognizeMeeting(ctx: Context, header: RootContent[], firstItem: RootContent[] = []): Meeting {
  const meeting: Meeting = { organization: null, body: null, date: null, start_time: null, location: null, status: null, links: [] };
  // dates in figures are read day first or month first as the document's other dates and its spelling say
  const order = numericOrder(ctx.text.lines.map((l) => l.text).join("\n"));
  const texts = header.map((node) => ({ node, text: plainText(node) }));
  // "… meeting of X held …" in one paragraph, else across the first few, else "meeting of X" alone
  const heads = header
    .slice(0, MEETING_OF_SPAN)
    .flatMap((node) => rawText(node).split("\n"))
    .map((line) => line.replace(/\*+/g, "").trim());
  const of = [...heads, heads.join(" ")].map((t) => MEETING_OF_HELD.exec(t)).find(Boolean) ?? heads.map((t) => MEETING_OF.exec(t)).find(Boolean);
  if (of) meetingOf(ctx, of[1]!, meeting);
  if (!meeting.body && !meeting.organization) {
    const minutesOf = [heads.join(" ")].map((t) => MINUTES_OF.exec(t)).find(Boolean) ?? heads.map((t) => MINUTES_OF_LINE.exec(t)).find(Boolean);
    if (minutesOf && BODY.test(minutesOf[1]!)) meetingOf(ctx, bodyName(minutesOf[1]!), meeting);
  }
  // a date the header labels as the meeting's, in words or figures: "- Date: 14/11/2024", "Meeting Date: 2024-06-10"
  // (not the next meeting's: "Next Meeting" / "The next meeting will be:" / "1. Date: April 24, 2020")
  const lines = texts.flatMap(({ node, text }) => text.split("\n").map((line) => ({ node, line })));
  const labelled = lines.find(({ line }, k) => DATE_LABEL.test(line) && !lines.slice(Math.max(0, k - NEXT_MEETING_SPAN), k).some((before) => NEXT_MEETING.test(before.line)));
  const labelledDate = labelled ? findDate(labelled.line.replace(DATE_LABEL, ""), order) : null;
  const takeDate = (date: FoundDate, node: RootContent) => {
    meeting.date = date.iso;
    if (date.weekday && date.weekday !== date.actualWeekday) {
      warn(ctx, "weekday-mismatch", `"${date.raw}" names a ${date.weekday}, but ${date.iso} is a ${date.actualWeekday}`, sourceOf(ctx, node));
    }
  };
  if (labelled && labelledDate) takeDate(labelledDate, labelled.node);
  for (const { node, text } of texts) {
    const who = HELD_THEIR_MEETING.exec(text);
    if (who && !meeting.organization && isOrganization(who[1]!)) meeting.organization = who[1]!;
    const held = HELD_AT.exec(text);
    if (held && !meeting.location) meeting.location = held[1]!.trim();
    const venue = VENUE.exec(text);
    if (venue && !meeting.location) meeting.location = venue[1]!.trim();
    if (!meeting.date) {
      const date = findDate(text);
      if (date) takeDate(date, node);
    }
    if (!meeting.start_time) meeting.start_time = findTime(text);
    if (!meeting.status && DRAFT.test(text) && /\bminutes\b/i.test(text)) meeting.status = "draft";
    if (!meeting.status && APPROVED.test(text)) meeting.status = "approved";
    for (const link of links(node)) meeting.links.push(link);
  }
  // a date in figures ("Date: 11/10/2023", "5/9/2011 7:30 PM") only when the header writes none in words: a printout's
  // stamp ("11/29/21, 2:22 PM BoardDocs") or an approval date ("Approved: 01/28/2020") is no meeting's date
  if (!meeting.date) meeting.date = texts.map(({ text }) => findDate(text, order)).find(Boolean)?.iso ?? null;
  titlesOf(ctx, titleLines(header), meeting);
  if (!meeting.organization && !meeting.body) {
    const holder = meetingHolder(header);
    if (holder) meeting.body = readableTitle(holder, ctx.acronyms);
  }
  // a PDF whose title repeats on every page had it set aside as a running header: look there when nothing else names it
  if (!meeting.organization && !meeting.body && ctx.text.furniture) {
    titlesOf(ctx, ctx.text.furniture.filter((line) => line.page === 1).map((line) => line.text), meeting);
  }
  // …and its date, from the same running header: "Strata Council Meeting Agenda" / "Wednesday, February 4, 2026" on each page
  if (!meeting.date && ctx.text.furniture) {
    const date = ctx.text.furniture.filter((line) => line.page === 1).map((line) => findDate(line.text, order)).find(Boolean);
    if (date) meeting.date = date.iso;
  }
  // "The Corporation of the City of London", printed anywhere, names the authority when no title does
  if (!meeting.organization) {
    const corporation = ctx.text.lines.map((l) => CORPORATION.exec(l.text)).find(Boolean);
    if (corporation) meeting.organization = corporation[1]!;
  }
  // a markdown post whose minutes print no date: the post's date stands for the meeting's
  const published = ctx.text.published;
  const postDate = !meeting.date && published ? findDate(published.text, order) : null;
  // …unless the header names another month: "Boughton Parish Council Meeting - February", posted on 28 May
  // (a month's word in a list of names is a surname: "[NM] Nicholas May")
  const unlisted = header
    .slice(0, MEETING_OF_SPAN)
    .filter((node) => node.type !== "list")
    .flatMap((node) => rawText(node).split("\n"));
  const titleMonths = unlisted.flatMap(monthsNamed);
  if (postDate && published && titleMonths.every((month) => month === Number(postDate.iso.slice(5, 7)))) {
    meeting.date = postDate.iso;
    const line = ctx.text.lines.findIndex((l) => l.line === published.line) + 1;
    warn(ctx, "date-from-front-matter", `the minutes print no date: took ${postDate.iso}, the date of the post's front matter`, line > 0 ? sourceAt(ctx, line) : null);
  }
  if (!meeting.date) {
    const documentText = ctx.text.lines.map((l) => l.text).join("\n");
    for (const { node, text } of texts) {
      const date = findDayMonth(text, documentText);
      if (!date) continue;
      meeting.date = date.iso;
      warn(ctx, "date-year-inferred", `"${date.raw}" has no year: took ${date.iso.slice(0, 4)}, the year the document mentions most`, sourceOf(ctx, node));
      break;
    }
  }
  // a full date in a heading that opens the first item: the title the page set at the items' level
  if (!meeting.date) {
    const date = openingHeadings(firstItem).map((node) => findDate(plainText(node), order)).find(Boolean);
    if (date) meeting.date = date.iso;
  }
  if (!meeting.date) warn(ctx, "no-meeting-date", "found no meeting date in the header", null);
  return meeting;
}
