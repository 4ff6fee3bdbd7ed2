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

type Side = "company" | "person";

interface Eponym {
  company: Group;
  person: Group;
  /** Where a mention whose words say neither goes. */
  unmarked: Side;
  /** What the words around each mention say, read when the surname was split. */
  sides: ReadonlyMap<Candidate, Side | undefined>;
}

/**
 * The surnames of one article that name both a company and a person. Its indexes (the organizations by
 * the words of their names, the weak mentions by key) are built on the first surname of a person named in
 * full, so an article with none pays nothing for them.
 */
export class Eponyms {
  private readonly found = new Map<string, Eponym>();
  private companies: Map<string, Group> | undefined;
  private weakByKey: Map<string, Candidate[]> | undefined;

  constructor(
    private readonly text: string,
    private readonly groups: Map<string, Group>,
    private readonly candidates: readonly Candidate[],
    private readonly keyOf: (candidate: Candidate) => string,
    private readonly lowerWords: ReadonlySet<string>,
  ) {}

  /**
   * Splits the group of a bare surname ("name:gallagher") between the earliest-named organization whose
   * name of two words or more holds it and `person`, mention by mention, and drops the group; false (and
   * nothing done) where no such organization is named or the person is not named in full with it last.
   */
  split(group: Group, person: Group): boolean {
    const word = group.key.slice("name:".length);
    if (!namesInFull(person, word, this.lowerWords)) return false;
    this.companies ??= companiesByWord(this.groups);
    const company = this.companies.get(word);
    if (!company || !this.groups.has(company.key)) return false;
    // (Weak mentions count too: "Gallagher will pay" opens its sentence.)
    this.weakByKey ??= weakByKey(this.candidates, this.keyOf);
    // (Each mention's side is read once: here, and kept for its join.)
    const sides = new Map<Candidate, Side | undefined>();
    let toCompany = 0;
    let toPerson = 0;
    for (const mention of [...group.members, ...(this.weakByKey.get(group.key) ?? [])]) {
      const side = eponymSide(this.text, mention.start, mention.end);
      sides.set(mention, side);
      if (side === "company") toCompany++;
      else if (side === "person") toPerson++;
    }
    const eponym: Eponym = {
      company,
      person,
      unmarked: toCompany > 0 && toPerson === 0 ? "company" : "person",
      sides,
    };
    this.found.set(group.key, eponym);
    for (const member of group.members) join(eponym, member);
    this.groups.delete(group.key);
    return true;
  }

  /** Adds a weak one-word mention of a split surname to its side; false where the key names none. */
  joinWeak(key: string, candidate: Candidate): boolean {
    const eponym = this.found.get(key);
    if (eponym) join(eponym, candidate);
    return eponym !== undefined;
  }
}

/**
 * Each word of the names of two words or more of the article's organizations -> the organization named
 * earliest with it ("gallagher" -> Arthur J. Gallagher & Co).
 */
function companiesByWord(groups: ReadonlyMap<string, Group>): Map<string, Group> {
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

/** The weak candidates by their keys. */
function weakByKey(
  candidates: readonly Candidate[],
  keyOf: (candidate: Candidate) => string,
): Map<string, Candidate[]> {
  const byKey = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    if (!candidate.weak) continue;
    const key = keyOf(candidate);
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  return byKey;
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
function join(eponym: Eponym, mention: Candidate): void {
  const side = eponym.sides.get(mention) ?? eponym.unmarked;
  const [group, type] =
    side === "company" ? [eponym.company, "ORGANIZATION" as const] : [eponym.person, "PERSON" as const];
  group.members.push({ ...mention, type });
}
