// Consistency checks across what was recognised, reported as warnings rather than silence: counts against named voters,
// voters who were not present, results that contradict their counts, people both present and sending apologies.
import type { Attendance, Item, Motion, Vote } from "../types/minutes.js";
import { type Context, warn } from "./context.js";
import { surnameKey } from "./people.js";

export { surnameKey };

const OPTIONS: Exclude<Vote["option"], "absent">[] = ["for", "against", "abstain"];

function checkCounts(ctx: Context, motion: Motion): void {
  if (!motion.counts || motion.votes.length === 0) return;
  for (const option of OPTIONS) {
    const printed = motion.counts[option];
    const named = motion.votes.filter((v) => v.option === option).length;
    if (printed !== null && named > 0 && printed !== named) {
      warn(ctx, "vote-count-mismatch", `the minutes count ${printed} ${option} but name ${named}`, motion.source);
    }
  }
}

function checkResult(ctx: Context, motion: Motion): void {
  const counts = motion.counts;
  if (!counts || counts.for === null || counts.against === null) return;
  if (motion.result === "carried" && counts.against > counts.for) {
    warn(ctx, "result-contradicts-counts", `recorded as carried with ${counts.for} for and ${counts.against} against`, motion.source);
  }
  if (motion.result === "lost" && counts.for > counts.against) {
    warn(ctx, "result-contradicts-counts", `recorded as lost with ${counts.for} for and ${counts.against} against`, motion.source);
  }
}

function checkVoters(ctx: Context, motion: Motion, present: Set<string>): void {
  if (present.size === 0) return;
  const strangers = motion.votes.filter((v) => v.option !== "absent" && !present.has(surnameKey(v.name))).map((v) => v.name);
  if (strangers.length > 0) warn(ctx, "voter-not-present", `voted but not listed as present: ${strangers.join(", ")}`, motion.source);
}

function checkAttendance(ctx: Context, attendance: Attendance): void {
  const present = new Map(attendance.present.map((p) => [surnameKey(p.name) + "|" + p.name.split(/\s+/)[0], p]));
  // the names looked up in a set: searching the present list for each apology was quadratic in long lists
  const names = new Set([...present.values()].map((p) => p.name));
  for (const person of attendance.apologies) {
    if (names.has(person.name)) warn(ctx, "present-and-apologies", `${person.name} is listed both as present and as sending apologies`, person.source);
  }
}

/** Run every check; findings go to the context's warnings. */
export function checkConsistency(ctx: Context, attendance: Attendance, items: Item[]): void {
  checkAttendance(ctx, attendance);
  const present = new Set(attendance.present.map((p) => surnameKey(p.name)));
  for (const motion of items.flatMap((item) => item.motions)) {
    checkCounts(ctx, motion);
    checkResult(ctx, motion);
    checkVoters(ctx, motion, present);
  }
}
