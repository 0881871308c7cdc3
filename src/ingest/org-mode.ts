// Emacs org-mode outlines saved as text: headlines are stars at the line start ("* 26th October", "** Attendees",
// "*** Present"), one star a level. Written as markdown headings of the same level, so that the outline's sections are read
// as headings; a bullet ("* item") stays a bullet where the text has no headline of two stars or more.
import type { SourceLine } from "./source-text.js";

/** A headline: stars at the line start, a space, then its title. */
const HEADLINE = /^(\*{1,6}) (?=\S)/;
/** A headline of the second level or deeper, which no bullet list writes: "** Attendees". */
const DEEP_HEADLINE = /^\*{2,6} (?=\S)/;
/** Fewest deep headlines that make a text an org-mode outline. */
const MIN_DEEP_HEADLINES = 2;

/** The lines with org-mode headlines written as markdown headings, or the lines as they are when the text is no outline. */
export function orgHeadlinesAsHeadings(lines: SourceLine[]): SourceLine[] {
  if (lines.filter((line) => DEEP_HEADLINE.test(line.text)).length < MIN_DEEP_HEADLINES) return lines;
  return lines.map((line) => {
    const stars = HEADLINE.exec(line.text)?.[1];
    return stars ? { ...line, text: `${"#".repeat(stars.length)} ${line.text.slice(stars.length + 1)}` } : line;
  });
}
