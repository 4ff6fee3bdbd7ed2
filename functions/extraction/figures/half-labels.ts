/**
 * Half-year labels ("H1 2026") in a text that declares a half of a reporting year other than the
 * calendar's ("the six months ended 30 September 2026"): a label names a half of the company's year, not
 * of the calendar. Which year a label names follows the labels themselves: the latest one written outside
 * a comparative names the declared half ("Revenue rose to R4.82bn ... | H1 2026 | H1 2025 |": H1 2026 is
 * April to September 2026; "| H1 2027 | H1 2026 |": H1 2027 is), and where every label is a comparative,
 * "(H1 2025: R4.41bn)", the latest one names the half a year before it. Linear in the periods.
 */
import { monthIndex, monthOf } from "./calendar.ts";
import { MONTH } from "./lexicon.ts";
import type { PeriodHit } from "./periods.ts";
import type { Token } from "./tokenize.ts";

/** Months a label may move, at most: a year either way. */
const MOST_SHIFT = 12;

/** "H1 2026", "H2 2025": the hit is a half written with its year, read as the calendar's. */
function isHalfLabel(t: readonly Token[], hit: PeriodHit): boolean {
  return (
    hit.last === hit.first + 3 &&
    t[hit.first]?.norm === "h" &&
    !t[hit.first + 1]?.spaceBefore &&
    (t[hit.first + 1]?.norm === "1" || t[hit.first + 1]?.norm === "2") &&
    hit.from !== undefined &&
    /^\d{4}-(?:01|07)$/.test(hit.from)
  );
}

/** "(H1 2025: R4.41bn)": a label that opens a comparative's parenthesis. */
function isComparative(t: readonly Token[], hit: PeriodHit): boolean {
  return t[hit.first - 1]?.norm === "(" && t[hit.last]?.norm === ":";
}

/** The month index of a "2026-04" every caller here has checked the form of. */
const index = (ym: string | undefined) => monthIndex(ym, false) ?? 0;

/** The periods with each half label moved onto the declared reporting year's halves (see above). */
export function realignHalfLabels(t: readonly Token[], periods: PeriodHit[]): PeriodHit[] {
  const labels = periods.filter((hit) => isHalfLabel(t, hit));
  if (labels.length === 0) return periods;
  // The declared half: the first six months named with a number or a month that are not a calendar half
  // ("the six months to end-September"; not "the past six months").
  const declared = periods.find((hit) => {
    if (!hit.from || !hit.to || !/^\d{4}-\d{2}$/.test(hit.from) || !/^\d{4}-\d{2}$/.test(hit.to))
      return false;
    if (index(hit.to) - index(hit.from) !== 5 || /-(?:01|07)$/.test(hit.from)) return false;
    const named = t.slice(hit.first, hit.last).some((tok) => tok.kind === "num" || MONTH.has(tok.norm));
    return named && !isHalfLabel(t, hit);
  });
  if (!declared?.to) return periods;
  const current = labels.filter((hit) => !isComparative(t, hit));
  const pool = current.length > 0 ? current : labels;
  const latest = pool.reduce((a, b) => (index(b.to) > index(a.to) ? b : a));
  const target = index(declared.to) - (current.length > 0 ? 0 : 12);
  const shift = target - index(latest.to);
  if (shift === 0 || Math.abs(shift) > MOST_SHIFT) return periods;
  const move = (ym: string) => monthOf(index(ym) + shift);
  return periods.map((hit) =>
    isHalfLabel(t, hit) && hit.from && hit.to ? { ...hit, from: move(hit.from), to: move(hit.to) } : hit,
  );
}
