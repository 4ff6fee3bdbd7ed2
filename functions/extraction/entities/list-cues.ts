import {
  BRANDED_GOODS,
  COMPANY_EXAMPLE_NOUNS,
  ORGANIZATION_NOUNS,
  PLACE_EXAMPLE_NOUNS,
  TRADING_NOUNS,
} from "./lexicon/context-words.ts";
import { LOCATION_SUFFIXES } from "./lexicon/organizations.ts";
import type { SentenceView } from "./span-proposer.ts";
import type { EntityType } from "./types.ts";

const TRADING_NOUN = new Set(TRADING_NOUNS);
const BRANDED_GOOD = new Set(BRANDED_GOODS);
const PLACE_EXAMPLE_NOUN = new Set(PLACE_EXAMPLE_NOUNS);
/** Plurals whose examples after "such as" are organizations: "apps", "retailers", "brands". */
const EXAMPLE_NOUN = new Set([
  ...COMPANY_EXAMPLE_NOUNS,
  ...TRADING_NOUNS,
  ...ORGANIZATION_NOUNS.map((noun) => `${noun}s`),
]);
/** Nouns of owning before "of" and of holding before "in" that a list of companies follows. */
const HOLDINGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["of", new Set(["owner", "parent", "owners"])],
  ["in", new Set(["stakes", "stake", "holdings", "shares", "investments"])],
]);
/** Nouns of making before "of" that a product's name follows: "the maker of Kingfisher". */
const MAKERS = new Set(["maker", "makers", "brewer", "brewers"]);
/** Words of one name in a list, at most ("Marks & Spencer", "Patek Philippe"). */
const NAME_WORDS = 4;
/** Names in one list, at most. */
const LIST_NAMES = 8;
/** Words between a list's last name and its trading noun: "Folgers and Dunkin' grocery brands". */
const MODIFIERS = 1;
/** The ending of a people's or a continent's adjective: "European", "Asian", "Nordic", "Japanese". */
const PEOPLES_ADJECTIVE = /(?:an|ic|ese|ish)$/;
/** Lower-case words that end a list rather than modify its noun. */
const LINKS = new Set(["in", "of", "at", "on", "for", "from", "to", "with", "by", "and", "or", "the", "its"]);

/**
 * What a list the name at tokens [start, end) stands in says it is: an organization where the list ends
 * in a plural trading noun ("its Zara, Massimo Dutti and Bershka franchises") or follows a plural noun of
 * companies and "such as", "including" or "like" ("apps such as Careem and Uber", "franchises including
 * Hugo Boss, Guess and Swarovski"); a place where it follows a plural noun of places so ("towns like
 * Kitale, Nanyuki and Kericho"); an organization where a list of two or more follows an owner's or a
 * holder's noun ("The owner of Kay, Zales and Jared", "stakes in Boohoo, ASOS and Hugo Boss"); a product
 * where names follow "the maker of" ("the maker of Cup Noodle and Chicken Ramen") or stand before their
 * goods ("Lifebuoy and Lux soap bars"); else undefined. Walks at most LIST_NAMES names each way.
 */
export function listedKind(
  view: SentenceView,
  start: number,
  end: number,
  type: EntityType,
): EntityType | undefined {
  const { words } = view;
  // ("Traditional chains have suffered", "Imported brands like Royal Canin": a sentence's first word is
  // as likely an adjective; "the Garden City and Two Rivers outlets" name where the outlets are.)
  if (start <= view.firstWord || LOCATION_SUFFIXES.has(words[end - 1] ?? "")) return undefined;
  // ("the Chinese and Korean brands", "its Lagos stores": a name the word lists know keeps their type.)
  const listed = view.places[start];
  if (listed && listed.value.kind !== "organization") return undefined;
  let last = end;
  for (let n = 0; n < LIST_NAMES; n++) {
    const next = nameAfterSeparator(words, last);
    if (next === last) break;
    last = next;
  }
  let first = start;
  for (let n = 0; n < LIST_NAMES; n++) {
    const previous = nameBeforeSeparator(words, first);
    if (previous === first) break;
    first = previous;
  }
  // ("European brands": one name a tagger read as MISC before the noun, or one shaped like a people's
  // adjective, is as likely an adjective.)
  const alone = first === start && last === end;
  if (alone && end - start === 1 && PEOPLES_ADJECTIVE.test(words[start] ?? "")) return undefined;
  const trading = (i: number) => TRADING_NOUN.has((words[i] ?? "").toLowerCase());
  let noun = last;
  while (
    noun < last + MODIFIERS &&
    !trading(noun) &&
    /^\p{Ll}{3,}$/u.test(words[noun] ?? "") &&
    !LINKS.has(words[noun] ?? "")
  )
    noun++;
  if (trading(noun)) return !alone || type !== "MISC" ? "ORGANIZATION" : undefined;
  // ("Lifebuoy and Lux soap bars", "Omo detergent": a brand's name before its goods is a product; a
  // company's keeps its type.)
  // ("its Msafi and Power Boy laundry bars": past one word that describes them.)
  const goods = BRANDED_GOOD.has(words[last] ?? "") || (noun > last && BRANDED_GOOD.has(words[noun] ?? ""));
  if (type !== "ORGANIZATION" && goods) return "MISC";
  // ("The owner of Platypus, Hype DC and The Athlete's Foot", "its holdings in Boohoo, ASOS and Hugo Boss":
  // what a company owns or holds, read as a person's or a product's name.)
  // (A place is held "in" as often: "investments in Nanyuki and Kitale".)
  const link = words[first - 1] ?? "";
  // ("the maker of Cup Noodle and Chicken Ramen", "maker of Kingfisher": what a company makes is a
  // product, one name or a list.)
  if (link === "of" && MAKERS.has((words[first - 2] ?? "").toLowerCase())) return "MISC";
  const holder = HOLDINGS.get(link)?.has((words[first - 2] ?? "").toLowerCase());
  if (holder && !alone && (link === "of" || type !== "LOCATION")) return "ORGANIZATION";
  let cue = first - 1;
  if (words[cue] === "including" || words[cue] === "like") cue--;
  else if (words[cue] === "as" && words[cue - 1] === "such") cue -= 2;
  else return undefined;
  const examples = (words[cue] ?? "").toLowerCase();
  if (EXAMPLE_NOUN.has(examples)) return "ORGANIZATION";
  // (A company the word lists know stays one.)
  return PLACE_EXAMPLE_NOUN.has(examples) && !listed ? "LOCATION" : undefined;
}

/** A word of a name in a list: it holds a capital ("inDrive"), or joins two such words ("&"). */
function nameWord(words: readonly string[], i: number): boolean {
  const word = words[i] ?? "";
  if (word === "&") return /\p{Lu}/u.test(words[i - 1] ?? "") && /\p{Lu}/u.test(words[i + 1] ?? "");
  return /^[\p{L}\d'’.-]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** After ", ", "and", "or" or ", and" at token k, a name: the token after it; else k. */
function nameAfterSeparator(words: readonly string[], k: number): number {
  let i = k;
  if (words[i] === ",") i++;
  if (words[i] === "and" || words[i] === "or") i++;
  if (i === k) return k;
  const first = i;
  while (i < first + NAME_WORDS && nameWord(words, i)) i++;
  return i > first ? i : k;
}

/** Before a separator that ends at token k, a name: the name's first token; else k. */
function nameBeforeSeparator(words: readonly string[], k: number): number {
  let i = k - 1;
  if (words[i] === "and" || words[i] === "or") i--;
  if (words[i] === ",") i--;
  if (i === k - 1) return k;
  const last = i;
  while (i > last - NAME_WORDS && nameWord(words, i)) i--;
  return i < last ? i + 1 : k;
}
