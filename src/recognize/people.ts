// Lists of people as minutes print them: "Councillor Brent (in the Chair); Councillors Ismail, Adair and T. Collingham".

export interface PersonDraft {
  name: string;
  honorific: string | null;
  role: "chair" | "vice_chair" | null;
  position: string | null;
}

/** Honorifics and titles that precede a name; the plural forms distribute over the names that follow. */
const HONORIFICS: [RegExp, string, boolean][] = [
  [/^county\s+councillors?\b\.?/i, "County Councillor", false],
  [/^deputy\s+mayor\b/i, "Deputy Mayor", false],
  [/^(?:councillors|cllrs)\b\.?/i, "Councillor", true],
  [/^(?:councillor|cllr|coun)\b\.?/i, "Councillor", false],
  [/^directors\b/i, "Director", true],
  [/^director\b/i, "Director", false],
  [/^trustees\b/i, "Trustee", true],
  [/^trustee\b/i, "Trustee", false],
  [/^commissioners\b/i, "Commissioner", true],
  [/^commissioner\b/i, "Commissioner", false],
  [/^aldermen\b/i, "Alderman", true],
  [/^alderman\b/i, "Alderman", false],
  [/^mayor\b/i, "Mayor", false],
  [/^(?:professor|prof)\b\.?/i, "Professor", false],
  [/^(?:reverend|rev(?:d)?)\b\.?/i, "Reverend", false],
  [/^(?:mrs|mr|ms|miss|mx|dr|sir|dame|lord|lady)\b\.?/i, "", false],
];

/** A chairing role in brackets: "(in the Chair)", "(Chairman)", "(Vice-Chair)"; the whole note, not "(Co-Chair of …)". */
const VICE_CHAIR = /^(?:the\s+)?vice[\s-]*chair(?:man|woman|person)?$/i;
const CHAIR = /^(?:(?:the\s+)?chair(?:man|woman|person)?|in\s+the\s+chair|presiding(?:\s+officer)?|mayor\s+presiding)$/i;
/** Honours printed after a name: "Mr R C Love, OBE". */
const POSTNOMINAL = /^(?:OBE|MBE|CBE|KBE|DBE|JP|DL|KC|QC|BEM|MP|MEP|MSP|MS|AM|PhD|FRCP)$/;
/** Where another person starts inside one segment: at a second honorific or title ("Cllr Jim McNeill (Vice Chair) Cllr
 * Daphne Clements", "M Armstrong Clerk J Connelly"), or after a bracketed note ("D Richardson (Chair) R Healey"). */
const NEXT_PERSON = /(?<!\s)\s+(?=(?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr|Clerk)\.?\s+\p{Lu})(?<!County\s+)|(?<=\))\s+(?=\p{Lu})/gu;
/** Initials of an authority after a name of two or more words: "A Armstrong EDC", "Martin Storey NCC". */
const AFFILIATION = /^(\S+(?:\s+\S+)*?\s+\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(\p{Lu}{2,6})$/u;
/** An office or body given by its initials alone after a name: "PCSO", "NALC". */
const OFFICE_INITIALS = /^[A-Z]{2,6}$/;
/** An officer's title before a name: "Clerk J Connelly", "Parish Clerk Mrs J Todd". */
const OFFICER_TITLE = /^(?:parish\s+|town\s+|deputy\s+)?clerk\b\s*[:-]?\s*/i;
/** Words that end the list part of a sentence: "…, who was in attendance to…". */
// Linear: spaces are taken from where their run starts, and a clause is not tried after another on the same line (which
// failed for the same line break, or matched first).
const TRAILING_CLAUSE = /(?:,|(?<![\s,]))\s+(?:who|which)\s(?<!\s(?:who|which)\s.*?(?:who|which)[^\S\n\r\u2028\u2029]).*$/i;
/** Separators between names, outside brackets: comma, semicolon, " and ", " & ". */
const SEPARATOR = /\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+/y;

/** Split a list at separators that stand outside brackets. */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth > 0) continue;
    // a separator is tried where a run of spaces starts (it takes the whole run): tried at every space, a long run is quadratic
    if (ch !== "," && ch !== ";" && (ch !== " " || /\s/.test(text[i - 1] ?? ""))) continue;
    SEPARATOR.lastIndex = i;
    const m = SEPARATOR.exec(text);
    if (m && m[0].length > 0 && (ch === "," || ch === ";" || ch === " ")) {
      parts.push(text.slice(start, i));
      start = i + m[0].length;
      i = start - 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/** Strip an honorific from the start of a name: [honorific or null, plural?, rest]. */
export function takeHonorific(text: string): [string | null, boolean, string] {
  for (const [pattern, canonical, plural] of HONORIFICS) {
    const m = pattern.exec(text);
    if (m) {
      const printed = m[0].replace(/\.$/, "");
      const honorific = canonical || printed.charAt(0).toUpperCase() + printed.slice(1).toLowerCase();
      return [honorific, plural, text.slice(m[0].length).trim()];
    }
  }
  return [null, false, text];
}

/** Role and position from bracketed notes: "(in the Chair)", "(Chief Executive)". */
function takeNotes(text: string): { rest: string; role: PersonDraft["role"]; position: string | null; initials: string | null } {
  let role: PersonDraft["role"] = null;
  let initials: string | null = null;
  const positions: string[] = [];
  const rest = text.replace(/(?:(?<!\s)\s+)?[([]([^()[\]]*)[)\]]/g, (_m, note: string) => {
    const trimmed = note.trim();
    // "Collins (B)", "Sheahan (J)": the initial that tells members of one surname apart belongs to the name
    if (/^\p{Lu}{1,2}$/u.test(trimmed)) initials = trimmed;
    else if (VICE_CHAIR.test(trimmed)) role = "vice_chair";
    else if (CHAIR.test(trimmed)) role = role ?? "chair";
    else positions.push(trimmed);
    return "";
  });
  return { rest: rest.trim(), role, position: positions.length ? positions.join("; ") : null, initials };
}

/** "Sheahan" with the initials "J" printed after it → "J. Sheahan"; a name that already starts with them is kept. */
export function withInitials(name: string, initials: string | null): string {
  if (!initials || name === "") return name;
  const prefix = initials.split("").map((c) => `${c}.`).join(" ");
  return name.startsWith(`${initials[0]}.`) || name.startsWith(`${initials[0]} `) ? name : `${prefix} ${name}`;
}

/** A run of four or more capitalised words with no separator, from a grid of names: "Alistair Thompson Karen Bartlett-Butt
 * Bryn Howells" is three people of two words each. Runs with an honorific or initials are left whole. */
function splitNamePairs(part: string): string[] {
  const note = /(?<!\s)\s*\([^()]*\)\s*$/.exec(part)?.[0] ?? "";
  const [honorific, , rest] = takeHonorific(part.slice(0, part.length - note.length).trim());
  const words = rest.split(/\s+/);
  const plain = words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w));
  if (!plain || words.length < 4 || words.length % 2 !== 0) return [part];
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i += 2) pairs.push(`${words[i]} ${words[i + 1]}`);
  // "Cllr Janet Taylor Helen Richardson (Parish Clerk …)": the honorific goes with the first, the note with the last
  if (honorific) pairs[0] = `${part.slice(0, part.indexOf(words[0]!)).trim()} ${pairs[0]}`;
  pairs[pairs.length - 1] += note;
  return pairs;
}

/** Parse a printed list of people. Names keep initials and hyphens; honorifics and chairing notes are set apart. */
export function parsePeople(text: string): PersonDraft[] {
  // the look-behind starts the match only where a run of dots and spaces starts: `[.\s]+$` alone is quadratic on ". . . x"
  const cleaned = text.replace(TRAILING_CLAUSE, "").replace(/(?<![.\s])[.\s]+$/, "").trim();
  const people: PersonDraft[] = [];
  let distributed: string | null = null;
  const parts = splitOutsideBrackets(cleaned)
    .flatMap((part) => part.split(NEXT_PERSON))
    .flatMap(splitNamePairs)
    // an unclosed bracket at the end, "Christina McDough (CM", is a cut note
    .map((part) => part.replace(/(?<!\s)\s*\([^()]*$/, ""));
  for (const part of parts) {
    const last = people[people.length - 1];
    if (last && POSTNOMINAL.test(part.trim())) {
      last.name = `${last.name} ${part.trim()}`;
      continue;
    }
    const notes = takeNotes(part);
    const officer = OFFICER_TITLE.exec(notes.rest);
    if (officer) {
      distributed = null;
      notes.rest = notes.rest.slice(officer[0].length);
      notes.position ??= officer[0].trim().replace(/[:-]$/, "").replace(/^\w/, (c) => c.toUpperCase());
    }
    const [honorific, plural, name] = takeHonorific(notes.rest);
    // a segment that is no name but an office belongs to the person before it: "Sue Chandler, Cabinet Member for …",
    // "Jane Edwards, PCSO"
    const office = !looksLikeName(notes.rest) || OFFICE_INITIALS.test(notes.rest.trim());
    if (last && last.position === null && !honorific && notes.role === null && office && /\p{L}/u.test(notes.rest)) {
      last.position = notes.rest.replace(/^the\s+/i, "");
      continue;
    }
    if (honorific) distributed = plural ? honorific : null;
    // "Bartlett--Butt": a soft hyphen and a hyphen, from the text layer, are one hyphen
    // the leading and the trailing dashes apart, the trailing ones matched only where their run of spaces or dashes starts
    const cleanName = name.replace(/^[-–:]+\s*/, "").replace(/(?<!\s)(?:\s+|(?<![-–:]))[-–:]+$/, "").replace(/(?<=\p{L})-{2,}(?=\p{L})/gu, "-").trim();
    if (!cleanName || !/\p{L}/u.test(cleanName)) {
      // "Councillor M. Collins, Mayor": an honorific alone is the office of the person before
      if (last && honorific && !plural && last.position === null) last.position = honorific;
      continue;
    }
    // "A Armstrong EDC": an authority's initials after the name are a note, not part of it
    const affiliation = AFFILIATION.exec(cleanName);
    const finalName = withInitials(affiliation ? affiliation[1]! : cleanName, notes.initials);
    const position = notes.position ?? (affiliation ? affiliation[2]! : null);
    people.push({ name: finalName, honorific: honorific ?? distributed, role: notes.role, position });
  }
  return people;
}

/** Words that make a run of capitalised words an office or a body rather than a person. */
const NOT_A_PERSON = /\b(?:Services?|Council|Board|Team|Department|Directorate|Forum|Partnership|Performance|Commissioning|Education|Health|Care|Peoples?|Children|Families|Housing|Planning|Finance|Resources|Development|Transformation|Strategy|Policy|Safeguarding|Authority|Committee|Commission|Group|Trust|Office|Officer|Manager|Director|Lead|Head|Member|Cabinet|Project|Assistant|Chief|Executive|Clerk)\b/;
/** A person's name: one to four capitalised words or initials, perhaps after an honorific. */
// (An initial, "A.", is a capitalised word with nothing after its capital: a separate \p{Lu}\. made every "A." match two
// ways, exponential.)
const NAME_SHAPE = /^\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|de|van|von|der|la|le|du|da|di|o'|mac))*$/u;

/** True when text looks like a person's name (with or without honorific), not an office. */
export function looksLikeName(text: string): boolean {
  const [, , rest] = takeHonorific(text.trim());
  const words = rest.split(/\s+/);
  return rest.length > 0 && words.length <= 4 && NAME_SHAPE.test(rest) && !NOT_A_PERSON.test(rest);
}

/** A name as printed in a sentence, without honorific (movers, seconders, voters, declarers): "Cllr. W. Loynton" → "W. Loynton", "Director Guzman" → "Guzman". */
export function personName(text: string | undefined): string | null {
  if (!text) return null;
  let cleaned = text.replace(/\*+/g, "").replace(/(?<![;,.])[;,.]+$/, "").trim();
  // "Sheahan (J)": the initial that tells members of one surname apart → "J. Sheahan"
  const initials = /(?<!\s)\s*\((\p{Lu}{1,2})\)$/u.exec(cleaned);
  if (initials) cleaned = cleaned.slice(0, initials.index);
  // "D. Jones)" closing a bracketed "(proposed by …, seconded by Cllr. D. Jones)", and what follows the bracket
  if (!cleaned.includes("(")) cleaned = cleaned.replace(/\)(?<!\)[^)\n\r\u2028\u2029]*\)).*$/, "").trim();
  const [, , rest] = takeHonorific(cleaned);
  const name = rest.replace(/^(?:the\s+)?(?:chair(?:man)?|mayor)\s+/i, "").trim();
  return withInitials(name || cleaned, initials?.[1] ?? null) || null;
}

