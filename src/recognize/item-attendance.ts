// Recognizes the people welcomed to an item with their positions: "The Chair welcomed to the meeting Councillor
// Cusworth, the Cabinet Member for …, Helen Sweatton, Joint Assistant Director for … and Mark Cummins, …".
import type { RootContent } from "mdast";
import { plainText } from "../parse/text.js";
import type { Person } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { parsePeople } from "./people.js";

/** The sentence that introduces guests: "welcomed to the meeting …", "In attendance for this item: …". */
// Linear: each run of spaces gives back at most one character ((?=…)), and a "welcomed" after another on the same line that
// was not refused ((?!\s|everyone…)) is not tried ((?<!…)): the earlier one read on to the same line break and failed.
/** Whom a welcome greets without naming: "everyone", "all", "members", "those". */
const NOT_EVERYONE = String.raw`everyone|all\b|members\b|those\b`;
/** "welcomed (to the meeting)", its spaces on one line. */
const WELCOMED_ON_LINE = String.raw`\bwelcomed[^\S\n\r\u2028\u2029]+(?:to[^\S\n\r\u2028\u2029]+the[^\S\n\r\u2028\u2029]+meeting[^\S\n\r\u2028\u2029]+)?`;
const WELCOMED = new RegExp(String.raw`\bwelcomed\s+(?=\S|\s(?!\s))(?:to\s+the\s+meeting\s+(?=\S|\s(?!\s)))?(?!${NOT_EVERYONE})(?<!\bwelcomed\s+(?:to\s+the\s+meeting\s+)?(?!\s|${NOT_EVERYONE}).*?${WELCOMED_ON_LINE})(.+)$`, "i");
// Linear: each run of spaces or dashes is taken whole or gives back one character (what a match that ends there needs),
// where trying every split of the runs was a polynomial of degree four.
const IN_ATTENDANCE =
  /^(?:also\s+)?in\s+attendance\s+(?=\S|\s(?!\s))(?:for\s+(?:this|the)\s+item\s*(?=\S|\s(?!\s)|$))?(?:were|was)?\s*(?=\S|\s(?!\s)|$)[:-]*(?=[^:-]|[:-]$|$)\s*(?=\S|\s(?!\s))(.+)$/i;
/** Split "Name, position, Name, position and Name, position" into people with positions. */
export function parseGuests(list: string): { name: string; honorific: string | null; position: string | null }[] {
  return parsePeople(list).map(({ name, honorific, position }) => ({ name, honorific, position }));
}

/** People welcomed or in attendance for this item. */
export function recognizeItemAttendance(ctx: Context, blocks: RootContent[]): Person[] {
  const people: Person[] = [];
  for (const node of blocks) {
    if (node.type !== "paragraph") continue;
    const text = plainText(node);
    const m = WELCOMED.exec(text) ?? IN_ATTENDANCE.exec(text);
    if (!m) continue;
    for (const guest of parseGuests(m[1]!)) {
      people.push({ ...guest, role: null, substitute_for: null, source: sourceOf(ctx, node) });
    }
  }
  return people;
}
