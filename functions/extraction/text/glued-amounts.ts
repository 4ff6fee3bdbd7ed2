/**
 * Small amounts glued to a one-letter currency ("R850", "P22", "N500"): the letter and digits name a
 * model or a road as often ("N95 masks", "the R1 and R2 roads", "K9 howitzers"), so the digits read as
 * money only where a price is: after a word that prices something and before a rate or the clause's
 * end ("costs R850 a month", "from P21,", "fetched P85 to P90 a kilo"). Shared by the figures (which
 * read the amount) and the entities (which must not name it). Larger amounts need no context: a scale
 * word, thousands or cents make them money (figures/currency-marks.ts, entities/currencies.ts).
 */

/** Words after which a glued amount is a price. */
const PRICE_CUES: ReadonlySet<string> = new Set([
  "cost",
  "costs",
  "costing",
  "priced",
  "pay",
  "pays",
  "paid",
  "paying",
  "fetch",
  "fetches",
  "fetched",
  "retail",
  "retails",
  "retailed",
  "sell",
  "sells",
  "sold",
  "charge",
  "charges",
  "charged",
  "earn",
  "earns",
  "earned",
  // "The price of a bag averaged P265".
  "averaged",
  "averaging",
  "averages",
  "at",
  "from",
  "to",
  "of",
  "about",
  "around",
  "nearly",
  "only",
  "just",
  "than",
  "between",
  "and",
  "under",
  "over",
  "below",
  "above",
  // "will rise by P50 to P695".
  "by",
  // "will go up P55 to P750".
  "up",
  // "The grant is R560 a fortnight", "each household receives R370 a month".
  "is",
  "was",
  "receive",
  "receives",
  "received",
  "get",
  "gets",
  "got",
  "worth",
  // "compared with P275 a year ago", "against R1,200", "shares rose P42, or 2.3 percent".
  "with",
  "against",
  "versus",
  "rose",
  "fell",
  "gained",
  "lost",
  "climbed",
  "dropped",
  "slipped",
  "jumped",
  "added",
  "shed",
  // "Some of them now spend R80 on taxi fare", "Fares are P250 one way", "Now it's more like R30",
  // "it will be R45", "sells for N950".
  "spend",
  "spends",
  "spent",
  "are",
  "were",
  "be",
  "like",
  "for",
]);

/** Words (or marks) after which a glued amount has ended as money: a rate, a range, the clause's end. */
const AMOUNT_ENDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "per",
  "each",
  "every",
  ",",
  ".",
  ";",
  ":",
  ")",
  "to",
  "and",
  "or",
  "from",
  "in",
  "on",
  // "P250 one way".
  "one",
  "while",
  "but",
  "up",
  "down",
  "last",
  "this",
  "after",
  "before",
  "with",
  "for",
  "now",
  // "from N925 at the start of October".
  "at",
  "apiece",
  // "compared with R92/kg a year ago": a rate written with a slash.
  "/",
  // "to P695 starting July 18", "P58 effective Monday".
  "starting",
  "effective",
  // "lifts the grant to R400 as spending tops R284bn", "introduced at R350 during the lockdown".
  "as",
  "during",
  "until",
  "since",
  "when",
]);

/**
 * Whether a glued small amount reads as a price, from the words before and after it; `highEndAfter` is the
 * word after a range's high end when the amount opens one ("paying farmers R68 to R75 per kilogram"): the
 * range is priced where its high end is.
 */
export function pricedAmount(
  before: string | undefined,
  after: string | undefined,
  highEndAfter?: string,
): boolean {
  const [b, a] = [(before ?? "").toLowerCase(), after?.toLowerCase()];
  if (highEndAfter !== undefined && RANGE_LINKS.has(a ?? "") && pricedAmount("to", highEndAfter)) return true;
  // ("a P55 increase", "a P200 daily wage hike": an amount a change or a pay is by.)
  if (DETERMINERS.has(b) && a !== undefined && CHANGED_PAY.has(a)) return true;
  // ("said N300 per meal was too low": a rate after the amount prices it, whatever the word before.)
  if (a === "per" || a === "apiece") return true;
  return PRICE_CUES.has(b) && (a === undefined || AMOUNT_ENDS.has(a));
}

const DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the"]);
/** Words that join a range's ends: "R68 to R75", "P85-P90". */
const RANGE_LINKS: ReadonlySet<string> = new Set(["to", "-", "–"]);

/** Nouns after a glued amount and its determiner that make it money: "a P55 increase". */
const CHANGED_PAY: ReadonlySet<string> = new Set([
  "increase",
  "hike",
  "raise",
  "rise",
  "cut",
  "daily",
  "monthly",
  "wage",
  "pay",
  "allowance",
  // "a R370 grant", "a P200 fare".
  "grant",
  "fare",
  "fee",
  "levy",
  "subsidy",
]);
