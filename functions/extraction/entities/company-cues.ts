/**
 * A one-word name (or two words not opening with a given name) typed PERSON that the article never gives a first name, a title or a role is often a
 * company the tagger did not know ("Zapnet said it would cut 400 jobs", "Pindrop shares fell", "Oracle
 * agreed to buy Informatica"). The words around its mentions decide: "it" or "its" after its speech verb,
 * shares, jobs cut, outlets opened, titles published, a purchase or a company's noun say organization;
 * "he"/"she" or family words say person.
 */
import { PLACES_AND_NAMES } from "./gazetteer.ts";
import { SURNAME_COUNTRIES } from "./lexicon/countries.ts";
import { GIVEN_NAMES } from "./lexicon/person-names.ts";
import { type Group, outvote, typeOf } from "./name-groups.ts";

/** How much text around a mention the cues read, in characters. */
const CUE_REACH = 48;

/**
 * After the name: "Zapnet said it", "Pindrop's shares", "Vivo shares", "Quibly's chief executive",
 * "Stadler, which supplied", "Niterra, formerly NGK Spark Plug", "Jarden analyst Tom Kaplan", "Mifal
 * Hapais chairman Eli Ben-Ami", "Cera Sanitaryware posted a 9 per cent rise in revenue", "Mifal Hapais
 * today reported revenue".
 */
const COMPANY_AFTER =
  /^(?:,\s+which\s+(?:makes|brews|owns|operates|runs|sells|produces|reported|posted|employs|controls|supplies|supplied|builds|built|manufactures|manufactured|delivers|delivered|exports|assembles|distributes)\b|,\s+formerly\s+(?:known\s+as\s+)?\p{Lu}|\s+(?:analysts?|economists?|strategists?|chairman|chairwoman|CEO)\s+\p{Lu}|\s+(?:(?:today|yesterday)\s+)?(?:posted|reported|booked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,5}(?:profit|loss|revenue|sales|earnings|income)\b|\s+(?:reaffirmed|maintained|kept|raised|cut|lowered|narrowed)\s+its\s+(?:[\w-]+\s+){0,2}(?:guidance|forecast|outlook|dividend|target)\b|\s+(?:said|says|announced|reported|expects|plans|told\s+\w+)(?:\s+on\s+\w+)?(?:\s+that)?\s+its?\b|\s+(?:cut|cuts|shed|sheds|axed|slashed)\s+(?:about\s+|some\s+|nearly\s+)?[\d,]+\s+(?:jobs|staff|workers|employees|positions)\b|\s+(?:closed|shut\s+down|shut|exited|sold|relaunched)\s+its\s+(?:[\w-]+\s+){0,2}(?:business|operations|unit|division|app|service|platform|stores|outlets)\b|\s+(?:opened|opens|closed|closes|operates|runs|published|publishes)\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]+\s+(?:new\s+)?(?:outlets|stores|restaurants|branches|shops|titles|books|newspapers)\b|['’]s\s+(?:[\w-]+\s+)?(?:shares|stock|chief|revenue|sales|profit|net|operating|board|founder|app|platform|customers|subscribers?|parent|stake|market|headquarters|products?|capacity|ebitda|earnings)\b|\s+(?:shares|stock)\b|,\s+(?:the\s+)?(?:owner|parent|operator)\s+of\s+(?:the\s+)?\p{Lu})/u;
/** A listing or a company's descriptor right before a name: "ASX-listed", "low-cost carrier", "miner". */
const LISTED_OR_DESCRIBED = String.raw`\w+-listed|(?:low-cost\s+)?(?:carrier|airline|retailer|developer|producer|miner|provider|lender|insurer|automaker|carmaker|telco|originator|consultancy)`;
/**
 * Before the name: "shares of", "a stake in", "agreed to buy", "rival", "acquisition of"; a paper that saw
 * documents or interviewed someone ("tender documents seen by Dawn", "in an interview with El Economista").
 */
const COMPANY_BEFORE = new RegExp(
  String.raw`\b(?:(?:seen|reviewed|obtained)\s+by|interview\s+with|shares\s+(?:of|in)|stake\s+in|(?:round|investment)\s+led\s+by|(?:to\s+)?(?:buy|acquire|bought|acquired|buying|acquiring)|acquisition\s+of|takeover\s+of|(?:unit|subsidiary|arm|affiliate)\s+of|rivals?|customers\s+of|investors\s+in|owned\s+by|(?:owner|parent)\s+of|chain|${LISTED_OR_DESCRIBED})\s+$`,
  "i",
);
/**
 * A source right before a one-word name: "according to Calastone", "data from Kpler". A person the article
 * quotes so has a first name somewhere ("according to Thandiwe Nkosi").
 */
const SOURCE_BEFORE = /\b(?:according\s+to|(?:data|figures)\s+(?:from|compiled\s+by))\s+$/i;
/** A name right before a possessive: "Indonesia's ", "South Korea's ". */
const POSSESSOR_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*)['’]s\s+$/u;

/**
 * A country's possessive right before a one-word name: "Germany's Linde", "Rwanda's Cimerwa". Of the
 * people so written the article gives the full name ("Kenya's Brigid Kosgei", whose given name no list
 * may hold, so a two-word name is left alone).
 */
function countryPossessiveBefore(before: string): boolean {
  const possessor = POSSESSOR_BEFORE.exec(before)?.[1];
  if (!possessor) return false;
  const words = possessor.split(/\s+/);
  for (let start = 0; start < words.length; start++) {
    const hit = PLACES_AND_NAMES.match(words, start, "exact");
    if (hit?.end === words.length) return hit.value.kind === "country";
  }
  return false;
}

/** A noun the name qualifies, a family or a place: "Chile's Luksic family", "Brazil's Santos port". */
const NAME_OF_AFTER =
  /^\s+(?:family|clan|dynasty|port|harbou?r|airport|basin|field|formation|province|state|region)\b/;

/** A speech verb and "its" after a name: no person's ("Folha de S.Paulo said its subscriptions rose"). */
const SAYS_ITS = /^\s+(?:said|says|reported|announced)(?:\s+on\s+\w+)?(?:\s+that)?\s+its\b/;
/** Roles that say what a company owns: "owner of Zara", "parent of Gucci". */
const OWNING_ROLE = /^(?:owner|parent|operator) of /i;
/** Person cues: "Lula said he", "Neymar's wife", "a unit of Lopez-led First Gen". */
const PERSON_AFTER =
  /^(?:-(?:led|controlled|owned|backed)\b|\s+(?:said|says|told\s+\w+|added)(?:\s+on\s+\w+)?(?:\s+that)?\s+(?:he|she)\b|['’]s\s+(?:wife|husband|son|daughter|mother|father|family|career|lawyer|spokesman|spokeswoman)\b|\s*,\s+\d{1,3}\s*,)/;

/** The text after a mention at [start, end) says it is a company: "Trovix said it would close two plants". */
export function companyAfter(text: string, end: number): boolean {
  return COMPANY_AFTER.test(text.slice(end, end + CUE_REACH));
}

/**
 * What says a surname the article also gives a company is that company, beyond the cues above (without
 * "said it": a person speaks of a plan as "it" too): its segments, units and plants, who controls it and
 * where it is based ("Gallagher's brokerage segment", "Dangote, controlled by Aliko Dangote").
 */
const EPONYM_COMPANY_AFTER =
  /^(?:['’]s\s+(?:[\w-]+\s+)?(?:segment|business|division|unit|plant|brokerage|auction|rival)\b|,\s+(?:controlled|owned|founded|run)\s+by\b|,\s+(?:based|headquartered)\s+(?:in|near)\b)/;
/** "Mr Kogan", "Dr Gilmour": a person's honorific before the name. */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+$/;
/** What says a surname is the person's: "Dangote told reporters", "Alcaraz, who", "Dangote's net worth". */
const EPONYM_PERSON_AFTER =
  /^(?:\s+told\s+(?:reporters|journalists|a\s+(?:press|news))\b|,\s+who\b|['’]s\s+(?:net\s+worth|fortune|wealth|death|estate)\b|\s+family\b|[^.,;:"“”]{0,40}\b(?:he|she|his|her|him)\b)/;

/**
 * Whose the mention at [start, end) of a surname that names both a person and a company is, by the
 * words around it; undefined where they do not say.
 */
export function eponymSide(text: string, start: number, end: number): "company" | "person" | undefined {
  const after = text.slice(end, end + CUE_REACH);
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  if (HONORIFIC_BEFORE.test(before) || PERSON_AFTER.test(after) || EPONYM_PERSON_AFTER.test(after))
    return "person";
  const cue = COMPANY_AFTER.exec(after);
  if ((cue && !/\bit$/.test(cue[0])) || COMPANY_BEFORE.test(before) || EPONYM_COMPANY_AFTER.test(after))
    return "company";
  return undefined;
}

/**
 * A name that ends in a country's name or "International" after another name is a company's arm or a
 * group, never a person: "Godfrey Phillips India", "HSBC Saudi Arabia", "Fosun International". (Not a
 * country that is also a surname: "Tom Holland".)
 */
function namesLocalArm(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? "";
  if (words.length < 2 || SURNAME_COUNTRIES.has(last)) return false;
  if (last === "International") return true;
  for (let start = Math.max(1, words.length - 3); start < words.length; start++) {
    const hit = PLACES_AND_NAMES.match(words, start, "exact");
    if (hit?.end === words.length && hit.value.kind === "country") return true;
  }
  return false;
}

/**
 * "The Managing Director of LASWA, Mr ... said": one word in capitals amid words in lower case on its
 * line is an acronym, never a person's name (a brief's line in capitals writes names so: "CEO MUGISHA").
 */
function acronymInProse(text: string, m: { words: readonly string[]; start: number; end: number }): boolean {
  if (m.words.length !== 1 || !/^\p{Lu}{3,}$/u.test(m.words[0] ?? "")) return false;
  const before =
    text
      .slice(Math.max(0, m.start - CUE_REACH), m.start)
      .split("\n")
      .pop() ?? "";
  const after = text.slice(m.end, m.end + CUE_REACH).split("\n")[0] ?? "";
  return /\p{Ll}{2}/u.test(before) && /\p{Ll}{2}/u.test(after);
}

/** A word that glues letters to digits ("E2open", "South32", "G4S"): a brand's, never a person's. */
const LETTERS_AND_DIGITS = /\p{L}\p{N}|\p{N}\p{L}/u;

/**
 * Retypes lone one-word PERSON groups as organizations where their mentions' context says so; and
 * LOCATION groups no gazetteer knows as a place on stronger cues (see retypePlace).
 */
export function retypeCompanies(text: string, groups: Iterable<Group>): void {
  for (const group of groups) {
    const type = typeOf(group);
    if (type !== "PERSON" && type !== "LOCATION") continue;
    const members = group.members;
    if (type === "LOCATION") {
      retypePlace(text, group);
      continue;
    }
    if (
      members.some((m) => namesLocalArm(m.words) || m.words.some((w) => LETTERS_AND_DIGITS.test(w))) ||
      members.every((m) => acronymInProse(text, m)) ||
      quotedAsStocks(text, group)
    ) {
      outvote(group, "ORGANIZATION");
      continue;
    }
    // "Inditex, owner of Zara,": what it owns is no person's role.
    const role = (m: (typeof members)[number]) => m.role !== undefined && !OWNING_ROLE.test(m.role);
    // (Two words whose first is no given name may be a company too: "Shares of Jardine Matheson rose",
    // "Bumitama Agri posted net profit".)
    // (A longer name not opened by a given name, only where a mention says "its": "Folha de S.Paulo said
    // its digital subscriptions rose".)
    const saysIts = members.some((m) => SAYS_ITS.test(text.slice(m.end, m.end + CUE_REACH)));
    const oneName = (m: (typeof members)[number]) =>
      m.words.length === 1 || ((m.words.length === 2 || saysIts) && !GIVEN_NAMES.has(m.words[0] ?? ""));
    if (members.length === 0 || members.some((m) => !oneName(m) || role(m) || m.countryCode)) continue;
    let company = 0;
    let person = 0;
    for (const m of members) {
      const after = text.slice(m.end, m.end + CUE_REACH);
      const before = text.slice(Math.max(0, m.start - CUE_REACH), m.start);
      if (PERSON_AFTER.test(after)) person++;
      else if (
        COMPANY_AFTER.test(after) ||
        COMPANY_BEFORE.test(before) ||
        ownedArm(before, after) ||
        (m.words.length === 1 &&
          (SOURCE_BEFORE.test(before) || (countryPossessiveBefore(before) && !NAME_OF_AFTER.test(after))))
      )
        company++;
    }
    if (company > 0 && person === 0) outvote(group, "ORGANIZATION");
  }
}

/** A stock's move in percent right after its name: "slid 3.9%", "dropped 2.1 per cent". */
const STOCK_MOVE_AFTER =
  /^\s+(?:shares\s+)?(?:rose|fell|slid|slipped|dropped|gained|jumped|climbed|lost|added|tumbled|slumped|surged|declined|advanced|eased|sank|plunged|rallied|soared|dipped|edged\s+(?:up|down|higher|lower))\s+(?:about\s+|nearly\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pc)/;
/** A market's words before a name. */
const MARKET_BEFORE = /\b(?:shares?|stocks?|index|indices|peers|rivals|trading|traded|Nasdaq|NYSE)\b/i;

/**
 * "Among peers, Arthur J. Gallagher slid 3.9% and Willis Towers Watson dropped 2.1%": a name of no role
 * whose every mention moves by a percentage, just after words of shares, is a listed company, whatever its
 * words (a candidate gains or loses points, not per cent of shares).
 */
function quotedAsStocks(text: string, group: Group): boolean {
  return group.members.every((m) => {
    if (m.role !== undefined || !STOCK_MOVE_AFTER.test(text.slice(m.end, m.end + CUE_REACH))) return false;
    return MARKET_BEFORE.test(text.slice(Math.max(0, m.start - MARKET_REACH), m.start));
  });
}
/** How far before a name the market's words are looked for (its sentence and the one before), in characters. */
const MARKET_REACH = 240;

/**
 * What says a name typed a place is a company, read after it: results it posts, guidance it keeps, its
 * shares, its chief, its subscribers, the outlets it opens or the staff it employs ("Mti Bora, which employs
 * 420 people"; a state's market or capacity, or "said it", say nothing).
 */
const PLACE_COMPANY_AFTER =
  /^(?:\s+(?:CEO|chief\s+executive|managing\s+director)\s+\p{Lu}|\s+(?:posted|reported|booked)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:profit|loss|revenue|sales|earnings|income)\b|\s+(?:reaffirmed|maintained)\s+its\s+(?:[\w-]+\s+){0,2}(?:guidance|forecast|outlook)\b|['’]s\s+(?:[\w-]+\s+)?(?:shares|stock|chief|ebitda|subscribers?|customers)\b|\s+(?:shares|stock)\s+(?:rose|fell|closed|jumped|slumped|gained|lost|were|have)\b|\s+(?:opened|opens|operates|runs)\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]+\s+(?:new\s+)?(?:outlets|stores|restaurants|branches|shops)\b)/u;
/** "Mti Bora, which employs 420 people": staff a name employs say it is a company. */
const EMPLOYER_AFTER =
  /^,\s+which\s+(?:employs|sells|manufactures)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?[\d,]+\s/;
/** What says so before it: its shares, its listing or a company's descriptor ("ASX-listed", "low-cost carrier"). */
const PLACE_COMPANY_BEFORE = new RegExp(String.raw`\b(?:shares\s+(?:of|in)|${LISTED_OR_DESCRIBED})\s+$`, "i");
/**
 * An arm after its owner's possessive: "UnitedHealth's Optum unit", "JBS's Seara unit" (not after "its":
 * "its Americas division", "its Sirpur unit" are a region and a mill).
 */
const OWNED_ARM_BEFORE = /\p{Lu}[\p{L}&.-]*['’]s\s+$/u;
const OWNED_ARM_AFTER = /^\s+(?:unit|subsidiary|division|arm|affiliate)\b/;

/** The text before and after a mention names it an arm of the company whose possessive precedes it. */
function ownedArm(before: string, after: string): boolean {
  return OWNED_ARM_BEFORE.test(before) && OWNED_ARM_AFTER.test(after);
}

/**
 * A name of one or two words typed a place that no gazetteer knows, written in mixed case, whose mentions
 * read as a company's and never as a place's ("Stockland reaffirmed its full-year guidance", "Banglalink's
 * subscriber count", "Chicken Republic opened 40 outlets").
 */
function retypePlace(text: string, group: Group): void {
  const members = group.members;
  if (members.length === 0 || members.some((m) => m.words.length > 2 || knownPlace(m.words) || m.countryCode))
    return;
  let company = 0;
  for (const m of members) {
    if (!/\p{Ll}/u.test(text.slice(m.start, m.end))) return;
    const after = text.slice(m.end, m.end + CUE_REACH);
    const before = text.slice(Math.max(0, m.start - CUE_REACH), m.start);
    // ("in Ruiru", "to Lindau": a place after a preposition of place.)
    if (/\b(?:in|at|to|from|near|across|around)\s+$/i.test(before)) return;
    // (Not "plant in Ciudad Sahagún, Hidalgo, which employs": a town's region, whose clause is the plant's.)
    const employer = EMPLOYER_AFTER.test(after) && !PLACE_THEN_REGION.test(before);
    if (
      PLACE_COMPANY_AFTER.test(after) ||
      employer ||
      PLACE_COMPANY_BEFORE.test(before) ||
      ownedArm(before, after)
    )
      company++;
  }
  if (company > 0) outvote(group, "ORGANIZATION");
}

/** A preposition of place, a town and a comma before the name: "plant in Ciudad Sahagún, ". */
const PLACE_THEN_REGION =
  /\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+$/u;

/** The words are a place or a name the gazetteer knows, whole. */
function knownPlace(words: readonly string[]): boolean {
  return PLACES_AND_NAMES.match(words, 0, "exact")?.end === words.length;
}

/** Before a person's name: a credit line's "by" ("Reporting by Khanh Vu"), a title ("Professor Wei Xiaoyan"). */
const PERSON_BEFORE = /(?:\b[Bb][Yy]|\b(?:Professor|Prof|Dr|Mr|Mrs|Ms|Dame|Sir)\.?)\s+$/;

/**
 * "Rajesh Malhotra ... has run Malhotra Bespoke", "Keiko Watanabe of Watanabe Yofukuten": two or more
 * words typed PERSON that open with the surname of another person the article names in full, and hold no
 * given name, are the family's firm, not a person (not "Watanabe Keiko", a name written family first).
 */
export function retypeFamilyFirms(text: string, groups: Iterable<Group>): void {
  const all = [...groups];
  const surnames = new Map<string, Group>();
  for (const group of all) {
    if (typeOf(group) !== "PERSON") continue;
    for (const m of group.members)
      if (m.words.length >= 2) surnames.set((m.words[m.words.length - 1] ?? "").toLowerCase(), group);
  }
  for (const group of all) {
    if (typeOf(group) !== "PERSON" || group.members.length === 0) continue;
    const firm = group.members.every((m) => {
      const family = surnames.get((m.words[0] ?? "").toLowerCase());
      return (
        m.words.length >= 2 &&
        m.role === undefined &&
        !PERSON_BEFORE.test(text.slice(Math.max(0, m.start - CUE_REACH), m.start)) &&
        family !== undefined &&
        family !== group &&
        m.words.every((w) => /^\p{Lu}/u.test(w) && !GIVEN_NAMES.has(w))
      );
    });
    if (firm) outvote(group, "ORGANIZATION");
  }
}
