import type { Candidate } from "./refine.ts";

/** Prepositions that open a list of places: "in Kakamega and Magarini", "from Lagos, Abuja and Kano". */
const LOCATIVES = new Set(["in", "at", "from", "near", "across", "to", "between", "around"]);
/** What may follow the last place of a list: a mark, or a preposition ("on Sunday", "in May"). */
const LIST_ENDS = /^\s*(?:[.,;:)!?]|$|(?:on|in|at|from|to|for|during|last|this|and|or|near|after|before)\b)/;
/** What may stand between two items of a list. */
const LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*$/;

/**
 * "in Kakamega and Magarini", "between Cobargo and Bermagui": a name listed after a place that a
 * locative preposition opened is a place too, where a tagger typed it a person of a single word. Not after a sentence's opening "In X," ("In Nairobi, Ruto and Odinga met"): the comma
 * ends that phrase. Candidates must be sorted by start. Linear in the candidates.
 */
export function typePlaceLists(text: string, sorted: Candidate[]): Candidate[] {
  let listed = false;
  let previous: Candidate | undefined;
  return sorted.map((candidate) => {
    const gap = previous ? text.slice(previous.end, candidate.start) : "";
    const continues =
      previous !== undefined && previous.sentence === candidate.sentence && LIST_GAP.test(gap);
    if (!continues)
      listed = candidate.type === "LOCATION" && LOCATIVES.has(wordBefore(text, candidate.start));
    let out = candidate;
    const single = candidate.words.length === 1 && !candidate.role;
    // "in Nairobi and Ruto said": a verb after the name makes it a clause's subject, not a listed place.
    const ends = LIST_ENDS.test(text.slice(candidate.end, candidate.end + 12));
    if (continues && listed && single && ends && candidate.type === "PERSON") {
      out = { ...candidate, type: "LOCATION" };
    }
    listed = listed && out.type === "LOCATION";
    previous = out;
    return out;
  });
}

/** The word right before `offset` ("" at the start); a capitalized "In" opens a sentence, so it is no list's. */
function wordBefore(text: string, offset: number): string {
  let end = offset;
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text[start - 1] ?? "")) start--;
  return text.slice(start, end);
}
