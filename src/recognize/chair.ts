// Recognizes who presided: a chairing note in the attendance ("(in the Chair)", "(Chairing)"), a chair label
// ("Chairperson: JC", "Presiding: Mr. Matt Alexander"), or the minutes' own account — "called to order … by President
// Goold", "Chair Dick Dillon called the meeting to order", "Cllr. O. Williams took the Chair", "This meeting was led by
// Thibaud Colas", "Braden was elected Chair", "that Mr G Cooke be elected to chair the meeting". The printed name is
// resolved against those present (by surname, given name or initials) and marked there. The presiding member is at the
// meeting even when the list names only the others ("Other Board members present: …", "Presiding: Mr. Leon Aldridge" over
// "Present: …"): a chair named by a person's name and listed nowhere is added to `present`, first. Else the one vice chair
// present presides.
import type { Attendance, Person, Source } from "../types/minutes.js";
import { phraseWords } from "./lexicon/dictionary.js";
import { nameAfter, nameBefore, resolvePerson, surnameKey, type NameInText } from "./people.js";
import { isPunct, tokenize, type Token } from "./tokens.js";

/** An account of the chair: the words, and where the name stands (after them, or before them). */
interface Account {
  words: string[];
  name: "after" | "before";
}

const account = (phrase: string, name: Account["name"]): Account => ({ words: phraseWords(phrase), name });

/** The accounts of the chair, the surest first. */
const ACCOUNTS: Account[] = [
  account("presiding :", "after"),
  account("be elected to chair", "before"),
  account("be elected to the chair", "before"),
  account("took the chair", "before"),
  account("was in the chair", "before"),
  account("assumed the chair", "before"),
  account("was elected chair", "before"),
  account("was elected chairperson", "before"),
  account("was elected chairman", "before"),
  account("presided", "before"),
  account("chaired the meeting", "before"),
  account("meeting was chaired by", "after"),
  account("chaired by", "after"),
  account("meeting was led by", "after"),
  account("presided over by", "after"),
  account("called the meeting to order", "before"),
  account("called the regular meeting to order", "before"),
  account("called the monthly meeting to order", "before"),
  account("called the special meeting to order", "before"),
  account("called the open session to order", "before"),
  account("called to order by", "after"),
  // opening the meeting is the chair's act: "Meeting opened by President Vince Carbery at 9am", "Cllr Ross opened the meeting"
  account("meeting opened by", "after"),
  account("meeting was opened by", "after"),
  account("opened the meeting", "before"),
  account("declared the meeting open", "before"),
];

/** "called to order at 6:00 pm by President Goold": the time between "order" and "by" is skipped. */
const CALLED_TO_ORDER = phraseWords("called to order");
const MAX_GAP = 8;

const matchesAt = (tokens: Token[], i: number, words: string[]): boolean =>
  words.every((w, k) => (w === ":" ? isPunct(tokens[i + k], ":") : tokens[i + k]?.key === w));

/** What an account says of the presiding member: the name as read, and where in the text it stands. */
export interface ChairAccount {
  name: NameInText;
  /** Offset of the name in the text. */
  offset: number;
}

/** The accounts of the presiding member in a text, the surest first. */
export function chairAccounts(text: string): ChairAccount[] {
  const tokens = tokenize(text);
  const found: { rank: number; at: number; name: NameInText }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i]!.key;
    if (key !== "presiding" && key !== "be" && key !== "took" && key !== "was" && key !== "assumed" && key !== "presided" && key !== "chaired" && key !== "meeting" && key !== "called" && key !== "opened" && key !== "declared") continue;
    ACCOUNTS.forEach((acc, rank) => {
      if (!matchesAt(tokens, i, acc.words)) return;
      const name = acc.name === "after" ? nameAfter(tokens, skipThe(tokens, i + acc.words.length), text) : nameBefore(tokens, i, text);
      if (name) found.push({ rank, at: i, name });
    });
    // "called to order at 6:00 pm by President Goold", "called to order by the president, Paula Villescaz"
    if (matchesAt(tokens, i, CALLED_TO_ORDER)) {
      for (let k = i + 3; k < Math.min(tokens.length, i + 3 + MAX_GAP); k++) {
        if (tokens[k]!.key !== "by") continue;
        let at = skipThe(tokens, k + 1);
        // "by the president, Paula Villescaz"
        const office = nameAfter(tokens, at, text);
        if (office && office.honorific === null && isPunct(tokens[office.end], ",")) at = office.end + 1;
        const name = nameAfter(tokens, at, text);
        if (name) found.push({ rank: ACCOUNTS.length, at: i, name });
        break;
      }
    }
  }
  return found.sort((a, b) => a.rank - b.rank || a.at - b.at).map((f) => ({ name: f.name, offset: tokens[f.name.start]!.start }));
}

/** A person's name, not an office alone ("the Chairman", "the Mayor"). */
const isPersonal = (name: NameInText): boolean => !(name.honorific === null && name.titleKind !== null);

function skipThe(tokens: Token[], i: number): number {
  return tokens[i]?.key === "the" ? i + 1 : i;
}

/** Mark the presiding member in `present` when no chairing note did. `labelled` are the people a chair label names
 * ("Presiding: Mr. Leon Aldridge, President."); `sourceAt` cites an offset of `text`. */
export function markPresidingChair(attendance: Attendance, text: string, labelled: Person[], sourceAt: (offset: number) => Source): void {
  const present = attendance.present;
  if (present.some((p) => p.role === "chair")) return;
  const accounts = chairAccounts(text);
  for (const printed of [...labelled.map((p) => p.name), ...accounts.map((a) => a.name.name)]) {
    const person = resolvePerson(present, printed);
    if (person) {
      person.role = "chair";
      return;
    }
  }
  // the presiding member, named and listed nowhere, was there: "President Larkin called the meeting to order. Other Board
  // members present: …"
  const named = labelled[0] ?? presidingPerson(accounts[0], sourceAt);
  const listed = [...present, ...attendance.apologies, ...attendance.absent, ...attendance.in_attendance];
  if (named && !listed.some((p) => surnameKey(p.name) === surnameKey(named.name))) {
    present.unshift({ ...named, role: "chair" });
    return;
  }
  // the vice chair presides when the chair is away: the one vice chair present, when no chair is listed at all
  const vice = present.filter((p) => p.role === "vice_chair");
  const chairElsewhere = [...attendance.apologies, ...attendance.absent, ...attendance.in_attendance].some((p) => p.role === "chair");
  if (vice.length === 1 && !chairElsewhere) vice[0]!.role = "chair";
}

/** The person an account of the chair names, when it names one by name. */
function presidingPerson(account: ChairAccount | undefined, sourceAt: (offset: number) => Source): Person | null {
  if (!account || !isPersonal(account.name)) return null;
  const { name, honorific } = account.name;
  return { name, honorific, role: "chair", position: null, substitute_for: null, source: sourceAt(account.offset) };
}
