import { DEMONYMS } from "../entities/lexicon/demonyms.ts";
import type { Entity } from "../entities/types.ts";
import { asWritten } from "./amounts.ts";
import {
  AGENCY_COUNTRIES,
  DATELINE_COUNTRIES,
  MARKET_BODIES,
  PLACE_COUNTRIES,
  SHARED_CURRENCY_NAMES,
} from "./data/currencies.ts";
import { CURRENCY_OF_NAME, minorDigits, ONE, SCALE, TEN } from "./lexicon.ts";
import { firstAtOrAfter } from "./search.ts";
import { COUNTRY_CODES } from "./speaker-names.ts";
import type { Figure } from "./types.ts";

/** A minor unit's name: its value was read in the default currency's minor digits. */
const SUBUNITS = /\b(?:fils|cents?|centavos?)\b|\dc$|¢$/i;

/**
 * "BOGOTÁ — ... 80,000 million pesos", "KARACHI — ... Rs 5 billion", "SYDNEY - ... $1,000": a currency
 * name several countries share is the currency of the country the article is about (its country names and
 * large cities), when it names one of them more than the
 * default's (by mentions, then salience). Only where the name stands alone: "Mexican pesos", "MX$",
 * "₹" and ISO codes say which. Linear in figures and entities.
 */
export function localizeSharedCurrencies(
  text: string,
  figures: Figure[],
  entities: readonly Entity[],
  weights: CountryWeights,
  options: { dollarDeclared?: boolean; dollarCells?: ReadonlySet<Figure> } = {},
): void {
  if (figures.length === 0) return;
  const { weight, mentions, datelined, top } = weights;
  // Where the article names each country, in order (places and peoples' adjectives).
  const countryMentions = entities
    .flatMap((e) =>
      e.countryCode ? e.mentions.map((m) => ({ start: m.start, code: e.countryCode ?? "" })) : [],
    )
    .sort((a, b) => a.start - b.start);
  // "Brent crude rose 45 cents to $72.10 a barrel": a commodity named just before the amount, or its
  // measure or name right after it, prices the amount in dollars.
  const aboutCommodities = (figure: Figure): boolean => {
    const sentence = figure.sentence.text;
    const at = figure.start - figure.sentence.start;
    const end = figure.end - figure.sentence.start;
    const before = sentence.slice(Math.max(0, at - COMMODITY_BEFORE), at);
    const after = sentence.slice(end, end + COMMODITY_AFTER_REACH);
    // ("Old copper pipe was fetching $12 a kilogram": a scrap yard's price by the kilogram is local money.)
    if (BY_THE_KILO.test(after)) return false;
    return namesCommodity(afterLastBreak(before)) || COMMODITY_AFTER.test(after);
  };
  // "C$40 billion ($28.5 billion)": where the article writes its own dollar with letters, a bare "$" in
  // parentheses after it is the U.S. dollar (the wire's conversion); other bare dollars are its own, unless
  // the article writes its own dollar with letters throughout, as the wires do ("A$400 million ... A$300
  // million ... spodumene fell to $720 a tonne"): then a bare "$" is the U.S. dollar.
  const writtenDollars = figures.filter((f) => WRITTEN_DOLLAR.test(f.text));
  const written = new Set(writtenDollars.map((f) => f.currency));
  // Sentences that price a dollar bond in cents on the dollar: their cents are U.S. cents.
  const bondPriceSentences = new Set(
    figures.filter((f) => f.unit === "on the dollar").map((f) => f.sentence.start),
  );
  // "($1 = 7.2615 Chinese yuan renminbi)": a wire's rate note, read once.
  const rateNote = RATE_NOTE.exec(text);
  const noteCode = rateNote ? CURRENCY_OF_NAME.get(rateNote[1]?.trim().toLowerCase() ?? "") : undefined;
  for (const [defaultCode, words, byCountry] of SHARED_CURRENCY_NAMES) {
    // A dollar the source declared ("dollarCurrency") is not read again; nor one the wire's rate note
    // "($1 = 7.2615 Chinese yuan renminbi)" says is the U.S. dollar.
    if (defaultCode === "USD" && (options.dollarDeclared || rateNote)) continue;
    // "1,695 Danish crowns ... 2,690 crowns": the one country the article names with the currency says
    // which it is (not for dollars: wires write "A$" for their own and "$" for the U.S. one).
    const namedInOrder = defaultCode === "USD" ? [] : namedCurrencies(figures, words);
    const named = namedCountryCode(namedInOrder, byCountry);
    // "ZURICH - ... 17.2 billion Swiss francs ... 812 million francs ... 2,800 CFA francs": datelined where
    // the name is the country's own currency, the bare name is that one, whatever other country's the
    // article names ("MEXICO CITY - ... 34.2 billion pesos ... 18 trillion Colombian pesos").
    const datelinedCode =
      defaultCode === "USD"
        ? undefined
        : [...datelined]
            .map((country) => (country === defaultCountry(defaultCode) ? defaultCode : byCountry[country]))
            .find((code) => code !== undefined);
    // "17.2 billion Swiss francs ... 812 million francs ... 2,800 CFA francs ... 2,200 francs": an article
    // that names two currencies of the name writes the one it named last bare.
    // "... 3.2 million dinars ... ($1 = 0.376 Bahraini dinars)": the wire's rate note names the bare one.
    const noted =
      noteCode === defaultCode || Object.values(byCountry).includes(noteCode ?? "") ? noteCode : undefined;
    const several = !noted && !datelinedCode && new Set(namedInOrder.map((n) => n.code)).size > 1;
    // ("HAMILTON, New Zealand, 1 December 2026 – ... NZ$112.4 million ... $38.7 million": a release writes
    // its issuer's dollar bare, whatever other country it names more; a U.S. one writes the U.S. dollar.)
    const release = defaultCode === "USD" ? weights.release : undefined;
    if (release === "US") continue;
    const releaseCode = release ? byCountry[release] : undefined;
    let best: string | undefined =
      releaseCode ?? noted ?? datelinedCode ?? named ?? (several ? namedInOrder[0]?.code : undefined);
    // "62.85 US cents", "$US103.45", "US$5 million": an article that marks the U.S. dollar by name writes its
    // own dollar bare, however often it names the United States.
    const usMarked = defaultCode === "USD" && figures.some((f) => US_MARKED.test(f.text));
    const defaultWeight = usMarked ? 0 : (weight.get(defaultCountry(defaultCode)) ?? 0);
    let bestWeight = best ? Number.POSITIVE_INFINITY : defaultWeight;
    // ("Canberra's K500 million loan ... the kina": in a story most about a country with no currency of the
    // name, the name's countries are weighed among themselves.)
    const nameTop = Math.max(
      defaultWeight,
      ...Object.keys(byCountry).map((country) => weight.get(country) ?? 0),
    );
    const nameless = defaultCode !== "USD" && nameTop < top && !usMarked;
    const bar = usMarked ? topWithout(weight, "US") : nameless ? nameTop : top;
    // "KUALA LUMPUR - ... raised $30 million, Singapore's Temasek said": datelined in a country without a
    // dollar, a story writes the U.S. dollar as "$"; only a dollar country's own dateline reads it otherwise.
    const foreignDateline =
      defaultCode === "USD" &&
      datelined.size > 0 &&
      ![...datelined].some((country) => country in byCountry || country === "US");
    for (const [country, code] of Object.entries(byCountry)) {
      const w = weight.get(country) ?? 0;
      // Named once in passing is not what an article is about: its dateline or headline, or twice.
      const about =
        datelined.has(country) || (!foreignDateline && (mentions.get(country) ?? 0) >= MENTIONS_TO_BE_ABOUT);
      // ("CANBERRA - ... $250 million to Papua New Guinea ... $US300 million": datelined in a dollar country
      // that marks the U.S. dollar, the bare dollar is its own, whatever other country the story is about.)
      // ("MONTREAL (Canadian Press) - Air Canada ... $726 million": a national agency writes its own dollar
      // bare, however often the story names the United States.)
      const ownDateline = usMarked && datelined.has(country);
      const ownAgency = weights.agency === country && datelined.has(country) && !best;
      if (ownAgency || (w > bestWeight && (w >= bar || ownDateline) && about)) {
        best = code;
        bestWeight = Math.max(w, bestWeight);
      }
    }
    // "Westpac ... $6.83 billion ... $NZ1.08 billion": an article not datelined in a dollar country whose
    // dollar it writes with letters, and more often bare, names another dollar country (or its people:
    // "Australian lending") whose dollar it writes bare.
    const bareDollars = figures.filter((f) => /^\$\s?\d/.test(f.text)).length;
    const writtenBest = writtenDollars.filter((f) => f.currency === best).length;
    const bestDatelined = [...datelined].some((country) => byCountry[country] === best);
    // (Not where it marks the U.S. dollar by name too: "$US13m ... $A95m ... $7.80" in an Australian paper
    // writes its own dollar both ways.)
    if (
      best &&
      defaultCode === "USD" &&
      written.has(best) &&
      bareDollars > writtenBest &&
      !bestDatelined &&
      !usMarked
    ) {
      let other: string | undefined;
      let otherWeight = 0;
      for (const [country, code] of Object.entries(byCountry)) {
        const w = weight.get(country) ?? demonymMentions(entities, country);
        if (!written.has(code) && w > otherWeight) {
          other = code;
          otherWeight = w;
        }
      }
      if (other) best = other;
    }
    if (!best) continue;
    // ("SYDNEY (AAP) - ... $1.86 billion (US$1.21 billion) ... $A738 million": a story that marks the U.S.
    // dollar by name writes it so, whatever its own dollar's letters.)
    // ("OTTAWA, Dec 1 (CP) - ... $425 million ... C$75 million": a national agency's story writes its own
    // dollar bare, whatever it letters in a quote.)
    const agencyDollar = weights.agency !== undefined && byCountry[weights.agency] === best;
    const wire =
      defaultCode === "USD" &&
      !usMarked &&
      !agencyDollar &&
      !releaseCode &&
      wireStyle(text, writtenDollars, best, figures);
    const wireDollars = defaultCode === "USD" && writtenDollars.length === 0 && weights.wire === true;
    let latest = 0;
    figures.forEach((figure, i) => {
      while ((namedInOrder[latest + 1]?.index ?? Number.POSITIVE_INFINITY) < i) latest++;
      // ("Revenue ($m)  142.6": a table's cell under a bare dollar sign is a bare dollar too.)
      const cell = defaultCode === "USD" && options.dollarCells?.has(figure) === true;
      if (figure.currency !== defaultCode || !(cell || namedOnlyBy(figure.text, words))) return;
      // ("SINGAPORE, Nov 26 (Reuters) - Grab ... $560 million": an international wire writes every other
      // dollar with letters, "S$", "A$", "C$", and the U.S. one bare; where the story letters none, its
      // "$" is the U.S. dollar. Not its cents: "15 to 20 cents higher" in France.)
      if (wireDollars && (cell || figure.text.includes("$"))) return;
      // ("The loonie traded at 71.45 cents US": the U.S. dollar marked by name stays.)
      if (defaultCode === "USD" && US_MARKED.test(figure.text)) return;
      // ("the copper contract was down two cents at US$5.18 a pound": a move takes its level's dollar.)
      if (defaultCode === "USD" && levelMarkedUS(text, figure, figures[i + 1])) return;
      // ("BUENOS AIRES - ... Mexico's GMV rose 27% to 52.1 billion pesos": the country of the name that
      // opens the sentence.)
      const own = datelinedCode
        ? sentenceCountryCode(figure, countryMentions, defaultCode, byCountry)
        : undefined;
      if (own && own !== datelinedCode) {
        figure.currency = own;
        return;
      }
      // ("NAIROBI - ... rose to 1,800 Tanzanian shillings per kg from 1,100 shillings": a bare name after its
      // sentence named the currency is that one.)
      const namedBefore = namedInOrder[latest];
      if (
        datelinedCode &&
        namedBefore &&
        namedBefore.index < i &&
        figures[namedBefore.index]?.sentence.start === figure.sentence.start
      ) {
        figure.currency = namedBefore.code;
        return;
      }
      // ("8 billion Swedish crowns and 2 billion Danish crowns, 10 billion crowns in all": a sentence that
      // names two says neither.)
      const inSentence = new Set(
        namedInOrder
          .filter((n) => figures[n.index]?.sentence.start === figure.sentence.start)
          .map((n) => n.code),
      );
      if (several && inSentence.size > 1) return;
      const code = several ? ([...inSentence][0] ?? namedInOrder[latest]?.code ?? best) : best;
      if (written.has(best) && isConversion(text, figures[i - 1], figure)) return;
      // "37.1 billion yuan ($5.1 billion)": the wire's conversion of another currency is the U.S. dollar.
      if (defaultCode === "USD" && convertsOther(text, figures[i - 1], figure)) return;
      // ("$A642 million ... guidance of 24.5 to 24.7 cents": with no bare dollar to say otherwise, cents
      // are the story's own dollar's.)
      if (wire && !(SUBUNITS.test(figure.text) && bareDollars === 0)) return;
      // "Brent crude rose 45 cents to $72.10 a barrel" in a Singapore story: world commodities trade in
      // dollars; not a price the sentence gives in the local dollar ("In Canadian-dollar terms, gold closed
      // at $5,752 an ounce"), nor, where the story marks the U.S. dollar by name, a commodity's earnings
      // ("gold exports rose 34 per cent to $4.1-billion").
      const local = LOCAL_DOLLAR_TERMS.test(figure.sentence.text) || (usMarked && figure.unit === undefined);
      if (defaultCode === "USD" && !local && aboutCommodities(figure)) return;
      // ("Kenya's 2028 Eurobond traded at 91 cents on the dollar, up 2.1 cents": a dollar bond's price,
      // and the cents it moved by, are U.S. cents.)
      if (SUBUNITS.test(figure.text) && bondPriceSentences.has(figure.sentence.start)) return;
      // "85 fils a litre" in Kuwait: thousandths of a dinar, not hundredths of a dirham.
      if (SUBUNITS.test(figure.text))
        figure.value = asWritten((figure.value * 10 ** minorDigits(defaultCode)) / 10 ** minorDigits(code));
      figure.currency = code;
    });
  }
  restatedCents(figures);
  centsOfTheLevelMovedTo(figures);
  centsMovingTheLevelBefore(figures);
  centsOfTheOnlyCurrency(figures);
  // "The bear weighed 600 pounds": in an American story that names no Britain (nor "British"), pounds weigh;
  // so they do in a story that weighs in pounds ("412,000 pounds of uranium ..., up from 342,000 pounds").
  const british = entities.some((entity) => entity.country === "GB");
  const american = (weight.get("US") ?? 0) >= top && top > 0;
  const weighsInPounds = figures.some(
    (figure) => figure.kind === "QUANTITY" && POUND_WEIGHTS.test(figure.unit ?? ""),
  );
  if ((american || weighsInPounds) && !weight.has("GB") && !british) {
    for (const figure of figures) {
      if (figure.currency !== "GBP" || !namedOnlyBy(figure.text, POUNDS)) continue;
      figure.kind = "QUANTITY";
      delete figure.currency;
      figure.unit = figure.text.slice(figure.text.lastIndexOf(" ") + 1);
    }
  }
}

/**
 * The code of the shared currency name the article qualifies by its country ("Danish crowns", "Chilean
 * pesos"), when it qualifies it by one country only and that is not the default's.
 */
function namedCountryCode(
  named: readonly NamedCurrency[],
  byCountry: Readonly<Record<string, string>>,
): string | undefined {
  const codes = new Set(Object.values(byCountry));
  const [only, ...others] = new Set(named.map((n) => n.code));
  return others.length === 0 && only && codes.has(only) ? only : undefined;
}

/**
 * The currency of the country sharing the name that opens the figure's sentence, past a short opener
 * ("Mexico's GMV rose 27% to 52.1 billion pesos", "Elsewhere in the region, Mexico's Afores managed 7.1
 * trillion pesos"; not "Bamburi Cement, now owned by Tanzania's Amsons Group after a Sh23.6 billion
 * takeover"), or undefined.
 */
function sentenceCountryCode(
  figure: Figure,
  countryMentions: ReadonlyArray<{ start: number; code: string }>,
  defaultCode: string,
  byCountry: Readonly<Record<string, string>>,
): string | undefined {
  const start = figure.sentence.start;
  let found: string | undefined;
  for (let k = firstAtOrAfter(countryMentions, start, (m) => m.start); k < countryMentions.length; k++) {
    const m = countryMentions[k];
    if (!m || m.start >= figure.start) break;
    const opens = /^(?:[^,]{0,40},\s*)?$/.test(figure.sentence.text.slice(0, m.start - start));
    const code = m.code === defaultCountry(defaultCode) ? defaultCode : byCountry[m.code];
    if (code && opens) found = code;
  }
  return found;
}

/** A figure whose currency the article names with the shared word ("Swiss francs", "CFA francs"). */
interface NamedCurrency {
  index: number;
  code: string;
}

/** The figures that name their currency with the shared word and more ("Danish crowns"), in order. */
function namedCurrencies(figures: readonly Figure[], words: RegExp): NamedCurrency[] {
  const named: NamedCurrency[] = [];
  figures.forEach((figure, index) => {
    if (!figure.currency || namedOnlyBy(figure.text, words)) return;
    if (
      figure.text
        .toLowerCase()
        .split(/\s+/)
        .some((word) => words.test(word))
    )
      named.push({ index, code: figure.currency });
  });
  return named;
}

/** A sentence that gives its prices in the local dollar: "in local currency terms", "the Australian dollar price". */
const LOCAL_DOLLAR_TERMS =
  /\b(?:local[- ]currency|(?:Australian|Canadian|New Zealand|Singapore|Hong Kong)[- ]dollar)\b/i;
/** The figure is a move whose level right after it ("at", "to") marks the U.S. dollar by name. */
function levelMarkedUS(text: string, figure: Figure, level: Figure | undefined): boolean {
  if (!level || level.sentence.start !== figure.sentence.start || !US_MARKED.test(level.text)) return false;
  return /^\s+(?:at|to)\s+$/.test(text.slice(figure.end, level.start));
}

/** The U.S. dollar marked by name: "US$5 million", "$US95", "62.85 US cents", "71.45 cents US", "U.S.$5". */
const US_MARKED =
  /^(?:U\.?S\.?D?\s?\$|\$\s?US(?![A-Za-z]))|\bU\.?S\.? cents?$|\bcents? U\.?S\.?$|^US\d[\d.,]*c$/i;

/** The most any country's places weigh, but one. */
function topWithout(weight: ReadonlyMap<string, number>, country: string): number {
  let top = 0;
  for (const [code, w] of weight) if (code !== country) top = Math.max(top, w);
  return top;
}

/** Characters of a story's headline and lede, about. */
const OPENING_CHARACTERS = 600;

/** Written local dollars that make an article's bare "$" the U.S. dollar: at least two ("S$" twice in a story of "$" results). */
const WIRE_WRITTEN = 2;

/**
 * The article writes its own dollar with letters and the U.S. one bare, as the wires do: its own dollar
 * lettered at least twice. Not when a bare amount (no conversion in parentheses)
 * repeats a lettered one ("A$620 Million" in a release's headline, "$620 million" in its body), nor when
 * the two lettered ones only open the story ("NZ$480m" in a Wellington story's headline and lede, then
 * "$86 million" and more in its body: a paper writes its dollar bare once it has said which it is).
 */
function wireStyle(
  text: string,
  writtenDollars: readonly Figure[],
  code: string,
  figures: readonly Figure[],
): boolean {
  const own = writtenDollars.filter((f) => f.currency === code);
  // ("G$1.38 trillion ($6.6 billion)": once is enough where the story converts its own dollar into a bare
  // one, as the wires do.)
  const converted = figures.some(
    (f, i) =>
      i > 0 &&
      own.includes(figures[i - 1] as Figure) &&
      f.text.startsWith("$") &&
      isConversion(text, figures[i - 1], f),
  );
  if (own.length < WIRE_WRITTEN && !converted) return false;
  const values = new Set(own.map((f) => f.value));
  const bare = (f: Figure, i: number) =>
    f.currency === "USD" && f.text.startsWith("$") && !isConversion(text, figures[i - 1], f);
  if (figures.some((f, i) => bare(f, i) && values.has(f.value))) return false;
  const lastOwn = own[own.length - 1]?.start ?? 0;
  const bareAfter = figures.filter((f, i) => bare(f, i) && f.start > lastOwn).length;
  return !(own.length === WIRE_WRITTEN && lastOwn < OPENING_CHARACTERS && bareAfter >= WIRE_WRITTEN);
}

/** Words of cents alone: "41 cents", "12c", "two centavos". */
const CENTS = /^(?:[0-9.,]+[\s-]*(?:cents?|centavos?|c|¢)|[a-z]+(?:[\s-][a-z]+)*\s+(?:cents?|centavos?))$/i;
/** The most characters between an amount and the cents that restate it per share: ", or 41 cents". */
const RESTATED_REACH = 8;

/**
 * "US$298.6 million, or 41 cents a share", "$28.7 million, or 46 cents a share" in an Athens story: cents
 * that restate an amount per share are in its currency, and
 * so are the cents of the year before ("from US$112.3 million, or 16 cents").
 */
function restatedCents(figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const figure = figures[i];
    const before = figures[i - 1];
    if (!figure || !before?.currency || figure.kind !== "MONEY" || !CENTS.test(figure.text)) continue;
    // (Any amount with hundredths: "$28.7 million, or 46 cents a share" in an Athens story is in dollars.)
    if (before.kind !== "MONEY" || minorDigits(before.currency) !== 2) continue;
    if (figure.sentence.start !== before.sentence.start) continue;
    const gap = figure.sentence.text.slice(
      before.end - figure.sentence.start,
      figure.start - figure.sentence.start,
    );
    if (gap.length <= RESTATED_REACH && /^,?\s*or\s*$/.test(gap)) figure.currency = before.currency;
  }
}

/** Between cents a price moved by and the level it reached: " to ", " a share to about ". */
const MOVED_TO = /^\s*(?:(?:a|per) (?:share|unit)\s*)?,?\s*to\s+(?:about\s+|around\s+|nearly\s+)?$/i;

/** Between cents and the share of the price they restate: "fell two centavos, or 1.4%, to P1.41". */
const OR_SHARE = /^\s*,?\s*or\s*$/;

/**
 * "Sasol rose 35 cents to R120.50", "raised its forecast by 25 cents to NZ$10.25", "fell two centavos, or
 * 1.4%, to P1.41": the cents a price moved by are hundredths of the currency of the level it reached.
 */
function centsOfTheLevelMovedTo(figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const figure = figures[i];
    const share = figures[i + 1];
    const restated =
      share?.kind === "PERCENT" &&
      share.sentence.start === figure?.sentence.start &&
      OR_SHARE.test(
        share.sentence.text.slice(figure.end - share.sentence.start, share.start - share.sentence.start),
      );
    const level = restated ? figures[i + 2] : share;
    if (!figure || !level?.currency || figure.kind !== "MONEY" || !CENTS.test(figure.text)) continue;
    if (level.currency === figure.currency || CENTS.test(level.text) || minorDigits(level.currency) !== 2)
      continue;
    if (level.sentence.start !== figure.sentence.start) continue;
    const from = (restated ? share : figure).end - figure.sentence.start;
    const gap = figure.sentence.text.slice(from, level.start - figure.sentence.start);
    if (MOVED_TO.test(gap)) figure.currency = level.currency;
  }
}

/**
 * "0.31 euros a stem, down 3 cents", "at R18.40, up 35 cents": cents a price moved by, right after it in
 * its sentence, are hundredths of its currency.
 */
function centsMovingTheLevelBefore(figures: Figure[]): void {
  for (let i = 1; i < figures.length; i++) {
    const figure = figures[i];
    const level = figures[i - 1];
    if (!figure?.change || figure.kind !== "MONEY" || !CENTS.test(figure.text) || US_MARKED.test(figure.text))
      continue;
    if (!level?.currency || level.kind !== "MONEY" || level.currency === figure.currency) continue;
    if (CENTS.test(level.text) || minorDigits(level.currency) !== 2) continue;
    if (level.sentence.start !== figure.sentence.start) continue;
    const gap = figure.sentence.text.slice(
      level.end - figure.sentence.start,
      figure.start - figure.sentence.start,
    );
    if (MOVED_BY.test(gap)) figure.currency = level.currency;
  }
}

/** Between a price and the cents it moved by: " a stem, down ", ", up ". */
const MOVED_BY =
  /^(?:\s+(?:a|an|per)\s+[a-z-]+)?(?:\s+(?:in|on|at|for)\s+[\w ]{1,20})?\s*,\s*(?:down|up|a (?:rise|fall|drop|gain) of)\s+$/i;

/** How many times the amounts in one other currency must outnumber all the rest for bare cents to be its. */
const CENTS_MAJORITY = 3;

/**
 * "HEPS rose to 559c from 511c" in a story whose other amounts are in rand ("R84.2bn", one "$247bn" aside):
 * bare cents are hundredths of the one other currency the story counts in, not U.S. cents; so are "48.6
 * cent per litre" in a story of euros with one "3.1 yuan" aside.
 */
function centsOfTheOnlyCurrency(figures: Figure[]): void {
  subunitsOfTheOnlyCurrency(figures, "USD", (code) => minorDigits(code) === 2);
  // ("Wilcon's shares fell 10 centavos" in a story of "P2.18 billion": centavos of the story's peso.)
  subunitsOfTheOnlyCurrency(figures, "MXN", (code) => CENTAVO_CURRENCIES.has(code));
}

/** Currencies counted in centavos: the pesos, the real. */
const CENTAVO_CURRENCIES = new Set(["PHP", "COP", "ARS", "CLP", "UYU", "DOP", "CUP", "BRL"]);

/**
 * Bare subunits read in `code` by default that are hundredths of the one other currency the story counts
 * in (`accepts` it), read so.
 */
function subunitsOfTheOnlyCurrency(
  figures: Figure[],
  code: string,
  accepts: (only: string) => boolean,
): void {
  // ("traded at 91 cents on the dollar": a dollar bond's price is in U.S. cents.)
  const cents = figures.filter(
    (f) => f.kind === "MONEY" && f.currency === code && CENTS.test(f.text) && f.unit !== "on the dollar",
  );
  if (cents.length === 0) return;
  const counts = new Map<string, number>();
  for (const f of figures) {
    if (f.kind !== "MONEY" || f.currency === undefined || cents.includes(f)) continue;
    counts.set(f.currency, (counts.get(f.currency) ?? 0) + 1);
  }
  let only: string | undefined;
  let total = 0;
  for (const [other, count] of counts) {
    total += count;
    if (other !== code && count > (counts.get(only ?? "") ?? 0)) only = other;
  }
  if (only === undefined || !accepts(only)) return;
  const own = counts.get(only) ?? 0;
  if (own < CENTS_MAJORITY * Math.max(1, total - own)) return;
  // ("Bonny Light fell 60 cents to $74.10 per barrel": cents beside a dollar amount are its.)
  const dollarSentences = new Set(
    figures.filter((f) => f.currency === code && !cents.includes(f)).map((f) => f.sentence.start),
  );
  for (const f of cents) if (!dollarSentences.has(f.sentence.start)) f.currency = only;
}

/** How far after a written dollar a conversion in parentheses opens, in characters: "C$40 billion (about ". */
const CONVERSION_REACH = 12;

/**
 * A wire's note of the dollar's rate and the currency's name in it: "($1 = 7.2615 Chinese yuan renminbi)",
 * "($1 = 0.376 Bahraini dinars)" (the name a currency's only where CURRENCY_WORDS knows it whole).
 */
const RATE_NOTE = /\(\s*\$\s?1\s*=\s*[\d.,]+\s*([A-Za-z][A-Za-z ]{0,40})/;

/** `figure` in parentheses right after money in a currency other than a dollar: "37.1 billion yuan ($5.1 billion)". */
function convertsOther(text: string, before: Figure | undefined, figure: Figure): boolean {
  if (!before?.currency || before.kind !== "MONEY" || figure.start - before.end > CONVERSION_REACH)
    return false;
  if (/dollar|\$/i.test(before.text) || before.currency.endsWith("D")) return false;
  return /^\s*\($/.test(text.slice(before.end, figure.start));
}

/** "C$40 billion ($28.5 billion)", "NZ$500m (about $290m)": the figure converts the written dollar before it. */
function isConversion(text: string, before: Figure | undefined, figure: Figure): boolean {
  if (!before || !WRITTEN_DOLLAR.test(before.text) || figure.start - before.end > CONVERSION_REACH)
    return false;
  return text.slice(before.end, figure.start).includes("(");
}

export interface CountryWeights {
  /** Mentions plus salience of each country's places, by ISO code. */
  weight: Map<string, number>;
  mentions: Map<string, number>;
  /** Countries a line near the top opens with: a dateline or a headline. */
  datelined: Set<string>;
  top: number;
  /** The country of a national agency the dateline credits ("(PTI)", "(Canadian Press)"). */
  agency?: string;
  /** The dateline credits an international wire ("(Reuters)", "(AFP)"), which letters every other dollar. */
  wire?: boolean;
  /**
   * The country a release's dateline names after its city ("HAMILTON, New Zealand, 1 December 2026 –"), no
   * wire's or agency's: the issuer's, whose dollar the release writes bare however it letters it.
   */
  release?: string;
}

/** An international wire's credit in a dateline: "(Reuters)", "(Bloomberg)", "(AFP)", "(AP)". */
const WIRE_CREDIT = /\((?:Reuters|Bloomberg|AFP|AP|Dow Jones)\)/;

/** Characters of an article's opening a dateline's agency credit is looked for in. */
const AGENCY_REACH = 600;

/**
 * An agency's credit in parentheses or before the dateline's dash: "(PTI):", "(Yonhap) -", "Nov 21 AAP -".
 * (Not the same letters in brackets in a sentence: "the Saudi Aramco contract price (CP), which".)
 */
const AGENCY_CREDIT = new RegExp(
  `\\((${Object.keys(AGENCY_COUNTRIES).join("|")})\\)\\s*[-–—:]|\\d (${Object.keys(AGENCY_COUNTRIES).join("|")}) [-–—]`,
);

/** How much each country's places weigh in the article; read once, by the currencies and the fiscal year. */
const MARKET_BODY: ReadonlySet<string> = new Set(MARKET_BODIES);

export function countryWeights(text: string, entities: readonly Entity[]): CountryWeights {
  const weight = new Map<string, number>();
  const mentions = new Map<string, number>();
  const datelined = new Set<string>();
  // Countries named after a dateline's city, as releases write it: "HAMILTON, New Zealand, 1 December 2026".
  const released = new Set<string>();
  for (const entity of entities) {
    // ("Australians will pay", "the Australian Taxation Office": a people named tells the country too,
    // by its mentions alone.)
    if (entity.type === "MISC" && entity.country) {
      weight.set(entity.country, (weight.get(entity.country) ?? 0) + entity.mentions.length);
      mentions.set(entity.country, (mentions.get(entity.country) ?? 0) + entity.mentions.length);
      continue;
    }
    // ("while NSW recorded the highest": a state or a city typed as the body that runs it still places; so
    // does a body named after one, "NSW Health", "Australian Competition and Consumer Commission".)
    const placed = entity.type === "ORGANIZATION" ? bodysPlace(entity.name) : undefined;
    if (entity.type !== "LOCATION" && !placed) continue;
    // A country, or a large city or state of one ("SYDNEY -", "Nashville, Tenn.").
    const code =
      entity.countryCode ?? PLACE_COUNTRIES[entity.name] ?? placed ?? australianState(text, entity.name);
    const dateline = entity.mentions.some((mention) => opensLine(text, mention.start));
    if (!code) {
      const city = DATELINE_COUNTRIES[entity.name];
      if (city && dateline) datelined.add(city);
      continue;
    }
    weight.set(code, (weight.get(code) ?? 0) + entity.mentions.length + (entity.salience ?? 0));
    const counted = MARKET_BODY.has(entity.name) ? MENTIONS_TO_BE_ABOUT : 1;
    mentions.set(code, (mentions.get(code) ?? 0) + entity.mentions.length * counted);
    // ("HAMILTON, New Zealand, 1 December 2026": a country named after the dateline's city.)
    const placedDateline = entity.mentions.some((mention) =>
      afterDatelineCity(text, mention.start, mention.end),
    );
    if (dateline || placedDateline) datelined.add(code);
    if (placedDateline) released.add(code);
  }
  // "Guwahati, July 18 (PTI):": a national agency's credit in the dateline tells the country.
  const opening = text.slice(0, AGENCY_REACH);
  const credit = AGENCY_CREDIT.exec(opening);
  const agency = credit?.[1] ?? credit?.[2];
  const agencyCountry = agency ? AGENCY_COUNTRIES[agency] : undefined;
  if (agencyCountry) {
    datelined.add(agencyCountry);
    weight.set(agencyCountry, (weight.get(agencyCountry) ?? 0) + 1);
  }
  // The country the article is most about: a shared name is read as its currency only (an article set in
  // Kazakhstan that mentions "Canada's Cameco" keeps its dollars US dollars).
  let top = 0;
  for (const w of weight.values()) top = Math.max(top, w);
  const wire = WIRE_CREDIT.test(opening);
  const release = released.size === 1 && !wire && !agencyCountry ? [...released][0] : undefined;
  return {
    weight,
    mentions,
    datelined,
    top,
    ...(agencyCountry && { agency: agencyCountry }),
    ...(wire && { wire: true }),
    ...(release && { release }),
  };
}

/** Words of a body's name its place may open with: "Bay of Plenty Regional Council" (three). */
const BODY_PLACE_WORDS = 3;

/**
 * The country a body's name places it in: a place of PLACE_COUNTRIES it is named as, a country whose name
 * it opens with, or a place or people of a dollar's country it opens with ("NSW Health", "Waikato Regional
 * Council", "Australian Competition and Consumer Commission"); bodies named after other countries' cities
 * and peoples are as often foreign to the story ("Abu Dhabi Securities Exchange" in an Indian one, "Indian
 * Ocean Tuna").
 */
function bodysPlace(name: string): string | undefined {
  if (PLACE_COUNTRIES[name] !== undefined) return PLACE_COUNTRIES[name];
  const words = name.split(" ");
  for (let n = Math.min(BODY_PLACE_WORDS, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n).join(" ");
    const code = PLACE_COUNTRIES[lead] ?? DOLLAR_PEOPLES.get(lead);
    if (code !== undefined && DOLLAR_COUNTRIES.has(code)) return code;
    // ("Pakistan Bureau of Statistics", "Kenya Revenue Authority": a country's own name opens its bodies'.)
    const country = COUNTRY_CODES.get(lead.toLowerCase());
    if (country !== undefined) return country;
  }
  return undefined;
}

/** Countries of the dollars a bare "$" may be, besides the US's, that name bodies after their places. */
const DOLLAR_COUNTRIES: ReadonlySet<string> = new Set(["AU", "NZ", "CA"]);
/** Their peoples: "Australian", "Canadian". */
const DOLLAR_PEOPLES: ReadonlyMap<string, string> = new Map(
  DEMONYMS.filter(([, code]) => DOLLAR_COUNTRIES.has(code)),
);

/** Words that tell an Australian story: a "Victoria" in one is the state ("any Australian state", "Victorians"). */
const AUSTRALIAN_CUES = /\b(?:Australian?|Victorians)\b/;

/** "AU" for a "Victoria" in an article that says it is Australian; a lake or a Canadian city otherwise. */
function australianState(text: string, name: string): string | undefined {
  return name === "Victoria" && AUSTRALIAN_CUES.test(text) ? "AU" : undefined;
}

/**
 * The country an article is about: the one its places weigh most, named in its dateline or headline or
 * at least twice, or the dateline's when it names no country. Undefined when none stands out.
 */
export function articleCountry({ weight, mentions, datelined, top }: CountryWeights): string | undefined {
  // "TOKYO, May 13 /Business Wire/ --" and no country named: the dateline's.
  if (top === 0 && datelined.size === 1) return [...datelined][0];
  let best: string | undefined;
  for (const [code, w] of weight) {
    const about = datelined.has(code) || (mentions.get(code) ?? 0) >= MENTIONS_TO_BE_ABOUT;
    if (w === top && about) {
      if (best !== undefined) return undefined;
      best = code;
    }
  }
  return best;
}

/** Words of the commodities priced in U.S. dollars the world over. */
const COMMODITY_PRICES =
  /\b(?:brent|wti|crude|oil|barrels?|ounces?|gold|silver|platinum|copper|aluminium|aluminum|nickel|iron ore|lme|comex|nymex|cbot|bushels?|lng|mmbtu)\b/gi;
/** Characters before an amount a commodity's word may stand in: "Brent crude rose 45 cents to". */
const COMMODITY_BEFORE = 80;
/** Marks that open another clause: a commodity before one belongs to that clause ("oil rose; the budget ..."). */
const CLAUSE_BREAKS = /[;:]|, (?:while|whereas|but|and|as)\b/g;

/** `text` after its last clause break. */
function afterLastBreak(text: string): string {
  let from = 0;
  for (const match of text.matchAll(CLAUSE_BREAKS)) from = match.index + match[0].length;
  return text.slice(from);
}
/** Right after an amount: a commodity's measure ("$72.10 a barrel", "$2,400 an ounce") or name ("$100 oil"). */
const COMMODITY_AFTER =
  /^\s*(?:(?:a|an|per)\s+(?:barrels?|ounces?|troy ounces?|bushels?|mmbtu)\b|(?:brent|wti|crude|oil|gold|silver|copper)\b)/i;
/** Right after an amount: a price by the kilogram, which no exchange quotes ("$12 a kilogram", "$9.40/kg"). */
const BY_THE_KILO = /^\s*(?:(?:a|an|per)\s+(?:kilos?|kilograms?|kgs?)\b|\/\s*kg\b)/i;
/** Characters after an amount its commodity's measure or name may stand in ("  per troy ounces"). */
const COMMODITY_AFTER_REACH = 24;

/** A capitalized word: a commodity's word beside one is part of a name ("Orana Copper", "Gold Coast"). */
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Nouns of a company's or a budget's own money: after them an amount is no commodity's price ("78 million
 * barrels of oil equivalent and capital expenditure of $1.3 billion").
 */
const OWN_MONEY_NOUNS =
  /\b(?:expenditure|capex|spending|investment|revenue|profit|budget|costs?|loss|earnings|sales|income|dividend|fees?|savings|bonus|pay)\b/i;

/** The sentence names a commodity, not a company or a place named after one. */
function namesCommodity(sentence: string): boolean {
  for (const match of sentence.matchAll(COMMODITY_PRICES)) {
    if (OWN_MONEY_NOUNS.test(sentence.slice(match.index + match[0].length))) continue;
    const word = match[0];
    if (word === word.toUpperCase() && word.length > 2) return true;
    const before = /(\S+)\s+$/.exec(sentence.slice(Math.max(0, match.index - 24), match.index))?.[1] ?? "";
    const after =
      /^\s+(\S+)/.exec(sentence.slice(match.index + word.length, match.index + word.length + 24))?.[1] ?? "";
    const named =
      CAPITALIZED_WORD.test(after) || (CAPITALIZED_WORD.test(word) && CAPITALIZED_WORD.test(before));
    if (!named) return true;
  }
  return false;
}

/** Mentions of a country's people as an adjective ("Australian lending"): MISC entities of that country. */
function demonymMentions(entities: readonly Entity[], country: string): number {
  let count = 0;
  for (const entity of entities)
    if (entity.type === "MISC" && entity.country === country) count += entity.mentions.length;
  return count;
}

/** A dollar written with its country's letters: "C$40 billion", "HK$2 billion", "NZ$500m", "$NZ1.08 billion". */
const WRITTEN_DOLLAR = /^(?:[A-Za-z.]{1,4}\$|\$[A-Z]{1,3}\d)/;
const POUNDS = /^pounds?$/;
/** A weight's unit in pounds: "412,000 pounds of uranium", "4.6 million lbs a year". */
const POUND_WEIGHTS = /^(?:pounds?|lbs?)(?: |$)/;

/** Mentions that make a country what the article is about, when no line opens with it. */
const MENTIONS_TO_BE_ABOUT = 2;
/** How far into the text a line that opens with a place counts as dateline or headline, in characters. */
const DATELINE_REACH = 400;

/** The mention opens a line near the top: a dateline ("SYDNEY -") or a headline ("Canada to spend"). */
function opensLine(text: string, start: number): boolean {
  if (start > DATELINE_REACH) return false;
  // ("SINGAPORE/MANILA, Dec 4 -": each city of a joint dateline opens it.)
  return JOINT_DATELINE_BEFORE.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
}
/**
 * The mention names the country after a dateline's city, with a comma after it too: "HAMILTON, New Zealand, 1
 * December 2026 –", "Hamilton, Bermuda, Dec. 1, 2026 /PRNewswire/".
 */
function afterDatelineCity(text: string, start: number, end: number): boolean {
  if (start > DATELINE_REACH) return false;
  // ("NELSON, New Zealand - The framer ...": a dateline's dash after the country, with no date.)
  const closed =
    text[end] === "," || text.startsWith(".,", end) || DATELINE_DASH.test(text.slice(end, end + 3));
  if (!closed) return false;
  return CITY_BEFORE.test(text.slice(text.lastIndexOf("\n", start - 1) + 1, start));
}
/** A dash that ends a dateline: " - ", " — ". */
const DATELINE_DASH = /^ [-–—] $/;
/** A dateline's city and its comma, opening the line: "HAMILTON, ", "St. John's, ". */
const CITY_BEFORE = /^[ \t]*\p{Lu}[\p{L} .'’-]*, $/u;
/** What may stand before a dateline's city on its line: blanks, or the cities before it and a slash. */
const JOINT_DATELINE_BEFORE = /^[ \t]*(?:\p{Lu}[\p{Lu} .'-]*\/[ \t]*)?$/u;

/** The country whose currency is the default reading: "MXN" -> "MX". */
function defaultCountry(code: string): string {
  return code.slice(0, 2);
}

/** Words that may stand right before a shared currency name: digits and scales ("5 billion pesos"). */
const BEFORE_NAME = /^(?:[0-9.,]+(?:[-–][0-9.,]+)?|m|k)$/;

/**
 * The word stands right before a shared currency name: digits, a scale ("4.1 bln pesos", "Rs 500 crore") or
 * a number in words ("three pesos").
 */
function beforeName(word: string): boolean {
  return BEFORE_NAME.test(word) || SCALE.has(word) || ONE.has(word) || TEN.has(word);
}

/**
 * The figure's currency comes from a shared name alone: "80,000 million pesos", "Rs 5 billion", "Rs500",
 * not "Mexican pesos" or "Indian rupees".
 */
function namedOnlyBy(text: string, words: RegExp): boolean {
  // "3.1 trillion-peso", "50-cent": a name glued by a dash stands apart ("negative $61.2 million": past the
  // sign's word).
  const parts = text
    .replace(/^(?:negative|minus)\s+/i, "")
    .toLowerCase()
    .replace(/-(?=\p{L})/gu, " ")
    // ("80c-95c": a range of glued cents is read from its low end.)
    .replace(/(?<=\p{L})-(?=\d)/gu, " ")
    .split(/\s+/);
  return parts.some((word, i) => {
    const glued = word.replace(/[0-9.,]+.*$/, "");
    // "66.4c": a name glued after the digits.
    const after = word.replace(/^[0-9.,]+/, "");
    if (
      i === 0 &&
      (words.test(word) || (glued !== word && words.test(glued)) || (after !== word && words.test(after)))
    )
      return true;
    return words.test(word) && beforeName(parts[i - 1] ?? "");
  });
}
