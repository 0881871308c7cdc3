// Recognizes follow-up actions: "Requested that additional information be provided…" clauses, and noted sentences
// such as "…would be provided to members of the Commission in writing" or "The service agreed to share…".
import { sentences } from "../parse/text.js";
import type { Action, Clause, Noted, Point, Resolution } from "../types/minutes.js";

/** A clause that asks for something: "Requested that …". */
const REQUESTED = /^(?:that\s+)?(?:the\s+\w+\s+)?requested\s+that\b/i;
/** A promise to supply something: "would be provided", "agreed to share", "will circulate". */
const COMMITMENT = /\b(?:would|will|agreed\s+to|undertook\s+to|to)\s+(?:be\s+)?(?:provided?|shared?|circulated?|sent|send|supplied|supply|arranged?|forwarded?|given|give)\b/i;
/** A request or suggestion recorded in discussion that something be done: "It was requested that … be presented to …". */
// Only tested. Linear: from each line's start (m flag) the first "… that" is found once (the group and \1 keep it), and only
// it can matter: a "be …" after a later one on the line is after the first too. Reading on from every "that" was quadratic.
/** The first "that" of a line, when a request makes it: "requested that", "suggested that". */
const REQUEST_THAT = String.raw`^(?=(.*?that(?<=\b(?:requested|asked|suggested|proposed|recommended)\s+that)\b))\1`;
/** What is to be done: "be deferred", "be circulated". */
const TO_BE_DONE = String.raw`\bbe\s+(?:delayed|deferred|postponed|moved|presented|brought|added|scheduled|arranged|provided|circulated|shared|sent|included|reported)\b`;
const REQUEST_IN_DISCUSSION = new RegExp(String.raw`${REQUEST_THAT}.*${TO_BE_DONE}`, "im");
/** To whom: the members or the body, or in writing. Without one, "the report would provide an update" is no action. */
const RECIPIENT = /\b(?:to|with)\s+(?:the\s+)?(?:members|commission|committee|panel|board|council|cabinet|councillors)\b|\bmembers\s+with\b|\bin\s+writing\b/i;
/** Things of information. */
const INFORMATION = /\b(?:information|data|details|figures|update|list|profile|breakdown|report|briefing|written|comparison)\b/i;
/** Putting something off. */
const DEFERRAL = /\b(?:deferred|postponed|delayed|moved\s+to|brought\s+back)\b/i;
/** The doer in an active sentence: "The service would provide…", "The Chair agreed to…". */
const OWNER = /^((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:would|will|agreed\s+to|undertook\s+to)\s+(?!be\b)/iu;

/** Handing information over. */
const SUPPLY = /\b(?:provided?|provide[sd]?|shared?|circulated?|sent|send|supplied|supply|forwarded?|given)\b|\bin\s+writing\b/i;
/** Arranging a session is a follow-up, even when the session will give an update. */
// Only tested: both words on one line, in either order. Linear: each line is read from its start (m flag), not from every word.
const ARRANGED_SESSION = /^(?=.*\b(?:session|meeting|visit|workshop)\b)(?=.*\barranged\b)/im;

function kindOf(text: string): Action["kind"] {
  if (DEFERRAL.test(text)) return "deferral";
  if (INFORMATION.test(text) && SUPPLY.test(text) && !ARRANGED_SESSION.test(text)) return "request_for_information";
  return "follow_up";
}

function ownerOf(sentence: string): string | null {
  const m = OWNER.exec(sentence);
  return m ? m[1]! : null;
}

/** Actions from the clauses of resolutions. */
function fromClauses(clauses: Clause[]): Action[] {
  return clauses
    .filter((clause) => REQUESTED.test(clause.text))
    .map((clause) => ({ text: clause.text, kind: kindOf(clause.text), owner: null, source: clause.source }));
}

/** Actions from the sentences of noted points, at any depth. */
function fromPoints(points: Point[]): Action[] {
  const actions: Action[] = [];
  for (const point of points) {
    for (const sentence of sentences(point.text)) {
      if ((COMMITMENT.test(sentence) && RECIPIENT.test(sentence)) || REQUEST_IN_DISCUSSION.test(sentence)) {
        actions.push({ text: sentence, kind: kindOf(sentence), owner: ownerOf(sentence), source: point.source });
      }
    }
    for (const action of fromPoints(point.points)) actions.push(action);
  }
  return actions;
}

/** The item's actions, in document order. */
export function recognizeActions(noted: Noted[], resolutions: Resolution[]): Action[] {
  const actions = [...noted.flatMap((group) => fromPoints(group.points)), ...resolutions.flatMap((r) => fromClauses(r.clauses))];
  return actions.sort((a, b) => a.source.line - b.source.line);
}
