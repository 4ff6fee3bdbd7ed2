/**
 * "Retail sales rose 2.9%, below the 3.2% expected by economists", "grew 4.9%, below a forecast of 5.5%
 * growth in a Reuters poll": a figure a result is set against as what was expected measures what the
 * result measures (unless its own phrase names the expectation: "an analyst consensus of"), in the same
 * period; whoever released the result is not its source. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/** A comparison set off by a comma after the result: ", below the", ", missing expectations for a". */
const COMPARED =
  /^\s*,\s*(?:(?:well|slightly|just|far)\s+)?(?:below|above|short of|ahead of|beating|missing|topping|exceeding|smaller than|bigger than|larger than|less than|more than(?!\s+(?:double|twice|triple|treble|half))|worse than|better than|in line with|compared with|compared to|versus|against)\b/;
/** Words of what was expected, in the comparison: "forecast", "expected", "consensus", "a Reuters poll". */
const EXPECTED =
  /\b(?:forecasts?|forecaster|expected|expectations?|estimates?|estimated|consensus|polls?|polled|projected|predicted|anticipated|tipped|pencill?ed)\b/i;
/** ", the ONS said," between a result and the comparison: the attribution of the result. */
const ATTRIBUTION = /^\s*,\s*(?:the\s+)?[^,]{1,40}?\s(?:said|says|reported|showed|shows)(?=\s*,)/i;
/**
 * A sentence that opens by setting what it refers back to against an expectation: "That topped the 4.10
 * million pace economists had expected", "It beat the $2.1 billion analysts forecast".
 */
const BACK_COMPARED =
  /^(?:that|this|it|the figure|the result|the reading)\s+(?:was\s+|came\s+in\s+)?(?:(?:well|slightly|just|far)\s+)?(?:topped|beat|missed|exceeded|surpassed|outpaced|trailed|undershot|overshot|above|below|ahead of|short of|in line with|fell short of)\b/i;
/**
 * A subject of two words or more that names the expectation itself: "an analyst consensus", "average
 * estimate" (of analysts'); not "estimates" alone.
 */
const NAMED_EXPECTATION =
  /^\S.*\s\S*\b(?:consensus|forecast|forecasts|projection|estimate|estimates|guidance)$/i;
/** Who expects figures: "Analysts polled by Bloomberg", "Economists", "Markets". */
const EXPECTER_WORDS = "(?:analysts|economists|traders|forecasters|markets)";
/** A sentence that opens with who expected what: "Analysts polled by Bloomberg had expected". */
const EXPECTERS_OPENING = new RegExp(
  `^${EXPECTER_WORDS}\\b[^.;]{0,60}?\\bhad\\s+(?:on\\s+average\\s+)?(?:expected|forecast|predicted|estimated|projected|anticipated)\\b`,
  "i",
);
/** Who expects a figure, as a subject read for it: "Economists polled by Reuters". */
const EXPECTERS = new RegExp(`^${EXPECTER_WORDS}\\b`, "i");
/** A period looked back on, which a result compared with has: "a year earlier", "the same period last year". */
const LOOKED_BACK = /\b(?:earlier|ago|previous|prior|last|same|corresponding|before)\b/i;
/** The most characters a comparison runs from the result to the figure expected. */
const COMPARISON_REACH = 60;

/** Gives a figure expected the subject and period of the result it is set against. */
export function readExpectations(figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const before = figures[k - 1];
    const expected = figures[k];
    if (!before || !expected) continue;
    const text = expected.sentence.text;
    const at = (offset: number) => offset - expected.sentence.start;
    if (before.sentence.start !== expected.sentence.start) {
      referBack(figures, k);
      continue;
    }
    const between = stripPeriod(text.slice(at(before.end), at(expected.start)), before).replace(
      ATTRIBUTION,
      "",
    );
    if (between.length > COMPARISON_REACH || !COMPARED.test(between)) continue;
    // ("rose to 4.62 billion crowns from 4.30 billion a year earlier, below the 5.38 billion forecast": the
    // result, not the level it came from.)
    const earlier = figures[k - 2];
    const cameFrom =
      earlier !== undefined &&
      earlier.sentence.start === before.sentence.start &&
      /\bfrom\s+(?:about\s+|around\s+)?$/.test(text.slice(at(earlier.end), at(before.start)));
    const result = cameFrom ? earlier : before;
    if (!result.subject) continue;
    // The words of expectation stand in the comparison or right after the figure expected.
    const after = text.slice(at(expected.end), at(expected.end) + 40);
    if (!EXPECTED.test(between) && !EXPECTED.test(after.split(/[,;.]/)[0] ?? "")) continue;
    // ("below an analyst consensus of 2.4 billion rand": a phrase that names the expectation stays.)
    if (!expected.subject || !NAMED_EXPECTATION.test(expected.subject.text))
      expected.subject = { ...result.subject };
    if (result.period) expected.period = { ...result.period };
    else delete expected.period;
    // ("..., the ABS said, well above the 3.4 per cent tipped by economists": who released the result did not
    // forecast it.)
    if (expected.speaker && expected.speaker.name === result.speaker?.name) delete expected.speaker;
  }
}

/**
 * "Housing starts rose 3.1% to 4.15 million in October. That topped the 4.10 million pace economists had
 * expected.": the first figure of a sentence that refers back to the result before it as what was
 * expected measures what that result (the sentence's last figure with a subject) does, in its period.
 */
function referBack(figures: Figure[], k: number): void {
  const expected = figures[k];
  const result = resultBefore(figures, k, figures[k]?.change !== undefined);
  if (!expected || !result?.subject) return;
  const opening = expected.sentence.text.slice(0, expected.start - expected.sentence.start);
  // "Net profit rose 9% to Rs 3,100 crore in the July-September quarter. Analysts polled by Bloomberg had
  // expected a net profit of Rs 3,210 crore.": an expectation that opens its sentence is for the period of
  // the result before it.
  // (A period the figure took from another sentence gives way: "... from 94.6 in October. Economists had
  // expected a reading of 93.5" is November's.)
  const ownPeriod =
    expected.period !== undefined &&
    expected.period.start >= expected.sentence.start &&
    expected.period.start < expected.sentence.end;
  if (EXPECTERS_OPENING.test(opening.trimStart()) && !ownPeriod) {
    if (result.period && !LOOKED_BACK.test(result.period.text)) expected.period = { ...result.period };
    else delete expected.period;
    // ("Economists polled by Reuters had forecast a 0.2% drop": the forecasters are no subject.)
    if (!expected.subject || EXPECTERS.test(expected.subject.text)) expected.subject = { ...result.subject };
    return;
  }
  if (!BACK_COMPARED.test(opening.trimStart()) || !EXPECTED.test(expected.sentence.text)) return;
  // ("It beat the median forecast of 49.4": a phrase that names the expectation keeps it, in the period.)
  if (!expected.subject || !NAMED_EXPECTATION.test(expected.subject.text))
    expected.subject = { ...result.subject };
  // ("The lender had posted Rs 5,005 crore in the year-ago quarter. The result was ahead of the Rs 5,150
  // crore average estimate": a result looked back on is not the one expected.)
  if (result.period && !COMPARISON_PERIOD.test(result.period.text)) expected.period = { ...result.period };
  else delete expected.period;
}

/** A period of a level compared, not of a result: "the year-ago quarter", "a year earlier" (not "last month"). */
const COMPARISON_PERIOD = /\b(?:year-ago|earlier|ago|previous|prior|same|corresponding)\b/i;

/**
 * Words right before a figure that make it a level compared with the result ("from", "following a") or
 * a conversion of it ("276,450 pounds ($348,300)").
 */
const COMPARED_LEVEL =
  /(?:\(\s*|\b(?:from|following|after|compared\s+(?:with|to)|against|versus|than)\s+(?:(?:an?|the)\s+)?(?:[a-z]+ly\s+)?(?:revised\s+)?(?:(?:about|around|roughly)\s+)?)$/i;
/** Characters before a figure its comparison's words may stand in. */
const COMPARED_LEVEL_REACH = 40;

/**
 * The result of the sentence before figure `k`'s: its last figure that is no level compared ("slipped to
 * 92.4 in November from 94.6 in October": 92.4), a change when `change` (the figure expected is one), or
 * its last figure.
 */
function resultBefore(figures: readonly Figure[], k: number, change: boolean): Figure | undefined {
  const last = figures[k - 1];
  if (!last) return undefined;
  // ("fell 0.4% in October ... as the 15% Selic rate weighed. Economists had forecast a 0.2% drop": a
  // change forecast is of the change before it, where the sentence has one.)
  for (const changes of change ? [true, false] : [false]) {
    for (let j = k - 1; j >= 0; j--) {
      const figure = figures[j];
      if (!figure || figure.sentence.start !== last.sentence.start) break;
      if (changes && !figure.change) continue;
      const before = figure.sentence.text.slice(
        Math.max(0, figure.start - figure.sentence.start - COMPARED_LEVEL_REACH),
        figure.start - figure.sentence.start,
      );
      if (!COMPARED_LEVEL.test(before)) return figure;
    }
  }
  return last;
}

/** The text between the two figures without the result's own period: "in October, below". */
function stripPeriod(between: string, result: Figure): string {
  const period = result.period;
  if (!period || period.start < result.end) return between;
  return between.slice(period.end - result.end);
}
