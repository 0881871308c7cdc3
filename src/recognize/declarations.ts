// Recognizes declarations of interest, one recognizer per wording: "Councillor X declared a personal interest in item 7
// … as …", "… disclosed a pecuniary interest in item 11 … by indicating that …", "Mrs A and Mr B declared …",
// "Disclosure of pecuniary interest: Councillor Shelly Foote.", and a list after "The following was declared as an
// interest:". "There were no declarations of interest" gives none. Each declaration has the declarer's name (honorific
// dropped), the item it concerns, the kind of interest as printed, the nature of the interest as stated, and its sentence.
import type { RootContent } from "mdast";
import { plainText, sentences } from "../parse/text.js";
import type { Declaration } from "../types/minutes.js";
import { sourceOf, type Context } from "./context.js";
import { personName } from "./people.js";
import { PhraseDictionary } from "./lexicon/dictionary.js";
import { tokenize } from "./tokens.js";

type Found = Omit<Declaration, "source">;

/** "<Names> [again] declared|disclosed a <kind> interest in <item …>". */
const DECLARED = /^(.{2,120}?)\s+(?:(?:also|again|then|each|both|all|had|has|have)\s+)?(?:declared|disclosed)\s+(?:an?\s+|his\s+|her\s+|their\s+)?((?:[\w-]+\s+){0,4}?)interests?\b(.*)$/i;
/** "Disclosure of pecuniary interest: Councillor Shelly Foote." */
// Linear: the dashes give back only their last one when nothing follows them ((?=…)), the spaces at most one ((?=…)).
const LABELLED = /^(?:declarations?|disclosures?)\s+of\s+((?:[\w-]+\s+){0,3}?)interests?\s*[:-]+(?=[^:-]|[:-]$)\s*(?=\S|\s(?!\s))(.+)$/i;
/** "The following was declared as an interest:", "The following interests were declared:" — declarations follow. */
const LIST_INTRO = /\bthe\s+following\s+(?:(?:was|were)\s+declared(?:\s+as\s+(?:an\s+)?interests?)?|(?:interests?|declarations?)\s+(?:was|were)\s+(?:declared|made))\s*:\s*([\s\S]*)/i;
/** One entry of such a list: "Cllr Janet Taylor due to a payment to …", "Cllr Trudy Mann as she lives close to …". */
// Linear: the surname is taken whole ((?!…)) and the spaces around the separator once, so the rest is read once.
const LIST_ENTRY = /^((?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])\s*(?:[-–,:]\s*)?(\S.*|)$/u;
/** The item a declaration is about: "item 7", "minute 137/19", "agenda item 5(a)", "item 11, clause 2.6". */
const ITEM_REF = /\b(?:agenda\s+)?(?:item|minute)\s+(?:no\.?\s*)?([\w./()]+?)(?=[\s,;:)–—-]|\.(?!\d)|$)/i;
/** The kinds of interest the codes of conduct name; other words before "interest" ("his", "an") are not a kind. */
const KINDS = new PhraseDictionary<string>(
  Object.fromEntries(
    [
      "disclosable pecuniary", "other significant", "other registrable", "non-registrable", "non-pecuniary", "pecuniary", "personal and prejudicial",
      "personal", "prejudicial", "significant", "financial", "non-financial", "private", "business", "family", "conflict", "conflicting",
    ].map((kind) => [kind, kind]),
  ),
);
/** Where the minutes say what the interest is: "… as her personal business is listed as a payee", "… that he was a
 * Member of Swale Borough Council", "… by indicating that Fanshawe College is her employer", "… due to a payment". */
// Linear: the spaces give back only what the three characters need ((?=…)), and a word after another on the same line is
// not tried ((?<!…)): the earlier one read on to the same line break and failed, or matched first.
/** The words that give an interest's nature: "as", "because", "due to", "in that". */
const CAUSE = String.raw`(?:as|because|since|being|due\s+to|by\s+indicating\s+that|in\s+that|that)`;
/** The same words, their spaces on one line. */
const CAUSE_ON_LINE = String.raw`(?:as|because|since|being|due[^\S\n\r\u2028\u2029]+to|by[^\S\n\r\u2028\u2029]+indicating[^\S\n\r\u2028\u2029]+that|in[^\S\n\r\u2028\u2029]+that|that)`;
/** A space that is no line break. */
const LINE_SPACE = String.raw`[^\S\n\r\u2028\u2029]`;
const NATURE = new RegExp(String.raw`(?:^|[\s,–—-])${CAUSE}\s+(?=\S|[\s\S]{3}$)(?<![\s,–—-]${CAUSE}(?=\s).*?${CAUSE_ON_LINE}${LINE_SPACE}+)(.{3,})$`, "i");
const NONE = /\b(?:no|none|nil|nothing)\b/i;
const MENTIONS_INTEREST = /interest/i;

/** The people a subject names: "Mrs Chandler and Mr Rayner" → ["Chandler", "Rayner"]; "Cllr. P. Harries" → ["P. Harries"]. */
function namesOf(subject: string): string[] {
  const parts = subject
    .replace(/^(?:\d+[.)]\s*|[ivx]+\)\s*)/i, "")
    // "That it BE NOTED that Councillor C. Rahman disclosed …": the subject follows the last "that"
    .replace(/^.*\b[Tt]hat\s+/, "")
    // spaces before a separator are taken only from where their run starts: tried at each space of a long run, quadratic
    .split(/(?:(?<!\s)\s+)?,\s*|(?<!\s)\s+and\s+|(?:(?<!\s)\s+)?&\s*/)
    .map((part) => nameOf(part))
    .filter((name) => name !== "");
  return parts.length > 0 ? parts : [nameOf(subject)];
}

/** A name without honorific, without trailing words in lower case, with a bracketed initial kept: "Sheahan (J)" → "J. Sheahan". */
function nameOf(text: string): string {
  const subject = text.trim().replace(/^(?:that|and)\s+/i, "");
  // a group ("Members who were district councillors") is kept as printed
  if (/^(?:Members?|All|Those|Councillors)\b/i.test(subject) && !/^(?:Councillors?)\s+\p{Lu}/u.test(subject)) return subject.replace(/(?<![.\s])[.\s]+$/, "");
  const rest = personName(subject) ?? "";
  // "Harries again" → "Harries"; a group ("Members who were district councillors") is kept as printed
  const words = rest.split(/\s+/);
  const capitalised = words.findIndex((w) => !/^[\p{Lu}'’(]/u.test(w));
  const grouped = /^(?:Members?|All|Those|Councillors)$/i.test(words[0]!);
  return /^\p{Lu}/u.test(rest) && capitalised > 0 && !grouped ? words.slice(0, capitalised).join(" ") : rest;
}

function kindOf(words: string): string | null {
  const tokens = tokenize(words);
  for (let i = 0; i < tokens.length; i++) {
    const kind = KINDS.at(tokens, i, { acrossLines: true });
    if (kind) return kind.value;
  }
  return null;
}

/** What the interest is, when the minutes say: the clause after "as", "that", "due to" …, or a bracketed note. */
function natureOf(rest: string): string | null {
  const clause = NATURE.exec(rest)?.[1]?.replace(/(?<![.;])[.;]+$/, "").trim();
  if (clause) return clause;
  const note = /\(([^()]{3,80})\)/.exec(rest)?.[1]?.trim();
  return note ?? null;
}

function itemOf(text: string): string | null {
  const item = ITEM_REF.exec(text);
  return item ? item[1]!.replace(/[.)]$/, "") : null;
}

/** The declarations one sentence makes. */
function declarationsIn(sentence: string): Found[] {
  if (!MENTIONS_INTEREST.test(sentence)) return [];
  // "… was declared as an interest" is the list's introduction, not a person declaring
  if (LIST_INTRO.test(sentence)) return [];
  const declared = DECLARED.exec(sentence);
  if (declared && !/^(?:no|none|nothing|there)\b/i.test(declared[1]!)) {
    const rest = declared[3]!;
    return namesOf(declared[1]!).map((name) => ({
      name,
      item: itemOf(rest),
      interest: kindOf(declared[2]!),
      nature: natureOf(rest),
      description: sentence,
    }));
  }
  const labelled = LABELLED.exec(sentence);
  if (labelled && !NONE.test(labelled[2]!)) {
    return namesOf(labelled[2]!.replace(/(?<![.\s])[.\s]+$/, "")).map((name) => ({
      name,
      item: null,
      interest: kindOf(labelled[1]!),
      nature: null,
      description: sentence,
    }));
  }
  return [];
}

/** The entries of a list of declarations after its introduction: each names a member and says why. */
function listEntries(texts: string[]): Found[] {
  return texts.flatMap((text) => {
    const entry = LIST_ENTRY.exec(text);
    if (!entry || NONE.test(entry[1]!)) return [];
    const reason = entry[2]!.replace(/(?<![.;])[.;]+$/, "").trim();
    return [{ name: nameOf(entry[1]!), item: itemOf(reason), interest: kindOf(reason), nature: natureOf(reason) ?? (reason || null), description: text }];
  });
}

/** The declarations stated in an item's paragraphs and points. */
export function recognizeDeclarations(ctx: Context, blocks: RootContent[]): Declaration[] {
  const declarations: Declaration[] = [];
  let listOpen = false;
  const visit = (node: RootContent) => {
    if (node.type === "list") {
      for (const item of node.children) item.children.forEach(visit);
      return;
    }
    if (node.type !== "paragraph") return;
    const text = plainText(node);
    const source = sourceOf(ctx, node);
    if (listOpen) {
      // "The following was declared as an interest:" then one member a point
      const entries = listEntries([text]);
      for (const d of entries) declarations.push({ ...d, source });
      if (entries.length > 0) return;
      listOpen = false;
    }
    if (!MENTIONS_INTEREST.test(text)) return;
    const all = sentences(text);
    // after a list's introduction the sentences are its entries, taken with it: skipped, and a second introduction among
    // them too (each taking all that followed it again was quadratic, in time and in declarations)
    let introduced = false;
    all.forEach((sentence, i) => {
      if (introduced) return;
      const intro = LIST_INTRO.exec(sentence);
      if (intro) {
        introduced = true;
        // the entries run on in the same paragraph ("…: Cllr Janet Taylor due to …. Cllr Trudy Mann as …") or follow it
        const inline = listEntries([intro[1]!, ...all.slice(i + 1)].filter(Boolean));
        for (const d of inline) declarations.push({ ...d, source });
        listOpen = inline.length === 0 && intro[1]!.trim() === "";
        return;
      }
      for (const d of declarationsIn(sentence)) declarations.push({ ...d, source });
    });
  };
  blocks.forEach(visit);
  return declarations;
}
