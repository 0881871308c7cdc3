// Recognizes decisions recorded without "RESOLVED": a motion's result ("Motion Passed", "And Resolved:"), and sentences in
// which the body itself agrees or resolves ("All agreed this was a true record", "Councillors resolved to donate £65").
// Each becomes a resolution unless a RESOLVED paragraph already records it.
import type { Paragraph, RootContent } from "mdast";
import { plainText, rawText, sentences } from "../parse/text.js";
import type { Motion, Resolution } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { MOTION_ROLE_WORDS } from "./lexicon/motion-words.js";
import { unitsOf } from "./units.js";

/** The words for the body that decides: "all", "councillors", "the committee". */
const BODY_WORDS = String.raw`(?:\ball|councillors|members|council|committee|panel|board|commission|group|meeting|we)\b`;
/** The verbs of a body's decision: "agreed", "resolved", "decided". */
const DECIDED = String.raw`(?:agreed|resolved|decided|determined)`;
/** "agreed" or "resolved" as the body's act, each wording family apart: */
const DECISIONS: RegExp[] = [
  // after a collective subject: "Councillors resolved to donate £65", "The committee agreed.", "All agreed this was …"
  new RegExp(String.raw`${BODY_WORDS}[^.;]{0,40}?\s${DECIDED}(?=\s+(?:to|that|this|on|upon|unanimously|by|all|not)\b|\s*[.,;:]|\s*$)`, "i"),
  // in the passive: "it was agreed", "were unanimously resolved"
  /(?:\bit\s+was|were|was)(?:\s+(?:unanimously|also|then|further))?\s+(?:agreed?|resolved|decided)\b/i,
  // "the Board unanimously approved"
  /(?:\ball|councillors|members|council|committee|panel|board|commission|meeting)(?:\s+(?:unanimously|also|then))?\s+approved\b/i,
  // "… was granted by unanimous vote", "approved by a unanimous decision"
  /\bby\s+(?:a\s+)?unanimous\s+(?:vote|decision|consent|resolution)\b/i,
  // "resolved to …", "- resolved that …"
  /(?:^|[-–:]\s*|\s)resolved\s+(?:not\s+)?(?:to|that)\b/i,
  // "agreed by all the members"
  /\bagreed\s+by\s+(?:all\s+)?(?:the\s+)?(?:councillors|members|council|committee)\b/i,
  // "Members discussed …, and agreed to …"
  /\b(?:members|councillors|committee)\s+\w+ed\b[^.;]{0,120}?,?\s+and\s+(?:also\s+)?agreed\s+(?:to|that)\b/i,
  // "responses agreed.", "the changes agreed"
  /\b(?:responses|recommendations|terms|changes|amendments|figures)\s+agreed(?=\s*[.,;]|\s*$)/i,
];
/** Undertakings by one person are not decisions of the body: "The Clerk agreed to …", "Cllr X agreed to …". */
const PERSONAL = /\b(?:clerk|chair(?:man)?|cllr|councillor|mr|mrs|ms|dr|he|she|they)\s+(?:\S+\s+){0,2}(?:agreed|resolved|decided)\b/i;
/** A paragraph that introduces an account of discussion: "Further to comments … it was noted:", "… it was said:". */
// Only tested: the word stands in the last sentence (after the last "."), which ends with the colon; the lookahead reads
// each sentence once, where every word read its sentence again (quadratic).
const DISCUSSION_INTRO = /(?:^|\.)(?=[^.]*:\s*-?$)[^.]*?\b(?:noted|said|discussed|raised|highlighted|reported)\b/i;
/** A quick test before splitting sentences: most paragraphs decide nothing. */
const MENTIONS_DECISION = /\b(?:agree|resolv|decided|decision|consensus|determined|approv|adopt|elected|unanimous|accepted|confirmed|authori[sz]ed|voted)/i;
/** A headline: a thing decided in one to three words, then its participle, and at most "as amended" or "unanimously" after:
 * "Minutes Approved", "Budget adopted." (not "Not approved", nor a sentence). */
const DECIDED_THING = String.raw`(?!not\b)\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}`;
const DECIDED_PARTICIPLE = String.raw`(?:approved|adopted|accepted|ratified|confirmed)`;
const DECIDED_TAIL = String.raw`(?:\s+(?:as\s+(?:amended|presented|circulated|read)|unanimously))?\.?`;
const HEADLINE_DECISION = new RegExp(String.raw`^${DECIDED_THING}\s+${DECIDED_PARTICIPLE}${DECIDED_TAIL}$`, "iu");
/** A thing put to the meeting for its decision, one of the words of proposals: "The proposal", "Suggestions for fixes". */
const PUT_TO_MEETING = String.raw`(?:the\s+|this\s+|these\s+|all\s+)?(?:\p{L}+\s+)?(?:proposals?|suggestions?|recommendations?|requests?|amendments?|motions?)(?:\s+for\s+\p{L}+)?`;
/** "was", "were", "has been" before the participle. */
const DECIDED_BE = String.raw`(?:was|were|(?:has|have)\s+been)\s+(?:unanimously\s+)?`;
/** A short sentence that what was put to the meeting was decided: "The proposal was accepted.", "Suggestions for fixes were
 * accepted." (not "This project was approved", whose subject names nothing put to a vote). */
const PROPOSAL_DECIDED = new RegExp(String.raw`^${PUT_TO_MEETING}\s+${DECIDED_BE}${DECIDED_PARTICIPLE}${DECIDED_TAIL}$`, "iu");

/** "& signed", "as correct", "as a true record": what may follow the participle alone. */
const SIGNED = String.raw`(?:\s*(?:&|and)\s*signed)?`;
const AS_WHAT = String.raw`(?:\s+as\s+(?:correct|a\s+true\s+record|presented|circulated|read|amended))?`;
/** The participle alone as the whole record: "Approved & signed as correct.", "Adopted unanimously." */
const BARE_DECISION = new RegExp(String.raw`^(?:unanimously\s+)?${DECIDED_PARTICIPLE}${SIGNED}${AS_WHAT}(?:\s+unanimously)?\.?$`, "i");

/** The impersonal formulas that record a decision even inside a bullet: "It was agreed that …", "Agreed:". */
const DECISION_FORMULAS = [
  /^(?:it\s+was\s+(?:\w+\s+)?(?:agreed?|resolved|decided)\b|(?:unanimously\s+)?agreed\b)|\bit\s+was\s+(?:\w+\s+)?(?:agreed|decided)\b/i,
  // the participle alone opening the record: "Approved & signed as correct.", "Adopted unanimously."
  BARE_DECISION,
  // put and decided in one breath: "Proposed and agreed to delay version 5.1 by 2 months", "Discussed and agreed that …"
  /^(?:proposed|moved|discussed|considered)\s+and\s+(?:unanimously\s+)?agreed\b/i,
  // a record labelled as the meeting's decision: "Decision: 122 courses are now approved …", "Consensus: 195 courses will be
  // used …" (the label, then what was decided)
  /^(?:decision|decided|consensus)\s*:\s*\S/i,
  // a decision as a noun: "Unanimous adoption of previous minutes.", "Unanimous approval of the budget."
  /^unanimous(?:ly)?\s+(?:adoption|approval|acceptance|agreement)\b/i,
  // the last meeting's minutes confirmed: "The minutes of the previous meeting were approved", "Minutes were adopted as read"
  /^(?:the\s+)?minutes\b[^.;]{0,200}?\b(?:were|was|are|is)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|accepted|confirmed|agreed|signed)\b/i,
  // approved for want of changes: "No changes were requested, so those minutes are considered approved."
  /\bminutes\s+(?:were|was|are|is)\s+(?:considered|deemed)\s+(?:approved|adopted|accepted)\b/i,
  // authority given: "Andrew was authorised to spend up to £5,000", "Online payments were authorised in respect of …"
  /\b(?:was|were|is|are)\s+(?:duly\s+|unanimously\s+)?authori[sz]ed\b(?!\s+by\b)/i,
  // a vote's outcome alone in a bullet: "Unanimously voted", "Unanimously carried"
  /^unanimously\s+(?:voted|carried|passed|approved|adopted)\b/i,
  // an election's result: "George Barrell is duly elected as Socials Secretary", "were duly re-elected"
  /\b(?:is|was|were|are|been)\s+duly\s+(?:re-?)?elected\b/i,
  // "… were declared elected to serve as PCC members"
  /\bdeclared\s+(?:duly\s+)?(?:re-?)?elected\b/i,
  // "The following Directors were voted in by the society membership:", "was voted onto the board"
  /\b(?:is|was|were|are|been)\s+(?:duly\s+|unanimously\s+)?voted\s+(?:in|onto|into)\b/i,
  // a headline of what was decided: "Minutes Approved", "Budget adopted.", "Agenda approved as amended"
  HEADLINE_DECISION,
  // "The proposal was accepted."
  PROPOSAL_DECIDED,
  // the body deciding, as the bullet's first words: "The board decided to begin advertising …"
  new RegExp(String.raw`^(?:the\s+)?${BODY_WORDS}\s+(?:unanimously\s+)?${DECIDED}\s+(?:to|that|not)\b`, "i"),
];
const isDecisionFormula = (sentence: string) => DECISION_FORMULAS.some((formula) => formula.test(sentence));
/** Statements in a paragraph: sentences, and lines that start with a capital (minutes written a decision a line). */
const STATEMENT_BREAK = /(?<=[.!?])\s+(?=[\p{Lu}"“(])|\n(?=\p{Lu})/u;
/** Lines after a motion within which a RESOLVED paragraph records the same decision ("Motion carried." then "RESOLVED that …"). */
const SAME_DECISION_WINDOW = 15;

/** Lines a recognized thing spans. */
type Span = { line: number; end_line: number };
/** A motion's result as printed: after it, the paragraph has moved on from the motion. */
const MOTION_RESULT = /\b(?:PASSED|CARRIED|FAILED|DEFEATED|declared\s+the\s+(?:motion|amendment))\b/;

/** In a motion's paragraph, whether a decision sentence is one of its own rather than part of the motion: before the
 * proposal ("… and responses agreed. It was proposed by …"), or after the motion's result when it neither names nor
 * points back to the motion ("… declared the motion PASSED. Due to time constraints, the Board agreed to extend …"). */
function ownDecision(sentence: string, where: { proposes: boolean; afterProposal: boolean; afterResult: boolean }): boolean {
  if (where.proposes && !where.afterProposal) return true;
  if (!where.afterResult) return false;
  return !MOTION_ROLE_WORDS.test(sentence) && !/\b(?:motion|proposal|amendment|recommendations?|this|it|same)\b/i.test(sentence) && sentence.split(/\s+/).length >= 6;
}

/** How many of the ascending numbers are at most `x`: a binary search. */
function countAtMost(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A test of whether a span overlaps any of `spans`, in log time: scanning them all for each sentence or motion was
 * quadratic in an item of thousands. Spans sorted by first line, with the furthest last line reached so far: one of
 * those starting by the span's last line overlaps it when that furthest line reaches its first. */
function overlapsAny(spans: Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.line - b.line);
  const starts = sorted.map((t) => t.line);
  const reach: number[] = [];
  for (const t of sorted) reach.push(Math.max(t.end_line, reach[reach.length - 1] ?? -Infinity));
  return (span) => {
    const n = countAtMost(starts, span.end_line);
    return n > 0 && reach[n - 1]! >= span.line;
  };
}

/** Resolutions for carried or lost motions that no RESOLVED paragraph records. */
function fromMotions(motions: Motion[], resolutions: Resolution[]): Resolution[] {
  // recorded: a resolution starts within the motion's lines or the window after them
  const lines = resolutions.map((r) => r.source.line).sort((a, b) => a - b);
  const recorded = (m: Motion) => countAtMost(lines, m.source.end_line + SAME_DECISION_WINDOW) > countAtMost(lines, m.source.line - 1);
  return motions
    .filter((m) => (m.result === "carried" || m.result === "lost") && !recorded(m))
    .map((m) => ({ text: m.text ?? m.result_raw ?? "", clauses: [], source: m.source }));
}

/** A decision recorded as a label: "APPROVED – 2018 Meetings Calendar". */
const DECISION_LABEL = /^(?:APPROVED|ADOPTED|AGREED|CARRIED|RATIFIED)\s*[–—:-]\s*\S/;

/** Decisions recorded as labels, in any block (outline minutes put them in bullets), outside motions. */
function fromLabels(ctx: Context, blocks: RootContent[], taken: { line: number; end_line: number }[]): Resolution[] {
  const isTaken = overlapsAny(taken);
  return unitsOf(blocks)
    .filter((unit) => DECISION_LABEL.test(unit.text))
    .map((unit) => ({ text: unit.text, clauses: [], source: sourceOf(ctx, unit.node) }))
    .filter((r) => !isTaken(r.source));
}

/** Decision sentences in the item's own paragraphs, outside motions already counted; in bullets only the impersonal
 * formulas ("It was agreed that …"), as bullets of discussion say "was agreed" of other things. */
function fromSentences(ctx: Context, blocks: RootContent[], taken: Span[], motions: Span[]): Resolution[] {
  const found: Resolution[] = [];
  const inTaken = overlapsAny(taken);
  const inMotion = overlapsAny(motions);
  // points under "… it was noted:" or "… it was said:" report discussion, not decisions
  const visit = (nodes: RootContent[], nested: boolean) => {
    nodes.forEach((node, i) => {
      const before = nodes[i - 1];
      if (before?.type === "paragraph" && DISCUSSION_INTRO.test(plainText(before)) && node.type === "list") return;
      if (node.type === "list") for (const item of node.children) visit(item.children, true);
      else if (node.type === "blockquote") visit(node.children, true);
      else if (nested && node.type === "paragraph") {
        const text = plainText(node);
        if (!MENTIONS_DECISION.test(text)) return;
        const source = sourceOf(ctx, node);
        if (inTaken(source) || inMotion(source)) return;
        for (const sentence of sentences(text).filter(isDecisionFormula)) found.push({ text: sentence, clauses: [], source });
      }
    });
  };
  visit(blocks, false);
  for (const run of paragraphRuns(blocks)) {
    // paragraphs of a run are one text (joined by a space: a break between them is not a statement break); each statement
    // keeps the lines of the paragraphs it spans
    const texts = run.map((node) => rawText(node));
    if (!texts.some((t) => MENTIONS_DECISION.test(t))) continue;
    const ends: number[] = [];
    let text = "";
    for (const t of texts) {
      text = text === "" ? t : `${text} ${t}`;
      ends.push(text.length);
    }
    // the paragraph whose text holds the offset (the first when none does), by binary search: a run may be long
    const paragraphAt = (offset: number) => {
      const i = countAtMost(ends, offset);
      return i < ends.length ? i : 0;
    };
    const proposes = MOTION_ROLE_WORDS.test(text);
    let offset = 0;
    let motionSeen = false;
    let resultSeen = false;
    for (const raw of text.split(STATEMENT_BREAK)) {
      const start = text.indexOf(raw, offset);
      offset = start + raw.length;
      const sentence = raw.replace(/\s+/g, " ").trim();
      const afterResult = resultSeen;
      resultSeen ||= MOTION_RESULT.test(sentence);
      motionSeen ||= MOTION_ROLE_WORDS.test(sentence);
      const decided = (DECISIONS.some((wording) => wording.test(sentence)) && !PERSONAL.test(sentence)) || isDecisionFormula(sentence);
      if (!decided) continue;
      const first = run[paragraphAt(start)]!;
      const last = run[paragraphAt(Math.max(start, offset - 1))]!;
      const source = { ...sourceOf(ctx, first), end_line: sourceOf(ctx, last).end_line };
      if (inTaken(source)) continue;
      // a motion's paragraph: what it says from the proposal on is the motion's; a decision stated before it is its own
      // ("… the Governance Statement was read out and responses agreed. It was proposed by Cllr. J. Davies, …")
      if (inMotion(source) && !ownDecision(sentence, { proposes, afterProposal: motionSeen, afterResult })) continue;
      found.push({ text: sentence, clauses: [], source });
    }
  }
  return found;
}

/** Consecutive paragraphs that make one: converters that double-space every line leave a sentence cut into paragraphs
 * ("Members welcomed the update from the Director," / "Community Development, and also agreed to …"). A paragraph
 * that ends without closing punctuation runs on into the next. */
function paragraphRuns(blocks: RootContent[]): Paragraph[][] {
  const runs: Paragraph[][] = [];
  let open: Paragraph[] | null = null;
  for (const node of blocks) {
    // a page number left between paragraphs ("7") ends a run and joins none
    if (node.type !== "paragraph" || /^\d{1,4}$/.test(plainText(node).trim())) {
      open = null;
      continue;
    }
    if (open) open.push(node);
    else runs.push((open = [node]));
    if (/[.!?:;”"]\s*$/.test(plainText(node))) open = null;
  }
  return runs;
}

/** The decisions an item records beyond its RESOLVED paragraphs, in document order with them. */
export function withDecisions(ctx: Context, blocks: RootContent[], motions: Motion[], resolutions: Resolution[]): Resolution[] {
  const motionSpans = motions.map((m) => m.source);
  const taken = [...motionSpans, ...resolutions.map((r) => r.source)];
  const sentences = fromSentences(ctx, blocks, resolutions.map((r) => r.source), motionSpans);
  // "It was unanimously agreed to donate as follows:" records the proposals listed under it as one decision
  // (a binary search among the last lines of those ending in a colon: scanning every decision for each motion was quadratic)
  const introEnds = sentences.filter((r) => r.text.endsWith(":")).map((r) => r.source.end_line).sort((a, b) => a - b);
  const listed = (m: Motion) => countAtMost(introEnds, m.source.line) > countAtMost(introEnds, m.source.line - SAME_DECISION_WINDOW - 1);
  const all = [...resolutions, ...fromMotions(motions.filter((m) => !listed(m)), resolutions), ...sentences, ...fromLabels(ctx, blocks, taken)];
  return all.sort((a, b) => a.source.line - b.source.line);
}
