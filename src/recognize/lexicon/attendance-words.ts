// The vocabulary of attendance: the words a label is made of ("Board members present", "Also in attendance", "STAFF
// ATTENDING", "Apologies for absence", "Regrets") and what each says about the list its names go to.
import { wordSet } from "./dictionary.js";

export type AttendanceList = "present" | "apologies" | "absent" | "in_attendance";

/** The word a label turns on, and the list it opens. "in attendance" is decided by its qualifiers (see below). */
export const LABEL_HEADS: Record<string, AttendanceList | "attendance"> = {
  present: "present",
  attending: "present",
  attended: "present",
  attendees: "present",
  attendee: "present",
  attendance: "attendance",
  participating: "present",
  participants: "present",
  absent: "absent",
  absentees: "absent",
  "not present": "absent",
  "not in attendance": "absent",
  "not attending": "absent",
  excused: "apologies",
  apologies: "apologies",
  apology: "apologies",
  regrets: "apologies",
  unavailable: "apologies",
  "leave of absence": "apologies",
  observing: "in_attendance",
  observers: "in_attendance",
  invited: "in_attendance",
};

/** Qualifiers that say the names are members: "Board members present", "Trustees present", "SPC Members Present". */
export const MEMBER_QUALIFIERS = wordSet(`
  board members member directors director trustees trustee commissioners commissioner councillors councillor cllrs committee
  council commission supervisors supervisor governors governor voting spc aldermen selectmen delegates elected homeowners
  owners shareholders
`);

/** Qualifiers that put the names in attendance rather than among the members: "Also present", "Staff attending". */
export const OTHER_QUALIFIERS = wordSet(`
  also other others staff officers officials officer official public guests guest visitors visitor management consultants
  advisors advisers observers non-voting invitation
`);

/** Words that may stand in a label without changing its list: "Attended in person", "Present via Zoom",
 * "The following directors were present", "Remote Attendance". */
export const NEUTRAL_LABEL_WORDS = wordSet(`
  the following in person persons people those who by via remote remotely virtually virtual online zoom video telephone phone conference call
  teleconference teams and & of at this meeting district ordinary for absence from were was are is
`);

/** Labels that name the presiding member: "PRESENT IN THE CHAIR:", "In the Chair:", "Presiding:", "Chairperson: Beau". */
export const CHAIR_LABELS = wordSet("presiding chairperson chairman chair chairing cathaoirleach");

/** Labels of one officer's role in the meeting: "Recorder: Marty Florey", "Minute taker: Lewis", "Secretary: Phoebe",
 * "Clerked by   Bob Lindqvist", "Minuted by: Lewis". */
export const ROLE_LABELS = wordSet("recorder minute-taker minutes secretary clerk scribe note-taker notetaker clerked minuted");

/** What an empty list says: "None", "Nil", "No apologies were received", "N/A". */
export const NONE_WORDS = wordSet("none nil nobody n/a na no");

/** Statuses in a roll call: "Robert Sherrard Commissioner Present", "Status: Remote". */
export const ROLL_CALL_STATUS: Record<string, AttendanceList> = {
  present: "present",
  remote: "present",
  late: "present",
  arrived: "present",
  "in person": "present",
  absent: "absent",
  excused: "apologies",
};
