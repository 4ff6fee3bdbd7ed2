/**
 * What a price is for: the object a verb of buying or selling takes before "for" ("agreed to buy biscuit
 * maker Crumbly Ltd for 450 million pounds", "sold its television rights for 5.25 billion euros"), and
 * what a payment after it buys ("paid Benfica 85 million euros for Nunez", "pays 400 million riyals a
 * year for the league's rights").
 */
import { RELATIVES } from "./clauses.ts";
import { BE_FORM_WORDS, DEAL_VERBS, PAYING_VERBS, RECEIVING_VERBS } from "./data/subject-words.ts";
import { GOODS_MEASURES } from "./data/units.ts";
import { SCALE, TIME_UNIT } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { measuredThingAfter, pastParentheses, phraseAfter, trimmed } from "./subject-bounds.ts";
import type { SubjectHit } from "./subjects.ts";
import type { Token } from "./tokenize.ts";
import { OBJECT_PRONOUNS } from "./verb-objects.ts";

const DEALS: ReadonlySet<string> = new Set(DEAL_VERBS);
const PAYING: ReadonlySet<string> = new Set(PAYING_VERBS);
const RECEIVING: ReadonlySet<string> = new Set(RECEIVING_VERBS);
const GOODS_MEASURE: ReadonlySet<string> = new Set(GOODS_MEASURES);

/** Nouns of a holding a percentage before them measures: "a 25% stake in", "a 10% interest in". */
const STAKES = new Set(["stake", "holding", "interest", "shareholding"]);

/** Words between "for" and the price: "for a combined 5.25 billion euros", "for a total of". */
const PRICE_LEADS = new Set(["a", "an", "combined", "total", "of", "reported", "record", "further"]);

/** Tokens from a deal verb to "for", at most (keeps a long clause linear). */
const DEAL_REACH = 14;

/** Words that end the object before "for": where it came from or whom it went to. */
const OBJECT_ENDS = new Set([
  "from",
  "to",
  "in",
  "at",
  "on",
  "by",
  "with",
  "out",
  "under",
  "during",
  ",",
  "(",
  "—",
  "–",
]);

/** Pronoun objects: "signed him for", "bought both for", "sold it for". */
const PRONOUNS: ReadonlySet<string> = new Set([...OBJECT_PRONOUNS, "both", "all", "one"]);

/** Words after a count that make it no count of what was sold: "89 per cent of", "five percent". */
const COUNT_LINKS = new Set(["per", "percent", "pct", "of"]);

/** Participles of a price before "at": "tickets priced at", "stock valued at". */
const PRICED = new Set(["priced", "valued"]);

/** Words that end a deal verb's clause before a price "at": another clause, or another price. */
const CLAUSE_BREAKS = new Set([",", ";", "at", "(", "—", "–", "that", "which", "while", "valuing", "values"]);
const BE_FORMS: ReadonlySet<string> = new Set(BE_FORM_WORDS);

/**
 * No clause break nor a verb of being between the deal verb at `v` and the "at" of its price at `link`:
 * "sold 2 million shares at $5.20", "buy the stake from the Reddy family at Rs 612" (not "the selling
 * price of local rice is fixed at", "sell a minority stake valuing the club at").
 */
function dealClause(t: readonly Token[], v: number, link: number): boolean {
  for (let k = v + 1; k < link; k++) {
    const norm = t[k]?.norm ?? "";
    if (CLAUSE_BREAKS.has(norm) || BE_FORMS.has(norm)) return false;
  }
  return true;
}

/** Nouns a deal verb may modify: "the selling price", "the minimum purchase price", "buy orders". */
const DEAL_NOUN_HEADS = new Set(["price", "prices", "rate", "rates", "order", "orders", "offer", "offers"]);

/** The deal verb at `v` is a word of a noun: "the average selling price", "best-selling", "bought-deal". */
function dealNoun(t: readonly Token[], v: number): boolean {
  return DEAL_NOUN_HEADS.has(t[v + 1]?.norm ?? "") || gluedHyphen(t, v - 1) || gluedHyphen(t, v + 1);
}

/** Particles right after a deal verb, no part of its object: "bought back shares", "sold off". */
const PARTICLES = new Set(["back", "off", "out", "up"]);

/**
 * The object of a deal verb whose price the figure at `qualifierStart` is, after "for": "bought X for
 * $5 million" -> X; undefined when there is no such verb or object ("was bought for" names none).
 */
export function boughtObject(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let link = qualifierStart - 1;
  while (link > qualifierStart - 4 && PRICE_LEADS.has(t[link]?.norm ?? "")) link--;
  // ("bought roots at N95,000 per tonne", "sold 2 million shares at $5.20": a price "at" too.)
  if (t[link]?.norm !== "for" && t[link]?.norm !== "at") return undefined;
  for (let v = link - 1; v >= Math.max(clauseStart, link - DEAL_REACH); v--) {
    const norm = t[v]?.norm ?? "";
    if (norm === "." || norm === ";") return undefined;
    if (!DEALS.has(norm) || t[v]?.text !== norm || dealNoun(t, v)) continue;
    // ("Apple bought back $24bn of its shares, followed by Alphabet at $16.3bn", "selling shares at a price
    // that values the company at": a price "at" belongs to the deal verb only within its own clause.)
    if (t[link]?.norm === "at" && !dealClause(t, v, link)) return undefined;
    let first = v + 1;
    while (PARTICLES.has(t[first]?.norm ?? "")) first++;
    // "to buy 62% of Unity Trust", "a 55 per cent stake in Deccan Concrete": what the share is of or in.
    for (let k = first; k < link - 1; k++) {
      if (t[k]?.kind === "num" && t[k + 2]?.norm === "of") first = k + 3;
      if (STAKES.has(t[k]?.norm ?? "") && t[k + 1]?.norm === "in") first = k + 2;
    }
    // ("sold 30 goats last week for Sh250,000", "bought 1.2 million shares for", "to buy 36 of the jets
    // for": what was sold, past its count, a figure of its own.)
    const counted = t[first]?.kind === "num" && t[first + 1]?.kind === "word" && t[first + 1]?.spaceBefore;
    if (counted && !COUNT_LINKS.has(t[first + 1]?.norm ?? "")) {
      first += SCALE.has(t[first + 1]?.norm ?? "") ? 2 : 1;
    } else if (counted && t[first + 1]?.norm === "of") first += 2;
    // "was acquired by Nippon Steel for", "bought at auction for": no object named.
    if (OBJECT_ENDS.has(t[first]?.norm ?? "")) return undefined;
    let last = first;
    while (last < link && !(last > first && OBJECT_ENDS.has(t[last]?.norm ?? ""))) last++;
    // ("sold 75.2 lakh tickets priced at Rs 500": the participle of the price goes; "bought the firm in a
    // cash deal valued at $6 billion": the price is the noun's the participle follows.)
    if (PRICED.has(t[link - 1]?.norm ?? "") && t[link]?.norm === "at") {
      if (last < link) return undefined;
      if (last - 1 > first) last--;
    }
    // ("signed him for 40 million euros", "bought both": a pronoun names nothing here.)
    if (last === first || (last === first + 1 && PRONOUNS.has(t[first]?.norm ?? ""))) return undefined;
    return trimmed(t, first, last, isPeriodToken);
  }
  return undefined;
}

/**
 * What a payment buys, after "for": "paid Benfica 85 million euros for Nunez", "pays 400 million riyals
 * a year for the league's domestic rights", "received 12 lei per kilogram for lambs"; the figure's tokens
 * end at `figLast`.
 */
export function paidFor(
  t: readonly Token[],
  qualifierStart: number,
  figLast: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  let paid = false;
  const rate = ["a", "an", "per", "/"].includes(t[figLast]?.norm ?? "");
  const goods = GOODS_MEASURE.has(t[rate ? figLast + 1 : figLast - 1]?.norm ?? "");
  for (let k = qualifierStart - 1; k >= Math.max(0, qualifierStart - 4); k--)
    // ("a monthly pay increase of R2,500": "pay" as a noun.)
    if (
      (PAYING.has(t[k]?.norm ?? "") && !PAY_NOUN_AFTER.has(t[k + 1]?.norm ?? "")) ||
      (goods && RECEIVING.has(t[k]?.norm ?? ""))
    )
      paid = true;
  if (!paid) return undefined;
  let k = pastParentheses(t, figLast);
  // ("a year", "in cash": a rate or the means of payment before "for".)
  if (["a", "an", "per", "each"].includes(t[k]?.norm ?? "") && t[k + 1]?.kind === "word") k += 2;
  if (t[k]?.norm === "in" && t[k + 1]?.norm === "cash") k += 2;
  if (t[k]?.norm !== "for" || t[k + 1]?.kind !== "word" || isPeriodToken(k + 1)) return undefined;
  const np = measuredThingAfter(t, k + 1, isPeriodToken) ?? phraseAfter(t, k + 1, isPeriodToken);
  if (!np) return undefined;
  // ("for the first 8,000 litres", "for any day work is halted", "for the first time": a count or a time,
  // not what is bought.)
  const last = t[np.last - 1]?.norm ?? "";
  return t[np.last]?.kind === "num" || TIME_UNIT.has(last) || last === "time" ? undefined : np;
}

/** Words after "pay" that make it a noun: "a pay increase of", "pay rise", "pay of". */
const PAY_NOUN_AFTER = new Set([
  "increase",
  "increases",
  "rise",
  "rises",
  "hike",
  "raise",
  "cut",
  "of",
  "deal",
]);

/**
 * "agreed to buy a 25% stake in Nakheel Dairy", "sold its 10% holding in Orvane": the company a stake a
 * deal verb takes is in (a stake held keeps its holder: "Orion holds a 40% stake").
 */
export function stakeIn(
  t: readonly Token[],
  qualifierStart: number,
  figLast: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  if (!STAKES.has(t[figLast]?.norm ?? "") || t[figLast + 1]?.norm !== "in") return undefined;
  let v = qualifierStart - 1;
  // ("buy a 25% stake", "sold its 10% holding", "to acquire an additional 5% stake": past the determiner.)
  while (
    v > qualifierStart - 4 &&
    ["a", "an", "its", "their", "the", "his", "her", "additional", "further"].includes(t[v]?.norm ?? "")
  )
    v--;
  // ("left a 62 per cent stake in Ngugi Holdings", "his 13.8 percent stake in affiliate Daehan Chemical": a
  // stake a determiner opens is in the company named after it, whatever the verb.)
  // (Not a stake its holder holds: "Woodside holds an 82 per cent interest in Sangomar" is Woodside's.)
  const dealt = DEALS.has(t[v]?.norm ?? "");
  if (!dealt && (v === qualifierStart - 1 || HOLDING.has(t[v]?.norm ?? ""))) return undefined;
  const company = companyAfter(t, figLast + 2, isPeriodToken);
  // (Nor "its 32-percent stake in the offer": a company is named.)
  if (!dealt && company && !t.slice(company.first, company.last).some((x) => isCapitalized(x)))
    return undefined;
  return company;
}

/** Verbs whose subject holds the stake after them: "holds a 40% stake in", "owns a 5.9 percent stake in". */
const HOLDING = new Set([
  "holds",
  "held",
  "hold",
  "holding",
  "owns",
  "owned",
  "own",
  "controls",
  "controlled",
  "has",
  "had",
  "have",
]);

/** The company named from `from` up to a price or another link: "Deccan Concrete | for Rs 8,420 crore". */
function companyAfter(
  t: readonly Token[],
  from: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const np = phraseAfter(t, from, isPeriodToken);
  if (!np) return undefined;
  for (let k = np.first + 1; k < np.last; k++)
    if (t[k]?.norm === "for" || OBJECT_ENDS.has(t[k]?.norm ?? "")) return { ...np, last: k };
  return np;
}

/** Verbs of a fine, whose object (or passive subject) is who pays it: "fined Thameside Bank £48m". */
const FINING = new Set(["fined", "fines", "fine", "fining", "penalised", "penalized"]);
/** Auxiliaries of a passive fine: "was fined 389 million reais". */
const PASSIVE = new Set(["was", "were", "is", "are", "been", "be", "being"]);
/** Words after "fines" that make it a noun: "fines of", "fines worth", "fines more than". */
const NOT_OBJECT = new Set([
  ...["of", "worth", "more", "than", "about", "nearly", "over", "and", "or", "not", "never"],
  ...["should", "would", "will", "could", "can", "may", "must", "is", "was", "were", "are", "be"],
]);
/**
 * Words right before "fined" that head no fined party: a verb it is joined to ("sentenced to jail and
 * fined"), an adverb of a passive ("He was further fined").
 */
const NOT_FINED_HEADS = new Set(["and", "or", "but", "then", "also", "further", "later", "subsequently"]);
/** Tokens a fined party may hold between the verb and the money, at most. */
const FINED_TOKENS = 8;
/** Words that open the clause a passive fine's subject stands in: "while Nordlys was fined". */
const FINED_CLAUSE_OPENERS = new Set([
  "while",
  "whereas",
  "but",
  "as",
  "after",
  "because",
  "although",
  "though",
]);
/** Marks inside a fined party's name: "Harcourt & Pryce", "a London-based exchange", "Tesco's bank". */
const NAME_MARKS = new Set(["&", "-", "'s", "’s", "."]);

/**
 * Who pays a fine the money at `qualifierStart` is: the object between the fining verb and it ("The FCA
 * fined Thameside Bank £48.2m", "fines supermarket chain Sh1.1 billion"), or the subject of a passive
 * ("Combustiveis Cerrado was fined 389 million reais"); undefined otherwise.
 */
export function finedParty(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const before = t[qualifierStart - 1];
  // ("Telco fined RM1.5mil under amended PDPA": "fined" right before the money has no object, so it is a
  // passive with its "was" left out, as headlines write it.)
  const reduced =
    before?.norm === "fined" &&
    t[qualifierStart - 2]?.kind === "word" &&
    !NOT_FINED_HEADS.has(t[qualifierStart - 2]?.norm ?? "");
  if (
    before &&
    FINING.has(before.norm) &&
    before.text === before.norm &&
    (PASSIVE.has(t[qualifierStart - 2]?.norm ?? "") || reduced)
  ) {
    const end =
      reduced && !PASSIVE.has(t[qualifierStart - 2]?.norm ?? "") ? qualifierStart - 1 : qualifierStart - 2;
    let first = end;
    while (
      first > clauseStart &&
      end - first < FINED_TOKENS &&
      // ("LS Cable & System was fined": an ampersand inside a company's name.)
      (t[first - 1]?.kind === "word" || (t[first - 1]?.norm === "&" && isCapitalized(t[first - 2]))) &&
      !OBJECT_ENDS.has(t[first - 1]?.norm ?? "") &&
      !FINED_CLAUSE_OPENERS.has(t[first - 1]?.norm ?? "") &&
      // ("will be sealed and the owner fined": "and" before a determiner opens a clause; "directors and
      // officers can be fined" is one subject.)
      !(t[first - 1]?.norm === "and" && ["the", "a", "an", "its", "their"].includes(t[first]?.norm ?? "")) &&
      t[first - 1]?.norm !== ","
    )
      first--;
    // ("Cape Reinforcing, which was fined R90m,": the name the relative clause follows.)
    if (first === end - 1 && RELATIVES.has(t[first]?.norm ?? "") && t[first - 1]?.norm === ",") {
      const close = first - 1;
      let open = close;
      while (
        open > 0 &&
        close - open < FINED_TOKENS &&
        t[open - 1]?.kind === "word" &&
        isCapitalized(t[open - 1])
      )
        open--;
      return open < close ? trimmed(t, open, close, isPeriodToken) : undefined;
    }
    return first < end ? trimmed(t, first, end, isPeriodToken) : undefined;
  }
  for (let v = qualifierStart - 2; v >= Math.max(clauseStart, qualifierStart - 1 - FINED_TOKENS); v--) {
    const tok = t[v];
    if (tok === undefined || (tok.kind !== "word" && tok.kind !== "num" && !NAME_MARKS.has(tok.norm)))
      return undefined;
    if (!FINING.has(tok.norm) || tok.text !== tok.norm) continue;
    const first = v + 1;
    // ("imposed fines totalling €4.5 billion", "fines of $5 million": the noun, no verb and object; "fined a
    // software supplier to the NHS £3.07m": a link inside the object is no end of it.)
    // (The object opens with a determiner or a name: not "fines collected from traffic violations".)
    const named = ["a", "an", "the"].includes(t[first]?.norm ?? "") || /^\p{Lu}/u.test(t[first]?.text ?? "");
    // ("fined 10 companies a combined Rs 6,700 crore", "fines five roofing contractors £48.6mn": a count
    // may open the object, and a noun in "-ing" may stand inside it.)
    const noun = (x: Token, k: number) =>
      (x.kind !== "word" && !NAME_MARKS.has(x.norm) && !(k === 0 && x.kind === "num")) ||
      (OBJECT_ENDS.has(x.norm) && (k === 0 || x.kind !== "word" || !named)) ||
      NOT_OBJECT.has(x.norm) ||
      (k === 0 && /^[a-z]+ing$/.test(x.text));
    if (t.slice(first, qualifierStart).some(noun)) return undefined;
    if (qualifierStart - first === 1 && PRONOUNS.has(t[first]?.norm ?? "")) return undefined;
    return trimmed(t, first, qualifierStart, isPeriodToken);
  }
  return undefined;
}
