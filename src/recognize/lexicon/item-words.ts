// The vocabulary of items: the headings of a header's sections, which are not business ("Attendees", "Agenda",
// "Setup"), and the headings that hold the business ("Minutes").
import { wordSet } from "./dictionary.js";

/** Words of the headings of sections set before the business: "## Attendees", "## Agenda", "### Present",
 * "## Online attendance details", "## Notices and forms". */
export const HEADER_SECTION_WORDS = wordSet(`
  attendees attendance attending present agenda setup notice notices participants guests observers roster location venue place
`);

/** Words that make a header section's word the subject of business: "Approval/Changes to the Agenda", "Adoption of Agenda". */
export const BUSINESS_ON_WORDS = wordSet(`
  approval approve approved adoption adopt adopted change changes amendment amendments amend review confirmation confirm
`);

/** A heading of the header, not of the business: "Attendees", "Agenda", "Setup", "Online attendance details". */
export function isHeaderSection(title: string): boolean {
  const words = title.toLowerCase().replace(/[^\p{L}\s]/gu, " ").split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 5 && words.some((w) => HEADER_SECTION_WORDS.has(w)) && !words.some((w) => BUSINESS_ON_WORDS.has(w));
}

/** A heading whose sub-headings are the items: "## Minutes", "Minutes of the meeting", "Proceedings", "** Items",
 * "Agenda items", "Topics", "Business". */
export function isContainerTitle(title: string): boolean {
  const text = title.trim();
  return /^(?:the\s+)?(?:meeting\s+)?(?:minutes|proceedings)(?:\s+of\s+(?:the\s+)?(?:meeting|proceedings))?$/i.test(text) || isContainerHeading(text);
}

/** The other headings over the items, made only of these words and joiners: "Items", "Agenda Items", "Topics",
 * "Business", "Propositions and Motions". ("Agenda and discussion" is an item with sub-items of its own.) */
const CONTAINER_WORDS = wordSet("items topics business propositions motions decisions matters");
/** Words that may stand beside them: "Agenda Items", "Meeting Business", "Propositions and Motions". */
const CONTAINER_JOINERS = wordSet("agenda meeting and of the &");

/** A heading of those words only: "Propositions and Motions", not "Planning Matters". */
function isContainerHeading(title: string): boolean {
  const words = title.toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((w) => CONTAINER_WORDS.has(w)) && words.every((w) => CONTAINER_WORDS.has(w) || CONTAINER_JOINERS.has(w));
}

/** Verbs that report what someone said or did, the first words of a minute's text after its speaker: "LH noted that …",
 * "KG commented that …", "The Parish Clerk reported …". Past tense, as minutes are written. */
export const REPORTING_VERBS = [
  "noted", "commented", "reported", "requested", "asked", "said", "stated", "confirmed", "explained", "advised",
  "informed", "updated", "presented", "thanked", "welcomed", "suggested", "queried", "raised", "outlined", "summarised",
  "summarized", "introduced", "proposed", "agreed", "declared", "gave", "had",
];
