/**
 * Figure extraction: tokens -> figure spans and values (find.ts) -> qualifiers -> changes and their bases
 * -> periods -> subjects -> speakers, then the rules between figures and the article-wide passes. Pure and
 * linear-time; never throws.
 */

import { withoutAmountMentions } from "../amount-mentions.ts";
import type { Entity } from "../entities/types.ts";
import type { Sentence } from "../text/sentences.ts";
import { readAlignedTables } from "./aligned-tables.ts";
import { readBareComparatives } from "./bare-comparatives.ts";
import { scopesOf } from "./clauses.ts";
import { inComparative } from "./comparatives.ts";
import { countryWeights, localizeSharedCurrencies } from "./currency-context.ts";
import { DETERMINER_WORDS } from "./data/subject-words.ts";
import { GLUED_RATE_UNITS } from "./data/units.ts";
import { readDefinedUnits } from "./defined-units.ts";
import { readElidedUnits } from "./elided-units.ts";
import { readExpectations } from "./expectations.ts";
import { readChange } from "./figure-change.ts";
import {
  antecedent,
  dealTermsSubject,
  gappedClause,
  heldListItem,
  isRateUnit,
  joinedChange,
  listedContentLink,
  listedLevel,
  type PreviousFigure,
  partitiveSubject,
  rankedName,
  readComparedLevel,
  secondChangeOf,
  sharesSubject,
  valueOfCount,
} from "./figure-links.ts";
import { parallelPeriod, periodFor } from "./figure-period.ts";
import { FigureSpeakers } from "./figure-speaker.ts";
import { findFigures, type RawFigure } from "./find.ts";
import { articleFiscalYear } from "./fiscal-years.ts";
import { realignHalfLabels } from "./half-labels.ts";
import { carryHeadingPeriods, listHeadings } from "./list-headings.ts";
import { openingSubject, pluralNoun, reportsSaying, setOffParticiple } from "./opening-antecedent.ts";
import { readParallelPrices } from "./parallel-prices.ts";
import { readParallelCounts, readPartsOfWhole } from "./parts-of-whole.ts";
import { findPeriods } from "./periods.ts";
import { withPointThousands } from "./point-thousands.ts";
import { priceDenominatorAt, shareDenominators } from "./price-units.ts";
import { readPronounShares } from "./pronoun-shares.ts";
import { readQualifier, sharedQualifier } from "./qualifiers.ts";
import { quotedRate } from "./quoted-rates.ts";
import { readRatePoints } from "./rate-points.ts";
import { measuresHead, type RelativeHead, relativeHead } from "./relative-heads.ts";
import { rebaseRelativePeriods } from "./relative-periods.ts";
import { labelledStart, reportingStart } from "./reporting-calendar.ts";
import { readRespectively } from "./respectively.ts";
import { readScheduledChanges } from "./scheduled-changes.ts";
import { firstAtOrAfter } from "./search.ts";
import { carryStoryPeriods, type FigurePlace } from "./story-periods.ts";
import { contentAfter } from "./subject-after.ts";
import {
  cutBeforeFigure,
  isAdverb,
  opensPastFronted,
  pastParentheses,
  restatedLevel,
  withoutGoverningVerb,
  withWholeFirstWord,
} from "./subject-bounds.ts";
import { subjectOf } from "./subjects.ts";
import { applyTableScales } from "./table-scales.ts";
import { type Token, tokenize } from "./tokenize.ts";
import type { Figure, FigurePeriod, Span } from "./types.ts";
import { levelAfterSpan, namesThreshold } from "./undated-levels.ts";
import { subjectIsItsUnit } from "./unit-subject.ts";

export interface FigureContext {
  sentences: Sentence[];
  entities: Entity[];
  /** The article's publication date (ISO 8601), to resolve "last year". */
  publishedAt?: string;
  /** ISO 4217 code of a bare "$" when the source says so; USD otherwise. */
  dollarCurrency?: string;
}

export function extractFigures(text: string, context: FigureContext): Figure[] {
  try {
    if (typeof text !== "string" || text.length === 0) return [];
    return run(text, context);
  } catch {
    // The rules are meant never to throw; if one does, an article without figures beats a failed batch.
    return [];
  }
}

function run(text: string, context: FigureContext): Figure[] {
  const tokens = withPointThousands(text, tokenize(text));
  const options = context.dollarCurrency ? { dollarCurrency: context.dollarCurrency } : {};
  const raws = findFigures(tokens, options);
  if (raws.length === 0) return [];
  applyTableScales(tokens, raws, options);
  const given = Array.isArray(context.sentences) ? context.sentences : [];
  const sentences = given.length
    ? [...given].sort((a, b) => a.start - b.start)
    : [{ start: 0, end: text.length, text }];
  const entities = context.entities ?? [];
  const scopes = scopesOf(tokens, sentences);
  // "FY26" in an Indian story runs April to March: fiscal years follow the country the article is about.
  const weights = countryWeights(text, entities);
  const fiscal = articleFiscalYear(
    weights,
    raws.map((raw) => raw.currency),
  );
  // (A company's own reporting year, as the article declares it, comes before its country's.)
  const reporting = reportingStart(tokens) ?? labelledStart(tokens, fiscal);
  const periods = realignHalfLabels(tokens, findPeriods(tokens, context.publishedAt, fiscal, reporting));
  const periodAt = new Int32Array(tokens.length).fill(-1);
  periods.forEach((p, idx) => {
    for (let k = p.first; k < p.last; k++) periodAt[k] = idx;
  });
  const isPeriod = (k: number) => (periodAt[k] ?? -1) >= 0;
  // Tokens of the bases of changes found so far: "rose 32.5% from a year earlier to 12.2 trillion won"
  // measures the level in the period of the sentence, not in the change's base.
  const inBase = new Uint8Array(tokens.length);
  // (No speaker is an amount the tagger read as a name.)
  const amounts = amountSpans(text, tokens, raws);
  const headingOf = listHeadings(tokens, scopes.sentenceTokens);
  const speakers = new FigureSpeakers(
    text,
    tokens,
    scopes,
    headingOf,
    withoutAmountMentions(entities, amounts),
  );
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })))
    .sort((a, b) => a.start - b.start);

  const figureAt = new Uint8Array(tokens.length);
  for (const raw of raws) figureAt.fill(1, raw.first, raw.last);
  // Where a figure opens with its currency's letters or sign ("P9.1 billion", "RM1.2 billion", "Rs 3,460
  // crore"): no subject runs into them.
  const currencyOpens = new Uint8Array(tokens.length);
  for (const raw of raws) {
    // ("P9.1 billion", "R$358 million", "$4.2 billion": letters or a sign before the digits; spaced ones
    // too, but not after a determiner: "The Rs 30,000-plus segment" names a noun of the subject.)
    const sign = tokens[raw.first + 1]?.kind === "sym" && !tokens[raw.first + 1]?.spaceBefore ? 1 : 0;
    const digits = tokens[raw.first + 1 + sign];
    const glued = digits?.kind === "num" && !digits.spaceBefore;
    const spaced = digits?.kind === "num" && !DETERMINER_WORDS.has(tokens[raw.first - 1]?.norm ?? "");
    if (raw.kind === "MONEY" && tokens[raw.first]?.kind !== "num" && (glued || spaced))
      currencyOpens[raw.first] = 1;
  }
  const figures: Figure[] = [];
  /** Items of a ranking and the figure each was ranked after. */
  const ranking: Array<[Figure, Figure]> = [];
  const places: FigurePlace[] = [];
  let previous: PreviousFigure | undefined;
  /** Figures no period dates: a fixed threshold ("the 50-point mark"), a thing's size ("a 6kg cylinder"). */
  const undated = new Set<Figure>();
  /** Figures read as a currency quoted against another ("1,448 per dollar"). */
  const rates = new Set<Figure>();
  let quoteEnd = 0;
  /** The noun phrase before a relative clause the current sentence opens with, read once per sentence. */
  let head: RelativeHead | undefined;
  let headSentence = -1;
  for (const raw of raws) {
    if (raw.first < quoteEnd) continue;
    const first = tokens[raw.first];
    const last = tokens[raw.last - 1];
    if (!first || !last) continue;
    const sIdx = scopes.sentence[raw.first] ?? -1;
    const figure: Figure = {
      kind: raw.kind,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      value: raw.value,
      qualifier: "exact",
      sentence: sentenceSpan(text, sentences, sIdx, first.start, last.end),
    };
    if (raw.high !== undefined) figure.high = raw.high;
    if (raw.currency) figure.currency = raw.currency;
    if (raw.unit) figure.unit = raw.unit;
    const direct = raw.kind === "MONEY" ? priceDenominatorAt(tokens, raw.last) : undefined;
    // ("29.4 billion naira ($19.8 million) a month": a rate written after a conversion in parentheses is
    // both amounts'.)
    const pastParenthesis = raw.kind === "MONEY" && !direct ? pastParentheses(tokens, raw.last) : raw.last;
    const denominator =
      direct ?? (pastParenthesis !== raw.last ? priceDenominatorAt(tokens, pastParenthesis) : undefined);
    if (denominator) figure.unit = denominator.text;
    // ("38.25ppl": pence per litre, the rate glued to the amount.)
    else if (raw.kind === "MONEY") {
      const last = tokens[raw.last - 1]?.norm ?? "";
      if (Object.hasOwn(GLUED_RATE_UNITS, last)) figure.unit = GLUED_RATE_UNITS[last];
    }
    // ("N1,452.30/$1": the currency quoted against is no amount of its own.)
    if (direct) quoteEnd = direct.end;

    const same = previous && previous.sentence === sIdx ? previous : undefined;
    const qualifier = sharedQualifier(tokens, raw, readQualifier(text, tokens, raw), same);
    figure.qualifier = qualifier.qualifier;
    if (qualifier.text) figure.qualifierText = qualifier.text;
    const qualifierStart = qualifier.start;

    const cEnd = scopes.clauseEnd[raw.first] ?? tokens.length;
    const change = readChange(text, tokens, raw, qualifier, same, cEnd, isPeriod);
    const baseRange = change.base;
    if (change.change) figure.change = change.change;
    // "rose 1.6 percent month-on-month and 26.3 percent year-on-year": the same change measured again.
    const second = change.change ? undefined : secondChangeOf(tokens, raw, qualifierStart, same);
    if (second) figure.change = second;
    if (change.paired && same?.figure.subject) figure.subject = { ...same.figure.subject };
    if (baseRange) inBase.fill(1, baseRange.first, baseRange.last);

    // Period: the nearest period in the clause, outside the base; a sentence-opening one covers the sentence.
    const cStart = scopes.clause[raw.first] ?? raw.first;
    const periodIn = (from: number, to: number) =>
      periodFor(
        text,
        tokens,
        figureAt,
        periods,
        periodAt,
        raw,
        from,
        to,
        baseRange,
        inBase,
        scopes.sentenceTokens[sIdx],
        figure.change !== undefined,
      );
    // ("Revenue in the first quarter, which ended Aug. 31, declined 4%": failing its own, the period of the
    // subject's words before a relative clause that interrupts them; not one inside the relative clause.)
    const resumed = scopes.resumed[raw.first] ?? -1;
    const relativeOpen = (scopes.clause[cStart - 1] ?? 0) - 1;
    const period = periodIn(cStart, cEnd) ?? (resumed >= 0 ? periodIn(resumed, relativeOpen) : undefined);
    if (namesThreshold(tokens, raw.first, raw.last)) undated.add(figure);
    else if (period) figure.period = lookedBack(tokens, qualifierStart, period, context.publishedAt);
    else if (same && !COMPARED_LINKS.has(tokens[qualifierStart - 1]?.norm ?? "")) {
      // "..., while exports rose 27% to 3.6 million tonnes": the period of the clause before (not the
      // level it is compared with: "while revenue grew to RM598mil from RM471mil").
      const parallel = parallelPeriod(tokens, figures, figure.sentence.start, cStart, raw.first);
      if (parallel) figure.period = { ...parallel };
    }

    // Subject.
    const isPeriodToken = (k: number) =>
      isPeriod(k) || (baseRange !== undefined && k >= baseRange.first && k < baseRange.last);
    const subject = subjectOf(tokens, raw, qualifierStart, cStart, isPeriodToken);
    // ("a domestic 11.8kg cylinder was repriced for December": a thing's size is of no period.)
    if (subject?.described) undated.add(figure);
    if (subject?.anaphor) {
      const opens = opensPastFronted(
        tokens,
        scopes.sentenceTokens[sIdx]?.[0] ?? -1,
        subject.first,
        isPeriodToken,
      );
      if (same) {
        if (same.figure.subject) figure.subject = { ...same.figure.subject };
        // "it" goes on with the same moment; "they closed at S$0.945" may be another day.
        if (!figure.period && same.figure.period && tokens[subject.first]?.norm !== "they")
          figure.period = { ...same.figure.period };
      } else if (
        // "The Australian dollar rose 0.2%. It also fell 0.4% to 98.65 yen.": a sentence that opens with
        // "It" and a change goes on about what the sentence before measured; "They" does so for a
        // plural ("Brightwater shares rose 1.8%. They are up 14% since January."), and "it was" restates
        // its level at another time ("Inflation hit 9% in March. By June it was 6%.").
        (figure.change ||
          restatedLevel(tokens, subject.first, qualifierStart, scopes.sentenceTokens[sIdx]?.[0])) &&
        tokens[raw.last]?.norm !== "of" &&
        previous?.sentence === sIdx - 1 &&
        previous.figure.subject &&
        (tokens[subject.first]?.norm === "it" ||
          (tokens[subject.first]?.norm === "they" && hasPluralHead(previous.figure.subject.text))) &&
        opens
      ) {
        // ("Copper climbed 1.8% to $11,248, surpassing the previous record of $11,104.50. It was up 1.2%":
        // what the sentence before led with, not the level it was set against.)
        // (Read back over that sentence's figures only, so a story of many such sentences stays linear.)
        let led = previous.figure.subject;
        for (
          let j = figures.length - 1;
          j >= 0 && figures[j]?.sentence.start === previous.figure.sentence.start;
          j--
        )
          led = figures[j]?.subject ?? led;
        if (led) figure.subject = { ...led };
      } else {
        const range = scopes.sentenceTokens[sIdx - 1];
        const pronoun = tokens[subject.first]?.norm;
        const antecedent =
          range && opens && (pronoun === "it" || pronoun === "they")
            ? openingSubject(tokens, range[0], range[1], pronoun === "they")
            : undefined;
        const span = antecedent && spanOf(text, tokens, mentions, antecedent);
        if (span) figure.subject = span;
      }
    } else if (subject?.demonstrative && antecedent(figures, subject.demonstrative)) {
      // "for that initiative": the earlier subject it points back to, e.g. "the Economic Resilience
      // Initiative for Central Asia".
      const earlier = antecedent(figures, subject.demonstrative);
      if (earlier) figure.subject = { ...earlier };
    } else if (subject) {
      const cut = cutBeforeFigure(tokens, subject, (k) => k !== raw.first && currencyOpens[k] === 1);
      const span =
        cut &&
        spanOf(
          text,
          tokens,
          mentions,
          withWholeFirstWord(
            tokens,
            subject.destination
              ? { ...subject, ...cut }
              : withoutGoverningVerb(tokens, { ...subject, ...cut }),
          ),
          raw.first,
        );
      if (span) figure.subject = span;
    }

    // "lent $5 billion, of which 80% went to small firms": a share of the figure before.
    const partitive = partitiveSubject(tokens, qualifierStart, raw.last, same, raw.kind, periodAt);
    if (partitive) figure.subject = partitive;

    // "$58 billion of three-year notes, $42 billion of 10-year notes": a listed figure's own noun phrase.
    const listed = figure.subject ? undefined : listedContentLink(tokens, raw, qualifierStart, same);
    const listedHit = listed === undefined ? undefined : contentAfter(tokens, listed, isPeriodToken);
    const listedSpan = listedHit && spanOf(text, tokens, mentions, listedHit);
    if (listedSpan) figure.subject = listedSpan;
    else if (
      !figure.subject &&
      same?.figure.subject &&
      listedLevel(tokens, raw, qualifierStart, same, isPeriodToken)
    )
      figure.subject = { ...same.figure.subject };

    // "imported 562,000 tonnes of chicken, worth 7.1 billion yuan": what the count measures.
    if (
      !figure.subject &&
      figure.kind === "MONEY" &&
      same?.figure.subject &&
      valueOfCount(tokens, qualifierStart, same)
    )
      figure.subject = { ...same.figure.subject };

    // "Meridian operates 1,480 funeral homes and 496 cemeteries": a count listed after a holder's.
    if (
      figure.kind === "QUANTITY" &&
      same?.figure.subject &&
      (!figure.subject || subjectIsItsUnit(figure)) &&
      heldListItem(tokens, qualifierStart, same)
    )
      figure.subject = { ...same.figure.subject };

    // "The Americas were the largest region, contributing $452 million": a participle set off after a
    // clause with no figure of its own measures what the clause opens with ("adding about 14,000 students":
    // who added them, not only the students).
    const participleComma =
      !same && (!figure.subject || subjectIsItsUnit(figure))
        ? setOffParticiple(tokens, qualifierStart)
        : undefined;
    const sentenceFirst = scopes.sentenceTokens[sIdx]?.[0];
    const opener =
      participleComma !== undefined &&
      sentenceFirst !== undefined &&
      !reportsSaying(tokens, sentenceFirst, participleComma)
        ? openingSubject(tokens, sentenceFirst, participleComma)
        : undefined;
    const openerSpan = opener && spanOf(text, tokens, mentions, opener);
    if (openerSpan) figure.subject = openerSpan;

    // ("A bale that cost 9,000 shillings a year ago now sells for 11,500 shillings": what the sentence opens
    // with, before a relative clause that holds a figure; not past a clause of its own, and over a subject
    // found inside the relative clause or none.)
    if (sIdx !== headSentence) {
      headSentence = sIdx;
      const range = scopes.sentenceTokens[sIdx];
      head = range
        ? relativeHead(tokens, range[0], range[1], (k) => raws[firstAtOrAfter(raws, k, (r) => r.first)])
        : undefined;
    }
    if (head && measuresHead(tokens, head, raw.first, figure, subjectIsItsUnit(figure))) {
      const span = spanOf(text, tokens, mentions, head);
      if (span) figure.subject = span;
    }

    // "Revenue of £1,184.6 million (H1 2024: £1,052.3 million)": the comparative measures the same.
    if (same?.figure.subject && inComparative(tokens, periodAt, periods, raw.first))
      figure.subject = { ...same.figure.subject };

    // "The sale raised R143m. That compares with R118.3m a year earlier.": the level "That" is compared
    // with measures what the sentence before measured first.
    const opening = scopes.sentenceTokens[sIdx]?.[0] ?? -1;
    if (
      !figure.subject &&
      previous?.sentence === sIdx - 1 &&
      comparesDemonstrative(tokens, opening, qualifierStart)
    ) {
      const measured = comparedSubjectIn(text, figures, previous.figure.sentence.start, figure.kind);
      if (measured) figure.subject = { ...measured };
    }

    // Speaker: the quote's attribution, else reported speech in the sentence.
    const speaker = speakers.speakerOf(raw.first, sIdx);
    if (speaker) figure.speaker = speaker;

    // "Wheat exports rose 6%, barley 3%": the gapped figure's own noun phrase; "followed by Japan with 18%":
    // the name ranked.
    const ranked = change.gapNoun ? undefined : rankedName(tokens, qualifierStart, same);
    const gap = change.gapNoun ?? ranked;
    if (ranked && !figure.period && same?.figure.period) figure.period = { ...same.figure.period };
    if (ranked && same) ranking.push([figure, same.figure]);
    const gapSpan = gap && spanOf(text, tokens, mentions, gap);
    if (gapSpan && (!figure.subject || figure.subject.start >= gapSpan.start)) {
      figure.subject = gapSpan;
      // ("petrol costs Rs 94.77 a litre and diesel Rs 87.67": a gapped price is of the same unit, and of
      // the same scale: not "16.5 cents per share and ... its $400 million buyback".)
      const before = same?.figure;
      const sameRate = isRateUnit(before?.unit) ? before?.unit : undefined;
      const sameScale =
        before !== undefined &&
        figure.value < before.value * RATE_SCALE &&
        figure.value * RATE_SCALE > before.value;
      if (
        sameRate &&
        sameScale &&
        figure.kind === "MONEY" &&
        !figure.unit &&
        figure.currency === before?.currency
      )
        figure.unit = sameRate;
    } else if (
      same?.figure.subject &&
      sharesSubject(tokens, figure, qualifierStart, same, change.hit, periodAt)
    )
      figure.subject = { ...same.figure.subject };
    else if (
      !figure.subject &&
      same?.figure.subject &&
      joinedChange(tokens, change.hit, qualifierStart, same)
    )
      figure.subject = { ...same.figure.subject };
    else if (
      same?.figure.subject &&
      ((participleOnly(figure.subject) && inBaseOf(same, raw.first)) ||
        // ("slower than the 13,700 increase", "up 41 per cent from the 2,018 units sold": a count whose
        // subject is only its unit too, when it heads the base.)
        ((participleOnly(figure.subject) || subjectIsItsUnit(figure)) &&
          (headsBase(tokens, same, qualifierStart) || comparedAfter(tokens, qualifierStart, same.last))))
    )
      // "13.4% higher than the Rs4.37tr collected a year earlier", "stood at Rs636bn, slightly lower than the
      // Rs641bn collected a year ago": the level compared measures the same.
      figure.subject = { ...same.figure.subject };

    // (... and it measures what the change before it measured.)
    if (second && !figure.subject && same?.figure.subject) figure.subject = { ...same.figure.subject };
    // ("... and to HK$7.20 at weekends", "... and profit before tax to NOK 288 million": a gapped verb.)
    const gapped =
      !figure.subject && same?.figure.subject
        ? gappedClause(tokens, qualifierStart, raw.last, same)
        : undefined;
    if (gapped === "same" && same?.figure.subject) figure.subject = { ...same.figure.subject };
    else if (gapped && gapped !== "same") {
      const span = spanOf(text, tokens, mentions, gapped);
      if (span) figure.subject = span;
    }
    // ("MTN Nigeria added 2.1 million lines to end with 88.4 million subscribers", "taking its total to
    // 295 million": the total a count brought its holder to is the holder's too.)
    if (
      same?.figure.subject &&
      (!figure.subject ||
        subjectIsItsUnit(figure) ||
        figure.subject.text === same.figure.unit ||
        /^(?:its|their)\b/i.test(figure.subject.text)) &&
      same.figure.kind === "QUANTITY" &&
      figure.kind !== "MONEY" &&
      figure.kind !== "PERCENT" &&
      !subjectIsItsUnit(same.figure) &&
      broughtTo(tokens, same.last, qualifierStart, isPeriod)
    )
      figure.subject = { ...same.figure.subject };
    // ("Rural unemployment was 4.4 per cent during the month, against 4.7 per cent in September": a level
    // set against the one before measures the same.)
    if (
      !figure.subject &&
      same?.figure.subject &&
      same.figure.kind === figure.kind &&
      setAgainst(tokens, same.last, qualifierStart, isPeriod)
    )
      figure.subject = { ...same.figure.subject };
    // (A level compared after a comma, past a figure of another kind or a long predicate.)
    readComparedLevel(tokens, figure, raw.last, qualifierStart, same, figures, places.at(-1)?.first);
    // "sold $1.25 billion of 10-year notes at a yield of 6.05%": the rate of what the money bought.
    const deal = figure.kind === "PERCENT" ? dealTermsSubject(tokens, qualifierStart, same) : undefined;
    if (deal) figure.subject = deal;

    // "The naira traded at 1,448 per dollar", "The lira weakened 0.3% to 42.62 per dollar": an amount of
    // the currency its subject names (found in the clause or taken from the change before).
    const subjectLast = figure.subject ? tokenEndingAt(tokens, figure.subject.end, raw.first) : undefined;
    const rate =
      figure.kind === "NUMBER" && subjectLast !== undefined
        ? quotedRate(tokens, raw.last, subjectLast, weights)
        : undefined;
    if (rate) {
      figure.kind = "MONEY";
      figure.currency = rate.currency;
      figure.unit = rate.unit;
      rates.add(figure);
    }

    // "The peso closed at 51.30 per dollar, compared with 51.42": the level compared is quoted alike.
    const quoted = same && rates.has(same.figure) ? same.figure : undefined;
    if (quoted?.subject && figure.kind === "NUMBER" && figure.subject?.start === quoted.subject.start) {
      figure.kind = "MONEY";
      if (quoted.currency) figure.currency = quoted.currency;
      if (quoted.unit) figure.unit = quoted.unit;
      rates.add(figure);
    }

    if (levelAfterSpan(tokens, figure, qualifierStart, cStart, same)) delete figure.period;

    figures.push(figure);
    places.push({ first: raw.first, last: raw.last, clauseStart: cStart, clauseEnd: cEnd });
    // "rose by 6.9% to £1,012 in Wales, and by 3.4% ...": the level a change reached; a figure listed
    // after it changes alike.
    const reached =
      !figure.change &&
      same?.figure.change &&
      same.last === qualifierStart - 1 &&
      tokens[same.last]?.norm === "to"
        ? same.figure.change
        : undefined;
    previous = {
      figure,
      sentence: sIdx,
      first: raw.first,
      last: raw.last,
      qualifiedBefore: qualifier.before,
      ...(reached && { reachedChange: reached }),
      ...(deal && same && { dealMoney: { figure: same.figure, last: same.last } }),
      ...(baseRange && { baseFirst: baseRange.first, baseLast: baseRange.last }),
    };
  }
  const dollarCells = new Set<Figure>();
  const tableColumns = readAlignedTables({ text, tokens, periods, periodAt }, figures, dollarCells);
  localizeSharedCurrencies(text, figures, entities, weights, {
    dollarDeclared: context.dollarCurrency !== undefined,
    dollarCells,
  });
  // (A source's declared dollar is its tables' bare "$" too.)
  if (context.dollarCurrency)
    for (const cell of dollarCells) if (cell.currency === "USD") cell.currency = context.dollarCurrency;
  readRatePoints(figures);
  readPartsOfWhole(text, figures);
  readParallelCounts(text, figures);
  readParallelPrices(text, figures);
  readElidedUnits(text, figures);
  readBareComparatives(text, figures);
  readDefinedUnits(text, figures);
  readPronounShares(text, figures);
  shareDenominators(text, figures);
  // The story's period goes to the figures that name none, and dates "For the quarter" and "a year earlier"
  // in a sentence that names no period of its own.
  const companies = new Map(
    entities.flatMap((e) =>
      e.type === "ORGANIZATION" ? e.mentions.map((m) => [m.start, m.end] as const) : [],
    ),
  );
  const story = {
    text,
    tokens,
    periods,
    periodAt,
    inBase,
    companies,
    fiscalStart: reporting ?? fiscal?.start ?? 1,
    declaredYear: reporting !== undefined && reporting !== 1,
    publishedAt: context.publishedAt,
    tableColumns,
  };
  // ("Swiss watch exports by destination, January-October 2026, ...:": a list's heading dates its items.)
  carryHeadingPeriods(
    text,
    tokens,
    periods,
    periodAt,
    scopes.sentenceTokens,
    headingOf,
    figures.map((figure, i) => {
      const first = places[i]?.first ?? -1;
      return { figure, first, sentence: scopes.sentence[first] ?? -1 };
    }),
  );
  const storyPeriods = carryStoryPeriods(
    { ...story, sentenceTokens: scopes.sentenceTokens, sentenceOf: scopes.sentence },
    figures,
    places,
  );
  // ("Vivo held 19 per cent, followed by Samsung at 16 per cent": an item ranked after a figure the
  // story's period reached takes it too.)
  for (const [item, leader] of ranking) if (!item.period && leader.period) item.period = { ...leader.period };
  for (const figure of undated) delete figure.period;
  rebaseRelativePeriods(figures, storyPeriods, context.publishedAt);
  readScheduledChanges(figures, context.publishedAt);
  readExpectations(figures);
  readRespectively(figures);
  return figures;
}

function sentenceSpan(
  text: string,
  sentences: readonly Sentence[],
  idx: number,
  start: number,
  end: number,
): Span {
  const s = idx >= 0 ? sentences[idx] : undefined;
  if (s) return { text: s.text, start: s.start, end: s.end };
  return { text: text.slice(start, end), start, end };
}

/** The text span of tokens [first, last), with the entities mentioned in it. */
function spanOf(
  text: string,
  tokens: readonly Token[],
  mentions: ReadonlyArray<{ start: number; end: number; id: string }>,
  range: { first: number; last: number },
  figureFirst?: number,
): (Span & { entityIds?: string[] }) | undefined {
  // A subject stays on the figure's line: "fines distributors 1.2 billion reais in cartel case\nSAO PAULO"
  // ends at its line's end; "PM\n\nMedian income ... rose 4.1%" starts at its line's start.
  let first = range.first;
  let last = range.last;
  const before = figureFirst !== undefined && range.last <= figureFirst;
  for (let k = range.first + 1; k < range.last; k++) {
    if (!tokens[k]?.lineStart) continue;
    if (before) first = k;
    else {
      last = k;
      break;
    }
  }
  const a = tokens[first];
  const b = tokens[last - 1];
  if (!a || !b) return undefined;
  // ("The appeal, which sought Sh2.8 billion, eventually raised Sh2.1 billion", "The Chest, meanwhile,
  // raised": a sentence adverb alone measures nothing.)
  if (first === last - 1 && (LONE_ADVERBS.has(a.norm) || (a.text === a.norm && isAdverb(a.norm))))
    return undefined;
  const span: Span & { entityIds?: string[] } = {
    text: text.slice(a.start, b.end),
    start: a.start,
    end: b.end,
  };
  const ids = entitiesIn(mentions, a.start, b.end);
  if (ids.length) span.entityIds = ids;
  return span;
}

/** How many times larger or smaller a gapped price of the same unit may be than the one before. */
const RATE_SCALE = 20;

/** Sentence adverbs no subject is: "meanwhile", "however". */
const LONE_ADVERBS = new Set([
  "meanwhile",
  "however",
  "also",
  "instead",
  "separately",
  "still",
  "though",
  "too",
  "overall",
]);

/** Ids of entities with a mention inside [start, end); `mentions` sorted by start. */
function entitiesIn(
  mentions: ReadonlyArray<{ start: number; end: number; id: string }>,
  start: number,
  end: number,
): string[] {
  const ids: string[] = [];
  for (let k = firstAtOrAfter(mentions, start, (m) => m.start); k < mentions.length; k++) {
    const m = mentions[k];
    if (!m || m.start >= end) break;
    if (m.end <= end && !ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/** The span and text of each amount found, as the amount-mention rule reads them. */
function amountSpans(text: string, tokens: readonly Token[], raws: readonly RawFigure[]) {
  return raws.flatMap((raw) => {
    const first = tokens[raw.first];
    const last = tokens[raw.last - 1];
    if (!first || !last) return [];
    const amount = {
      kind: raw.kind,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
    };
    return [raw.currency ? { ...amount, currency: raw.currency } : amount];
  });
}

/**
 * What "That" is compared for: the subject of the last figure of that kind in the sentence at `start`, of
 * the figures so far, past a level a change came from ("up from an earlier forecast of ¥225 billion").
 */
function comparedSubjectIn(
  text: string,
  figures: readonly Figure[],
  start: number,
  kind: Figure["kind"],
): Figure["subject"] {
  for (let j = figures.length - 1; j >= 0 && figures[j]?.sentence.start === start; j--) {
    const f = figures[j];
    if (f?.kind !== kind || !f.subject) continue;
    if (!CAME_FROM.test(text.slice(Math.max(start, f.start - CAME_FROM_REACH), f.start))) return f.subject;
  }
  return undefined;
}

/**
 * The words between the count that ends at `sameLast` and the figure at `qualifierStart` bring a holder to
 * a total: "to reach", "to end with", "taking its total to", "bringing the total to", "leaving it with".
 */
function broughtTo(
  tokens: readonly Token[],
  sameLast: number,
  qualifierStart: number,
  isPeriod: (k: number) => boolean,
): boolean {
  if (qualifierStart - sameLast > BROUGHT_REACH) return false;
  const words: string[] = [];
  for (let k = sameLast; k < qualifierStart; k++) {
    const norm = tokens[k]?.norm ?? "";
    // (Past a period of the count and the words that lead it: "added 2.1 million lines in the month to end
    // with".)
    let lead = k;
    while (lead < qualifierStart && PERIOD_GLUE.has(tokens[lead]?.norm ?? "")) lead++;
    if (norm !== "," && !isPeriod(k) && !(lead > k && isPeriod(lead))) words.push(norm);
  }
  return BROUGHT_TO.test(words.join(" "));
}
/** Tokens between a count and the total it brought its holder to, at most. */
const BROUGHT_REACH = 12;
/** How a count's holder is brought to a total. */
const BROUGHT_TO =
  /^(?:to reach|to end with|to end at|to take its (?:total|base) to|(?:taking|bringing|lifting) (?:its|their|the) (?:total|base|tally|subscriber base|customer base) to|leaving (?:it|them) with)$/;

/**
 * Only a comparison's words (and periods) stand between the figure that ends at `sameLast` and the one at
 * `qualifierStart`: ", against", ", compared with", "versus", after a comma.
 */
function setAgainst(
  tokens: readonly Token[],
  sameLast: number,
  qualifierStart: number,
  isPeriod: (k: number) => boolean,
): boolean {
  // (Not "against a 17 per cent gain for the index": a figure that describes a noun of its own.)
  if (qualifierStart - sameLast > AGAINST_REACH || tokens[qualifierStart - 1]?.norm === "the") return false;
  let comma = false;
  let compared = false;
  for (let k = sameLast; k < qualifierStart; k++) {
    const norm = tokens[k]?.norm ?? "";
    if (norm === ",") comma = true;
    else if (AGAINST_WORDS.has(norm)) compared ||= norm !== "with" && norm !== "to" && norm !== "as";
    else if (!isPeriod(k) && !PERIOD_GLUE.has(norm)) return false;
  }
  return comma && compared;
}
/** Tokens between a level and the one set against it, at most: "during the month, against". */
const AGAINST_REACH = 10;
/** Words that lead a period: "during the month", "in the quarter". */
const PERIOD_GLUE = new Set(["during", "in", "for", "over", "the", "at", "on"]);

/** Words that set a level against another: "against", "compared with", "as against", "versus". */
const AGAINST_WORDS = new Set(["against", "compared", "with", "to", "versus", "vs", "vs.", "as"]);

/** Words before a level a change came from or is compared with, within its clause. */
const CAME_FROM = /\b(?:from|than|with)\b[^,;]*$/;
const CAME_FROM_REACH = 40;

/** The sentence at `first` opens "That compares with" right before the figure at `at`. */
function comparesDemonstrative(tokens: readonly Token[], first: number, at: number): boolean {
  return (
    at === first + 3 &&
    ["that", "this"].includes(tokens[first]?.norm ?? "") &&
    ["compares", "compared"].includes(tokens[first + 1]?.norm ?? "") &&
    ["with", "to"].includes(tokens[first + 2]?.norm ?? "")
  );
}

/** Token `k` lies in the base of the change of `previous` ("higher than the Rs4.37tr collected"). */
function inBaseOf(previous: PreviousFigure, k: number): boolean {
  return (
    previous.baseFirst !== undefined &&
    previous.baseLast !== undefined &&
    k >= previous.baseFirst &&
    k < previous.baseLast
  );
}

/** The figure at `qualifierStart` opens the base of the change before it, past "the": "from the 2,018 units". */
function headsBase(tokens: readonly Token[], previous: PreviousFigure, qualifierStart: number): boolean {
  const first = previous.baseFirst;
  if (first === undefined || !inBaseOf(previous, qualifierStart)) return false;
  return qualifierStart === first || (qualifierStart === first + 1 && tokens[first]?.norm === "the");
}

/** Comparatives a level compared follows after "than": "lower than the Rs641bn". */
const THAN_COMPARATIVES = new Set([
  "higher",
  "lower",
  "more",
  "less",
  "above",
  "below",
  "greater",
  "smaller",
  "slower",
  "faster",
  "weaker",
  "stronger",
  "bigger",
  "larger",
  "cheaper",
]);

/** The figure at `qualifierStart` follows "<comparative> than (the)" after the figure that ends at `sameLast`. */
function comparedAfter(tokens: readonly Token[], qualifierStart: number, sameLast: number): boolean {
  const than = tokens[qualifierStart - 1]?.norm === "the" ? qualifierStart - 2 : qualifierStart - 1;
  return (
    tokens[than]?.norm === "than" &&
    THAN_COMPARATIVES.has(tokens[than - 1]?.norm ?? "") &&
    than - 1 > sameLast
  );
}

/** No subject, or only a participle read after the figure ("the N48.2 trillion approved"). */
function participleOnly(subject: Figure["subject"]): boolean {
  return subject === undefined || /^[a-z]+ed$/.test(subject.text);
}

/** A subject whose head noun (its last word before "of", "in", "at" or "on") is a plural: "Shares of Air Canada". */
function hasPluralHead(subject: string): boolean {
  const head =
    subject
      .split(/ (?:of|in|at|on|for) /)[0]
      ?.split(" ")
      .at(-1) ?? "";
  return pluralNoun(head);
}

const SUBJECT_REACH = 80;

/** The index after the token that ends at character `end`, searching back from token `before`. */
function tokenEndingAt(tokens: readonly Token[], end: number, before: number): number | undefined {
  for (let k = before - 1; k >= Math.max(0, before - SUBJECT_REACH); k--) {
    const tok = tokens[k];
    if (!tok || tok.end < end) return undefined;
    if (tok.end === end) return k + 1;
  }
  return undefined;
}

/** Words right before a level compared with another: "up from 76.5% in December", "than". */
const COMPARED_LEVEL = new Set(["from", "than", "versus", "vs", "vs."]);

/**
 * "reached 78.1% in September, up from 76.5% in December" in a November story: a month after the
 * publication's, named for a level compared with another, is the one before it (last December).
 */
function lookedBack(
  tokens: readonly Token[],
  qualifierStart: number,
  period: FigurePeriod,
  publishedAt: string | undefined,
): FigurePeriod {
  const month = /^(\d{4})-(\d{2})$/.exec(period.from ?? "");
  if (!month || period.to !== period.from || !publishedAt || !/^\p{Lu}\p{Ll}+$/u.test(period.text))
    return period;
  // ("the odds of a December rate cut fell to 18% from 41%": a month before the figure names something else.)
  const after = period.start > (tokens[qualifierStart]?.start ?? Number.POSITIVE_INFINITY);
  if (
    !after ||
    !COMPARED_LEVEL.has(tokens[qualifierStart - 1]?.norm ?? "") ||
    (period.from ?? "") <= publishedAt.slice(0, 7)
  )
    return period;
  const back = `${Number(month[1]) - 1}-${month[2]}`;
  return { ...period, from: back, to: back };
}

/** Words right before a level compared with the one before it: "from RM471mil", "than 4%". */
const COMPARED_LINKS = new Set(["from", "than", "against", "versus"]);
