// Classifies procedural items from their titles: apologies, declarations, previous minutes, exclusion of the press…
import type { Classification } from "../types/minutes.js";

/** One pattern per procedural class; an item may match several ("Apologies and Declarations of Interest"). */
const CLASSES: [Classification, RegExp][] = [
  ["apologies", /\bapologies\b/i],
  ["declarations", /\b(?:declarations?|disclosures?)\s+of\s+(?:\w+\s+){0,3}interests?\b|\bregister\s+of\s+interests\b|\bdeclarations?\b/i],
  ["previous_minutes", /\bminutes\s+of\s+(?:the\s+)?(?:previous|last|preceding)\b|\b(?:approve|confirm|adopt|approval|confirmation|adoption)\w*\s+(?:of\s+)?(?:the\s+)?minutes\b|^minutes\b/i],
  ["exclusion", /\bexclusion\s+of\s+(?:the\s+)?press\b|\bexempt\s+(?:items?|information|business)\b|\bclosed\s+session\b/i],
  ["public_questions", /\bquestions?\s+from\s+(?:members\s+of\s+)?the\s+public\b|\bpublic\s+(?:questions?|forum|participation|comments?|speaking)\b/i],
  ["urgent_business", /\burgent\s+(?:business|items?)\b|\bany\s+other\s+business\b/i],
  ["work_programme", /\bwork\s+programme\b|\bforward\s+(?:plan|work\s+programme)\b/i],
  ["matters_arising", /\bmatters\s+arising\b/i],
  ["announcements", /\bannouncements?\b/i],
  ["call_to_order", /\bcall(?:ed)?\s+to\s+order\b/i],
  ["attendance", /\broll\s+call\b|\battendance\b/i],
  ["adjournment", /\badjourn(?:ment|ed)?\b/i],
];

export function classifyItem(title: string): Classification[] {
  return CLASSES.filter(([, pattern]) => pattern.test(title)).map(([name]) => name);
}
