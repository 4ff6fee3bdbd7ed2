/** Periods: years, quarters, months and relative phrases, found once per text and attached by clause. */
import {
  CONTRACT_NOUNS,
  MONTHS,
  NAMED_YEAR_AFTER,
  NAMED_YEAR_BEFORE,
  PERIOD_ORDINALS,
  RELATIVE_PERIODS,
  YEAR_PREPOSITIONS,
  YEAR_RANGE,
} from "./data/periods.ts";
import { ONE, TEN } from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import type { Token } from "./tokenize.ts";

export interface PeriodHit {
  first: number;
  last: number;
  from?: string;
  to?: string;
}

const MONTH = new Map(MONTHS);
const CONTRACT_WORDS = new Set(CONTRACT_NOUNS);
const YEAR_LINK = new Map(YEAR_PREPOSITIONS);
const NAMED_AFTER = new Set(NAMED_YEAR_AFTER);
const NAMED_BEFORE = new Set(NAMED_YEAR_BEFORE);
const ORDINAL = new Map(PERIOD_ORDINALS);
const RELATIVE = matcherOf(RELATIVE_PERIODS.map(([p, unit, offset]) => [p, { unit, offset }] as const));

function yearOf(tok: Token | undefined): number | undefined {
  if (tok?.kind !== "num" || tok.norm.length !== 4 || !/^[0-9]{4}$/.test(tok.norm)) return undefined;
  const y = Number(tok.norm);
  return y >= YEAR_RANGE[0] && y <= YEAR_RANGE[1] ? y : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The year of a month or quarter written without one ("in October", "the fourth quarter"), from the
 * publication date: the article's year, or the year before when the month it names starts more than two
 * months after publication (an article of January 2024 reports "October" of 2023, while "in March" may be
 * ahead).
 */
function yearFor(month: number, pubYear?: number, pubMonth?: number): number | undefined {
  if (pubYear === undefined) return undefined;
  if (pubMonth !== undefined && month - pubMonth > 2) return pubYear - 1;
  return pubYear;
}

/** "sept", "oct": the short month names (all but "may"), written with a dot ("Sept. 28"). */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(
  [...MONTH.keys()].filter(
    (name) => name.length <= 4 && name !== "may" && name !== "june" && name !== "july",
  ),
);

/** "two years earlier", "three months ago", "5 years before": a count of years or months back. */
function yearsAgo(
  t: readonly Token[],
  i: number,
  pubYear?: number,
  pubMonth?: number,
): PeriodHit | undefined {
  const w = t[i]?.norm ?? "";
  const count = ONE.get(w) ?? TEN.get(w) ?? (t[i]?.kind === "num" ? Number(w) : undefined);
  if (count === undefined || !Number.isInteger(count) || count < 2 || count > 50) return undefined;
  const unit = t[i + 1]?.norm ?? "";
  if (!["years", "months"].includes(unit) || !["ago", "earlier", "before"].includes(t[i + 2]?.norm ?? ""))
    return undefined;
  const hit: PeriodHit = { first: i, last: i + 3 };
  if (unit === "years" && pubYear !== undefined) hit.from = hit.to = String(pubYear - count);
  if (unit === "months" && pubYear !== undefined && pubMonth !== undefined) {
    const m = pubYear * 12 + (pubMonth - 1) - count;
    hit.from = hit.to = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
  }
  return hit;
}

/** A span of months ending at `toMonth` of `year` (months may reach into the year before). */
function monthSpan(hit: PeriodHit, months: number, toMonth: number, year: number | undefined): PeriodHit {
  if (year === undefined) return hit;
  const end = year * 12 + toMonth - 1;
  const start = end - (months - 1);
  hit.from = `${Math.floor(start / 12)}-${pad((start % 12) + 1)}`;
  hit.to = `${year}-${pad(toMonth)}`;
  return hit;
}

/** "the year to March", "the three months to June", "12 months ended September 2023". */
function monthsTo(
  t: readonly Token[],
  i: number,
  pubYear?: number,
  pubMonth?: number,
): PeriodHit | undefined {
  const first = t[i]?.norm === "the" ? i + 1 : i;
  let k = t[first]?.norm === "fiscal" ? first + 1 : first;
  let months = 0;
  // "the fiscal fourth quarter ended Sept. 28": a company's quarter, known by the month it ends.
  if (ORDINAL.has(t[k]?.norm ?? "") && t[k + 1]?.norm === "quarter") k++;
  const w = t[k]?.norm ?? "";
  // "the half year to September", "the half-year to June", "the quarter ended Sept. 28".
  const half =
    w === "half" && (t[k + 1]?.norm === "year" || (t[k + 1]?.norm === "-" && t[k + 2]?.norm === "year"));
  if (half) {
    months = 6;
    k += t[k + 1]?.norm === "-" ? 3 : 2;
  } else if (w === "quarter") {
    months = 3;
    k++;
  } else if (w === "year" || w === "12-month") {
    months = 12;
    k++;
  } else {
    const c = ONE.get(w) ?? TEN.get(w) ?? (t[k]?.kind === "num" ? Number(w) : undefined);
    if (c === undefined || !Number.isInteger(c) || c < 1 || c > 24) return undefined;
    if (!(t[k + 1]?.norm ?? "").startsWith("month")) return undefined;
    months = c;
    k += 2;
  }
  if (!["to", "ended", "ending", "through", "until", "till"].includes(t[k]?.norm ?? "")) return undefined;
  const m = MONTH.get(t[k + 1]?.norm ?? "");
  if (m === undefined || !isCapitalized(t[k + 1])) return undefined;
  let end = k + 2;
  // "ended Sept. 28": an abbreviation's dot and the day are part of the phrase.
  if (t[end]?.norm === "." && !t[end]?.spaceBefore && MONTH_ABBREVIATIONS.has(t[k + 1]?.norm ?? "")) end++;
  if (t[end]?.kind === "num" && /^\d{1,2}$/.test(t[end]?.norm ?? "")) end++;
  if (t[end]?.norm === "," && yearOf(t[end + 1]) !== undefined) end++;
  let year = yearOf(t[end]);
  if (year !== undefined) end++;
  else year = yearFor(m, pubYear, pubMonth);
  return monthSpan({ first, last: end }, months, m, year);
}

/** "the September quarter", "the June quarter of 2024": the three months that end in that month. */
function monthQuarter(
  t: readonly Token[],
  i: number,
  pubYear?: number,
  pubMonth?: number,
): PeriodHit | undefined {
  const first = t[i]?.norm === "the" ? i + 1 : i;
  const m = MONTH.get(t[first]?.norm ?? "");
  if (m === undefined || !isCapitalized(t[first]) || t[first + 1]?.norm !== "quarter") return undefined;
  let end = first + 2;
  let year: number | undefined;
  if ((t[end]?.norm === "of" || t[end]?.norm === "in") && yearOf(t[end + 1]) !== undefined) {
    year = yearOf(t[end + 1]);
    end += 2;
  } else year = yearFor(m, pubYear, pubMonth);
  return monthSpan({ first, last: end }, 3, m, year);
}

/** "July-September", "the April-June quarter", "January to March 2024", "between January and March". */
function monthRange(
  t: readonly Token[],
  i: number,
  pubYear?: number,
  pubMonth?: number,
): PeriodHit | undefined {
  const a = MONTH.get(t[i]?.norm ?? "");
  if (a === undefined || !isCapitalized(t[i])) return undefined;
  const link = t[i + 1];
  if (!link) return undefined;
  const dash = ["-", "–", "—", "/"].includes(link.norm) && !link.spaceBefore;
  const word = link.norm === "to" || (link.norm === "and" && t[i - 1]?.norm === "between");
  if (!dash && !word) return undefined;
  const b = MONTH.get(t[i + 2]?.norm ?? "");
  if (b === undefined || !isCapitalized(t[i + 2]) || b === a) return undefined;
  let end = i + 3;
  if (["quarter", "period", "half"].includes(t[end]?.norm ?? "")) end++;
  if ((t[end]?.norm === "of" || t[end]?.norm === "in") && yearOf(t[end + 1]) !== undefined) end++;
  let year = yearOf(t[end]);
  if (year !== undefined) end++;
  else year = yearFor(b, pubYear, pubMonth);
  const months = ((b - a + 12) % 12) + 1;
  return monthSpan({ first: i, last: end }, months, b, year);
}

/** All period expressions, in order, not overlapping. */
export function findPeriods(t: readonly Token[], publishedAt?: string): PeriodHit[] {
  const pub = publishedAt && /^\d{4}-\d{2}/.test(publishedAt) ? publishedAt : undefined;
  const pubYear = pub ? Number(pub.slice(0, 4)) : undefined;
  const pubMonth = pub ? Number(pub.slice(5, 7)) : undefined;
  const out: PeriodHit[] = [];
  let i = 0;
  while (i < t.length) {
    const hit = periodAt(t, i, pubYear, pubMonth);
    if (hit) {
      out.push(hit);
      i = hit.last;
    } else {
      i++;
    }
  }
  return out;
}

function periodAt(
  t: readonly Token[],
  i: number,
  pubYear?: number,
  pubMonth?: number,
): PeriodHit | undefined {
  const tok = t[i];
  if (!tok) return undefined;
  const n = tok.norm;
  // "(the) end of June", "the start of 2024": a point at the edge of a period.
  const edgeAt = n === "the" ? i + 1 : i;
  const edge = t[edgeAt]?.norm ?? "";
  const EDGES = ["end", "start", "beginning"];
  const innerAt = edgeAt + 2 + (t[edgeAt + 2]?.norm === "the" ? 1 : 0);
  // The inner period is never another edge, so the look-ahead stays bounded.
  if (EDGES.includes(edge) && t[edgeAt + 1]?.norm === "of" && !EDGES.includes(t[innerAt]?.norm ?? "")) {
    // "since the start of the year": the article's year.
    const theYear =
      t[innerAt]?.norm === "year" && t[innerAt - 1]?.norm === "the" && pubYear !== undefined
        ? { first: innerAt, last: innerAt + 1, from: String(pubYear), to: String(pubYear) }
        : undefined;
    const inner = theYear ?? periodAt(t, edgeAt + 2, pubYear, pubMonth);
    if (inner && inner.first === innerAt) {
      const hit: PeriodHit = { first: edgeAt, last: inner.last };
      // "the end of 2027" is its December, "the start of 2024" its January.
      const year = (y: string | undefined, month: string) => (y && /^\d{4}$/.test(y) ? `${y}-${month}` : y);
      const at = edge === "end" ? year(inner.to, "12") : year(inner.from, "01");
      if (at) hit.from = hit.to = at;
      return hit;
    }
  }
  // "between 2015 and 2021": the years from one to the other.
  if (n === "between" && t[i + 2]?.norm === "and") {
    const a = yearOf(t[i + 1]);
    const b = yearOf(t[i + 3]);
    if (a !== undefined && b !== undefined && b > a)
      return { first: i, last: i + 4, from: String(a), to: String(b) };
  }
  // "since 1991", "since March 2020", "by 2030", "until 2030", "by the end of 2027": an open period.
  const link = YEAR_LINK.get(n);
  if (link === "since" || link === "by" || link === "until") {
    const next = t[i + 1]?.norm ?? "";
    const edged = next === "the" || EDGES.includes(next);
    const inner = periodAt(t, i + 1, pubYear, pubMonth);
    if (inner && (yearOf(t[i + 1]) !== undefined || MONTH.has(next) || (edged && inner.first <= i + 2))) {
      const hit: PeriodHit = { first: i, last: inner.last };
      if (link === "since" && inner.from) hit.from = inner.from;
      if (link !== "since" && inner.to) hit.to = inner.to;
      return hit;
    }
    return undefined;
  }
  const to =
    monthsTo(t, i, pubYear, pubMonth) ??
    monthQuarter(t, i, pubYear, pubMonth) ??
    monthRange(t, i, pubYear, pubMonth);
  if (to) return to;
  const ago = yearsAgo(t, i, pubYear, pubMonth);
  if (ago) return ago;
  const rel = RELATIVE.forward(t, i);
  if (rel) {
    const first = t[i]?.norm === "the" ? i + 1 : i;
    const hit: PeriodHit = { first, last: rel.end };
    if (pubYear !== undefined && rel.value.unit === "year") {
      hit.from = hit.to = String(pubYear + rel.value.offset);
    } else if (pubYear !== undefined && pubMonth !== undefined && rel.value.unit === "month") {
      const m = pubYear * 12 + (pubMonth - 1) + rel.value.offset;
      hit.from = hit.to = `${Math.floor(m / 12)}-${pad((m % 12) + 1)}`;
    }
    return hit;
  }
  // "(the) first three quarters of 2022", "the second quarter", "first-half", "the first nine months of 2022"
  const ordStart = n === "the" ? i + 1 : i;
  const ord = ORDINAL.get(t[ordStart]?.norm ?? "");
  if (ord !== undefined) {
    let k = ordStart + 1;
    if (t[k] && t[k]?.norm === "-") k++;
    let count = 1;
    const c =
      ONE.get(t[k]?.norm ?? "") ??
      TEN.get(t[k]?.norm ?? "") ??
      (t[k]?.kind === "num" ? Number(t[k]?.norm) : undefined);
    if (c !== undefined && Number.isInteger(c) && c > 0 && c <= 12) {
      count = c;
      k++;
    }
    const unitWord = t[k]?.norm ?? "";
    const months = unitWord.startsWith("quarter")
      ? 3
      : unitWord.startsWith("half")
        ? 6
        : unitWord.startsWith("month")
          ? 1
          : 0;
    if (months > 0 && (count === 1 || unitWord.endsWith("s"))) {
      let end = k + 1;
      let year: number | undefined;
      if ((t[end]?.norm === "of" || t[end]?.norm === "in") && yearOf(t[end + 1]) !== undefined) {
        year = yearOf(t[end + 1]);
        end += 2;
      } else if (yearOf(t[end]) !== undefined) {
        year = yearOf(t[end]);
        end += 1;
      }
      const hit: PeriodHit = { first: ordStart, last: end };
      const span = months * count;
      const y = year ?? (ord > 0 ? yearFor((ord - 1) * span + 1, pubYear, pubMonth) : pubYear);
      if (y !== undefined && ord > 0) {
        const from = (ord - 1) * span + 1;
        const to = from + span - 1;
        if (to <= 12) {
          hit.from = `${y}-${pad(from)}`;
          hit.to = `${y}-${pad(to)}`;
        }
      }
      return hit;
    }
  }
  // "Q3 2022", "H1 2023"
  if ((n === "q" || n === "h") && t[i + 1]?.kind === "num" && !t[i + 1]?.spaceBefore) {
    const q = Number(t[i + 1]?.norm);
    const months = n === "q" ? 3 : 6;
    if (Number.isInteger(q) && q >= 1 && q * months <= 12) {
      const year = yearOf(t[i + 2]);
      const hit: PeriodHit = { first: i, last: year !== undefined ? i + 3 : i + 2 };
      const y = year ?? yearFor((q - 1) * months + 1, pubYear, pubMonth);
      if (y !== undefined) {
        hit.from = `${y}-${pad((q - 1) * months + 1)}`;
        hit.to = `${y}-${pad(q * months)}`;
      }
      return hit;
    }
  }
  // "March 2023", "in March", "March 5, 2023"
  const month = MONTH.get(n);
  // "January robusta settled up $112", "gold futures for December delivery": a contract's month.
  if (month !== undefined && (CONTRACT_WORDS.has(t[i + 1]?.norm ?? "") || t[i + 1]?.norm === "delivery"))
    return undefined;
  if (month !== undefined && isCapitalized(tok) && (n !== "may" || isMonthMay(t, i))) {
    if (
      n.length <= 4 &&
      t[i + 1]?.norm !== "." &&
      yearOf(t[i + 1]) === undefined &&
      t[i + 1]?.kind !== "num"
    ) {
      if (
        !["in", "since", "of", "by", "last", "this", "early", "late", "mid", "until", "from"].includes(
          t[i - 1]?.norm ?? "",
        )
      ) {
        return undefined;
      }
    }
    let end = i + 1;
    let day: number | undefined;
    if (t[end]?.norm === "." && n.length <= 4 && t[end + 1]?.kind === "num") end++;
    const d = t[end];
    if (d?.kind === "num" && /^[0-9]{1,2}$/.test(d.norm) && Number(d.norm) <= 31) {
      day = Number(d.norm);
      end++;
      if (t[end]?.norm === ",") end++;
    }
    let year = yearOf(t[end]);
    if (year !== undefined) end++;
    else if (day !== undefined && t[end - 1]?.norm === ",") end--;
    if (year === undefined) year = yearFor(month, pubYear, pubMonth);
    const hit: PeriodHit = { first: i, last: end };
    if (year !== undefined)
      hit.from = hit.to = `${year}-${pad(month)}${day !== undefined ? `-${pad(day)}` : ""}`;
    return hit;
  }
  // "2022", "2022-23", "2020-2022", "fiscal 2023"
  const y = yearOf(tok);
  if (y !== undefined) {
    if (t[i + 1]?.kind === "word" && !t[i + 1]?.spaceBefore) return undefined;
    // "the 2032 Games", "Expo 2030", "Vision 2030": a year in an event's or a plan's name is no period.
    if (NAMED_AFTER.has(t[i + 1]?.text ?? "") || NAMED_BEFORE.has(t[i - 1]?.text ?? "")) return undefined;
    if (t[i - 1] && !tok.spaceBefore && (t[i - 1]?.kind === "word" || t[i - 1]?.kind === "sym"))
      return undefined;
    const dash = t[i + 1];
    const second = t[i + 2];
    if (
      dash &&
      (dash.norm === "-" || dash.norm === "–" || dash.norm === "/") &&
      !dash.spaceBefore &&
      second?.kind === "num"
    ) {
      const y2 = second.norm.length === 2 ? Math.floor(y / 100) * 100 + Number(second.norm) : yearOf(second);
      if (y2 !== undefined && y2 > y && y2 - y <= 100)
        return { first: i, last: i + 3, from: String(y), to: String(y2) };
    }
    return { first: i, last: i + 1, from: String(y), to: String(y) };
  }
  // "FY2023", "fiscal 2023"
  if ((n === "fy" || n === "fiscal") && t[i + 1]?.kind === "num") {
    const yy = yearOf(t[i + 1]) ?? (t[i + 1]?.norm.length === 2 ? 2000 + Number(t[i + 1]?.norm) : undefined);
    // "fiscal 2022-23": the span of years that the plain year rule reads.
    const span = yearOf(t[i + 1]) !== undefined ? periodAt(t, i + 1, pubYear, pubMonth) : undefined;
    if (span && span.last > i + 2) return { ...span, first: i };
    if (yy !== undefined) return { first: i, last: i + 2, from: String(yy), to: String(yy) };
  }
  return undefined;
}

/** Words before "May" that make it the month, not the verb: "in May", "since May", "the end of May". */
const MAY_BEFORE = new Set([
  "in",
  "since",
  "of",
  "by",
  "until",
  "till",
  "from",
  "through",
  "during",
  "early",
  "late",
  "mid",
  "last",
  "this",
  "next",
  "between",
]);

/** "May" is the month with a year or a day after it ("May 2024", "May 5"), or after a period word ("in May"). */
function isMonthMay(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (yearOf(next) !== undefined) return true;
  if (next?.kind === "num" && /^[0-9]{1,2}$/.test(next.norm) && Number(next.norm) <= 31) return true;
  const prev = t[i - 1];
  return prev !== undefined && MAY_BEFORE.has(prev.norm);
}
