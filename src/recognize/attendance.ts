// Recognizes the attendance block of the header: "Present:- …", "PRESENT:", "Apologies for absence were received from …",
// "Apologies: …", "Absent: …", "In attendance: …", "Officers present: …".
import type { RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Attendance, Person } from "../types/minutes.js";
import { sourceOf, type Context, warn } from "./context.js";
import { parsePeople } from "./people.js";

type ListName = keyof Attendance;

/** Labels that open each list, matched at the start of a paragraph; the label's punctuation ("-", ":-", ":") is dropped. */
const LABELS: [ListName, RegExp][] = [
  ["in_attendance", /^(?:also\s+|officers\s+|officials\s+|staff\s+)?(?:in\s+attendance|present\s+in\s+attendance)(?:\s+virtually|\s+remotely)?\s*(?::\s*-|[:–-])?\s*/i],
  ["in_attendance", /^also\s+present\s*(?::\s*-|[:–-])?\s*/i],
  ["in_attendance", /^(?:officers|officials|staff)(?:\s+present)?\s*(?::\s*-|[:–-])\s*/i],
  ["apologies", /^apologies(?:\s+for\s+absence)?\s*(?::\s*-|[:–-])?\s*/i],
  ["absent", /^(?:absent|regrets|members\s+absent)\s*(?::\s*-|[:–-])?\s*/i],
  ["present", /^(?:members\s+|councillors\s+)?present\s*(?::\s*-|[:–-])?\s*/i],
];
/** Lead-in words before the names: "Apologies were received from", "were received from Councillors …". */
const LEAD_IN = /^(?:apologies\s+(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+(?:received|submitted|given|accepted|noted|reported)\s+(?:from|by|for|on\s+behalf\s+of)|(?:were|was)\s+(?:received|submitted|accepted)\s+(?:from|for)|received\s+from)\s+/i;
/** A sentence inside an apologies item that names who sent them: "The Democratic Services Manager reported apologies from …". */
export const APOLOGIES_SENTENCE = /\bapologies\s+(?:for\s+absence\s+)?(?:(?:were|was|had\s+been)\s+(?:also\s+)?)?(?:(?:received|submitted|given|accepted|noted|reported|tendered)\s+)?(?:from|for|by|on\s+behalf\s+of)\s+(.+)$/i;
/** Officers listed among those present: "Helen Richardson (Parish Clerk and …)", "Mrs N Cooper (Clerk)". */
const OFFICER = /\b(?:clerk|officer|secretary|minute[-\s]?taker|manager|administrator|proper officer|responsible financial)\b/i;
/** A sentence that gives apologies without a label: "Apologies for absence were received from …". */
const NONE = /^(?:none|nil|no\s+apologies\b.*|there\s+were\s+(?:no|none).*)$/i;

/** An officer, not a member: listed with those present, but in attendance. */
function isOfficer(person: Person): boolean {
  return person.honorific !== "Councillor" && person.position !== null && OFFICER.test(person.position);
}

function people(ctx: Context, text: string, node: RootContent): Person[] {
  const body = text.replace(LEAD_IN, "").trim();
  if (body === "" || NONE.test(body.replace(/[.\s]+$/, ""))) return [];
  const source = sourceOf(ctx, node);
  const found = parsePeople(body);
  for (const p of found) {
    if (p.name.split(/\s+/).length > 6) warn(ctx, "unparsed-attendance", `"${p.name}" does not read as a name`, source);
  }
  return found.filter((p) => p.name.split(/\s+/).length <= 6).map((p) => ({ ...p, substitute_for: null, source }));
}

/** People named by an apologies sentence in a paragraph: "Apologies were accepted for Cllr A, Cllr B (personal reasons)." */
export function apologiesIn(ctx: Context, node: RootContent): Person[] {
  if (node.type !== "paragraph") return [];
  const m = APOLOGIES_SENTENCE.exec(plainText(node));
  return m ? people(ctx, m[1]!.replace(/\.\s.*$/, ""), node) : [];
}

/** The attendance lists from the header blocks. */
export function recognizeAttendance(ctx: Context, header: RootContent[]): Attendance {
  const attendance: Attendance = { present: [], apologies: [], absent: [], in_attendance: [] };
  for (const node of header) {
    if (node.type !== "paragraph") continue;
    const text = plainText(node);
    for (const [list, label] of LABELS) {
      const m = label.exec(text);
      if (!m) continue;
      const found = people(ctx, text.slice(m[0].length), node);
      if (list === "present") {
        attendance.present.push(...found.filter((p) => !isOfficer(p)));
        attendance.in_attendance.push(...found.filter(isOfficer));
      } else attendance[list].push(...found);
      break;
    }
  }
  return attendance;
}
