// Repairs of the damage PDF-to-text conversion leaves in text: sentences split by page breaks, stray fragments, broken hyphenated names.
import type { Warning } from "../types/minutes.js";
import { breakRunOnLines } from "./run-on.js";
import { dropRunningFooters } from "./running-footers.js";
import type { SourceLine } from "./source-text.js";

export interface Repaired {
  lines: SourceLine[];
  warnings: Warning[];
}

/** A lone lower-case letter left after the end of a sentence at the end of a line: "…, Sutton. n". */
const TRAILING_STRAY = /([.!?;)])\s+([a-z])$/;
/** A line holding only one or two letters or symbols: a fragment of a header, a bullet glyph or a drop cap. */
const STRAY_LINE = /^\s*[^\s\d]{1,2}\s*$/;
/** Words of one or two letters, which a title set one word a line keeps ("MINUTES" / "OF" / "PROCEEDINGS" / "AT"). */
const SHORT_WORDS = new Set(["of", "at", "in", "on", "to", "by", "an", "as", "or", "is", "it", "no", "the", "and", "for", "a"]);
/** A marker on a lone line is structure, not a stray: "-", "*", "#", ">", and numbering such as "I." or "a)". */
const BARE_MARKER = /^\s*(?:[-*+#>]|[A-Za-z][.)])\s*$/;
/** A line that ends a sentence, a label or a heading: the next line after a blank starts a new block. */
const ENDS_BLOCK = /[.!?:;\-–—"”'’]\s*$/;
/** A line that starts in the middle of a sentence: lower-case first letter, not a lettered or roman list marker. */
const CONTINUES_SENTENCE = /^\s*[a-z]/;
/** A line that ends with a title, whose name must follow on the next line: "… seconded by Councillor" / "Sheahan (J), …". */
const ENDS_WITH_TITLE = /\b(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr|Director)$/;
const STARTS_WITH_NAME = /^\s*\p{Lu}[\p{L}'’-]+/u;
const LETTER_MARKER = /^\s*[a-z]{1,4}[.)]\s/;
/** A capitalised word, a hyphen and a space, then a capitalised word: "Cary- Anne" for "Cary-Anne". */
const BROKEN_HYPHENATED_NAME = /\b([A-Z][a-z]+)- ([A-Z][a-z]+)\b/g;
/** A quick test for the above, without captures: most lines fail it. */
const MAYBE_BROKEN_NAME = /[a-z]- [A-Z]/;

function sourceOf(line: SourceLine) {
  return { line: line.line, end_line: line.line, page: line.page };
}

/** A page number printed far to the right on a line of its own, as layout-preserving converters keep it: "          2210". */
const RIGHT_ALIGNED_NUMBER = /^\s{20,}\d{1,5}\s*$/;

/** Drop stray fragments, with a warning each. */
export function dropStrayText(lines: SourceLine[], warnings: Warning[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RIGHT_ALIGNED_NUMBER.test(line.text)) {
      warnings.push({ code: "page-number-dropped", message: `dropped the page number "${line.text.trim()}"`, source: sourceOf(line) });
      out.push({ ...line, text: "" });
      continue;
    }
    const isolated = (lines[i - 1]?.text.trim() ?? "") === "" && (lines[i + 1]?.text.trim() ?? "") === "";
    if (isolated && STRAY_LINE.test(line.text) && !BARE_MARKER.test(line.text) && !SHORT_WORDS.has(line.text.trim().toLowerCase())) {
      warnings.push({ code: "stray-text", message: `dropped the stray fragment "${line.text.trim()}"`, source: sourceOf(line) });
      continue;
    }
    const trailing = TRAILING_STRAY.exec(line.text);
    if (trailing) {
      warnings.push({ code: "stray-text", message: `dropped the stray fragment "${trailing[2]}" at the end of the line`, source: sourceOf(line) });
      out.push({ ...line, text: line.text.slice(0, trailing.index + 1) });
      continue;
    }
    out.push(line);
  }
  return out;
}

/**
 * Rejoin a sentence or bullet that a page break split with blank lines: the first part does not end a sentence
 * and the next part starts in lower case. The blank lines between go; both parts keep their own source lines.
 */
export function rejoinSplitSentences(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    out.push(line);
    i++;
    if (line.text.trim() === "" || ENDS_BLOCK.test(line.text)) continue;
    let j = i;
    while (j < lines.length && lines[j]!.text.trim() === "") j++;
    const next = lines[j];
    const continues = CONTINUES_SENTENCE.test(next?.text ?? "") && !LETTER_MARKER.test(next?.text ?? "");
    const nameFollows = ENDS_WITH_TITLE.test(line.text) && STARTS_WITH_NAME.test(next?.text ?? "");
    if (j > i && next && (continues || nameFollows)) i = j;
  }
  return out;
}

/** "Cary- Anne" becomes "Cary-Anne", with a warning that records the change. */
export function joinBrokenHyphenatedNames(lines: SourceLine[], warnings: Warning[] = []): SourceLine[] {
  return lines.map((line) => {
    if (!MAYBE_BROKEN_NAME.test(line.text)) return line;
    const text = line.text.replace(BROKEN_HYPHENATED_NAME, (_m, a: string, b: string) => {
      warnings.push({ code: "hyphenation-joined", message: `joined "${a}- ${b}" as "${a}-${b}"`, source: sourceOf(line) });
      return `${a}-${b}`;
    });
    return text === line.text ? line : { ...line, text };
  });
}

/** All repairs, in order. */
export function repairConversionDamage(lines: SourceLine[]): Repaired {
  const warnings: Warning[] = [];
  const kept = dropStrayText(dropRunningFooters(breakRunOnLines(lines, warnings), warnings), warnings);
  return { lines: joinBrokenHyphenatedNames(rejoinSplitSentences(kept), warnings), warnings };
}
