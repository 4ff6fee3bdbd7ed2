/**
 * A one-word name typed PERSON that the article never gives a first name, a title or a role, and that it
 * only ever writes as a place is written, is a place the tagger did not know: "runs 27 km from Agbado to
 * Oyingbo", "the Bole and Ayat areas", "abattoirs in Isiolo and Kajiado". A person's surname is named
 * after the full name, and seldom "in", "from ... to" or before "areas".
 */
import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { type Group, outvote, typeOf } from "./name-groups.ts";

/** How much text around a mention the cues read, in characters. */
const CUE_REACH = 40;

/**
 * Before the name: "in", "near", "via", "outside" (not after a stake or an investment: "a stake in
 * Tavor"), or "from" with "to" and a capitalized name after it.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:in|near|via|outside)\s+(?:(?:the|central|northern|southern|eastern|western|downtown)\s+)?$/iu;
const HOLDING_BEFORE =
  /\b(?:stakes?|invest(?:s|ed|ing|ment|ments)?|shares|interest|holdings?|role|part)\s+in\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
const TO_PLACE_AFTER = /^\s+to\s+\p{Lu}/u;
/** After the name: a place noun, alone or after "and" another name ("the Bole and Ayat areas"). */
const PLACE_NOUN_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}-]*)?\s+(?:areas?|districts?|suburbs?|neighbou?rhoods?|townships?|villages?|towns?|counties|county|sub-county|wards?|stations?|junction|interchange)\b/u;
/**
 * After the name, what a person is: a possessive, "said", "told", a comma and an age; or what a person
 * leads ("in the Biden administration", "the Modi government").
 */
const PERSON_AFTER =
  /^(?:['’]s\b|\s+(?:said|says|told|added|who)\b|\s*,\s+(?:\d{1,3}|who)\b|\s+(?:administration|government|era|presidency|cabinet|family|camp|campaign|years)\b)/u;

/** Retypes lone one-word PERSON groups as places where every mention reads as a place's. */
export function retypePlaces(text: string, groups: Iterable<Group>): void {
  for (const group of groups) {
    if (typeOf(group) !== "PERSON") continue;
    const members = group.members;
    if (members.length === 0) continue;
    if (
      members.some((m) => m.words.length !== 1 || m.role !== undefined || GIVEN_NAMES.has(m.words[0] ?? ""))
    )
      continue;
    if (members.every((m) => placeMention(text, m.start, m.end))) outvote(group, "LOCATION");
  }
}

/** The words around the mention at [start, end) say place, and none say person. */
function placeMention(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  const after = text.slice(end, end + CUE_REACH);
  if (PERSON_AFTER.test(after)) return false;
  if (PLACE_NOUN_AFTER.test(after)) return true;
  if (FROM_BEFORE.test(before)) return TO_PLACE_AFTER.test(after);
  return PLACE_BEFORE.test(before) && !HOLDING_BEFORE.test(before);
}
