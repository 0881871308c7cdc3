// Recognizes the meeting from the header: body, organization, date (weekday checked), start time, place, status, links.
import type { Link, PhrasingContent, RootContent } from "mdast";
import { plainText, rawText } from "../parse/text.js";
import type { Meeting } from "../types/minutes.js";
import { sourceOf, type Context, warn } from "./context.js";
import { findDate, findTime } from "./dates.js";
import { readableTitle } from "./title-case.js";

/** "MINUTES of a meeting of the Cabinet held in … on …": the body is what the meeting was of. */
const MEETING_OF = /\bminutes\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?meeting\s+of\s+(?:the\s+)?(.+?)\s+held\b/i;
/** "held at/in <place> on/at" */
const HELD_AT = /\bheld\s+(?:at|in)\s+(?:the\s+)?(.+?)(?:,?\s+on\s+|,?\s+at\s+\d|\s*$)/i;
const VENUE = /^(?:venue|location|place)\s*[:-]\s*(.+)$/i;
/** Words naming a whole authority: "Kent County Council", "Township of Nipissing". */
const ORGANIZATION = /\b(?:council|borough|county|district|township|city\s+of|town\s+of|village\s+of|authority)\b/i;
/** A line that is a label or a sentence, not a title. */
const NOT_A_TITLE = /[:;]|\b(?:minutes|present|apologies|held|meeting)\b|^\d/i;
const DRAFT = /\bdraft\b/i;
const APPROVED = /\b(?:approved|confirmed|signed)\s+(?:minutes|as\s+a\s+(?:true|correct)\s+record)\b/i;

function links(node: RootContent): Meeting["links"] {
  const found: Meeting["links"] = [];
  const walk = (children: PhrasingContent[], before: string) => {
    let text = before;
    for (const child of children) {
      if (child.type === "link") {
        const note = squashNote(text);
        found.push({ url: (child as Link).url, note: note || null });
      } else if ("children" in child) walk(child.children as PhrasingContent[], text);
      text += rawText(child);
    }
  };
  if ("children" in node) walk(node.children as PhrasingContent[], "");
  return found;
}

function squashNote(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/\s*[:-]+\s*$/, "").trim();
}

/** Title lines at the top of the header, before the first label or sentence. */
function titleLines(header: RootContent[]): string[] {
  const lines: string[] = [];
  for (const node of header) {
    if (node.type !== "paragraph" && node.type !== "heading") break;
    const parts = rawText(node).split("\n").map((l) => l.trim()).filter(Boolean);
    for (const line of parts) {
      // "CORPORATE PARENTING PANEL– 29 October 2024": the title before the date
      const date = findDate(line);
      const title = date ? line.slice(0, date.index).replace(/[\s,–—-]+$/, "") : line;
      if (title && !NOT_A_TITLE.test(title) && title.length <= 120) lines.push(title);
      if (date || NOT_A_TITLE.test(line) || line.length > 120) return lines;
    }
  }
  return lines;
}

export function recognizeMeeting(ctx: Context, header: RootContent[]): Meeting {
  const meeting: Meeting = { organization: null, body: null, date: null, start_time: null, location: null, status: null, links: [] };
  const texts = header.map((node) => ({ node, text: plainText(node) }));
  for (const { node, text } of texts) {
    const of = MEETING_OF.exec(text);
    if (of && !meeting.body) meeting.body = of[1]!.replace(/\s+/g, " ");
    const held = HELD_AT.exec(text);
    if (held && !meeting.location) meeting.location = held[1]!.trim();
    const venue = VENUE.exec(text);
    if (venue && !meeting.location) meeting.location = venue[1]!.trim();
    if (!meeting.date) {
      const date = findDate(text);
      if (date) {
        meeting.date = date.iso;
        if (date.weekday && date.weekday !== date.actualWeekday) {
          warn(ctx, "weekday-mismatch", `"${date.raw}" names a ${date.weekday}, but ${date.iso} is a ${date.actualWeekday}`, sourceOf(ctx, node));
        }
      }
    }
    if (!meeting.start_time) meeting.start_time = findTime(text);
    if (!meeting.status && DRAFT.test(text) && /\bminutes\b/i.test(text)) meeting.status = "draft";
    if (!meeting.status && APPROVED.test(text)) meeting.status = "approved";
    meeting.links.push(...links(node));
  }
  for (const line of titleLines(header)) {
    if (ORGANIZATION.test(line) && !meeting.organization) meeting.organization = readableTitle(line, ctx.acronyms);
    else if (!meeting.body) meeting.body = readableTitle(line, ctx.acronyms);
  }
  if (!meeting.date) warn(ctx, "no-meeting-date", "found no meeting date in the header", null);
  return meeting;
}
