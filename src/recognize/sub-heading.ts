// Recognizes the sub-headings inside an item: "Strategy Overview and Priorities-", "Challenges-", "## Background".
import type { RootContent } from "mdast";
import { plainText, rawText } from "../parse/text.js";
import { NOTED_INTRO, RESOLVED } from "./lead-words.js";

/** A short line ending in the minutes' dash or a colon, with no full stop inside: "Key Priorities 2023-2027-". */
const DASHED_HEADING = /^[\p{Lu}\d][^.!?]{0,100}?(?:-|–|:-?)$/u;
const MAX_WORDS = 12;

/** The sub-heading's text without its trailing dash or colon, or null when the block is not a sub-heading. */
export function subHeading(node: RootContent): string | null {
  // each trailing pattern starts only where its run of spaces or dashes starts: tried inside a long run, it is quadratic
  if (node.type === "heading") return plainText(node).replace(/(?<!\s)(?:\s+|(?<![-–:]))[-–:]+$/, "");
  if (node.type !== "paragraph") return null;
  const raw = rawText(node).trim();
  if (raw.includes("\n") || raw.split(/\s+/).length > MAX_WORDS) return null;
  if (!DASHED_HEADING.test(raw) || RESOLVED.test(raw) || NOTED_INTRO.test(raw)) return null;
  // a colon heading must not be a sentence that introduces something: "The following was noted:"
  if (/:$/.test(raw) && /\b(?:noted|following|follows|that|was|were|is|are)\b/i.test(raw)) return null;
  return raw.replace(/(?<!\s)\s*(?::-?|-|–)$/, "");
}
