// A person's key across meetings: the folded surname and the first initial, so "Cllr. J. Smith" and "Councillor John Smith" meet.
//
// The key is `surname|initial`: the surname folded (lower case, accents and apostrophes dropped, hyphens kept, a
// particle such as "van" or "de" kept with it) and the first letter of the first given name or initial, or nothing
// after the bar when only a surname is printed. It is the same for every body: "J. Smith", "John Smith",
// "John R. Smith", "Smith, John" and "J Smith MBE" are all `smith|j`; "Smith" alone is `smith|`.
// It can be wrong, by design of what minutes print: two people with one surname and initial share a key (two J.
// Smiths); a name printed with and without its initial gives two keys ("Smith" and "J. Smith"); a changed surname
// (marriage) gives a new key; a double surname printed without its hyphen ("Forde Bradley") keys on its last word;
// a name printed surname first without a comma ("SMITH John") keys on the given name.

/** Particles printed before a surname that belong to it ("van der Berg" → "van der berg"). */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "le", "la", "st", "ter", "ten", "dos", "das"]);

/** Honours, degrees and generational suffixes printed after a name, dropped from it. */
const POST_NOMINALS = new Set([
  "obe", "mbe", "cbe", "kbe", "dbe", "cvo", "lvo", "jp", "mp", "mep", "ms", "msp", "dl", "qc", "kc", "frs", "phd", "md", "edd",
  "jr", "jnr", "sr", "snr", "ii", "iii", "iv", "esq",
]);

/** Round brackets and what they hold: a nickname or a note ("Robert (Bob) Smith"). */
const BRACKETED = /\([^()]*\)/g;
/** Name parts are separated by spaces and full stops ("J.R. Smith"). */
const SEPARATORS = /[\s.]+/;
/** Combining marks left by canonical decomposition (the accent of "é"). */
const MARKS = /\p{M}/gu;
/** Everything that is not part of a folded name part: only letters, digits and hyphens are kept. */
const NOT_NAME = /[^\p{L}\p{N}-]/gu;

/** Without hyphens at either end ("-smith-" → "smith"). */
function trimHyphens(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && part[start] === "-") start++;
  while (end > start && part[end - 1] === "-") end--;
  return part.slice(start, end);
}

function fold(part: string): string {
  return trimHyphens(part.normalize("NFKD").replace(MARKS, "").toLowerCase().replace(NOT_NAME, ""));
}

function parts(text: string): string[] {
  return text.split(SEPARATORS).map(fold).filter((p) => p !== "");
}

/** The key of a name as printed (without its honorific), or null when it has no letters. */
export function personKey(name: string): string | null {
  const plain = name.replace(BRACKETED, " ");
  let given: string[];
  let family: string[];
  const comma = plain.indexOf(",");
  const after = comma < 0 ? [] : parts(plain.slice(comma + 1));
  if (comma >= 0 && after.some((p) => !POST_NOMINALS.has(p))) {
    // "Smith, John": the surname comes first
    family = parts(plain.slice(0, comma));
    given = after.filter((p) => !POST_NOMINALS.has(p));
  } else {
    const all = parts(comma < 0 ? plain : plain.slice(0, comma));
    while (all.length > 1 && POST_NOMINALS.has(all[all.length - 1] as string)) all.pop();
    let start = all.length - 1;
    while (start > 0 && PARTICLES.has(all[start - 1] as string)) start--;
    family = all.slice(start);
    given = all.slice(0, start);
  }
  const surname = family.join(" ");
  if (surname === "") return null;
  const initial = given.length > 0 ? Array.from(given[0] as string)[0] : "";
  return `${surname}|${initial ?? ""}`;
}
