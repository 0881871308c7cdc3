// Page numbers as pages print them, for PDF furniture and for the running footers text converted from a PDF keeps: one
// module for both, so that reading text loads nothing of the PDF path.

/** "Page 3 of 12", "3 of 12", "3/12", "Page 3". */
const PAGE_OF = /^(?:page\s*)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$|^page\s*\d{1,4}$/i;
/** A lone page number: "3". */
const LONE_NUMBER = /^\d{1,4}$/;
/** A dashed page number: "- 3 -", "– 3 –". */
const DASHED_NUMBER = /^[-–—]\s*\d{1,4}\s*[-–—]$/;
/** A line ending in a page number: "July 11, 2023 – Minutes – Page 2", "… Minutes Page 1 of 3". */
const TRAILING_PAGE = /\bpage\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i;
/** A line starting with a page number: "Page 2 – Minutes of …". */
const LEADING_PAGE = /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?(?:\s|$)/i;

/** Longest line taken for a page number with text around it. */
const MAX_PAGE_LINE = 120;

/** True when the text is a page number in one of the usual forms. */
export function isPageNumberText(text: string): boolean {
  const trimmed = text.trim();
  if (LONE_NUMBER.test(trimmed) || DASHED_NUMBER.test(trimmed) || PAGE_OF.test(trimmed)) return true;
  return trimmed.length <= MAX_PAGE_LINE && (TRAILING_PAGE.test(trimmed) || LEADING_PAGE.test(trimmed));
}
