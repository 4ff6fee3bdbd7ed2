import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { PLACE_GROUP_NOUNS } from "./lexicon/places.ts";
import type { Candidate } from "./refine.ts";

/** Prepositions that open a list of places: "in Kakamega and Magarini", "from Lagos, Abuja and Kano". */
const LOCATIVES = new Set(["in", "at", "from", "near", "across", "to", "between", "around"]);
/** What may follow the last place of a list: a mark, or a preposition ("on Sunday", "in May"). */
const LIST_ENDS = /^\s*(?:[.,;:)!?]|$|(?:on|in|at|from|to|for|during|last|this|and|or|near|after|before)\b)/;
/** What may stand between two items of a list. */
const LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*$/;

/** Words of a listed place's name, at most: "Sarai Kale Khan". */
const PLACE_NAME_WORDS = 3;
const PLACE_GROUP = new Set(PLACE_GROUP_NOUNS);

/**
 * "in Kakamega and Magarini", "between Cobargo and Bermagui": a name listed after a place that a
 * locative preposition opened is a place too, where a tagger typed it a person of a single word. So is
 * each name of up to three words (no given name first) listed after a group of places and "of" ("the
 * provinces of Dak Lak, Gia Lai and Dak Nong", "the municipalities of Jaguare and Sao Mateus grew"). Not
 * after a sentence's opening "In X," ("In Nairobi, Ruto and Odinga met"): the comma ends that phrase;
 * nor a reporter's name in a credit line ("Reporting by Ann Lee in Lagos and Chijioke Ohuocha in Abuja").
 * Candidates must be sorted by start. Linear in the candidates.
 */
export function typePlaceLists(text: string, sorted: Candidate[]): Candidate[] {
  let listed = false;
  // (A group's list may take names of several words, and goes on to a verb.)
  let byGroup = false;
  let previous: Candidate | undefined;
  return sorted.map((candidate) => {
    const gap = previous ? text.slice(previous.end, candidate.start) : "";
    const continues =
      previous !== undefined && previous.sentence === candidate.sentence && LIST_GAP.test(gap);
    // "the provinces of Dak Lak, Gia Lai": a group of places names its members.
    const grouped = !continues && placesOf(text, candidate.start);
    if (!continues) {
      listed = grouped || (candidate.type === "LOCATION" && LOCATIVES.has(wordBefore(text, candidate.start)));
      byGroup = grouped;
    }
    const words = candidate.words.length;
    const placeName =
      candidate.type === "PERSON" &&
      !candidate.role &&
      (words === 1 || (byGroup && words <= PLACE_NAME_WORDS && !GIVEN_NAMES.has(candidate.words[0] ?? "")));
    let out = candidate;
    // "in Nairobi and Ruto said": a verb after the name makes it a clause's subject, not a listed place.
    const ends = byGroup || LIST_ENDS.test(text.slice(candidate.end, candidate.end + 12));
    if ((continues || grouped) && ends && listed && placeName) {
      out = { ...candidate, type: "LOCATION" };
    }
    listed = listed && out.type === "LOCATION";
    previous = out;
    return out;
  });
}

/** "the provinces of ", "municipalities of ": a plural noun of places and "of" right before `offset`. */
function placesOf(text: string, offset: number): boolean {
  if (wordBefore(text, offset) !== "of") return false;
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  return PLACE_GROUP.has(wordBefore(text, end - 2).toLowerCase());
}

/** The word right before `offset` ("" at the start); a capitalized "In" opens a sentence, so it is no list's. */
function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1] ?? "")) start--;
  return text.slice(start, end);
}
