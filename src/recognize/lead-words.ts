// The words that open recognised material, shared by the recognizers that must tell it apart from sub-headings.

/** The resolving words at the start of a paragraph, in the spellings minutes use: "Resolved: -", "Resolved:-", "RESOLVED that", "Agreed:". */
export const RESOLVED = /^(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved\b(?:\s+unanimously)?\s*(?::\s*-|:|-|–|,)?|agreed\s*(?::\s*-|:|–))\s*/i;

/** A sentence that introduces noted points: "…the following was noted:-", "…it was noted:", "…noted and discussed:". */
// Only tested: the word stands in the last sentence (after the last "."), which ends with the colon; the lookahead reads
// each sentence once, where every word read its sentence again (quadratic).
export const NOTED_INTRO = /(?:^|\.)(?=[^.]*:\s*-?$)[^.]*?\b(?:noted|discussed|raised|reported|highlighted|observed)\b/i;
