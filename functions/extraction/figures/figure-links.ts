/**
 * Rules between the figures of a sentence: a figure that restates, continues or follows on from the one
 * before it measures the same thing ("revenue rose 5% to $94.8 billion", "533 points, or 1.3%,").
 */
import type { ChangeHit } from "./changes.ts";
import { currencyPrefixAt } from "./currency-marks.ts";
import { ADDITIVES } from "./data/changes.ts";
import { NOW_WORDS } from "./data/periods.ts";
import { SPEECH_VERBS } from "./data/speech.ts";
import {
  AUXILIARIES,
  DETERMINER_WORDS,
  FUNDRAISING_VERBS,
  HELPER_VERBS,
  IRREGULAR_PARTICIPLES,
  LEVEL_LEAD_WORDS,
  LEVEL_VERBS,
  MODALS,
  NOUN_GERUNDS,
  OBJECT_TAKING_VERBS,
  OBJECT_VERBS,
  PREPOSITION_WORDS,
  SUBORDINATORS,
  THROUGHPUT_VERBS,
} from "./data/subject-words.ts";
import { CHANGE_NOUN, CHANGE_VERB, IRREGULAR_UNIT, QUALIFIER_WORDS } from "./lexicon.ts";
import { gluedHyphen, isCapitalized } from "./phrases.ts";
import { firstAtOrAfter } from "./search.ts";
import { dottedFormPoint } from "./speaker-names.ts";
import { acronymBefore, dealTermsEnd, pastParentheses } from "./subject-bounds.ts";
import { isPastVerb, possessiveOwner } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigureChange } from "./types.ts";
import { subjectIsItsUnit } from "./unit-subject.ts";

/** The figure read before, with its token range and the end of its change's base. */
export interface PreviousFigure {
  figure: Figure;
  sentence: number;
  first: number;
  last: number;
  baseFirst?: number;
  baseLast?: number;
  /** Its qualifier is written before it ("about 120 farmers"). */
  qualifiedBefore?: boolean;
  /** For a level reached ("to £1,012" after "rose by 6.9%"), the change that reached it. */
  reachedChange?: FigureChange;
  /** For a rate money was raised at ("at 6.05%" after "$1.25 billion of 10-year notes"), that money. */
  dealMoney?: { figure: Figure; last: number };
}

/** Words of a short predicate between a share and ", up from": "51% of losses were insured, up from 45%". */
const PREDICATE_REACH = 12;
/** Tokens it may span with the periods in it: "45% of its DRAM sales in the July-September quarter". */
const PREDICATE_SPAN = 18;

/** Words that open another clause between a figure and a comma. */
const CLAUSE_JOINERS = new Set(["and", "but", "while", "as", "because", "after", "when", "which", "that"]);

/** Words and tokens of the predicate of a share "of" something: "7.3 per cent of new loans were written at
 * debt-to-income ratios of six or more, up from 6.1 per cent". */
const SHARE_PREDICATE_REACH = 20;
const SHARE_PREDICATE_SPAN = 28;

/**
 * The comma at `comma` closes a short predicate of the figure that ends at `last`, with no figure or
 * clause of its own: "Roughly 51% of losses were insured, up from 45%". The predicate of a share "of"
 * something (`share`) may be longer and hold digits that are no figure: "6.1% of home loan balances were
 * 90 days or more in arrears, down from 6.5%".
 */
function afterPredicate(
  tokens: readonly Token[],
  last: number,
  comma: number,
  periodAt: Int32Array,
  share = false,
): boolean {
  const span = share ? SHARE_PREDICATE_SPAN : PREDICATE_SPAN;
  if (tokens[comma]?.norm !== "," || comma <= last || comma - last > span) return false;
  // ("45% of its DRAM sales in the July-September quarter, up from 30%": a period counts for none.)
  let words = 0;
  for (let k = last; k < comma; k++) {
    const tok = tokens[k];
    if ((periodAt[k] ?? -1) >= 0) continue;
    // ("took 31% of that, up from 26%": "that" after "of" is what the share is of, no clause.)
    const ofThat = tok?.norm === "that" && tokens[k - 1]?.norm === "of";
    if (
      !tok ||
      (tok.kind === "num" && !share) ||
      (CLAUSE_JOINERS.has(tok.norm) && !ofThat) ||
      tok.norm === ","
    )
      return false;
    if (tok.kind === "sym" && !(share && tok.norm === "-")) return false;
    // ("1.4 million tonnes, two sources at the regulator said, or roughly 80%": a saying is a clause.)
    if (SPEECH_WORDS.has(tok.norm)) return false;
    if (++words > (share ? SHARE_PREDICATE_REACH : PREDICATE_REACH)) return false;
  }
  return true;
}

/**
 * Whether `figure` takes the subject of `same`, the figure before it in its sentence. `change` is the
 * figure's change word.
 */
export function sharesSubject(
  tokens: readonly Token[],
  figure: Figure,
  qualifierStart: number,
  previous: PreviousFigure | undefined,
  change: ChangeHit | undefined,
  periodAt: Int32Array,
): boolean {
  // "405.7 billion riyals ($108.1 billion) from 412.4 billion riyals", "3.2 million barrels per day (bpd)
  // in March, down from": the figure before ends past its parentheses.
  const past = previous ? pastParentheses(tokens, previous.last) : 0;
  const same = previous && { ...previous, last: past <= qualifierStart ? past : previous.last };
  // "revenue of $94.8 billion ..., up 5% from a year earlier" and "533 points, or 1.3%": a figure that
  // restates or qualifies the one before it measures the same thing.
  // "increased 0.2% in June after gaining 0.1% in May": a participle clause's change measures the same.
  const participle =
    change &&
    !change.after &&
    SUBORDINATORS.has(tokens[change.at - 1]?.norm ?? "") &&
    (tokens[change.at]?.norm ?? "").endsWith("ing");
  // (", marginally up 1.1%": an adverb may stand between the comma and the change; ", having gained about
  // 31 per cent": so may a perfect participle's "having".)
  const changeComma =
    change && !change.after
      ? tokens[change.at - 1]?.norm === ","
        ? change.at - 1
        : (/^[a-z]{3,}ly$/.test(tokens[change.at - 1]?.text ?? "") ||
              tokens[change.at - 1]?.norm === "having") &&
            tokens[change.at - 2]?.norm === ","
          ? change.at - 2
          : -1
      : -1;
  const trailing = change && !change.after && (changeComma >= 0 || participle);
  // "raised rates by 25 basis points to 4%", "rose 3% to $85": the level reached after a change.
  // So is "rose 32.5% from a year earlier to 12.2 trillion won" and "rose 14% to a record $616 million".
  let to = qualifierStart - 1;
  // ("to an all-time high of", "to a four-year low of": a word glued by a hyphen passes whole.)
  const levelWord = (k: number) =>
    LEVEL_WORDS.has(tokens[k]?.norm ?? "") ||
    gluedHyphen(tokens, k) ||
    gluedHyphen(tokens, k - 1) ||
    gluedHyphen(tokens, k + 1);
  while (to > 0 && levelWord(to) && qualifierStart - to <= 9) to--;
  // "up from last year's 120,000", "from 2024's $3 billion": back past a period that dates the figure.
  const owner = possessiveOwner(tokens, to);
  const dated = periodAt[owner] ?? -1;
  if (dated >= 0) {
    to = owner;
    while (to > 0 && periodAt[to] === dated) to--;
  }
  // "settled down $1.32, or 2%, at $63.45": a market's closing level after "at"; "settled 1.2% higher at
  // $31.40", "jumped 22% in early trading to $15.75": a few plain words may come between.
  // "a 15% rise in first-half revenue to 1.6 billion pounds": the level right after what the change named.
  const named = same?.figure.subject;
  const afterNamed =
    named !== undefined && named.start >= (same?.figure.end ?? 0) && tokens[to - 1]?.end === named.end;
  const inPeriod = (k: number) => (periodAt[k] ?? -1) >= 0;
  const near =
    same !== undefined &&
    (afterNamed ||
      closeAfter(tokens, same.last, to, inPeriod) ||
      // ("fell to Rs 14,200 per 50-kg bag last week from": past the figure's unit of several tokens.)
      closeAfter(tokens, unitEnd(tokens, same), to, inPeriod) ||
      linkGap(tokens, same.baseLast ?? same.last, to, periodAt));
  // "cut vouchers from $12 to $6": the level after the one it came from ("had risen from 9 percent in 2015
  // to about 16 percent", "from 5.5 billion pieces in 2006 to": past the first's unit and period; not past
  // a phrase of its own, "range from P100 for preliminary rounds to P5,000 for the opening ceremony").
  const fromBefore = same !== undefined && tokens[same.first - 1]?.norm === "from";
  const datedOnly = (from: number) => {
    for (let k = from; k < to; k++)
      if (!inPeriod(k) && !(DATING_LINKS.has(tokens[k]?.norm ?? "") && inPeriod(k + 1))) return false;
    return true;
  };
  const fromReached =
    fromBefore && same !== undefined && (datedOnly(same.last) || datedOnly(unitEnd(tokens, same)));
  const reached =
    (tokens[to]?.norm === "to" || tokens[to]?.norm === "at") &&
    (same?.figure.change || fromReached) &&
    (to === same.last ||
      to === same.baseLast ||
      (tokens[to - 1]?.norm === "," && to - 1 === same.last) ||
      near);
  // "climbed to 4.2% from 3.6%", "fell to 6.1% in March from 6.8%": the level it came from.
  // ", from 71 per cent two years ago", ", up from N600,000": after a comma too.
  // "..., compared with 240,000 a week earlier": a level compared is one it came from too.
  const compared = tokens[to]?.norm === "with" && tokens[to - 1]?.norm === "compared";
  // "was 0.5 billion euros, after 2.4 billion euros a year earlier": a dated level of the same kind after
  // ", after" is the one it came from.
  const datedAfter =
    tokens[to]?.norm === "after" &&
    tokens[to - 1]?.norm === "," &&
    same?.figure.kind === figure.kind &&
    same.figure.currency === figure.currency &&
    (periodAt[firstAtOrAfter(tokens, figure.end, (x) => x.start)] ?? -1) >= 0;
  // ("land 90 percent of the catch from some 29,000 small boats": a count after a share that is no change
  // is where the share came from, no level it fell from; "up 9% from 14.9 billion bushels", "2.4 percentage
  // points, down from about 4 points" and "19.4 percentage points from 20.1 points" are.)
  const shareSource =
    same !== undefined &&
    figure.kind === "QUANTITY" &&
    same.figure.kind === "PERCENT" &&
    !same.figure.change &&
    !fromLead(tokens[to - 1]) &&
    tokens[to - 1]?.norm !== "," &&
    to > unitEnd(tokens, same);
  const fromAt = (tokens[to]?.norm === "from" && !shareSource) || datedAfter ? to : compared ? to - 1 : -1;
  // "N1.5 million a year, up from N600,000": a rate may stand between the figure and the comma; so may
  // a period ("rose to 2.9% in October, up from 2.6%").
  const afterComma = (k: number) => {
    if (tokens[k]?.norm !== "," || same === undefined) return false;
    let back = k;
    // ("at end-September": the words glued to the period by a hyphen are the period's.)
    // ("for the half-year": so are the words glued after it.)
    const dated = (j: number) =>
      (periodAt[j] ?? -1) >= 0 ||
      (gluedHyphen(tokens, j) && (periodAt[j + 1] ?? -1) >= 0) ||
      (gluedHyphen(tokens, j + 1) && (periodAt[j + 2] ?? -1) >= 0) ||
      (gluedHyphen(tokens, j) && (periodAt[j - 1] ?? -1) >= 0) ||
      (gluedHyphen(tokens, j - 1) && (periodAt[j - 2] ?? -1) >= 0);
    const end = unitEnd(tokens, same);
    while (
      back > end &&
      (dated(back - 1) ||
        // ("rose to 21.8 per cent year-on-year in October, from 20.3 per cent": the basis of a change.)
        (ON_BASIS.has(tokens[back - 1]?.norm ?? "") &&
          (gluedHyphen(tokens, back - 2) || gluedHyphen(tokens, back - 1) || gluedHyphen(tokens, back))) ||
        ((PERIOD_LEADS.has(tokens[back - 1]?.norm ?? "") || tokens[back - 1]?.norm === "the") &&
          (dated(back) ||
            (tokens[back]?.norm === "the" && dated(back + 1)) ||
            (tokens[back - 1]?.norm === "as" &&
              (tokens[back]?.norm === "of" || tokens[back]?.norm === "at")))))
    )
      back--;
    // ("$1.12 a share, in the three months ended Sept. 30, up from": a period set off by commas.)
    if (back < k && tokens[back - 1]?.norm === "," && (back - 1 === same.last || back - 1 === end)) back--;
    return (
      back === same.last ||
      back === end ||
      (k - same.last <= 2 && RATE_WORDS.has(tokens[same.last]?.norm ?? ""))
    );
  };
  // "compared with 4.8%", "against $2,600 in June", "versus 8%": a level compared.
  // ("against a 0.6% gain in the Nikkei" is another thing's change).
  // ("fines totalling $4.9 million against four companies": a figure of another kind is no level compared;
  // a bare number takes the unit of the one before.)
  const against =
    ["against", "versus", "vs"].includes(tokens[to]?.norm ?? "") &&
    !figure.change &&
    (figure.kind === "NUMBER" || same?.figure.kind === figure.kind)
      ? to
      : -1;
  // (", down slightly from 57.1%": an adverb may follow the lead.)
  const leadAt =
    /^[a-z]{3,}ly$/.test(tokens[to - 1]?.text ?? "") && fromLead(tokens[to - 2]) ? to - 2 : to - 1;
  // (", little changed from 2.27 million tons", ", largely unchanged from": so may one before it.)
  const leadComma = LEAD_ADVERBS.has(tokens[leadAt - 1]?.norm ?? "") ? leadAt - 2 : leadAt - 1;
  const shareOf = same?.figure.kind === "PERCENT" && tokens[same.last]?.norm === "of";
  const cameFrom =
    (fromAt >= 0 || against >= 0) &&
    same !== undefined &&
    (to === same.last ||
      near ||
      afterComma(fromAt - 1) ||
      // ("37% of those containers left by rail, compared with 31% a year earlier": past a short predicate;
      // not a share of its own, "compared with 86.4 per cent of men".)
      (compared &&
        afterPredicate(tokens, same.last, fromAt - 1, periodAt) &&
        tokens[firstAtOrAfter(tokens, figure.end, (x) => x.start)]?.norm !== "of") ||
      (fromLead(tokens[leadAt]) &&
        (afterComma(leadComma) || afterPredicate(tokens, same.last, leadComma, periodAt, shareOf))));
  // "total excise revenue of R68.2bn in 2026/27, rising to R74.5bn": the level a participle set off after
  // the figure before reaches.
  const risingTo =
    tokens[to]?.norm === "to" &&
    CHANGE_VERB.has(tokens[to - 1]?.norm ?? "") &&
    (tokens[to - 1]?.norm ?? "").endsWith("ing") &&
    (afterComma(to - 2) || afterShareOf(tokens, same, to - 2));
  // ", accounting for 81 percent of mobile service revenues", ", representing about 52 per cent of
  // revenue", ", equivalent to 3.1% of GDP": a participle set off after the figure before restates it as
  // a share or an amount.
  const restatingAt = restatingParticipleAt(tokens, qualifierStart);
  const restatesAfter =
    (restatingAt >= 0 && afterComma(restatingAt - 1)) ||
    restatedShare(tokens, figure, qualifierStart, same, periodAt);
  // "45% of its clothing from Bangladesh, 20% from Turkey": an item gapped after the figure before's noun.
  const gapped =
    same !== undefined &&
    (gappedItem(tokens, qualifierStart, figure, same) || frontedItem(tokens, qualifierStart, figure, same));
  // "rose 14% to $95 million, or 42 cents per share", "12.1 trillion won ($8.6 billion)", "dropped 533
  // points, or 1.3%,": the figure before, restated.
  const restated = restates(tokens, qualifierStart, same, periodAt);
  // A quantity's own subject is its unit; as the level a change reached it measures what changed
  // ("Copper production rose 9% to 1,865 kilotonnes").
  const unitOnly = figure.kind === "QUANTITY" && subjectIsItsUnit(figure);
  // "closed 120 points lower at 17,612.35", "rose 1.5 per cent to $4.10": a subject read between the two
  // figures is the change's words, not what the level measures. So is one that ends on the figure before
  // ("closed one sen higher at RM1.19": a change in words read into the subject).
  const between =
    same !== undefined &&
    figure.subject !== undefined &&
    ((figure.subject.start >= same.figure.start && figure.subject.end <= figure.start) ||
      (figure.subject.end > same.figure.start && figure.subject.end <= same.figure.end));
  // "fell 4% to 312 pence in afternoon trading": what follows a level reached is where or when it was.
  const readAfter = figure.subject !== undefined && figure.subject.start >= figure.end;
  // ("Pulp prices, a key driver, averaged $830 a tonne, up from $905": a subject read before the figure
  // before is that figure's clause, which it measures better.)
  const readBefore =
    same !== undefined && figure.subject !== undefined && figure.subject.end <= same.figure.start;
  // "Kingfisher, which also owns B&Q, posted a profit of 620 million pounds, up 8.2%": a change set off
  // by a comma right after the figure before is that figure's, whatever the clause before it says.
  const word = change ? (tokens[change.at]?.norm ?? "") : "";
  const adverbial = word === "up" || word === "down" || word.endsWith("ing");
  let setAt = change && adverbial ? changeComma : -1;
  while (
    same !== undefined &&
    setAt > same.last &&
    ((periodAt[setAt - 1] ?? -1) >= 0 ||
      PERIOD_PREPOSITIONS.has(tokens[setAt - 1]?.norm ?? "") ||
      PERIOD_WORDS.has(tokens[setAt - 1]?.norm ?? ""))
  )
    setAt--;
  // (Not a participle with an object of its own before "by": ", raising its FY26 net profit forecast by 3%"
  // moves the forecast, not what the figure before measured.)
  const by = tokens[qualifierStart - 1]?.norm === "by" ? qualifierStart - 1 : -1;
  const ownObject =
    change !== undefined &&
    by > change.at + 1 &&
    tokens.slice(change.at + 1, by).some((x) => x.kind === "word" && !/^[a-z]{3,}ly$/.test(x.text));
  const setOff =
    Boolean(trailing) && !ownObject && setAt >= 0 && (setAt === same?.last || setAt === same?.baseLast);
  // "56.7 million passengers, about 4% more than in 2024", ", still 6% below the 2019 level", ", an
  // increase of 2.5%": a comparison set off by a comma right after the figure before measures it too.
  // (", a 32% rise": the article before the figure too.)
  // (", just 2.1% more than a year ago": so may "just" or "only".)
  const lead = ["still", "a", "an", "just", "only"].includes(tokens[qualifierStart - 1]?.norm ?? "") ? 1 : 0;
  // (", a year-on-year increase of 18.2 percent": past the basis glued before the change's noun.)
  const noun = change?.at ?? -1;
  let article = noun - 1;
  while (article >= noun - ON_BASIS_WORDS && ON_BASIS.has(tokens[article]?.norm ?? "")) article--;
  const commaAt = change?.after
    ? qualifierStart - 1 - lead
    : change && ["a", "an"].includes(tokens[article]?.norm ?? "")
      ? article - 1
      : -1;
  const comparedAfter =
    commaAt >= 0 &&
    tokens[commaAt]?.norm === "," &&
    same !== undefined &&
    afterFigure(tokens, commaAt, same, periodAt, true);
  // "rose 0.8% in January after a revised 0.3% drop in December": the change before it, of the same thing.
  const prior = !figure.subject && change?.after === true && afterPrior(tokens, qualifierStart);
  // "losses of 120 billion yen and 90 billion yen, respectively": a second amount of the same kind joined
  // right after the first.
  const paired = !figure.subject && same !== undefined && pairedWith(tokens, qualifierStart, figure, same);
  // "up 11% on the year and nearly 60% higher than in 2020", "from 510,000 tonnes in 2024 and from 530,000
  // tonnes last year": a change, or a level it came from, joined by "and" to one of its kind.
  const joined =
    !figure.subject && same !== undefined && joinedToLike(tokens, qualifierStart, figure, same, periodAt);
  // "Revenue rose 5% and reached $4 billion": a predicate joined by "and" right after the figure before.
  const predicate =
    !figure.subject &&
    same?.figure.subject !== undefined &&
    same.figure.subject.end <= same.figure.start &&
    andPredicate(tokens, qualifierStart, same, periodAt) &&
    subjectOpensClause(
      tokens,
      firstAtOrAfter(tokens, same.figure.subject.start, (x) => x.start),
    );
  return (
    paired ||
    predicate ||
    (joined && same?.figure.subject !== undefined) ||
    ((!figure.subject ||
      setOff ||
      comparedAfter ||
      restatesAfter ||
      ((reached || cameFrom || restated) && (unitOnly || between || readBefore || (readAfter && reached)))) &&
      same?.figure.subject !== undefined &&
      Boolean(
        restated ||
          trailing ||
          reached ||
          cameFrom ||
          comparedAfter ||
          prior ||
          risingTo ||
          gapped ||
          restatesAfter,
      ))
  );
}

/**
 * The figure at `qualifierStart` follows "and" (or "and from") right after the figure before and its unit
 * and period, and is of its kind: both changes, or both levels a change came from.
 */
function joinedToLike(
  tokens: readonly Token[],
  qualifierStart: number,
  figure: Figure,
  same: PreviousFigure,
  periodAt: Int32Array,
): boolean {
  let k = qualifierStart - 1;
  const fromBase = tokens[k]?.norm === "from";
  if (fromBase) k--;
  if (tokens[k]?.norm !== "and") return false;
  const like = fromBase
    ? tokens[same.first - 1]?.norm === "from"
    : Boolean(figure.change && same.figure.change);
  return like && rightAfter(tokens, same, k, periodAt);
}

/** Token `k` follows the figure before right after its unit, past a few plain words or its period. */
function rightAfter(
  tokens: readonly Token[],
  same: PreviousFigure,
  k: number,
  periodAt: Int32Array,
): boolean {
  const end = unitEnd(tokens, same);
  return k === end || closeAfter(tokens, end, k, (j) => (periodAt[j] ?? -1) >= 0);
}

/** Words after which a noun phrase opens a clause: "..., which rose 7.4%", "said sales rose". */
const CLAUSE_LEADS = new Set([
  "which",
  "that",
  "who",
  "while",
  "whereas",
  "although",
  "though",
  "but",
  "and",
  "said",
  "says",
]);

/**
 * The subject at token `k` opens its clause: nothing, a mark or a clause's lead word before it (not a
 * verb whose object it is: "grew sales 12%", "issued fines totaling").
 */
function subjectOpensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    before === undefined ||
    before.kind === "punct" ||
    CLAUSE_LEADS.has(before.norm) ||
    before.lineStart === true
  );
}

/** Particles of a verb before a share: "accounted for", "make up". */
const SHARE_PARTICLES = new Set(["for", "up"]);
/** Adverbs between "and" and the verb of a joined predicate: "and now make up", "and then reached". */
const JOINED_ADVERBS = new Set(["now", "then", "later", "also", "still"]);

/**
 * "Revenue rose 5% and reached $4 billion", "E-commerce sales grew 19.6% and accounted for 9.8% of total
 * sales", "grew 21% and now make up nearly 10%": the figure opens a predicate that "and" joins right after
 * the figure before (past its unit and period), whose subject it shares.
 */
function andPredicate(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure,
  periodAt: Int32Array,
): boolean {
  let k = qualifierStart - 1;
  if (SHARE_PARTICLES.has(tokens[k]?.norm ?? "")) k--;
  const verb = tokens[k];
  if (verb?.kind !== "word" || verb.text !== verb.norm) return false;
  if (!(isPastVerb(verb) || LEVEL_VERBS.has(verb.norm) || CHANGE_VERB.has(verb.norm) || verb.norm === "make"))
    return false;
  k--;
  if (JOINED_ADVERBS.has(tokens[k]?.norm ?? "")) k--;
  return tokens[k]?.norm === "and" && rightAfter(tokens, same, k, periodAt);
}

/** Words of what a share before a comma is of: "2.04 per cent of GDP,", "12% of the total,". */
const SHARE_OF_WORDS = 3;

/** The comma at `comma` closes the share `same` and what it is of: "2.04 per cent of GDP, rising to". */
function afterShareOf(tokens: readonly Token[], same: PreviousFigure | undefined, comma: number): boolean {
  if (same?.figure.kind !== "PERCENT" || tokens[comma]?.norm !== ",") return false;
  const of = same.last;
  if (tokens[of]?.norm !== "of" || comma - of - 1 < 1 || comma - of - 1 > SHARE_OF_WORDS) return false;
  return tokens.slice(of + 1, comma).every((x) => x.kind === "word" && !CHANGE_VERB.has(x.norm));
}

/** Pronouns of a part of the amount before: ", 30% of it from China", ", 40 percent of whom". */
const PARTITIVE_PRONOUNS = new Set(["it", "them", "which", "whom", "those", "these"]);

/** Words of rounding that may open a share set off after an amount: ", about 13 per cent of GDP". */
const ROUNDING = new Set(["about", "around", "roughly", "some", "nearly", "almost", "approximately", "just"]);

/**
 * The share at `qualifierStart` is set off by a comma after the amount `same` and its short predicate, and
 * restates it as a share of a total: "contribute Dh257 billion to the economy this year, about 13 per cent
 * of GDP", "only N$182 million was recovered, roughly 3% of the book".
 */
function restatedShare(
  tokens: readonly Token[],
  figure: Figure,
  qualifierStart: number,
  same: PreviousFigure | undefined,
  periodAt: Int32Array,
): boolean {
  if (figure.kind !== "PERCENT" || figure.change || same === undefined || same.figure.kind === "PERCENT")
    return false;
  const first = firstAtOrAfter(tokens, figure.start, (x) => x.start);
  const comma = ROUNDING.has(tokens[first]?.norm ?? "") ? first - 1 : qualifierStart - 1;
  const of = firstAtOrAfter(tokens, figure.end, (x) => x.start);
  // (", 30% of it from China", ", 60 per cent of them women": a part of the amount, read elsewhere.)
  if (
    tokens[comma]?.norm !== "," ||
    tokens[of]?.norm !== "of" ||
    PARTITIVE_PRONOUNS.has(tokens[of + 1]?.norm ?? "")
  )
    return false;
  return afterFigure(tokens, comma, same, periodAt) || afterPredicate(tokens, same.last, comma, periodAt);
}

/** Participles that restate the figure before: "accounting for", "representing", "equivalent to". */
const RESTATING_PARTICIPLES: ReadonlyMap<string, string | undefined> = new Map([
  ["accounting", "for"],
  ["representing", undefined],
  ["equivalent", "to"],
  ["equal", "to"],
  ["amounting", "to"],
  ["making", "up"],
]);

/** The token of a restating participle right before the figure at `qualifierStart`, or -1. */
function restatingParticipleAt(tokens: readonly Token[], qualifierStart: number): number {
  for (const back of [1, 2]) {
    const at = qualifierStart - back;
    const word = tokens[at]?.norm ?? "";
    if (!RESTATING_PARTICIPLES.has(word)) continue;
    const particle = RESTATING_PARTICIPLES.get(word);
    if (
      (particle === undefined && back === 1) ||
      (particle !== undefined && tokens[at + 1]?.norm === particle)
    )
      return at;
  }
  return -1;
}

/**
 * "buys about 45% of its clothing from Bangladesh, 20% from Turkey and 12% from Sri Lanka": a figure after
 * a comma or "and" whose preposition repeats the one right after the figure before's subject.
 */
function gappedItem(
  tokens: readonly Token[],
  qualifierStart: number,
  figure: Figure,
  same: PreviousFigure,
): boolean {
  const subject = same.figure.subject;
  if (!subject || same.figure.kind !== figure.kind || subject.start < same.figure.end) return false;
  const join = tokens[qualifierStart - 1]?.norm ?? "";
  if (join !== "," && join !== "and") return false;
  const link = tokens[firstAtOrAfter(tokens, subject.end, (x) => x.start)]?.norm ?? "";
  const after = tokens[firstAtOrAfter(tokens, figure.end, (x) => x.start)]?.norm ?? "";
  return GAP_LINKS.has(link) && after === link;
}

/**
 * "rose 5.1% in England, 7.4% in Scotland and in Wales 3.3%": an item whose place comes first, after "and"
 * or a comma, repeating the preposition right after the figure before.
 */
function frontedItem(
  tokens: readonly Token[],
  qualifierStart: number,
  figure: Figure,
  same: PreviousFigure,
): boolean {
  if (!same.figure.subject || same.figure.kind !== figure.kind) return false;
  const join = frontedPlaceJoin(tokens, qualifierStart);
  const after = tokens[firstAtOrAfter(tokens, same.figure.end, (x) => x.start)]?.norm ?? "";
  return join >= 0 && tokens[join + 1]?.norm === after;
}

/**
 * "and in Wales 3.3%": the "and" or comma before a place or time phrase that comes right before the
 * figure at `qualifierStart` (its preposition one an item of a gapped list repeats), or -1.
 */
export function frontedPlaceJoin(tokens: readonly Token[], qualifierStart: number): number {
  for (let k = qualifierStart - 1; k >= Math.max(1, qualifierStart - FRONTED_REACH); k--) {
    const tok = tokens[k];
    if (tok?.kind !== "word") return -1;
    if (GAP_LINKS.has(tok.norm)) {
      const join = tokens[k - 1]?.norm ?? "";
      return k < qualifierStart - 1 && (join === "," || join === "and") ? k - 1 : -1;
    }
    // (A place's name: "on top of the standard 10%" is no item.)
    if (!isCapitalized(tok) && tok.norm !== "the") return -1;
  }
  return -1;
}

/** Tokens a fronted item's preposition and place may take: "in Wales", "in the North West". */
const FRONTED_REACH = 5;

/** Prepositions an item of a gapped list repeats: "from Turkey", "to China", "in Asia". */
const GAP_LINKS = new Set(["from", "to", "in", "for", "on", "at"]);

/** The figure at `qualifierStart` follows `same` after "and" or "or", in the same currency or unit. */
function pairedWith(
  tokens: readonly Token[],
  qualifierStart: number,
  figure: Figure,
  same: PreviousFigure,
): boolean {
  const join = tokens[qualifierStart - 1]?.norm ?? "";
  if ((join !== "and" && join !== "or") || qualifierStart - 1 !== same.last) return false;
  const before = same.figure;
  return (
    before.subject !== undefined &&
    before.kind === figure.kind &&
    before.currency === figure.currency &&
    // (Money's unit is a price's denominator, which the first of "3p and 1.5p per mile" leaves to the last.)
    (before.unit === figure.unit || figure.kind === "MONEY") &&
    !before.change === !figure.change
  );
}

/** Words between "after" and a change noun's figure: "after a revised", "following an upwardly revised". */
const PRIOR_WORDS = new Set([
  "a",
  "an",
  "revised",
  "upwardly",
  "downwardly",
  "slight",
  "sharp",
  "steep",
  "modest",
]);

/** The figure at `qualifierStart` opens "after a (revised) N% drop": a change before the one reported. */
function afterPrior(tokens: readonly Token[], qualifierStart: number): boolean {
  let k = qualifierStart - 1;
  while (k > qualifierStart - 5 && PRIOR_WORDS.has(tokens[k]?.norm ?? "")) k--;
  return k < qualifierStart - 1 && (tokens[k]?.norm === "after" || tokens[k]?.norm === "following");
}

/**
 * The comma at `comma` closes the figure before: right after it, after the subject read after it ("KSh
 * 352 billion in tourism earnings, a 32% rise"), or after a period that dates it ("..., in 2024, a 32%
 * rise").
 */
function afterFigure(
  tokens: readonly Token[],
  comma: number,
  same: PreviousFigure,
  periodAt: Int32Array,
  pastAttribution = false,
): boolean {
  const subject = same.figure.subject;
  const end = unitEnd(tokens, same);
  // (", the central bank said, an increase of 21%": a change compared, `pastAttribution`, is read back past
  // an attribution set off before the comma; not a restatement, ", two traders said, or roughly 70%".)
  const aside =
    !pastAttribution || comma - end > ATTRIBUTION_REACH
      ? undefined
      : attributionAside(tokens, end, comma + 1);
  let back = aside?.last === comma ? aside.first : comma;
  for (let guard = 0; guard < 2 && back > end; guard++) {
    while (
      back > end &&
      ((periodAt[back - 1] ?? -1) >= 0 ||
        // ("at the end of September": the article before a period too.)
        ((PERIOD_LEADS.has(tokens[back - 1]?.norm ?? "") || tokens[back - 1]?.norm === "the") &&
          ((periodAt[back] ?? -1) >= 0 || (tokens[back]?.norm === "the" && (periodAt[back + 1] ?? -1) >= 0))))
    )
      back--;
    // Back past the subject read after the figure, to the figure's end.
    if (subject && subject.start >= same.figure.end && tokens[back - 1]?.end === subject.end) {
      while (back > same.last && (tokens[back - 1]?.start ?? 0) >= same.figure.end) back--;
    }
  }
  return (
    back === same.last ||
    back === end ||
    shortPhraseAfter(tokens, same.last, back) ||
    sourcePhrase(tokens, end, back) ||
    // ("Refunds of Rs 2.6 lakh crore were issued during the period, 11 per cent lower than": past the
    // figure's own short predicate.)
    afterPredicate(tokens, end, comma, periodAt)
  );
}

/** Words of what an amount came from after it, at most: "from tea exports". */
const SOURCE_REACH = 4;

/** Between `from` and `to`, only where the amount came from: "Sh138.6 billion from tea exports, 6.1% more". */
function sourcePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.norm !== "from" || to - from > SOURCE_REACH || to - from < 2) return false;
  for (let k = from + 1; k < to; k++) {
    const tok = tokens[k];
    if (tok?.kind !== "word" || tok.text !== tok.norm) return false;
  }
  return true;
}

/**
 * The token after the figure's unit when the unit follows it ("$24.80 a pound", "P58.42 against the
 * dollar"), else the token after the figure.
 */
function unitEnd(tokens: readonly Token[], same: PreviousFigure): number {
  const unit = same.figure.unit;
  if (!unit || same.figure.text.endsWith(unit)) return same.last;
  // ("per 40-foot container": the unit's words may be several tokens each.)
  const wanted = unit.toLowerCase().replace(/\s+/g, "");
  let read = "";
  for (let k = same.last; k < same.last + UNIT_TOKENS_REACH; k++) {
    read += tokens[k]?.norm ?? "";
    if (read === wanted) return k + 1;
    if (!wanted.startsWith(read)) return same.last;
  }
  return same.last;
}
/** Tokens a figure's unit after it may run over: "per 40 - foot container". */
const UNIT_TOKENS_REACH = 10;

/** Tokens of a share's whole or of the terms a figure is in, after it: "of the total", "in dollar terms". */
const AFTER_PHRASE_REACH = 5;

/**
 * Between the figure's end at `from` and `to`, only a short phrase of what a share is of or of the terms
 * it is in: "58 per cent of the total, or about $35.8 million", "115% in pesos, or about 22%".
 */
function shortPhraseAfter(tokens: readonly Token[], from: number, to: number): boolean {
  const lead = tokens[from]?.norm;
  if ((lead !== "of" && lead !== "in") || to - from > AFTER_PHRASE_REACH || to <= from + 1) return false;
  for (let k = from + 1; k < to; k++) {
    const tok = tokens[k];
    if (tok?.kind !== "word" || tok.text !== tok.norm || isPastVerb(tok)) return false;
  }
  return true;
}

/**
 * The figure whose qualifier starts at `qualifierStart` restates `same` in other terms: "..., or 1.3%",
 * "... ($8.6 billion)"; with `periodAt`, also past a period that dates the figure before ("stood at 2.9
 * trillion pounds at the end of September, or 96% of GDP").
 */
export function restates(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
  periodAt?: Int32Array,
): boolean {
  if (same === undefined) return false;
  const closes = (comma: number) =>
    comma === same.last || (periodAt !== undefined && afterFigure(tokens, comma, same, periodAt));
  // "12.5% (+2.1%)": past the sign.
  if (tokens[qualifierStart - 1]?.norm === "+" && tokens[qualifierStart - 2]?.norm === "(") qualifierStart--;
  // ", equivalent to 46% of revenue", ", the equivalent of 2.1% of GDP": words that restate, like "or".
  for (const words of RESTATING) {
    const at = qualifierStart - words.length;
    if (words.every((w, n) => tokens[at + n]?.norm === w) && tokens[at - 1]?.norm === ",")
      return closes(at - 1);
  }
  const link = tokens[qualifierStart - 1]?.norm;
  if (link === "(") return qualifierStart - 1 === same.last;
  // ("fell 638.45 points or 0.78 per cent to settle at": the comma may be missing.)
  return (
    link === "or" &&
    ((tokens[qualifierStart - 2]?.norm === "," && closes(qualifierStart - 2)) ||
      qualifierStart - 1 === same.last)
  );
}

/** Words after a comma that restate the figure before it, as "or" does: ", equivalent to 46% of revenue". */
const RESTATING: ReadonlyArray<readonly string[]> = [
  ["or", "the", "equivalent", "of"],
  ["the", "equivalent", "of"],
  ["equivalent", "to"],
  ["equal", "to"],
  ["representing"],
];

/** The words of "year-on-year", "month-on-month", "quarter-over-quarter". */
const ON_BASIS = new Set(["year", "month", "quarter", "week", "on", "over", "-"]);
/** The tokens of "year-on-year". */
const ON_BASIS_WORDS = 5;

/** Prepositions before a period: "in October", "on Monday". */
const PERIOD_PREPOSITIONS = new Set(["in", "on", "during", "for", "at", "by"]);
/** Words right before a period that belong to it: "in October", "as of Nov. 20". */
const PERIOD_LEADS = new Set([...PERIOD_PREPOSITIONS, "as", "of"]);
/** Words of a period the period finder leaves alone: "for the year", "in the period". */
const PERIOD_WORDS = new Set(["the", "year", "quarter", "half", "period", "month", "season"]);
/** A unit that makes an amount a price of one thing: "a litre", "per kg", "an ounce". */
export function isRateUnit(unit: string | undefined): boolean {
  return /^(?:a|an|per)\s/.test(unit ?? "");
}

/** Words of a rate after an amount: "a year", "per month", "each week". */
const RATE_WORDS = new Set(["a", "an", "per", "each"]);
/** Words between "to" and the level a change reached: "to a record", "to a fresh all-time high of". */
const LEVEL_WORDS = new Set([
  ...LEVEL_LEAD_WORDS,
  "high",
  "low",
  "of",
  // "to an annual rate of 1.45 million", "to a seasonally adjusted $312 billion".
  "annual",
  "rate",
  "seasonally",
  "adjusted",
  "annualized",
  "annualised",
  // "compared with just R60m in 2023", "up from only 40": a word of how little.
  "just",
  "only",
  // "down from a revised 5.6%", "compared with a provisional 2.7%", "from a peak of 54.1%".
  "revised",
  "provisional",
  "preliminary",
  "upwardly",
  "downwardly",
  "peak",
  "trough",
  "previous",
  "projection",
  "estimate",
  "average",
  // "up from a projected N305 billion", "against an estimated 1.2 million".
  "projected",
  "estimated",
  "expected",
  "forecast",
  "budgeted",
  "targeted",
  // "up from the $10.9 billion estimated in 2019", "up from the original P355.6 billion".
  "the",
  "original",
  "initial",
  "earlier",
]);
/** Prepositions before a level's period: "from 9 percent in 2015 to", "from 27% at end-2024 to". */
const DATING_LINKS = new Set(["in", "on", "at", "by", "during"]);

/** Plain words a level may be from the change before it: "1.2% higher at", "22% in early trading to". */
const NEAR_TOKENS = 4;
const NEAR_STOPS = new Set(["and", "but", "or", "while", "after", "before", "as", "which", "who", "that"]);

/**
 * Only a few lower-case words or a period ("in March"), no other mark, number or clause word, between
 * token `last` and `to`.
 */
function closeAfter(
  tokens: readonly Token[],
  last: number,
  to: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (to <= last || to - last > NEAR_TOKENS) return false;
  for (let k = last; k < to; k++) {
    const tok = tokens[k];
    if (isPeriodToken(k)) continue;
    if (tok?.kind !== "word" || tok.text !== tok.norm || NEAR_STOPS.has(tok.norm)) return false;
  }
  return true;
}

/** Tokens the words between a figure and the level it reached or came from may take. */
const GAP_LIMIT = 12;
/** Words that open another clause or figure between the two. */
const GAP_BREAKS = new Set([
  "and",
  "but",
  "or",
  "while",
  "whereas",
  "as",
  "which",
  "who",
  "that",
  "after",
  "before",
  "because",
  "when",
  "if",
  "than",
  "with",
  "its",
  "their",
  "his",
  "her",
]);
/**
 * Words right before "from" that set off the level something came from: ", up from 45%", ", slowing from
 * 4.6 percent a year earlier", ", easing from".
 */
const FROM_LEADS = new Set([
  "up",
  "down",
  "slowing",
  "easing",
  "rising",
  "falling",
  "climbing",
  "dropping",
  "accelerating",
  "narrowing",
  "widening",
  "improving",
  // ", little changed from", ", unchanged from", ", flat from": a level held since.
  "changed",
  "unchanged",
  "flat",
  "steady",
]);
/** Adverbs before such a word: ", little changed from", ", largely unchanged from". */
const LEAD_ADVERBS = new Set([
  "little",
  "almost",
  "largely",
  "broadly",
  "mostly",
  "virtually",
  "nearly",
  "essentially",
  "roughly",
  "barely",
]);
/** A word right before "from" that sets off a level come from: "up", "slowing", "weakening". */
function fromLead(tok: Token | undefined): boolean {
  const norm = tok?.norm ?? "";
  return FROM_LEADS.has(norm) || (norm.endsWith("ing") && CHANGE_VERB.has(norm));
}

/** Words right before a link: "up from", "compared with". */
const LINK_LEADS = new Set([...FROM_LEADS, "compared", "comparing"]);
/** Verbs of an attribution that may stand between: ", the central bank said,". */
const ATTRIBUTING = new Set([
  "said",
  "says",
  "reported",
  "showed",
  "shows",
  "according",
  "estimated",
  "data",
]);

/**
 * Between the figure before (ending at `from`) and the link word at `to`, only places, periods, markets
 * and attributions: "rose 3.1% in Frankfurt on Monday to", "climbed to $9.1 billion at the end of March,
 * the central bank said, up from", "fell to $1.2 billion in the six months to June, from".
 */
function linkGap(tokens: readonly Token[], from: number, to: number, periodAt: Int32Array): boolean {
  if (to <= from || to - from > GAP_LIMIT + ATTRIBUTION_REACH) return false;
  const aside = attributionAside(tokens, from, to);
  if (to - from - (aside ? aside.last - aside.first : 0) > GAP_LIMIT) return false;
  for (let k = from; k < to; k++) {
    if (aside && k >= aside.first && k < aside.last) continue;
    const tok = tokens[k];
    if (!tok || (periodAt[k] ?? -1) >= 0) continue;
    if (tok.norm === ",") continue;
    if (tok.kind !== "word" || GAP_BREAKS.has(tok.norm)) return false;
    // ", a bonus equal to": a new noun phrase after a comma names something else.
    if ((tok.norm === "a" || tok.norm === "an") && tokens[k - 1]?.norm === ",") return false;
    if (ATTRIBUTING.has(tok.norm)) continue;
    // ", up from", ", compared with": the link's own words.
    if (k === to - 1 && LINK_LEADS.has(tok.norm)) continue;
    if (isPastVerb(tok) || (tok.norm.endsWith("ing") && tok.text === tok.norm && tok.norm.length > 5))
      return false;
    if (CHANGE_VERB.has(tok.norm) || LEVEL_VERBS.has(tok.norm)) return false;
  }
  return true;
}

/** Tokens an attribution set off by commas may take: ", KRA Commissioner for Domestic Taxes Rispah Simiyu said,". */
const ATTRIBUTION_REACH = 14;

/**
 * An attribution set off by commas between `from` and `to`, its tokens from the comma that opens it to
 * the one that closes it: ", Auditor-General Nancy Gathungu has said in her latest report to Parliament,",
 * ", according to the National Association of College and University Business Officers,".
 */
function attributionAside(
  tokens: readonly Token[],
  from: number,
  to: number,
): { first: number; last: number } | undefined {
  let open = -1;
  for (let k = from; k < to; k++) {
    if (tokens[k]?.norm !== ",") continue;
    if (open >= 0 && k - open <= ATTRIBUTION_REACH) {
      for (let j = open + 1; j < k; j++)
        if (SPEECH_WORDS.has(tokens[j]?.norm ?? "")) return { first: open, last: k };
    }
    open = k;
  }
  return undefined;
}

/** Words that make a comma-bounded phrase an attribution: "said", "according". */
const SPEECH_WORDS = new Set(["said", "says", "told", "according", "estimated", "reported"]);

/** The latest subject among `figures` that names `head` as a word ("initiative" in "the ... Initiative ..."). */
export function antecedent(figures: readonly Figure[], head: string): Figure["subject"] | undefined {
  for (let k = figures.length - 1; k >= 0 && k >= figures.length - 20; k--) {
    const subject = figures[k]?.subject;
    if (!subject) continue;
    const words = subject.text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    if (words.includes(head) && !words[0]?.match(/^(that|this|these|those)$/)) return subject;
  }
  return undefined;
}

/** Prepositions of a place or a time between two figures: "4% in Austria and 2% in Belgium". */
const WHERE_OR_WHEN = new Set(["in", "at", "on", "for", "during", "across", "among", "from"]);
/** Tokens such a phrase may take. */
const GAP_REACH = 6;

/** Between `from` and `to`, only periods and a phrase of place or time ("in Chile", "in the quarter"). */
export function onlyWhereOrWhen(
  tokens: readonly Token[],
  from: number,
  to: number,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (to <= from || to - from > GAP_REACH) return false;
  let opened = false;
  for (let k = from; k < to; k++) {
    if (isPeriodToken(k)) continue;
    const tok = tokens[k];
    if (tok?.kind !== "word" || isPastVerb(tok)) return false;
    if (!opened && !WHERE_OR_WHEN.has(tok.norm)) return false;
    opened = true;
  }
  return true;
}

/** Words a gapped figure's noun phrase may take: "barley", "the euro", "South Korea". */
const GAP_WORDS = 3;
/** Words a gapped name of capitalized words may take: "the Massachusetts Institute of Technology". */
const NAME_GAP_WORDS = 6;
/** Words that make the words before a figure more than a noun phrase. */
const GAP_STOPS = new Set([
  "by",
  "to",
  // (", after 12.2 per cent in 2025/26": a preposition, no gapped noun.)
  "after",
  "before",
  "against",
  "versus",
  "at",
  "of",
  "from",
  "than",
  "with",
  "for",
  "in",
  "on",
  "as",
  "while",
  "but",
  "or",
  "and",
  "it",
  "they",
  "he",
  "she",
  "we",
  "up",
  "down",
  "about",
  "some",
  "nearly",
  "almost",
  "around",
  "over",
  "under",
  // "about 3%, not 4.5%", "Rs 1.35 lakh, against Rs 38,000", "among them six nights": no noun phrase.
  "not",
  "against",
  "versus",
  "vs",
  "between",
  "among",
  "them",
  "including",
  "plus",
  "only",
  "just",
]);
/** What may follow a gapped figure: the list goes on or ends. */
/** Last words of a percentage: "48%", "48 per cent", "48 percent". */
const PERCENT_ENDS = new Set(["%", "cent", "percent", "pc"]);
const GAP_ENDS = new Set([",", ".", ";", "and", ")", "respectively"]);

/**
 * "Wheat exports rose 6% in October, barley 3% and maize 11%", "Apple held 20%, Samsung 18%": after a
 * figure that has a subject, a list mark and a short noun phrase right before a figure that ends its item
 * repeat the verb before; returns that noun phrase's token range. Unless the figure before is a change,
 * only a name may stand in the gap ("... and buy four new bombers", "... and invest 6 trillion won" repeat
 * no verb); a count that names its own unit is never gapped ("cut 4,200 jobs, close 37 clinics").
 */
export function gappedNoun(
  tokens: readonly Token[],
  raw: { kind: Figure["kind"]; last: number; unitFirst?: number; unit?: string },
  qualifierStart: number,
  same: PreviousFigure | undefined,
  isPeriodToken: (k: number) => boolean,
): { first: number; last: number; change?: FigureChange } | undefined {
  // ("Nigeria produced 8.1 million tonnes, Ghana 2.3 million tonnes": a count of the same unit repeats too.)
  if (!same?.figure.subject || (raw.unitFirst !== undefined && raw.unit !== same.figure.unit))
    return undefined;
  const figureLast = raw.last;
  // ("and diesel by P0.85 per liter.": past its own denominator.)
  const rate =
    ["a", "an", "per"].includes(tokens[figureLast]?.norm ?? "") && tokens[figureLast + 1]?.kind === "word";
  const after = rate ? figureLast + 2 : figureLast;
  const next = tokens[after];
  // ("Exports rose 5% to $2 billion, imports 3% to $1.5 billion": a change and the level it reached repeat
  // the change before the level before; not "to 71.4, well below 80".)
  const reached = next?.norm === "to" && amountAt(tokens, after + 1);
  const changed = same.figure.change ?? (reached ? same.reachedChange : undefined);
  // ("raised petrol by Sh2.85 a litre and diesel by Sh3.10": the gapped noun before a change's "by".)
  const by = tokens[qualifierStart - 1]?.norm === "by" && same.figure.change !== undefined;
  // ("Shopee accounted for 55 percent of the total, Lazada for 24 percent": the verb's own "for" repeats.)
  const repeatedFor = tokens[qualifierStart - 1]?.norm === "for" && forBefore(tokens, same.first);
  const gapEnd = by || repeatedFor ? qualifierStart - 1 : qualifierStart;
  let k = gapEnd - 1;
  // ("..., fixed income 48%": a participle that opens the gapped phrase describes its noun.)
  // ("..., operating profit 12%": so does one in "-ing" before its noun; not ", including a record $62.2m".)
  const opensGap = (j: number) =>
    (isPastVerb(tokens[j]) ||
      (/^[a-z]{3,}ing$/.test(tokens[j]?.norm ?? "") && !DETERMINER_WORDS.has(tokens[j + 1]?.norm ?? ""))) &&
    tokens[j]?.text === tokens[j]?.norm &&
    [",", "and"].includes(tokens[j - 1]?.norm ?? "");
  // ("and the Massachusetts Institute of Technology 13.6%": a name may be longer and hold "of".)
  const nameLink = (j: number) =>
    ["of", "&"].includes(tokens[j]?.norm ?? "") &&
    isCapitalized(tokens[j - 1]) &&
    isCapitalized(tokens[j + 1]);
  const allNamed = (j: number) => {
    for (let i = j + 1; i < gapEnd; i++) if (!isCapitalized(tokens[i]) && !nameLink(i)) return false;
    return true;
  };
  while (
    k > same.last &&
    (gapEnd - 1 - k < GAP_WORDS ||
      (gapEnd - 1 - k < NAME_GAP_WORDS && (isCapitalized(tokens[k]) || nameLink(k)) && allNamed(k))) &&
    (isGapWord(tokens[k], isPeriodToken(k)) || (k < gapEnd - 1 && opensGap(k)) || nameLink(k))
  )
    k--;
  // ("and the Johannesburg Roads Agency 740 million rand": the article of a name.)
  if (tokens[k]?.norm === "the" && k < gapEnd - 1 && allNamed(k) && k - 1 >= same.last) k--;
  const first = k + 1;
  if (first === gapEnd || tokens.slice(first + 1, gapEnd).some((tok) => tok.norm === "the")) return undefined;
  const mark = tokens[k]?.norm;
  // ("transport gets N612 billion; environment N188 billion": a semicolon lists too.)
  if (mark !== "," && mark !== "and" && mark !== ";") return undefined;
  const named = tokens[first]?.norm === "the" ? allNamed(first) : allNamed(first - 1);
  // ("Equities accounted for 40% of the portfolio, fixed income 48%": a list of shares names its parts.)
  const shares = same.figure.kind === "PERCENT" && PERCENT_ENDS.has(tokens[figureLast - 1]?.norm ?? "");
  // ("Cash irregularities accounted for GH¢1.9 billion, payroll irregularities GH¢612 million": money or
  // a share the clause's subject holds, listed with the holders of the rest.)
  // (After "and", two words at least: "and prepared foods $371 million", not "and invest 6 trillion won".)
  const held =
    same.figure.subject.end <= same.figure.start &&
    same.figure.kind === "MONEY" &&
    raw.kind === "MONEY" &&
    !isPastVerb(tokens[first]) &&
    // (Not "and a record $60 billion in 2022": an article opens a level's description.)
    !["a", "an"].includes(tokens[first]?.norm ?? "") &&
    (repeatedFor ||
      mark === "," ||
      mark === ";" ||
      [",", ";"].includes(tokens[k - 1]?.norm ?? "") ||
      gapEnd - first >= 2 ||
      // ("petrol costs Rs 94.77 a litre and diesel Rs 87.67": prices of a unit list their goods.)
      isRateUnit(same.figure.unit));
  if (!changed && !named && !shares && !held && !repeatedFor) return undefined;
  const end = mark === "and" && [",", ";"].includes(tokens[k - 1]?.norm ?? "") ? k - 1 : k;
  let from = same.baseLast ?? same.last;
  // "Apple held 20% of the market, Samsung 18%": past what the figure before is a share of ("held a 52
  // per cent share of users, DoorDash 41 per cent").
  if (SHARE_NOUNS.has(tokens[from]?.norm ?? "") && tokens[from + 1]?.norm === "of") from++;
  if (tokens[from]?.norm === "of") {
    let j = from + 1;
    while (j < end && j - from <= GAP_WORDS && tokens[j]?.kind === "word" && !isCapitalized(tokens[j])) j++;
    if (j === end) from = end;
  }
  // ("sought a 6.5% increase and the University of Cape Town 6.2%": past the change noun after it.)
  if (CHANGE_NOUN.has(tokens[from]?.norm ?? "") && changed) from++;
  // ("by Sh2.85 a litre and diesel by Sh3.10": past the rate's denominator.)
  if (
    ["a", "an", "per"].includes(tokens[from]?.norm ?? "") &&
    tokens[from + 1]?.kind === "word" &&
    from + 2 === end
  )
    from = end;
  if (end !== same.last && end !== from && !onlyWhereOrWhen(tokens, from, end, isPeriodToken))
    return undefined;
  if (next && !GAP_ENDS.has(next.norm) && !WHERE_OR_WHEN.has(next.norm) && !isPeriodToken(after) && !reached)
    return undefined;
  return { first, last: gapEnd, ...(changed && { change: changed }) };
}

/** An amount opens at `k`: digits, or a currency's sign or letters ("$1.5 billion", "Rs 5", "N1.2"). */
function amountAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.kind === "num" || currencyPrefixAt(tokens, k) !== undefined;
}

/** Nouns of a share the figure before may be written with: "a 52 per cent share of users". */
const SHARE_NOUNS = new Set(["share", "stake", "slice", "portion"]);

/** "for" stands right before the figure that starts at `first`, or before its qualifier ("for about 55 percent"). */
function forBefore(tokens: readonly Token[], first: number): boolean {
  return (
    tokens[first - 1]?.norm === "for" ||
    (tokens[first - 2]?.norm === "for" && tokens[first - 1]?.kind === "word")
  );
}

function isGapWord(tok: Token | undefined, inPeriod: boolean): boolean {
  return (
    tok?.kind === "word" &&
    !inPeriod &&
    !GAP_STOPS.has(tok.norm) &&
    !AUXILIARIES.has(tok.norm) &&
    !isPastVerb(tok) &&
    !CHANGE_VERB.has(tok.norm) &&
    !LEVEL_VERBS.has(tok.norm) &&
    // ("and Karoo Milling R170 million": a name's word may end in "-ing".)
    !(tok.norm.endsWith("ing") && tok.text === tok.norm)
  );
}

/** Capitalized words a name in a ranking may take: "Saudi Arabia", "the United Kingdom". */
const RANKED_NAME_WORDS = 4;

/**
 * "followed by Japan with 18% and India with 9%", "followed by Americans at 900,000": in a ranking after
 * a figure, the name before "with" or "at" is what the figure measures; returns its token range.
 */
export function rankedName(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
): { first: number; last: number } | undefined {
  // ("followed by HDFC Bank (Rs 945 crore)": the amount in parentheses after the name.)
  const link = tokens[qualifierStart - 1]?.norm ?? "";
  // ("followed by Mazda on 8,120": Australian papers rank "on" a figure.)
  if (!["with", "at", "on", "("].includes(link)) return undefined;
  // ("Religion received the largest share, followed by human services with $91.3 billion": the first
  // figure of a sentence may be the first one followed.)
  const floor = same?.last ?? 0;
  const last = qualifierStart - 1;
  // "followed by the Democratic Alliance (DA) at 22%": past the acronym in parentheses.
  let first = link === "(" ? last : (acronymBefore(tokens, last) ?? last);
  const nameEnd = first;
  // ("followed by healthcare at Rs 7,850 crore": a lower-case item of a ranking too.)
  // (Not a verb's words: "and currently stands at 29.3 per cent", ", set at $1.56 billion", "growing at".)
  const itemWord = (tok: Token | undefined) =>
    isCapitalized(tok) ||
    (tok?.kind === "word" &&
      !GAP_STOPS.has(tok.norm) &&
      !ITEM_STOPS.has(tok.norm) &&
      !isPastVerb(tok) &&
      !IRREGULAR_PARTICIPLES.has(tok.norm) &&
      !LEVEL_VERBS.has(tok.norm) &&
      !CHANGE_VERB.has(tok.norm) &&
      !/(?:ly|ing)$/.test(tok.norm));
  // ("followed by HP Inc. with 14.9 million": a legal form's point is part of the name.)
  const formPoint = (k: number) => dottedFormPoint(tokens, k) && !tokens[k]?.spaceBefore;
  // ("followed by the National Bank of Kazakhstan with 18 tons": "of" between capitalized words.)
  const innerOf = (k: number) =>
    (tokens[k]?.norm === "of" || tokens[k]?.norm === "the") &&
    (isCapitalized(tokens[k + 1]) || (tokens[k + 1]?.norm === "the" && isCapitalized(tokens[k + 2]))) &&
    (isCapitalized(tokens[k - 1]) || (tokens[k - 1]?.norm === "of" && isCapitalized(tokens[k - 2])));
  let inner = 0;
  while (first > floor && nameEnd - first < RANKED_NAME_WORDS + inner) {
    if (formPoint(first - 1) && first - 1 === nameEnd - 1) first--;
    // ("followed by KwaZulu-Natal at 17.4%": a name joined by a hyphen.)
    else if (
      gluedHyphen(tokens, first - 1) &&
      isCapitalized(tokens[first - 2]) &&
      isCapitalized(tokens[first])
    ) {
      first -= 2;
      inner++;
    } else if (innerOf(first - 1) && inner < 3) {
      first--;
      inner++;
    } else if (itemWord(tokens[first - 1])) first--;
    else break;
  }
  if (first === nameEnd || (first === nameEnd - 1 && formPoint(first))) return undefined;
  const start = tokens[first - 1]?.norm === "the" ? first - 1 : first;
  const lead = tokens[start - 1]?.norm;
  // ("ahead of Apple at 15%", "behind Huawei at 18%": a rival ranked beside the figure before.)
  const beside = (lead === "of" && tokens[start - 2]?.norm === "ahead") || lead === "behind";
  // ("led by TVS with 28,400 units": the first of a ranking led.)
  const followed = (lead === "by" && FOLLOWED.has(tokens[start - 2]?.norm ?? "")) || (beside && link !== "(");
  // "... and India with 9%", ", Spain with 7%": the ranking goes on after one that was followed, or a
  // list repeats the link of the figure before ("estimated its losses at 600 million euros, AXA at 450
  // million").
  const goesOn =
    same !== undefined &&
    (lead === "and" || lead === ",") &&
    (followedBetween(tokens, same.last, start) || tokens[same.first - 1]?.norm === tokens[last]?.norm);
  return followed || goesOn ? { first: start, last } : undefined;
}

/** Participles of a ranking whose agent after "by" is ranked: "followed by Japan", "led by TVS". */
const FOLLOWED = new Set(["followed", "led", "trailed"]);

/** Words no ranked item is made of: "followed", "the", a verb's helper. */
const ITEM_STOPS = new Set([
  "followed",
  "the",
  "a",
  "an",
  "was",
  "were",
  "is",
  "are",
  "had",
  "has",
  "its",
  "their",
]);

/** "followed by" stands before `to`, from a few tokens before `from` on (the ranking may open before it). */
function followedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(from - 12, 0); k < to - 1; k++)
    if (tokens[k]?.norm === "followed" && tokens[k + 1]?.norm === "by") return true;
  return false;
}

/** Relative words of a share of the figure before: "of which", "of whom". */
const PARTITIVE_RELATIVES = new Set(["which", "whom"]);

/**
 * "The bank lent $5 billion, of which 80% went to small firms", "12,000 residents, a quarter of whom are
 * over 65": a share of the figure right before measures what that figure counts (its unit's noun), or that
 * figure itself. Undefined when the figure is no such share.
 */
export function partitiveSubject(
  tokens: readonly Token[],
  qualifierStart: number,
  last: number,
  same: PreviousFigure | undefined,
  kind: Figure["kind"],
  periodAt: Int32Array,
): Figure["subject"] | undefined {
  if (!same) return undefined;
  // ("a R47bn guarantee framework, of which R21bn has been drawn": the noun the money described ends
  // right before the comma.)
  const named = same.figure.subject;
  const describedBefore = (comma: number) =>
    named !== undefined && named.start >= same.figure.end && tokens[comma - 1]?.end === named.end;
  const before =
    PARTITIVE_RELATIVES.has(tokens[qualifierStart - 1]?.norm ?? "") &&
    tokens[qualifierStart - 2]?.norm === "of" &&
    tokens[qualifierStart - 3]?.norm === "," &&
    (qualifierStart - 3 === same.last || describedBefore(qualifierStart - 3));
  // ("1,023 people were injured, 312 of them seriously": "of them" after a count, its clause between.)
  const them = tokens[last + 1]?.norm === "them" && same.figure.kind === "QUANTITY" && kind !== "PERCENT";
  const after =
    tokens[last]?.norm === "of" &&
    (PARTITIVE_RELATIVES.has(tokens[last + 1]?.norm ?? "") || them) &&
    tokens[qualifierStart - 1]?.norm === "," &&
    // ("Some 4,000 nurses left, 1,200 of whom moved abroad": past the count's own predicate.)
    (qualifierStart - 1 === same.last ||
      them ||
      afterPredicate(tokens, same.last, qualifierStart - 1, periodAt));
  if (!before && !after) return undefined;
  const previous = same.figure;
  if (previous.kind === "QUANTITY" && previous.subject && previous.subject.start >= previous.start)
    return { ...previous.subject };
  // "pending bills of Sh120 billion, of which Sh63 billion is owed": a part in the same terms measures the same.
  if (kind === previous.kind && kind !== "PERCENT" && previous.subject) return { ...previous.subject };
  // ("The union has 48,000 members, about a third of whom": a part of the count is of its unit, not its
  // holder.)
  const unit = previous.unit;
  if (previous.kind === "QUANTITY" && unit && previous.text.endsWith(unit))
    return { text: unit, start: previous.end - unit.length, end: previous.end };
  return { text: previous.text, start: previous.start, end: previous.end };
}

/**
 * "sell $58 billion of three-year notes, $42 billion of 10-year notes and $25 billion of 30-year bonds":
 * a figure listed right after the one before, whose subject followed it after the same link, repeats
 * the verb; returns the token of its own link ("of", "in"), where its noun phrase opens, or undefined.
 */
export function listedContentLink(
  tokens: readonly Token[],
  raw: { last: number; kind: Figure["kind"] },
  qualifierStart: number,
  same: PreviousFigure | undefined,
): number | undefined {
  if (!same) return undefined;
  // ("$1.25 billion of 10-year notes at 6.05% and $750 million of 30-year bonds": past the rate.)
  const item = same.figure.kind !== raw.kind && same.dealMoney ? same.dealMoney : same;
  const before = item.figure.subject;
  if (!before || item.figure.kind !== raw.kind || before.start < item.figure.end) return undefined;
  const link = tokens[raw.last]?.norm;
  if ((link !== "of" && link !== "in") || tokens[item.last]?.norm !== link) return undefined;
  let k = qualifierStart - 1;
  if (tokens[k]?.norm === "and" || tokens[k]?.norm === "or") k--;
  if (tokens[k]?.norm === ",") k--;
  const end = item === same ? before.end : tokens[same.last - 1]?.end;
  return k < qualifierStart - 1 && tokens[k]?.end === end ? raw.last : undefined;
}

/**
 * "Inflation was 2.1% in Germany, 0.9% in France and 1.8% in Italy": a figure listed after the one
 * before, each followed by only a place or a period, measures the same thing.
 */
export function listedLevel(
  tokens: readonly Token[],
  raw: { last: number; kind: Figure["kind"] },
  qualifierStart: number,
  same: PreviousFigure | undefined,
  isPeriodToken: (k: number) => boolean,
): boolean {
  if (!same?.figure.subject || same.figure.kind !== raw.kind) return false;
  let mark = qualifierStart - 1;
  if (tokens[mark]?.norm === "and" && tokens[mark - 1]?.norm === ",") mark--;
  if (tokens[mark]?.norm !== "," && tokens[mark]?.norm !== "and") return false;
  const next = tokens[raw.last];
  const placed = next !== undefined && (WHERE_OR_WHEN.has(next.norm) || isPeriodToken(raw.last));
  return placed && onlyWhereOrWhen(tokens, same.last, mark, isPeriodToken);
}

/**
 * Forms of "add": "These add up to 5%" is a total, and "and add 1.2 billion euros to the core profit" puts
 * money to what follows it.
 */
export const ADDING: ReadonlySet<string> = new Set(["add", "adds", "added", "adding"]);
/** Words between a change verb and its figure: "rose by", "fell to", "was up about". */
const VERB_TO_FIGURE = new Set([
  "by",
  "to",
  "a",
  "an",
  // "and are set to rise another 5%".
  "another",
  "about",
  "around",
  "roughly",
  "nearly",
  "some",
  "just",
]);
/** Words that join a second verb phrase to the first one's subject: "rose 5.1% ... but fell 1.2%". */
const VERB_JOINS = new Set(["but", "and", "yet"]);

/**
 * "Sales rose 5.1% in the South but fell 1.2% in the West", "down 1.3% from September but up 9.7% from a
 * year earlier", "rose 0.3% to $36.12, and were up 3.8%": a change verb right after "but" or "and" (or with
 * "was"/"were" between) continues the subject of the figure before it.
 */
export function joinedChange(
  tokens: readonly Token[],
  hit: ChangeHit | undefined,
  qualifierStart: number,
  same: PreviousFigure,
): boolean {
  if (!same.figure.subject) return false;
  // ("and are forecast to ease to $16.1 billion": the level a change verb reaches, no change of its own.)
  const reached =
    tokens[qualifierStart - 1]?.norm === "to" && CHANGE_VERB.has(tokens[qualifierStart - 2]?.norm ?? "")
      ? qualifierStart - 2
      : -1;
  const at = hit && !hit.after ? hit.at : reached;
  if (at < 0) return false;
  const verb = tokens[at]?.norm ?? "";
  // ("fell as much as 9.8% and closed down 7.1%": a market's closing verb before its direction.)
  const closing = (verb === "up" || verb === "down") && CLOSING_VERBS.has(tokens[at - 1]?.norm ?? "");
  if (!closing && (!CHANGE_VERB.has(verb) || ADDING.has(verb))) return false;
  // ("and extend its buyback by $300 million": a verb with an object of its own.)
  for (let k = at + 1; k < qualifierStart; k++) if (!VERB_TO_FIGURE.has(tokens[k]?.norm ?? "")) return false;
  let k = closing ? at - 2 : at - 1;
  // ("and are forecast to ease to $16.1 billion", "but could fall 3%": past the helpers of its verb.)
  while (k > same.last && JOINED_HELPERS.has(tokens[k]?.norm ?? "")) k--;
  return VERB_JOINS.has(tokens[k]?.norm ?? "") && k >= same.last;
}

/** Helpers between a joined clause's "and" and its change verb: "and are forecast to ease", "but could fall". */
const JOINED_HELPERS: ReadonlySet<string> = new Set([
  ...HELPER_VERBS,
  "expected",
  "forecast",
  "projected",
  "set",
  "likely",
  "due",
  "to",
]);

/**
 * Prepositions that open a gapped clause's level: "and to HK$7.20", "and profit before tax to NOK 288 million",
 * "and real GDP growth of 3.25-4.25pc".
 */
const GAPPED_LINKS = new Set(["to", "at", "of"]);
/** Tokens back from the figure before to the same preposition before an earlier level, at most. */
const GAPPED_LINK_REACH = 12;
/** Words of a gapped clause's own noun phrase, at most: "and profit before tax to". */
const GAPPED_NOUN_WORDS = 5;
/**
 * Words that make a gapped clause's words no noun phrase: a verb's helpers, a clause's opener, a
 * preposition that opens a phrase of place ("and in the UAE to Dh36.75"), a verb of intent or standing
 * ("and expects to pass 10 million", "and currently stands at 29.3 per cent").
 */
const NOT_GAPPED_NOUNS = new Set([
  ...JOINED_HELPERS,
  "that",
  "which",
  "who",
  "it",
  "they",
  "we",
  "in",
  "on",
  "for",
  "at",
  "by",
  "with",
  "from",
  "among",
  "expects",
  "plans",
  "aims",
  "hopes",
  "wants",
  "intends",
  "seeks",
  "stands",
  "trades",
  "equal",
  "currently",
]);

/**
 * A clause joined by "and" whose verb is gapped, its level after the preposition an earlier level of the
 * sentence took: "will rise to HK$5.70 from HK$5 on weekdays and to HK$7.20 at weekends" measures what the
 * figure before measured ("same"); "revenue amounted to NOK 3,012 million and profit before tax to NOK 288
 * million" its own noun phrase (a token range).
 */
export function gappedClause(
  tokens: readonly Token[],
  qualifierStart: number,
  end: number,
  same: PreviousFigure,
): "same" | { first: number; last: number } | undefined {
  const link = tokens[qualifierStart - 1]?.norm ?? "";
  // ("and the remaining R20m will come from": a clause with a verb of its own is not gapped.)
  if (!GAPPED_LINKS.has(link))
    return HELPER_VERBS.has(tokens[end]?.norm ?? "") ? undefined : gappedObject(tokens, qualifierStart, same);
  let linked = false;
  for (let j = same.first - 1; j >= Math.max(0, same.first - GAPPED_LINK_REACH) && !linked; j--)
    linked = tokens[j]?.norm === link;
  if (!linked) return undefined;
  const join = tokens[qualifierStart - 2]?.norm ?? "";
  if (join === "and" || join === "but") return qualifierStart - 2 >= same.last ? "same" : undefined;
  const phrase = gappedNounPhrase(tokens, qualifierStart - 1, same);
  // ("and economists expect growth of just 0.3 percent": a verb that takes a figure makes it no noun phrase.)
  for (let k = phrase?.first ?? 0; phrase && k < phrase.last; k++)
    if (OBJECT_TAKING_VERBS.has(tokens[k]?.norm ?? "") || SPEECH.has(tokens[k]?.norm ?? "")) return undefined;
  return phrase;
}

/**
 * "A double cabin costs Tk 2,500 and a single cabin Tk 1,800", "Adults pay £12 and children £6": a clause
 * joined by "and" whose verb is gapped, its noun phrase right before its figure, where the figure before was
 * its verb's object right after its subject and verb (one to three words).
 */
function gappedObject(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure,
): "same" | { first: number; last: number } | undefined {
  const subjectEnd = same.figure.subject?.end ?? Number.POSITIVE_INFINITY;
  let verbAt = same.first;
  while (verbAt > 0 && (tokens[verbAt - 1]?.start ?? 0) >= subjectEnd) {
    verbAt--;
    if (tokens[verbAt]?.kind !== "word" || same.first - verbAt > GAPPED_VERB_WORDS) return undefined;
  }
  // ("at a resolution of 50cm and transmit": a preposition after the subject is no verb.)
  if (verbAt === same.first || PREPOSITION_WORDS.has(tokens[verbAt]?.norm ?? "")) return undefined;
  // ("and business rates another £40m", "and a further Rs 18,200 crore": more of what the figure before
  // measured, after a noun phrase of its own or none.)
  let end = qualifierStart;
  let more = false;
  while (end > same.last && GAPPED_TAIL.has(tokens[end - 1]?.norm ?? "")) {
    more ||= GAPPED_MORE.has(tokens[end - 1]?.norm ?? "");
    end--;
  }
  if (tokens[end - 1]?.norm === "and" && end - 1 >= same.last) return more ? "same" : undefined;
  const phrase = gappedNounPhrase(tokens, end, same);
  if (!phrase) return undefined;
  const verbs = tokens.slice(verbAt, same.first).filter((v) => !QUALIFIER_WORDS.has(v.norm));
  const verb = verbs[verbs.length - 1];
  for (let k = phrase.first; k < phrase.last; k++) if (verbLike(tokens[k], verb)) return undefined;
  // ("and Yorkshire recording more than 190mm": a participle right before the figure takes it as its object;
  // "the bottling plant" is a noun phrase.)
  const lastWord = tokens[phrase.last - 1]?.norm ?? "";
  if (/^[a-z]{3,}ing$/.test(lastWord) && !NOUN_GERUNDS.has(lastWord)) return undefined;
  // ("will release 5 billion pesos ... and offer 10,000-peso cash grants", "employ about 1,000 people and pump
  // an estimated $90 million": after a modal (or "to") or a verb's plain form, a lower-case word without a determiner
  // or a plural's "s" is the clause's own verb in the same form; "Adults pay £12 and children £6", "Tickets
  // cost $40 and parking $15".)
  const opener = tokens[phrase.first];
  // ("accounts for about 43%": the verb's form past its particle.)
  const main = SHARE_PARTICLES.has(verb?.norm ?? "") ? verbs[verbs.length - 2] : verb;
  const plain =
    verbs.some((v) => MODALS.has(v.norm)) ||
    (main !== undefined && main.text === main.norm && !main.norm.endsWith("s") && !isPastVerb(main));
  const bare =
    opener?.text === opener?.norm &&
    !DETERMINER_WORDS.has(opener?.norm ?? "") &&
    !/[^s]s$/.test(lastWord) &&
    !IRREGULAR_UNIT.has(lastWord) &&
    !NOUN_GERUNDS.has(lastWord);
  return plain && bare ? undefined : phrase;
}

/** Words between the figure before and its subject in a clause whose verb a later one gaps, at most: "has cost". */
const GAPPED_VERB_WORDS = 3;
/** Words of more of the same before a gapped clause's figure: "another", "a further", "the remaining", "just". */
const GAPPED_MORE = new Set([...ADDITIVES, "remaining"]);
const GAPPED_TAIL = new Set([...GAPPED_MORE, "a", "an", "the", "just", "only"]);
/** Verbs that take a figure, which a gapped clause has none of. */
const GAPPED_NOT_NOUNS: ReadonlySet<string> = new Set([
  ...LEVEL_VERBS,
  ...OBJECT_VERBS,
  ...OBJECT_TAKING_VERBS,
  ...SPEECH_VERBS,
]);
const SPEECH: ReadonlySet<string> = new Set(SPEECH_VERBS);
const NOW: ReadonlySet<string> = new Set(NOW_WORDS);

/**
 * A word of a gapped clause's would-be noun phrase that is a verb: one that takes a figure, "now", or a
 * present verb where the clause before had one ("employs 109,000 people and contributes 6.8 billion pounds").
 */
function verbLike(tok: Token | undefined, verb: Token | undefined): boolean {
  const norm = tok?.norm ?? "";
  if (GAPPED_NOT_NOUNS.has(norm) || NOW.has(norm)) return true;
  return tok?.text === norm && /[^s]s$/.test(norm) && /[^s]s$/.test(verb?.norm ?? "") && !isPastVerb(verb);
}

/** The noun phrase between "and" (after the figure before) and `end`, where nothing but words of one stand. */
function gappedNounPhrase(
  tokens: readonly Token[],
  end: number,
  same: PreviousFigure,
): { first: number; last: number } | undefined {
  let k = end - 1;
  while (
    k > same.last &&
    end - k <= GAPPED_NOUN_WORDS &&
    tokens[k]?.kind === "word" &&
    !VERB_JOINS.has(tokens[k]?.norm ?? "") &&
    !NOT_GAPPED_NOUNS.has(tokens[k]?.norm ?? "") &&
    !CHANGE_VERB.has(tokens[k]?.norm ?? "") &&
    !isPastVerb(tokens[k])
  )
    k--;
  // ("accounts for 43% of the total, heating 26% and lighting 10%": a list's item set off by a comma, where
  // the list goes on after it.)
  const listed = tokens[k]?.norm === "," && listItem(tokens, k + 1, end);
  if ((tokens[k]?.norm !== "and" && !listed) || k < same.last || k + 1 >= end) return undefined;
  // ("and keeping its fee at N28,000", "and currently at": a participle with its object, or an adverb, opens
  // no noun phrase.)
  const opener = tokens[k + 1]?.norm ?? "";
  const participle = /^[a-z]+ing$/.test(opener) && DETERMINER_WORDS.has(tokens[k + 2]?.norm ?? "");
  if (participle || /^[a-z]+ly$/.test(opener)) return undefined;
  return { first: k + 1, last: end };
}

/**
 * The words [first, end) after a comma are an item of a list that goes on after its figure ("the Middle
 * East 29 per cent and Europe 14 per cent", "tankers 29, container ships 21"): a noun phrase, not a
 * participle's ("spending SR122 billion"), a comparison's ("weaker than Friday's", "plus or minus") or an
 * apposition's ("an average of 213 a day, according to").
 */
function listItem(tokens: readonly Token[], first: number, end: number): boolean {
  const opener = tokens[first]?.norm ?? "";
  if (NOT_LIST_OPENERS.has(opener) || (/^[a-z]+(?:ing|er)$/.test(opener) && !NOUN_GERUNDS.has(opener)))
    return false;
  if (tokens.slice(first, end).some((tok) => tok.norm === "than" || tok.norm === "average")) return false;
  for (let k = end + 1; k < end + LIST_GOES_ON; k++) {
    const tok = tokens[k];
    if (tok?.norm === "and") return true;
    if (tok?.norm === ",")
      return !NOT_LIST_OPENERS.has(tokens[k + 1]?.norm ?? "") && tokens[k + 1]?.kind === "word";
  }
  return false;
}

/** Tokens after a listed item's figure that may reach the list's next "and" or comma: "26 per cent and". */
const LIST_GOES_ON = 5;
/** Words that open no list's item, nor its next one, after a comma: ", of whom 53,108", ", according to". */
const NOT_LIST_OPENERS = new Set([
  ...PREPOSITION_WORDS,
  ...["which", "whom", "who", "or", "and", "but", "while", "whereas", "plus", "minus", "against", "versus"],
  ...["via", "according", "said", "says", "up", "down", "compared"],
]);

/** Verbs of a market's close before its direction: "closed down 7.1%", "ended up 2%". */
const CLOSING_VERBS = new Set(["closed", "ended", "finished", "settled", "traded"]);

/** Tokens from the terms' "at" to their "of", at most: "at a cut - off yield of". */
const DEAL_TERMS_REACH = 7;
/** Tokens between money and the terms it was raised at, at most: "of 10-year notes" before "at". */
const DEAL_REACH = 8;

/**
 * "sold $1.25 billion of 10-year notes at a yield of 6.05%", "priced a $1 billion 20-year tranche at
 * 9.75%": a rate the money was raised at measures what the money bought; its subject, or undefined.
 */
export function dealTermsSubject(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
): Figure["subject"] | undefined {
  const subject = same?.figure.subject;
  if (same?.figure.kind !== "MONEY" || !subject) return undefined;
  let at = qualifierStart - 1;
  // "at a yield of", "at a high yield of", "at an average rate of": back to the terms' "at".
  let termsAt = at - 2;
  while (termsAt > at - DEAL_TERMS_REACH && tokens[termsAt]?.norm !== "at") termsAt--;
  if (termsAt >= 0 && dealTermsEnd(tokens, termsAt) === at) {
    // ("taxed at an effective rate of 20%": a rate is a deal's term only where money was raised.)
    if (tokens[at - 1]?.norm === "rate" && !dealVerbNear(tokens, same.first, at)) return undefined;
    at = termsAt;
  }
  if (tokens[at]?.norm !== "at" || at - same.last > DEAL_REACH || (tokens[at]?.start ?? 0) < subject.end)
    return undefined;
  for (let k = same.last; k < at; k++)
    if (tokens[k]?.kind === "punct" && tokens[k]?.norm !== "-") return undefined;
  return { ...subject };
}

/** Verbs of raising money by selling securities: "sold N120 billion of bills at a stop-out rate of". */
const FUNDRAISING: ReadonlySet<string> = new Set(FUNDRAISING_VERBS);
/** Tokens before the money a deal's verb may stand in. */
const DEAL_VERB_REACH = 6;

/** A verb of raising money stands shortly before the money at `first`, or between it and `at`. */
function dealVerbNear(tokens: readonly Token[], first: number, at: number): boolean {
  for (let k = Math.max(0, first - DEAL_VERB_REACH); k < at; k++)
    if (FUNDRAISING.has(tokens[k]?.norm ?? "")) return true;
  return false;
}

/** Tokens between a change and the second figure it joins with "and", at most. */
const SECOND_OBJECT_REACH = 14;

/**
 * "rose 1.6 percent month-on-month and 26.3 percent year-on-year", "grew 0.3 percent in the third quarter
 * ..., and 1.2 percent year-on-year", "rose 24.6% to $2.99 billion in reported currency and by 27.8% in
 * constant currency": a percentage joined by "and" (or "and by") to the change before it, with no verb
 * between, is a second measure of the same change; returns that change (without its base), or undefined.
 */
export function secondChangeOf(
  tokens: readonly Token[],
  raw: { last: number; kind: Figure["kind"] },
  qualifierStart: number,
  same: PreviousFigure | undefined,
): FigureChange | undefined {
  const change = same?.figure.change ?? same?.reachedChange;
  if (!same || !change || raw.kind !== "PERCENT" || change.measure !== "relative") return undefined;
  // ("up 5.2% on the year and about 98% of pre-pandemic volumes": a share of something, no change.)
  if (tokens[raw.last]?.norm === "of") return undefined;
  let and = qualifierStart - 1;
  if (tokens[and]?.norm === "by") and--;
  if (tokens[and]?.norm !== "and" || and - same.last > SECOND_OBJECT_REACH) return undefined;
  for (let k = same.last; k < and; k++) {
    const tok = tokens[k];
    if (!tok || tok.kind === "num") return undefined;
    // ("in reported currency": a participle after a preposition describes a noun.)
    const verb = isPastVerb(tok) && !["in", "at", "on"].includes(tokens[k - 1]?.norm ?? "");
    if (tok.kind === "word" && (verb || CHANGE_VERB.has(tok.norm) || SECOND_OBJECT_STOPS.has(tok.norm)))
      return undefined;
  }
  return { direction: change.direction, measure: change.measure };
}

/** Words that open another clause or item before "and": "while", "but", "which", a place's "in Wales". */
const SECOND_OBJECT_STOPS = new Set(["while", "but", "which", "that", "who", "as", "after", "its", "their"]);

/** Tokens between a count and the comma before ", worth": "of Brazilian chicken last year". */
const COUNT_PHRASE_REACH = 10;

/**
 * "imported 562,000 tonnes of Brazilian chicken last year, worth 7.1 billion yuan", "shipped 5.3 million
 * tons of chicken in 2024, valued at $9.9 billion": the money a count is worth, set off after it, measures
 * what the count measures.
 */
export function valueOfCount(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
): boolean {
  if (same?.figure.kind !== "QUANTITY" || !same.figure.subject) return false;
  let k = qualifierStart - 1;
  if (tokens[k]?.norm === "at" && tokens[k - 1]?.norm === "valued") k--;
  else if (tokens[k]?.norm !== "worth") return false;
  if (tokens[k - 1]?.norm !== ",") return false;
  const comma = k - 1;
  if (comma - same.last > COUNT_PHRASE_REACH) return false;
  for (let j = same.last; j < comma; j++) {
    const tok = tokens[j];
    if (!tok || tok.kind === "punct" || isPastVerb(tok) || AUXILIARIES.has(tok.norm)) return false;
  }
  return true;
}

/** Verbs by which a holder runs or has a count: "operates 1,480 funeral homes", "has 120 stores". */
const HOLDERS_VERBS: ReadonlySet<string> = new Set(THROUGHPUT_VERBS);
/** Words of a place phrase between a count and the next one: "in Saudi Arabia", "across the UAE". */
const PLACE_PHRASE_WORDS = new Set(["in", "across", "at", "the"]);
/** Tokens of such a phrase, at most. */
const PLACE_PHRASE_REACH = 6;

/**
 * "Meridian operates 1,480 funeral homes and 496 cemeteries", "TechPlus operates 64 showrooms in Saudi
 * Arabia and 16 in Oman": a count listed after "and" right after the count a named holder runs, has or
 * handles (past a place phrase) is that holder's too.
 */
export function heldListItem(
  tokens: readonly Token[],
  qualifierStart: number,
  same: PreviousFigure | undefined,
): boolean {
  if (!same) return false;
  const held = same.figure;
  if (held.kind !== "QUANTITY" || !held.subject || subjectIsItsUnit(held)) return false;
  if (tokens[qualifierStart - 1]?.norm !== "and" || held.subject.end > held.start) return false;
  let verb = same.first - 1;
  while (verb > 0 && QUALIFIER_WORDS.has(tokens[verb]?.norm ?? "")) verb--;
  if (!HOLDERS_VERBS.has(tokens[verb]?.norm ?? "")) return false;
  const and = qualifierStart - 1;
  if (and - same.last > PLACE_PHRASE_REACH) return false;
  for (let j = same.last; j < and; j++) {
    const tok = tokens[j];
    if (!tok || !(PLACE_PHRASE_WORDS.has(tok.norm) || (tok.kind === "word" && isCapitalized(tok))))
      return false;
  }
  return true;
}

/**
 * The figure at `qualifierStart` opens a comparison set off by a comma: ", up from", ", down sharply from",
 * ", compared with", ", as against", ", from", ", against", ", versus".
 */
function setOffComparison(tokens: readonly Token[], qualifierStart: number): boolean {
  let k = qualifierStart - 1;
  // (", down from a peak of 91.50 yuan", ", up from a record low of 2.1%".)
  if (tokens[k]?.norm === "of" && PEAKS.has(tokens[k - 1]?.norm ?? "")) {
    k -= 2;
    if (tokens[k]?.norm === "record" || tokens[k]?.norm === "all-time") k--;
    if (!["a", "an", "its", "their"].includes(tokens[k]?.norm ?? "")) return false;
    k--;
  }
  if (tokens[k]?.norm === "the") k--;
  const link = tokens[k]?.norm ?? "";
  if (link === "with" || link === "to") {
    if (tokens[k - 1]?.norm !== "compared") return false;
    k -= 2;
  } else if (link === "against" && tokens[k - 1]?.norm === "as") k -= 2;
  else if (link === "from") {
    k--;
    if (/^[a-z]{3,}ly$/.test(tokens[k]?.text ?? "")) k--;
    if (fromLead(tokens[k])) k--;
  } else if (link === "against" || link === "versus") k--;
  else return false;
  return tokens[k]?.norm === ",";
}

/** Levels a comparison may name before "of": "a peak of", "a record low of". */
const PEAKS = new Set(["peak", "high", "low", "record"]);

/**
 * "WAEC said 63.4% of the 461,017 candidates passed maths, up from 54.1% in 2025": a level compared after a
 * comma measures what the nearest figure of its kind before it in the sentence measures, where nothing
 * nearer says so: the same currency for money, the same unit for a count, and the same scale (not "$3.79
 * per share" for "up from $4.79 billion"). `before` holds the sentence's figures so far; `kind` is the
 * kind looked for (a bare number's count: "871,000 Canadians ..., up from 812,000"), `reach` how many
 * figures back.
 */
function comparedWith(
  figure: Figure,
  before: readonly Figure[],
  kind: Figure["kind"] = figure.kind,
  reach = COMPARED_REACH,
): Figure | undefined {
  for (let j = before.length - 1; j >= Math.max(0, before.length - reach); j--) {
    const other = before[j];
    if (!other || other.sentence.start !== figure.sentence.start) return undefined;
    if (
      other.kind === kind &&
      other.currency === figure.currency &&
      (figure.kind !== "QUANTITY" || other.unit === figure.unit) &&
      Math.abs(figure.value) < Math.abs(other.value) * COMPARED_SCALE &&
      Math.abs(figure.value) * COMPARED_SCALE > Math.abs(other.value)
    )
      return other;
  }
  return undefined;
}

/** How many times larger or smaller a level compared may be than the level it is compared with. */
const COMPARED_SCALE = 20;
/** Figures read back for the one a level is compared with, so that a sentence of many stays linear. */
const COMPARED_REACH = 6;

/** Words before a count that make it a part or a place of the figure before: "including 290 children". */
const PART_LINKS = new Set(["including", "in", "across", "among"]);

/**
 * A level compared after a comma (see setOffComparison) takes what the figure it is compared with
 * measures (comparedWith): its subject where it has none, or where the figure right before is of another
 * kind ("58.2% of the 212,400 candidates passed, up from 51.9%"); a price its denominator; a bare number
 * the unit of the count right before it ("871,000 Canadians ..., up from 812,000"), not of a part or a
 * place of it ("including 290 children", "in 14 cities"), nor past another figure. Not a share of its own
 * group: "against 41 per cent of men". `last` is the figure's end, `lastFirst` where the figure before
 * starts.
 */
export function readComparedLevel(
  tokens: readonly Token[],
  figure: Figure,
  last: number,
  qualifierStart: number,
  same: PreviousFigure | undefined,
  before: readonly Figure[],
  lastFirst: number | undefined,
): void {
  if (!setOffComparison(tokens, qualifierStart)) return;
  const takesSubject =
    !figure.subject ||
    ((figure.kind === "PERCENT" || figure.kind === "MONEY") &&
      same !== undefined &&
      same.figure.kind !== figure.kind);
  const takesUnit = figure.kind === "MONEY" && !figure.unit;
  const compared =
    (takesSubject || takesUnit) && tokens[last]?.norm !== "of" ? comparedWith(figure, before) : undefined;
  if (takesSubject && compared?.subject) figure.subject = { ...compared.subject };
  if (takesUnit && compared && isRateUnit(compared.unit)) figure.unit = compared.unit;
  const counted =
    figure.kind === "NUMBER" && !PART_LINKS.has(tokens[(lastFirst ?? 0) - 1]?.norm ?? "")
      ? comparedWith(figure, before, "QUANTITY", 1)
      : undefined;
  if (counted?.unit) {
    figure.kind = "QUANTITY";
    figure.unit = counted.unit;
    if (!figure.subject && counted.subject) figure.subject = { ...counted.subject };
  }
}
