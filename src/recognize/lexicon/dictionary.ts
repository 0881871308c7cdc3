// Dictionaries of phrases: a surface form (one or more words) mapped to a value, matched against tokens longest first.
// After chrono-node's dictionaries: the vocabulary lives in tables, a reader asks "which entry starts here?", and a new
// body's wording is one more entry, not one more pattern.
import { fold, tokenize, type Token } from "../tokens.js";

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first token after the phrase. */
  end: number;
  /** The phrase as its dictionary key ("vice chair"). */
  key: string;
}

/** A dictionary compiled for matching: entries indexed by their first word. */
export class PhraseDictionary<V> {
  private readonly byFirst = new Map<string, { words: string[]; value: V; key: string }[]>();
  readonly longest: number;

  constructor(entries: Record<string, V>) {
    let longest = 1;
    for (const [key, value] of Object.entries(entries)) {
      const words = phraseWords(key);
      longest = Math.max(longest, words.length);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push({ words, value, key });
      this.byFirst.set(words[0]!, list);
    }
    // longest first, so "vice chair" wins over "vice"
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    this.longest = longest;
  }

  /** The longest entry whose words are the tokens from `i` (word tokens only, none across a line break unless allowed). */
  at(tokens: Token[], i: number, options: { acrossLines?: boolean } = {}): PhraseMatch<V> | null {
    const first = tokens[i];
    if (!first) return null;
    const candidates = this.byFirst.get(first.key);
    if (!candidates) return null;
    for (const entry of candidates) {
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        const t = tokens[i + k];
        if (!t || t.key !== entry.words[k] || (t.breakBefore && !options.acrossLines)) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: entry.value, end: i + entry.words.length, key: entry.key };
    }
    return null;
  }

  /** The value of a phrase given as text ("Vice Chair" → its entry), or undefined. */
  get(text: string): V | undefined {
    const words = phraseWords(text);
    const list = this.byFirst.get(words[0] ?? "");
    return list?.find((e) => e.words.length === words.length && e.words.every((w, k) => w === words[k]))?.value;
  }

  has(text: string): boolean {
    return this.get(text) !== undefined;
  }
}

/** The folded words of a phrase, split as the tokenizer splits them ("Vice-Chair" stays one word, "&" is a word, the
 * apostrophe of "Members' Meeting" is one). */
export function phraseWords(text: string): string[] {
  return tokenize(text.trim())
    .map((token) => token.key)
    .filter(Boolean);
}

/** A set of single folded words. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(fold));
}
