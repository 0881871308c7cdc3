// The token layer: a text scanned once, left to right, into words, initials, numbers, handles and punctuation, each with
// its offsets and case. Readers match sequences of tokens instead of running long patterns over the text, so what they
// read is linear by construction: every token is looked at a bounded number of times.

export type TokenKind = "word" | "initial" | "number" | "handle" | "punct";

export interface Token {
  kind: TokenKind;
  /** As printed ("Cllr.", "O’Brien", "J.", "6", ","). */
  text: string;
  /** Folded for dictionary look-ups: lower case, curly apostrophes straight, a trailing full stop dropped ("cllr", "o'brien", "j"). */
  key: string;
  /** Offsets into the scanned text: text.slice(start, end) === token.text. */
  start: number;
  end: number;
  /** A line break stands between this token and the one before. */
  breakBefore: boolean;
  /** White space stands between this token and the one before. */
  spaceBefore: boolean;
  /** First letter upper case ("Brent", "BRENT", "J."). */
  capitalised: boolean;
  /** Two or more letters, all upper case ("PRESENT", "EDC"). */
  shouted: boolean;
}

/** Words that take a full stop without ending a sentence: the stop belongs to the word. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "revd", "st", "cllr", "cllrs", "coun", "cr", "clr", "no", "nos", "vs", "hon", "esq",
  "jr", "sr", "fr", "messrs", "gen", "capt", "lt", "col", "sgt", "supt", "insp", "det", "approx", "etc", "inc", "ltd", "co", "dept",
]);

const LETTER = /\p{L}|\p{M}/u;
const isLetter = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(c);
};
const isDigit = (c: string): boolean => c >= "0" && c <= "9";
const SPACE = /\s/u;
const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || (c.charCodeAt(0) >= 128 && SPACE.test(c));
const isApostrophe = (c: string): boolean => c === "'" || c === "’";
const isHyphen = (c: string): boolean => c === "-" || c === "\u2010" || c === "\u2011";
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/** Fold a word for look-ups. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\.$/, "");
}

/** Scan a text into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let spaceBefore = false;
  let breakBefore = false;
  const push = (kind: TokenKind, start: number, end: number) => {
    const printed = text.slice(start, end);
    const letters = printed.replace(/[^\p{L}]/gu, "");
    tokens.push({
      kind,
      text: printed,
      key: fold(printed),
      start,
      end,
      breakBefore,
      spaceBefore,
      capitalised: letters.length > 0 && isUpper(letters[0]!),
      shouted: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
    spaceBefore = false;
    breakBefore = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      spaceBefore = true;
      if (c === "\n" || c === "\r") breakBefore = true;
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      // letters, with apostrophes, hyphens and a company's ampersand inside ("O’Brien", "Kaplan-Moss", "Ha-Ly", "J&J")
      i++;
      while (i < text.length) {
        const d = text[i]!;
        if (isLetter(d)) i++;
        else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < text.length && isLetter(text[i + 1]!)) i += 2;
        // "Bartlett--Butt": a soft hyphen and a hyphen from a text layer
        else if (isHyphen(d) && isHyphen(text[i + 1] ?? "") && isLetter(text[i + 2] ?? "")) i += 3;
        // "J&J", "AT&T": an ampersand between capitals, no blank beside it, is inside a company's name
        else if (d === "&" && isUpper(text[i - 1]!) && isLetter(text[i + 1] ?? "") && isUpper(text[i + 1]!)) i += 2;
        else break;
      }
      const word = text.slice(start, i);
      const dot = text[i] === ".";
      // "J." and "J" are initials; "Cllr." and "Mr." keep their stop
      if (word.length === 1 && isUpper(word)) {
        if (dot) i++;
        push("initial", start, i);
      } else if (dot && ABBREVIATIONS.has(word.toLowerCase())) {
        i++;
        push("word", start, i);
      } else push("word", start, i);
      continue;
    }
    if (isDigit(c)) {
      // digits, with a decimal point or thousands separator between digits ("4,480.42", "2.5"); "6:00" and "5-0" stay apart
      i++;
      while (i < text.length && (isDigit(text[i]!) || ((text[i] === "." || text[i] === ",") && isDigit(text[i + 1] ?? "")))) i++;
      push("number", start, i);
      continue;
    }
    if (c === "@" && /[A-Za-z0-9_]/.test(text[i + 1] ?? "")) {
      i++;
      while (i < text.length && /[A-Za-z0-9_-]/.test(text[i]!)) i++;
      push("handle", start, i);
      continue;
    }
    i += c.length;
    push("punct", start, i);
  }
  return tokens;
}

/** Fewest spaces between two columns. */
const MIN_COLUMN_GAP = 3;

/** A column gap between token `k` and the one before it on its line: "Present      Chairman   Stuart". */
export function columnGapBefore(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  const before = tokens[k - 1];
  return token !== undefined && before !== undefined && !token.breakBefore && token.start - before.end >= MIN_COLUMN_GAP;
}

/** True when the token is this punctuation mark (or one of these). */
export function isPunct(token: Token | undefined, marks: string): boolean {
  return token !== undefined && token.kind === "punct" && marks.includes(token.text);
}

/** The text a run of tokens covers, as printed. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  if (from >= to) return "";
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}
