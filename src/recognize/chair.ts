// Recognizes who presided when no attendance label says so: the minutes' own account of the chair ("Cllr. O. Williams
// took the Chair", "called to order by the president, Paula Villescaz", "Chair Bouquet called the meeting to order",
// "that Mr G Cooke be elected to chair the meeting"), a role column ("Councillor/Chair"), or the vice chair present in
// the chair's absence. The person found is marked in `present`; nothing is added to it.
import type { Attendance, Person } from "../types/minutes.js";
import { surnameKey } from "./consistency.js";

const HONORIFIC = String.raw`(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr|Commissioner|Director|Trustee|Alderman)`;
/** A name as printed in a sentence, on one line: up to two initials or given names, then the surname. Bounded. */
const NAME = String.raw`((?:\p{Lu}\.?|\p{Lu}[\p{L}'’-]+) {1,3}(?:(?:\p{Lu}\.?|\p{Lu}[\p{L}'’-]+) {1,3})?\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+)`;

/** Accounts of the chair, the surest first. */
const PRESIDING: RegExp[] = [
  // "that Mr G Cooke be elected to chair the meeting" (the chairman and vice-chairman away)
  new RegExp(String.raw`${HONORIFIC}\s+${NAME}\s+be\s+elected\s+to\s+(?:the\s+)?[Cc]hair\b`, "u"),
  // "Cllr. O. Williams took the Chair"
  new RegExp(String.raw`${HONORIFIC}\s+${NAME}\s+(?:took|was\s+in)\s+the\s+[Cc]hair\b`, "u"),
  // "Chair Bouquet called the meeting to order"
  new RegExp(String.raw`\b(?:Chair(?:man|person|woman)?|President|Mayor)\s+${NAME}\s+called\s+the\s+meeting\s+to\s+order\b`, "u"),
  // "called to order by Commissioner Robert Sherrard", "called to order by the president, Paula Villescaz"
  new RegExp(
    String.raw`\bcalled\s+to\s+order\s+by\s+(?:the\s+)?(?:(?:[Pp]resident|[Cc]hair(?:man|person|woman)?|[Mm]ayor|Commissioner|Director|Trustee|Councillor|Cllr\.?),?\s+)?${NAME}`,
    "u",
  ),
  // a role column: "Frank Reid (FRE)      Councillor/Chair". Linear: the name starts a word (tried inside every word, the
  // pattern backtracks through the rest of the word each time), and one \s+ takes a run of spaces (not `\s*…?\s+`)
  new RegExp(String.raw`(?<![\p{L}'’-])${NAME}(?:\s*\(\p{Lu}{2,4}\))?\s+Councillor\s*\/\s*Chair(?:man|person)?\b`, "u"),
];

/** The one person in `present` a printed name refers to: same surname, and the same first initial when that is ambiguous. */
function personNamed(present: Person[], printed: string): Person | null {
  const surname = surnameKey(printed);
  const same = present.filter((p) => surnameKey(p.name) === surname);
  if (same.length <= 1) return same[0] ?? null;
  const initial = (name: string) => name.trim()[0]?.toLowerCase();
  const byInitial = /\s/.test(printed.trim()) ? same.filter((p) => initial(p.name) === initial(printed)) : [];
  return byInitial.length === 1 ? byInitial[0]! : null;
}

/** Mark the presiding member in `present` when no label did. `text` is the document's text, lines joined by spaces. */
export function markPresidingChair(attendance: Attendance, text: string): void {
  if (attendance.present.some((p) => p.role === "chair")) return;
  for (const pattern of PRESIDING) {
    const printed = pattern.exec(text)?.[1];
    const person = printed ? personNamed(attendance.present, printed) : null;
    if (person) {
      person.role = "chair";
      return;
    }
  }
  // the vice chair presides when the chair is away: the one vice chair present, when no chair is listed at all
  const vice = attendance.present.filter((p) => p.role === "vice_chair");
  const chairElsewhere = [...attendance.apologies, ...attendance.absent, ...attendance.in_attendance].some((p) => p.role === "chair");
  if (vice.length === 1 && !chairElsewhere) vice[0]!.role = "chair";
}
