/**
 * "Gallagher" in a story of Arthur J. Gallagher & Co and its chief executive J. Patrick Gallagher Jr: a
 * surname the article also gives a company names the company where the words around it say so ("Shares
 * of Gallagher", "Gallagher's brokerage segment", "Howden, which employs") and the person where they say
 * so ("Mr Kogan", "Dangote told reporters"). A mention that says neither ("Gallagher will pay") goes with
 * the company when some mention reads as the company and none as the person; otherwise with the person.
 */
import { NAME_SUFFIXES } from "./aliases.ts";
import { eponymSide } from "./company-cues.ts";
import { type Group, typeOf } from "./name-groups.ts";
import type { Candidate } from "./refine.ts";
import { nameKey } from "./word-shape.ts";

export interface Eponym {
  company: Group;
  person: Group;
  /** Where a mention whose words say neither goes. */
  unmarked: "company" | "person";
}

/**
 * Each word of the names of two words or more of the article's organizations -> the organization named
 * earliest with it ("gallagher" -> Arthur J. Gallagher & Co). Read once per article.
 */
export function companiesByWord(groups: ReadonlyMap<string, Group>): Map<string, Group> {
  const earliest = new Map<string, { group: Group; start: number }>();
  for (const group of groups.values()) {
    if (typeOf(group) !== "ORGANIZATION") continue;
    for (const member of group.members) {
      if (member.words.length < 2) continue;
      for (const w of member.words) {
        const word = nameKey(w);
        const known = earliest.get(word);
        if (!known || member.start < known.start) earliest.set(word, { group, start: member.start });
      }
    }
  }
  return new Map([...earliest].map(([word, { group }]) => [word, group]));
}

/**
 * The company named by the surname of `key` ("name:gallagher") beside `person`: the earliest-named
 * organization whose name of two words or more holds the surname (`companies`, from companiesByWord).
 * `mentions` are all of the surname's mentions (weak ones too), whose words decide where the unmarked ones
 * go.
 */
export function eponymOf(
  text: string,
  groups: ReadonlyMap<string, Group>,
  companies: ReadonlyMap<string, Group>,
  key: string,
  person: Group,
  mentions: readonly Candidate[],
  lowerWords: ReadonlySet<string>,
): Eponym | undefined {
  const word = key.slice("name:".length);
  if (!namesInFull(person, word, lowerWords)) return undefined;
  const company = companies.get(word);
  if (!company || !groups.has(company.key)) return undefined;
  let toCompany = 0;
  let toPerson = 0;
  for (const mention of mentions) {
    const side = eponymSide(text, mention.start, mention.end);
    if (side === "company") toCompany++;
    else if (side === "person") toPerson++;
  }
  return { company, person, unmarked: toCompany > 0 && toPerson === 0 ? "company" : "person" };
}

/**
 * The person is named in full with the surname last, in words that are names: not "Shipbuilder Austal"
 * (a word the article writes in lower case), "Crestline and Summit" or "Talabat Mart" (the company's
 * name first), the tagger's people.
 */
function namesInFull(person: Group, word: string, lowerWords: ReadonlySet<string>): boolean {
  return person.members.some((member) => {
    const words = member.words.filter((w) => w !== "." && !NAME_SUFFIXES.has(w.replace(/\.$/, "")));
    return (
      words.length >= 2 &&
      nameKey(words[words.length - 1] ?? "") === word &&
      words.every((w) => /^\p{Lu}/u.test(w) && !/\d/.test(w) && !lowerWords.has(w.toLowerCase()))
    );
  });
}

/** Adds the surname's mention to the company or to the person, as its words say. */
export function joinEponym(text: string, eponym: Eponym, mention: Candidate): void {
  const side = eponymSide(text, mention.start, mention.end) ?? eponym.unmarked;
  const [group, type] =
    side === "company" ? [eponym.company, "ORGANIZATION" as const] : [eponym.person, "PERSON" as const];
  group.members.push({ ...mention, type });
}
