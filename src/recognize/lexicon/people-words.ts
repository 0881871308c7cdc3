// The vocabulary of people in minutes: the one table of honorifics and titles, the words of offices, name particles,
// post-nominals, and the words that never make a name. UK, Irish, North American and Australian usage together.
import { PhraseDictionary, wordSet } from "./dictionary.js";

/** What a title says of its bearer. */
export type TitleKind =
  /** "Mr", "Dr", "Sir": courtesy only. */
  | "courtesy"
  /** A member's title: "Councillor", "Commissioner", "Director", "Trustee", "Supervisor", "Board Member". */
  | "member"
  /** The presiding member: "Chair", "Chairman", "Cathaoirleach". */
  | "chair"
  | "vice_chair"
  /** An office that may preside or not ("President", "Mayor"): a position, and evidence of the chair when nothing else says. */
  | "head"
  /** A staff or officer title: "Clerk", "General Manager", "Superintendent". */
  | "office";

export interface Title {
  /** How the output names it ("Councillor" for "Cllr."). */
  canonical: string;
  kind: TitleKind;
  /** "Councillors A, B and C": the title goes with every name that follows. */
  plural: boolean;
}

const t = (canonical: string, kind: TitleKind, plural = false): Title => ({ canonical, kind, plural });

/** The tiers of local government whose councillors sit in another council's meeting ("District Cllr Blackwell",
 * "County Councillors A and B"). */
const COUNCIL_TIERS = ["county", "district", "borough", "city", "town", "parish", "unitary", "regional", "shire"];
/** A councillor's title as printed, and whether it is plural. */
const COUNCILLOR_SPELLINGS: [string, boolean][] = [
  ["councillor", false],
  ["councillors", true],
  ["cllr", false],
  ["cllrs", true],
  ["clr", false],
  ["cr", false],
  ["crs", true],
];

/** "County Councillor", "District Cllr", "Borough Cllrs"…: every tier with every spelling of the title. */
function tierCouncillors(): Record<string, Title> {
  const out: Record<string, Title> = {};
  for (const tier of COUNCIL_TIERS) {
    const canonical = `${tier[0]!.toUpperCase()}${tier.slice(1)} Councillor`;
    for (const [spelling, plural] of COUNCILLOR_SPELLINGS) out[`${tier} ${spelling}`] = t(canonical, "member", plural);
  }
  return out;
}

/** Honorifics and titles printed before a name, in their printed spellings (folded: lower case, no full stop). */
export const TITLES = new PhraseDictionary<Title>({
  mr: t("Mr", "courtesy"),
  mrs: t("Mrs", "courtesy"),
  ms: t("Ms", "courtesy"),
  miss: t("Miss", "courtesy"),
  mx: t("Mx", "courtesy"),
  messrs: t("Messrs", "courtesy", true),
  dr: t("Dr", "courtesy"),
  doctor: t("Dr", "courtesy"),
  prof: t("Professor", "courtesy"),
  professor: t("Professor", "courtesy"),
  rev: t("Reverend", "courtesy"),
  revd: t("Reverend", "courtesy"),
  reverend: t("Reverend", "courtesy"),
  canon: t("Canon", "courtesy"),
  father: t("Father", "courtesy"),
  fr: t("Father", "courtesy"),
  sir: t("Sir", "courtesy"),
  dame: t("Dame", "courtesy"),
  lord: t("Lord", "courtesy"),
  lady: t("Lady", "courtesy"),
  hon: t("Hon", "courtesy"),
  "the hon": t("Hon", "courtesy"),
  councillor: t("Councillor", "member"),
  councillors: t("Councillor", "member", true),
  cllr: t("Councillor", "member"),
  cllrs: t("Councillor", "member", true),
  coun: t("Councillor", "member"),
  cr: t("Councillor", "member"),
  crs: t("Councillor", "member", true),
  // the plural written with an apostrophe: "Cr's Jayne Golightly and Phil Halse"
  "cr's": t("Councillor", "member", true),
  "cllr's": t("Councillor", "member", true),
  clr: t("Councillor", "member"),
  ...tierCouncillors(),
  "eden district councillor": t("District Councillor", "member"),
  "council member": t("Council Member", "member"),
  "council members": t("Council Member", "member", true),
  councilmember: t("Councilmember", "member"),
  councilmembers: t("Councilmember", "member", true),
  councilman: t("Councilman", "member"),
  councilwoman: t("Councilwoman", "member"),
  alderman: t("Alderman", "member"),
  aldermen: t("Alderman", "member", true),
  alderperson: t("Alderperson", "member"),
  commissioner: t("Commissioner", "member"),
  commissioners: t("Commissioner", "member", true),
  director: t("Director", "member"),
  directors: t("Director", "member", true),
  trustee: t("Trustee", "member"),
  trustees: t("Trustee", "member", true),
  "student trustee": t("Student Trustee", "member"),
  supervisor: t("Supervisor", "member"),
  supervisors: t("Supervisor", "member", true),
  selectman: t("Selectman", "member"),
  selectwoman: t("Selectwoman", "member"),
  governor: t("Governor", "member"),
  governors: t("Governor", "member", true),
  "board member": t("Board Member", "member"),
  "board members": t("Board Member", "member", true),
  "committee member": t("Committee Member", "member"),
  "committee members": t("Committee Member", "member", true),
  member: t("Member", "member"),
  members: t("Member", "member", true),
  delegate: t("Delegate", "member"),
  alternate: t("Alternate", "member"),
  representative: t("Representative", "member"),
  senator: t("Senator", "member"),
  chair: t("Chair", "chair"),
  chairman: t("Chairman", "chair"),
  chairwoman: t("Chairwoman", "chair"),
  chairperson: t("Chairperson", "chair"),
  "acting chair": t("Acting Chair", "chair"),
  cathaoirleach: t("Cathaoirleach", "chair"),
  "an cathaoirleach": t("Cathaoirleach", "chair"),
  "vice chair": t("Vice Chair", "vice_chair"),
  "vice-chair": t("Vice Chair", "vice_chair"),
  "vice chairman": t("Vice Chairman", "vice_chair"),
  "vice-chairman": t("Vice Chairman", "vice_chair"),
  "vice chairperson": t("Vice Chairperson", "vice_chair"),
  "vice-chairperson": t("Vice Chairperson", "vice_chair"),
  "deputy chair": t("Deputy Chair", "vice_chair"),
  "leas-chathaoirleach": t("Leas-Chathaoirleach", "vice_chair"),
  president: t("President", "head"),
  "acting president": t("Acting President", "head"),
  "board president": t("Board President", "head"),
  "vice president": t("Vice President", "vice_chair"),
  "vice-president": t("Vice President", "vice_chair"),
  "board vice president": t("Board Vice President", "vice_chair"),
  mayor: t("Mayor", "head"),
  "lord mayor": t("Lord Mayor", "head"),
  "deputy mayor": t("Deputy Mayor", "member"),
  "vice mayor": t("Vice Mayor", "member"),
  leader: t("Leader", "member"),
  "deputy leader": t("Deputy Leader", "member"),
  clerk: t("Clerk", "office"),
  "parish clerk": t("Parish Clerk", "office"),
  "town clerk": t("Town Clerk", "office"),
  "board clerk": t("Board Clerk", "office"),
  "deputy clerk": t("Deputy Clerk", "office"),
  secretary: t("Secretary", "office"),
  treasurer: t("Treasurer", "office"),
  superintendent: t("Superintendent", "office"),
  chancellor: t("Chancellor", "office"),
  "general manager": t("General Manager", "office"),
  "general counsel": t("General Counsel", "office"),
  "legal counsel": t("Legal Counsel", "office"),
  "executive director": t("Executive Director", "office"),
  "library director": t("Library Director", "office"),
  "fire chief": t("Fire Chief", "office"),
  "deputy chief": t("Deputy Chief", "office"),
  "assistant chief": t("Assistant Chief", "office"),
  chief: t("Chief", "office"),
  captain: t("Captain", "office"),
  "chief executive": t("Chief Executive", "office"),
  "city manager": t("City Manager", "office"),
  "town manager": t("Town Manager", "office"),
  "city attorney": t("City Attorney", "office"),
  "executive assistant": t("Executive Assistant", "office"),
});

/** Words that make an office: a title of staff or a role, wherever they stand in it ("Water Treatment Plant Manager",
 * "Director of Finance", "Board Secretary/Administrative Assistant"). A run of capitalised words that holds one of these is
 * an office, not a name; the name is what stands after it. */
export const OFFICE_WORDS = wordSet(`
  clerk clerks secretary secretaries treasurer treasurers manager managers director directors superintendent chancellor
  counsel attorney solicitor lawyer engineer engineers officer officers official officials chief captain lieutenant
  analyst assistant administrator coordinator co-ordinator planner accountant auditor inspector advisor adviser consultant
  specialist technician librarian recorder minute-taker liaison lead head supervisor commissioner trustee trustees member
  members chair chairman chairperson chairwoman president vice mayor councillor councillors executive representative
  deputy acting interim principal senior registrar controller comptroller marshal sergeant constable steward warden
  ranger archivist editor webmaster moderator facilitator organiser organizer convener convenor governor governors
  staff pcso rfo ceo cfo coo cto gm coach leader
`);

/** Offices held by staff and officers rather than members: a person with one of these, listed among those present under a
 * label that does not say "members", is in attendance ("Brian King, Chancellor"; "Clerk J Connelly"). */
export const STAFF_OFFICE_WORDS = wordSet(`
  clerk secretary treasurer manager superintendent chancellor counsel attorney solicitor lawyer engineer officer official
  chief captain analyst assistant administrator coordinator co-ordinator planner accountant auditor inspector advisor adviser
  consultant specialist technician librarian recorder minute-taker minuting minutes liaison registrar controller comptroller
  marshal sergeant constable staff pcso rfo ceo cfo coo gm
`);

/** Words of a member's role: "Board Member", "Councillor/Chair", "Student Trustee", "Vice President". */
export const MEMBER_ROLE_WORDS = wordSet(`
  member members councillor councillors cllr director directors trustee trustees commissioner commissioners supervisor
  supervisors chair chairman chairperson chairwoman president mayor alderman governor governors delegate selectman
  selectwoman councilmember cathaoirleach
`);

/** Lower-case particles inside a name: "Guy de Montfort", "Van Meerbergen", "bin Salleh". */
/** Words of a department or a field of work, the second part of an office: "Director, External Affairs", "Director, Office
 * of Participant Services". */
export const DEPARTMENT_WORDS = wordSet(`
  affairs office department services operations communications education planning resources finance administration
  relations development management programs programmes division unit engineering technology outreach compliance policy
`);

export const NAME_PARTICLES = wordSet("de van von der den la le du da di del della dos das y bin ibn al ter ten st d' o' mac mc uí ní ó");

/** Honours and degrees after a name: "Mr R C Love, OBE". */
export const POSTNOMINALS = wordSet("obe mbe cbe kbe dbe jp dl kc qc bem mp mep msp mla mpp am ao phd frcp esq jr sr ii iii iv cpa pe edd md jd psyd dds");

/** Post-nominals printed in mixed case: "PhD", "EdD", "Jr". */
export const MIXED_CASE_POSTNOMINALS = wordSet("phd edd psyd md jd dds jr sr esq");

/** Capitalised words that are never part of a person's name: bodies, places of business, documents, calendar words, and
 * the words that open sentences. */
export const NOT_NAME_WORDS = wordSet(`
  council councils committee committees board boards commission commissions district districts county parish town city
  borough township village school schools college university society association foundation club group groups panel cabinet
  department directorate services service team teams office authority administration agency trust assembly forum partnership company
  corporation inc ltd llc plc government state federal national regional municipal metropolitan community
  meeting meetings minutes minute agenda item items report reports motion motions resolution resolutions business
  public members staff guests visitors present absent apologies regrets attendance attendees attending none nil all
  the a an and or of for to in on at by with from as this that these those it its he she they we there here what which
  any each every either neither some such other another both
  who whom whose when where while if but not no yes aye ayes nay nays
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  am pm noon
  zoom teams discord skype webex online virtual remote remotely virtually via
  approved carried passed adopted agreed resolved moved seconded proposed unanimous unanimously mover seconder second result
  abstain abstained abstentions motion
  total totals page
  development housing regeneration planning operations maintenance design delivery economic environment environmental health
  education transport transportation roads property infrastructure strategy policy communications resources governance
  democratic finance corporate support library libraries museum museums programme program projects project
`);

/** Words for groups of people that open a run of a list ("guests Marv and Sue Forbragd", "staff: …"): where they take it. */
export const GROUP_WORDS: Record<string, "present" | "in_attendance" | "absent" | "apologies"> = {
  guests: "in_attendance",
  guest: "in_attendance",
  visitors: "in_attendance",
  visitor: "in_attendance",
  staff: "in_attendance",
  officers: "in_attendance",
  officials: "in_attendance",
  observers: "in_attendance",
  public: "in_attendance",
};
