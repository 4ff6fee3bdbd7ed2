/** Fewest ordinary words a sentence needs to be judged title case, and the share of them capitalized. */
const MIN_ORDINARY = 2;
const TITLE_SHARE = 0.75;

/**
 * Whether the sentence is a title-case headline: its ordinary words (in `ordinary`: the words prose
 * writes in lower case) of four letters or more, past the first word, are nearly all capitalized.
 * Prose dense with names ("Kazakh President Kassym-Jomart Tokayev met Chinese leader Xi Jinping") is
 * not: its ordinary words ("met", "leader") stay in lower case. An all-caps sentence is not either.
 */
export function isTitleCased(words: readonly string[], ordinary: ReadonlySet<string>): boolean {
  let count = 0;
  let capitalized = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    if (word.length < 4) continue;
    const lower = word.toLowerCase();
    if (!ordinary.has(lower)) continue;
    count++;
    if (word === lower) continue;
    if (word === word.toUpperCase()) return false;
    capitalized++;
  }
  if (count >= MIN_ORDINARY) return capitalized >= TITLE_SHARE * count;
  // A short headline line has one ordinary word, capitalized, and no closing mark: "Modi Meets Putin in
  // Moscow" (prose such as "The Supreme Court ruled." ends on one).
  return count === 1 && capitalized === 1 && !SENTENCE_END.has(words[words.length - 1] ?? "");
}

const SENTENCE_END = new Set([".", "!", "?", ":", ";", ",", '"', "”", "’", "'"]);

/**
 * A title-case headline ("Deutsche Bank To Cut 3,500 Jobs As Sewing Pushes For Returns") as prose would
 * write it: each word that the training text writes in lower case ("to", "cut", "jobs", "as") is
 * lowered, so that capitals are left where names are likely and the tagger reads the sentence as it
 * reads prose. The first word keeps its capital; words the text never wrote in lower case stay as
 * they are ("Sewing", "Deutsche").
 */
export function truecaseTitle(words: readonly string[], lowercase: ReadonlySet<string>): string[] {
  return words.map((word, i) => {
    if (i === 0) return word;
    const lower = word.toLowerCase();
    return lowercase.has(lower) ? lower : word;
  });
}
