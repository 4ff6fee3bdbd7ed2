/**
 * Figure accuracy on factwire's own table cases (tests/extraction/figures/cases*.ts), for factwire,
 * compromise and Microsoft Recognizers-Text, judged on one criterion that each of them can express.
 * The "blind" row is the blind set (cases-blind.ts): cases written before any rule was tuned on them, the
 * fairer measure for every engine (the other tables were written beside factwire's code). The first blind set
 * was later tuned on, and so was the second ("blind2", cases-blind2.ts, other registers and outlets); the "blind3"
 * row (cases-blind3.ts: guidance, bonds, shipping, fines, pay, fractions, currency codes after amounts ...) was
 * measured blind before its fixes (the score is in its header).
 *
 * The criterion (the same for all three). A case is right when the engine yields exactly as many figures as
 * the case expects (none for a "not a figure" case) and, pairing them in text order, each yielded figure
 * - overlaps the expected figure's span in the input (where the case names the span's text), and
 * - has the value (and range high), currency and kind the case asserts. Values match within 1e-6 relative.
 * Fields a case does not assert are not judged; qualifiers, changes, periods, subjects and speakers are
 * never judged here (the peers have no such notion), nor is the exact span (each engine has its own span
 * convention: compromise keeps "and", Recognizers-Text drops a currency word it does not know).
 * The "value" column drops the kind: a peer that reads "590 enterprises" as the NUMBER 590 counts there.
 *
 * How each peer is mapped (as far as its API allows; see the notes beside each mapper):
 * - compromise: money() -> MONEY, percentages() -> PERCENT, numbers() -> QUANTITY when compromise gives it
 *   a unit, else NUMBER; its own #Date/#Year/#Ordinal/#Time/#PhoneNumber tags drop what it knows is no figure.
 * - Recognizers-Text (Culture.English): recognizeCurrency -> MONEY, recognizePercentage -> PERCENT,
 *   recognizeDimension and recognizeTemperature -> QUANTITY, recognizeNumber -> NUMBER; numbers inside any
 *   of those, or inside its own date-time, age or phone-number results, are dropped.
 * Neither peer can express: ranges as one figure (value + high), percentage points vs percent, a source's
 * default dollar (the cases' `dollarCurrency` option), counts with their noun ("590 enterprises" as a
 * QUANTITY; Recognizers' dimensions cover measures only), or "not a figure" for labels ("Article 5").
 */
import * as Recognizers from "@microsoft/recognizers-text-suite";
import nlp from "compromise";
import { extract } from "../functions/extraction/index.ts";
import type { Case, Partial as Expected } from "../tests/extraction/figures/case-types.ts";
import { ALL_CASES, CASES_BY_TOPIC } from "../tests/extraction/figures/cases.ts";
import { BLIND_CASES } from "../tests/extraction/figures/cases-blind.ts";
import { BLIND2_CASES } from "../tests/extraction/figures/cases-blind2.ts";
import { BLIND3_CASES } from "../tests/extraction/figures/cases-blind3.ts";

/** A figure as every engine can state it. */
export interface Found {
  kind: string;
  value: number;
  high?: number;
  currency?: string;
  start: number;
  /** End exclusive. */
  end: number;
}

type Engine = (text: string, options: { publishedAt?: string; dollarCurrency?: string }) => Found[];

const factwire: Engine = (text, options) =>
  extract(text, options).figures.map((f) => {
    const found: Found = { kind: f.kind, value: f.value, start: f.start, end: f.end };
    if (f.high !== undefined) found.high = f.high;
    if (f.currency) found.currency = f.currency;
    return found;
  });

// compromise ----------------------------------------------------------------------------------------

interface CompromiseTerm {
  tags?: string[];
  offset?: { start: number; length: number };
}
interface CompromiseMatch {
  text: string;
  terms: CompromiseTerm[];
  offset?: { start: number; length: number };
  number?: { num: number; unit?: string; suffix?: string; prefix?: string };
  money?: { num: number; currency?: string };
}
interface CompromiseView {
  json(options?: object): CompromiseMatch[];
}
interface CompromiseDoc {
  money(): CompromiseView;
  percentages(): CompromiseView;
  numbers(): CompromiseView;
}

/** compromise names currencies by word; ISO codes for the ones it knows. */
const COMPROMISE_CURRENCY: Record<string, string> = {
  dollar: "USD",
  usd: "USD",
  euro: "EUR",
  eur: "EUR",
  pound: "GBP",
  gbp: "GBP",
  yen: "JPY",
  jpy: "JPY",
  yuan: "CNY",
  rupee: "INR",
  inr: "INR",
  peso: "MXN",
  franc: "CHF",
  won: "KRW",
  ruble: "RUB",
  rouble: "RUB",
  real: "BRL",
  rand: "ZAR",
  lira: "TRY",
  naira: "NGN",
  krona: "SEK",
  krone: "NOK",
  cent: "USD",
  pence: "GBP",
  penny: "GBP",
};
const SIGN_CURRENCY: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
const COMPROMISE_SKIP = new Set(["Date", "Year", "Ordinal", "Time", "PhoneNumber", "Duration"]);

function compromiseSpan(m: CompromiseMatch): { start: number; end: number } {
  const terms = m.terms.filter((t) => t.offset);
  const first = terms[0]?.offset;
  const last = terms[terms.length - 1]?.offset;
  if (first && last) return { start: first.start, end: last.start + last.length };
  const o = m.offset ?? { start: 0, length: 0 };
  return { start: o.start, end: o.start + o.length };
}

/**
 * compromise: its money view gives {num, currency} but drops a scale word ("$50 billion" -> 50) that its
 * numbers view reads ("$50 billion" -> 5e10); a money match takes the numbers view's value when that one
 * starts at the same place and only adds a power of ten. "cents"/"pence" are divided by 100 (compromise
 * gives the count). compromise has no ranges (it joins "$1m and $2m" into one match), no percentage
 * points, no counts as quantities unless it finds a unit, and no default-dollar option.
 */
const compromise: Engine = (text) => {
  const doc = nlp(text) as unknown as CompromiseDoc;
  const opts = { offset: true, terms: { offset: true }, tags: true };
  const out: Found[] = [];
  const taken: Array<{ start: number; end: number }> = [];
  const overlaps = (s: { start: number; end: number }) =>
    taken.some((t) => t.start < s.end && s.start < t.end);
  const numbers = doc.numbers().json(opts);
  for (const m of doc.money().json(opts)) {
    let span = compromiseSpan(m);
    let value = m.money?.num ?? m.number?.num;
    if (value === undefined || !Number.isFinite(value)) continue;
    // "5 million pounds": money() holds "million pounds" (1e6), numbers() "5 million" (5e6); take the union.
    const wide = numbers.find((n) => {
      const s = compromiseSpan(n);
      return s.start <= span.start && s.end > span.start;
    });
    const ratio = wide?.number && value !== 0 ? wide.number.num / value : 1;
    if (wide?.number && ratio > 1 && Number.isInteger(Math.log10(ratio))) {
      value = wide.number.num;
      const s = compromiseSpan(wide);
      span = { start: Math.min(s.start, span.start), end: Math.max(s.end, span.end) };
    }
    const word = (m.money?.currency ?? "").toLowerCase();
    if (/^(cent|pence|penny)/.test(m.text.replace(/^[\d.,\s]+/, "").toLowerCase())) value /= 100;
    const found: Found = { kind: "MONEY", value, ...span };
    const code = COMPROMISE_CURRENCY[word] ?? (/^[a-z]{3}$/.test(word) ? word.toUpperCase() : undefined);
    if (code) found.currency = code;
    out.push(found);
    taken.push(span);
  }
  for (const m of doc.percentages().json(opts)) {
    const span = compromiseSpan(m);
    if (overlaps(span) || m.number === undefined) continue;
    out.push({ kind: "PERCENT", value: m.number.num, ...span });
    taken.push(span);
  }
  for (const m of numbers) {
    const span = compromiseSpan(m);
    if (overlaps(span) || m.number === undefined || !Number.isFinite(m.number.num)) continue;
    if (m.terms.some((t) => t.tags?.some((tag) => COMPROMISE_SKIP.has(tag)))) continue;
    // A number whose compromise prefix or unit is a currency ("$ 75 million", "300 billion rubles") is money.
    const sign = SIGN_CURRENCY[m.number.prefix ?? ""];
    const unit = COMPROMISE_CURRENCY[(m.number.unit ?? "").toLowerCase().replace(/s$/, "")];
    const kind =
      sign || unit ? "MONEY" : m.number.suffix === "%" ? "PERCENT" : m.number.unit ? "QUANTITY" : "NUMBER";
    const found: Found = { kind, value: m.number.num, ...span };
    if (sign ?? unit) found.currency = sign ?? unit;
    out.push(found);
    taken.push(span);
  }
  return out.sort((a, b) => a.start - b.start);
};

// Recognizers-Text -----------------------------------------------------------------------------------

interface RecognizerResult {
  start: number;
  /** Inclusive. */
  end: number;
  text: string;
  typeName: string;
  resolution?: { value?: string | null; unit?: string; isoCurrency?: string; values?: unknown[] };
}

/** Recognizers-Text's currency unit names, where it gives no isoCurrency. */
const RECOGNIZERS_CURRENCY: Record<string, string> = {
  Dollar: "USD",
  "United States dollar": "USD",
  Euro: "EUR",
  "British pound": "GBP",
  Pound: "GBP",
  Yen: "JPY",
  "Japanese yen": "JPY",
  Yuan: "CNY",
  Rupee: "INR",
  "Indian rupee": "INR",
  Cent: "USD",
  Penny: "GBP",
  Pence: "GBP",
};

/**
 * Recognizers-Text: values are resolved well, but it has no ranges as one figure ("5-7%" is "7%"), no
 * percentage points, no counts with nouns, no default-dollar option, and a bare "$" has no ISO code (it is
 * mapped to USD here, as factwire does). A "Cent"/"Pence" amount is divided by 100. Its `end` is inclusive.
 */
const recognizers: Engine = (text) => {
  const culture = Recognizers.Culture.English;
  const out: Found[] = [];
  const blockers: Array<{ start: number; end: number }> = [];
  // Its recognizers overlap ("75 cents" is also a percentage, "US$5 million in" also a dimension): the
  // first of currency, percentage, dimension, number keeps the span, as a caller merging them would do.
  const add = (r: RecognizerResult, kind: string, value: number, currency?: string) => {
    if (blockers.some((b) => b.start <= r.end && r.start < b.end)) return;
    const found: Found = { kind, value, start: r.start, end: r.end + 1 };
    if (currency) found.currency = currency;
    out.push(found);
    blockers.push({ start: r.start, end: r.end + 1 });
  };
  const resolved = (r: RecognizerResult) => Number.parseFloat(String(r.resolution?.value ?? ""));
  for (const r of Recognizers.recognizeCurrency(text, culture) as RecognizerResult[]) {
    let value = resolved(r);
    if (!Number.isFinite(value)) continue;
    const unit = r.resolution?.unit ?? "";
    if (/^(Cent|Penny|Pence)$/.test(unit)) value /= 100;
    add(r, "MONEY", value, r.resolution?.isoCurrency ?? RECOGNIZERS_CURRENCY[unit]);
  }
  for (const r of Recognizers.recognizePercentage(text, culture) as RecognizerResult[]) {
    const value = resolved(r);
    if (Number.isFinite(value)) add(r, "PERCENT", value);
  }
  for (const r of [
    ...(Recognizers.recognizeDimension(text, culture) as RecognizerResult[]),
    ...(Recognizers.recognizeTemperature(text, culture) as RecognizerResult[]),
  ]) {
    const value = resolved(r);
    if (Number.isFinite(value)) add(r, "QUANTITY", value);
  }
  for (const r of [
    ...(Recognizers.recognizeDateTime(text, culture) as RecognizerResult[]),
    ...(Recognizers.recognizeAge(text, culture) as RecognizerResult[]),
    ...(Recognizers.recognizePhoneNumber(text, culture) as RecognizerResult[]),
  ]) {
    blockers.push({ start: r.start, end: r.end + 1 });
  }
  for (const r of Recognizers.recognizeNumber(text, culture) as RecognizerResult[]) {
    const value = resolved(r);
    if (!Number.isFinite(value)) continue;
    if (blockers.some((b) => b.start <= r.end && r.start < b.end)) continue;
    out.push({ kind: "NUMBER", value, start: r.start, end: r.end + 1 });
  }
  return out.sort((a, b) => a.start - b.start);
};

// Judging ---------------------------------------------------------------------------------------------

const close = (a: number | undefined, b: number) =>
  a !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Where each expected figure's text is in the input, searched in order. */
function expectedSpans(
  input: string,
  expected: readonly Expected[],
): Array<{ start: number; end: number } | undefined> {
  let from = 0;
  return expected.map((e) => {
    if (typeof e.text !== "string" || e.text === "") return undefined;
    const at = input.indexOf(e.text, from);
    if (at < 0) return undefined;
    from = at + e.text.length;
    return { start: at, end: at + e.text.length };
  });
}

export function judge(
  input: string,
  expected: readonly Expected[],
  found: readonly Found[],
  withKind: boolean,
): boolean {
  if (found.length !== expected.length) return false;
  const spans = expectedSpans(input, expected);
  return expected.every((e, i) => {
    const f = found[i];
    if (!f) return false;
    const span = spans[i];
    if (span && !(f.start < span.end && span.start < f.end)) return false;
    if (typeof e.value === "number" && !close(f.value, e.value)) return false;
    if (typeof e.high === "number" && !close(f.high, e.high)) return false;
    if (typeof e.currency === "string" && f.currency !== e.currency) return false;
    if (withKind && typeof e.kind === "string" && f.kind !== e.kind) return false;
    return true;
  });
}

const ENGINES: ReadonlyArray<readonly [string, Engine]> = [
  ["factwire", factwire],
  ["compromise", compromise],
  ["Recognizers-Text", recognizers],
];

/** Runs every table case through the three engines; returns the report as text. */
export async function figureAccuracyReport(): Promise<string> {
  const topics: Array<readonly [string, Case[]]> = [
    ...Object.entries(CASES_BY_TOPIC),
    ["blind", BLIND_CASES],
    ["blind2", BLIND2_CASES],
    ["blind3", BLIND3_CASES],
  ];
  const names = ENGINES.map(([name]) => name);
  // Each case runs once per engine; cells[engine] = [strict, value-only] per case.
  const verdicts = new Map<Case, boolean[][]>();
  const started = process.hrtime.bigint();
  for (const c of [...ALL_CASES, ...BLIND_CASES, ...BLIND2_CASES, ...BLIND3_CASES]) {
    const [input, expected, options] = c;
    verdicts.set(
      c,
      ENGINES.map(([, engine]) => {
        let found: Found[];
        try {
          found = engine(input, options ?? {});
        } catch {
          found = [];
        }
        return [judge(input, expected, found, true), judge(input, expected, found, false)];
      }),
    );
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`.padStart(7);
  const lines = [
    `Figure accuracy on ${ALL_CASES.length} table cases and ${BLIND_CASES.length} + ${BLIND2_CASES.length} + ${BLIND3_CASES.length} blind ones (share right: kind+value+currency | value+currency only)`,
    `  ${"topic".padEnd(12)} ${"cases".padStart(5)}  ${names.map((n) => n.padStart(20)).join("")}`,
  ];
  for (const [topic, cases] of [["all", ALL_CASES] as const, ...topics]) {
    const cells = ENGINES.map((_, k) => {
      const right = (m: number) => cases.filter((c) => verdicts.get(c)?.[k]?.[m]).length;
      return `${pct(right(0), cases.length)} |${pct(right(1), cases.length)}`.padStart(20);
    });
    lines.push(`  ${topic.padEnd(12)} ${String(cases.length).padStart(5)}  ${cells.join("")}`);
  }
  lines.push(`  (${seconds.toFixed(1)} s for all engines; criterion in bench/figure-accuracy.ts)`);
  return lines.join("\n");
}

/** The cases an engine gets wrong, with what it found: `npx tsx bench/figure-accuracy.ts --misses compromise`. */
export function misses(engineName: string): string[] {
  const engine = ENGINES.find(([name]) => name === engineName)?.[1];
  if (!engine) return [];
  return [...ALL_CASES, ...BLIND_CASES, ...BLIND2_CASES, ...BLIND3_CASES].flatMap(
    ([input, expected, options]) => {
      const found = engine(input, options ?? {});
      return judge(input, expected, found, true) ? [] : [`${input}\n    ${JSON.stringify(found)}`];
    },
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf("--misses");
  if (at > 0) console.log(misses(process.argv[at + 1] ?? "factwire").join("\n"));
  else console.log(await figureAccuracyReport());
}
