// The vocabulary of motions: the words of moving and seconding, the result words mapped to the result a motion takes,
// and the labels of the columns of a vote.
import { PhraseDictionary } from "./dictionary.js";

export type MotionResult = "carried" | "lost" | "withdrawn";
export type VoteOption = "for" | "against" | "abstain" | "absent";

/** Result words, as printed, to the result they record. "lapsed" and "tabled" record that no vote was taken: null. */
export const RESULT_WORDS = new PhraseDictionary<MotionResult | null>({
  carried: "carried",
  carries: "carried",
  passed: "carried",
  passes: "carried",
  pass: "carried",
  approved: "carried",
  adopted: "carried",
  agreed: "carried",
  accepted: "carried",
  ratified: "carried",
  resolved: "carried",
  "carried unanimously": "carried",
  "unanimously voted": "carried",
  // "with Christopher Strawser making it unanimous"
  "making it unanimous": "carried",
  "made it unanimous": "carried",
  failed: "lost",
  fails: "lost",
  lost: "lost",
  defeated: "lost",
  rejected: "lost",
  "not carried": "lost",
  "did not carry": "lost",
  "did not pass": "lost",
  fell: "lost",
  suspended: "carried",
  withdrawn: "withdrawn",
  withdrew: "withdrawn",
  lapsed: null,
  tabled: null,
});

/** The words of a motion's roles: who moved, proposed or seconded it ("Moved By Cr Ken Couper", "It was proposed by …"). */
export const MOTION_ROLE_WORDS = /\b(?:propos(?:ed|al|ing)|moved|seconded|mover|seconder)\b/i;

/** Words that say a result is a motion's: "Motion carried", "The amendment was lost", "Vote passed". */
export const MOTION_NOUNS = new Set(["motion", "amendment", "resolution", "vote", "proposal", "recommendation", "recommendations"]);

/** The labels of a vote's columns: "Ayes:", "Nays –", "Yes:", "Abstain (2)", "In favour:". */
export const VOTE_LABELS = new PhraseDictionary<VoteOption>({
  aye: "for",
  ayes: "for",
  yes: "for",
  yea: "for",
  yeas: "for",
  for: "for",
  "in favour": "for",
  "in favor": "for",
  "voting for": "for",
  nay: "against",
  nays: "against",
  no: "against",
  noes: "against",
  against: "against",
  opposed: "against",
  "voting against": "against",
  abstain: "abstain",
  abstained: "abstain",
  abstaining: "abstain",
  abstention: "abstain",
  abstentions: "abstain",
  abstains: "abstain",
  recused: "abstain",
  recusal: "abstain",
  absent: "absent",
});

/** Words that mean a count of one ("one No vote"). */
export const NUMBER_WORDS: Record<string, number> = {
  none: 0, zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
