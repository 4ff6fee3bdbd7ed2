/**
 * Scales a table states once for its rows: "Key figures for the six months to June 30 (in millions of U.S.
 * dollars unless stated):", "(HK$ million)", "Revenue (Rs crore) 1,204.5 1,088.1". A bare number on the
 * rows the header governs is money in that currency and scale; a figure that writes its own currency, unit
 * or percent sign keeps it. Linear in the tokens.
 */
import { asWritten } from "./amounts.ts";
import { COUNTED_NOUNS } from "./data/units.ts";
import { type FindOptions, findFigures, type RawFigure } from "./find.ts";
import { ATTACHED_SCALE, SCALE } from "./lexicon.ts";
import { BULLETS } from "./past-results.ts";
import { firstAtOrAfter } from "./search.ts";
import { type Token, tokenize } from "./tokenize.ts";

/** Tokens inside a header's parenthesis, at most: "in millions of U.S. dollars, except per-share data". */
const HEADER_TOKENS = 14;
/** Rows a header governs, at most. */
const TABLE_ROWS = 40;
/** Lower-case words in a row, one after another, at most: "Earnings per share"; more is prose. */
const ROW_PLAIN_WORDS = 3;

/** Tokens of a row before one of its numbers, at most. */
const ROW_TOKENS = 30;

/** Plural scale words a header writes that no figure does: "in thousands of", "in billions of". */
const HEADER_SCALES = new Map([
  ["thousands", 1e3],
  ["billions", 1e9],
]);
/** Words a header may hold beside its currency and scale: "in millions of U.S. dollars unless stated". */
const HEADER_WORDS = new Set(["in", "of", "unless", "otherwise", "stated", "noted", "indicated", "except"]);

interface TableScale {
  factor: number;
  /** None where the header states a scale alone, "(in millions)": its cells' signs say the currency. */
  currency?: string;
  /** Token range of the rows it governs, end exclusive. */
  first: number;
  end: number;
  /** The scale a row's own label states: "Revenue (Rs crore) 1,204.5". */
  ofRow: boolean;
}

/**
 * Bare numbers on the rows of a header that states a currency and a scale become money; amounts written
 * with a sign and no scale ("$61.2" under "(in millions)" or "($ in millions)") take the header's scale.
 */
export function applyTableScales(t: readonly Token[], raws: RawFigure[], options: FindOptions): void {
  // (Most articles have no number for a header to scale: no look for headers then.)
  if (!raws.some((raw) => isBare(raw) || unscaledMoney(t, raw))) return;
  for (const table of tableScales(t, options)) {
    const start = firstAtOrAfter(raws, table.first, (raw) => raw.first);
    // (A header of a scale alone: its signed cells, "$61.2", say the currency, and its bare cells are money
    // only between two signed ones, as US tables sign their first and total rows; counts stay counts.)
    let firstSigned: RawFigure | undefined;
    let lastSigned: RawFigure | undefined;
    for (let r = start; table.currency === undefined && r < raws.length; r++) {
      const raw = raws[r];
      if (!raw || raw.first >= table.end) break;
      if (!unscaledMoney(t, raw)) continue;
      firstSigned ??= raw;
      lastSigned = raw;
    }
    for (let r = start; r < raws.length; r++) {
      const raw = raws[r];
      if (!raw || raw.first >= table.end) break;
      const signed =
        unscaledMoney(t, raw) && (table.currency === undefined || raw.currency === table.currency);
      const between =
        raw.first > (firstSigned?.first ?? Number.POSITIVE_INFINITY) && raw.first < (lastSigned?.first ?? 0);
      if (!(isBare(raw) && (table.currency !== undefined || between)) && !signed) continue;
      const row = rowLabel(t, raw.first);
      // ("Employees 3,214 vs 3,087": a row of things counted stays a count; "Gold produced (ounces)" one in
      // a unit of its own; "Revenue (Rs crore)" one with a scale of its own is a table of its own.)
      if (row.counted || row.unit || (row.scaled && !table.ofRow)) continue;
      // ("Earnings per share (euros) 1.42 vs 1.26": a row's own currency, or a rate per share, is unscaled;
      // "Headline EPS (cents) 142 vs 109": in cents of the table's currency.)
      const factor = row.subunit ?? (row.own || row.rate ? 1 : table.factor);
      const cellCurrency = signed ? raw.currency : (row.own ?? table.currency ?? firstSigned?.currency);
      if (cellCurrency === undefined) continue;
      raw.kind = "MONEY";
      raw.currency = cellCurrency;
      raw.value = asWritten(raw.value * factor);
      if (raw.high !== undefined) raw.high = asWritten(raw.high * factor);
    }
  }
}

/** Money written with its sign and no scale of its own, "$61.2": a table's header may scale it. */
function unscaledMoney(t: readonly Token[], raw: RawFigure | undefined): boolean {
  if (raw?.kind !== "MONEY" || raw.currency === undefined || raw.unit !== undefined) return false;
  for (let k = raw.first; k < raw.last; k++) {
    const norm = t[k]?.norm ?? "";
    if (SCALE.has(norm) || ATTACHED_SCALE.has(norm)) return false;
  }
  return true;
}

/** A number with no currency, unit, percent sign or multiple: what a table's header may scale. */
function isBare(raw: RawFigure): boolean {
  return raw.kind === "NUMBER" && raw.unit === undefined && !raw.multiple && !raw.points;
}

const COUNTED: ReadonlySet<string> = new Set(COUNTED_NOUNS);

interface RowLabel {
  /** It names things counted: "Employees". */
  counted: boolean;
  /** A rate: "Earnings per share". */
  rate: boolean;
  /** Its parenthesis states a scale: "Revenue (Rs crore)". */
  scaled: boolean;
  /** Its parenthesis states no currency: "Gold produced (ounces)". */
  unit: boolean;
  /** The factor of a currency's hundredth it alone states: "(cents)". */
  subunit?: number;
  /** The currency it alone states: "(euros)". */
  own?: string;
}

/**
 * What the label of the row token `k` sits on says: whether it counts things ("Employees"), is a rate
 * ("Earnings per share") or states its own currency ("(euros)").
 */
function rowLabel(t: readonly Token[], k: number): RowLabel {
  let first = k;
  while (first > 0 && k - first < ROW_TOKENS && !t[first]?.lineStart) first--;
  let counted = false;
  let rate = false;
  let scaled = false;
  let unit = false;
  let subunit: number | undefined;
  let own: string | undefined;
  // (The label ends at the row's first number: "- Revenue: 2,461.7 (Q3 2025: 2,311.5)".)
  for (let j = first; j < k && t[j]?.kind !== "num"; j++) {
    const norm = t[j]?.norm ?? "";
    if (COUNTED.has(norm)) counted = true;
    if (norm === "per" || norm === "eps") rate = true;
    // ("Gross margin, %": a row of shares.)
    if (norm === "%") unit = true;
    // ("Cost of sales   (78.2)": the parenthesis of a negative cell is no label's.)
    if (norm === "(" && j === k - 1) break;
    if (norm === "(") {
      let close = j + 1;
      while (close < k && t[close]?.norm !== ")") close++;
      // (A scale of its own, "Revenue (Rs crore)", makes a table of the row.)
      const stated = statedCurrency(t, j + 1, close, {});
      if (stated?.factor === 1) own = stated.currency;
      else if (stated && stated.factor < 1 && close === j + 2) subunit = stated.factor;
      else if (stated) scaled = true;
      else unit = true;
      // (Its words are no label's: "(in millions of euros, except per-share data)" names no rate.)
      j = close;
    }
  }
  const row: RowLabel = { counted, rate, scaled, unit };
  if (own) row.own = own;
  if (subunit) row.subunit = subunit;
  return row;
}

function tableScales(t: readonly Token[], options: FindOptions): TableScale[] {
  const out: TableScale[] = [];
  for (let open = 0; open < t.length; open++) {
    if (t[open]?.norm !== "(") continue;
    let close = open + 1;
    while (close < t.length && close - open <= HEADER_TOKENS && t[close]?.norm !== ")") close++;
    if (t[close]?.norm !== ")") continue;
    const stated: { factor: number; currency?: string } | undefined =
      statedCurrency(t, open + 1, close, options, true) ?? statedScale(t, open + 1, close);
    if (!stated) continue;
    const after = t[close + 1]?.norm === ":" ? close + 2 : close + 1;
    // ("Revenue (Rs crore) 1,204.5 1,088.1": a row's own label, opening its line; its line's numbers. A
    // header that opens its line heads the columns after it: "(in millions)   Q3 2026   Q3 2025".)
    const headsColumns = t[open]?.lineStart === true && stated.currency === undefined;
    if (after < t.length && !t[after]?.lineStart && !headsColumns) {
      if (t[after]?.kind === "num" && opensRow(t, open))
        out.push({ ...stated, first: after, end: lineEnd(t, after), ofRow: true });
      continue;
    }
    // (A header that ends its line, or heads its columns: the rows after it, up to the first line of prose.)
    let end = t[after]?.lineStart ? after : lineEnd(t, after);
    const rowsFrom = end;
    for (let rows = 0; rows < TABLE_ROWS && end < t.length; rows++) {
      const next = lineEnd(t, end);
      if (isProse(t, end, next)) break;
      end = next;
    }
    // (A header ends the table of the header before it: "Results (US$m):" rows, then "Results (£m):".)
    const before = out.findLast((table) => !table.ofRow);
    if (before && before.end > open) before.end = open;
    if (end > rowsFrom) out.push({ ...stated, first: rowsFrom, end, ofRow: false });
    open = close;
  }
  return out;
}

/**
 * The currency a parenthesis states and nothing else, with its scale if it has one: a header's "HK$
 * million", "in millions of U.S. dollars unless stated", "Rs crore", "US$m", "RM'000"; a row's "(euros)" (a
 * factor of 1) or "(cents)" (a hundredth). Read as the amount "HK$1" or "1 U.S. dollars" would be. None
 * where `scaled` asks for a scale and there is none, so a plain parenthesis, "(NAO)", reads no amount.
 */
export function statedCurrency(
  t: readonly Token[],
  first: number,
  close: number,
  options: FindOptions,
  scaled = false,
): { factor: number; currency: string } | undefined {
  let scale: number | undefined;
  const currency: string[] = [];
  for (let k = first; k < close; k++) {
    const tok = t[k] as Token;
    // ("(about $99 million)": an amount of its own, no header.)
    if (tok.kind === "num" && tok.norm !== "000") return undefined;
    const factor = SCALE.get(tok.norm) ?? ATTACHED_SCALE.get(tok.norm) ?? HEADER_SCALES.get(tok.norm);
    // ("Rm", "Rbn", "Shm": a currency's letters with a scale's glued on, as South African tables write them.)
    const glued = scale === undefined && tok.kind === "word" ? GLUED_HEADER.exec(tok.text) : null;
    const gluedFactor = glued?.[2] ? (ATTACHED_SCALE.get(glued[2]) ?? SCALE.get(glued[2])) : undefined;
    if (glued?.[1] && gluedFactor !== undefined) {
      currency.push(glued[1]);
      scale = gluedFactor;
    } else if (scale === undefined && factor !== undefined) scale = factor;
    // ("RM'000", "£000": thousands written as digits.)
    else if (scale === undefined && tok.norm === "000") {
      scale = 1e3;
      if (t[k - 1]?.norm === "'") currency.pop();
    } else if (tok.norm === ",") {
      // ("(unaudited, $ in thousands)": words before the currency and its scale are no currency's.)
      if (scale !== undefined) break;
      currency.length = 0;
    } else if (!HEADER_WORDS.has(tok.norm)) currency.push(tok.text);
  }
  if (currency.length === 0 || (scaled && scale === undefined)) return undefined;
  const words = currency.join(" ");
  // (A sign or a code before the amount, "HK$1"; a currency's name after it, "1 U.S. dollars"; a letter that
  // is a currency only before a scale, "R1 million".)
  const sign = words.replace(/ \$$/, "$");
  for (const [written, of] of [
    [`${sign}1`, 1],
    [`1 ${words}`, 1],
    [`${sign}1 million`, 1e6],
  ] as const) {
    const tokens = tokenize(written);
    const found = findFigures(tokens, options);
    const money = found.length === 1 ? found[0] : undefined;
    if (money?.kind === "MONEY" && money.currency && money.last === tokens.length)
      return { factor: asWritten(((scale ?? 1) * money.value) / of), currency: money.currency };
  }
  return undefined;
}

/** A currency's letters with a scale glued on: "Rm", "Rbn", "Shm" (not "RM", Malaysia's ringgit). */
const GLUED_HEADER = /^(\p{Lu}\p{Ll}?)(m|mn|bn|k)$/u;

/** A header's scale with no currency, up to a comma: "(in millions)", "(in thousands, except per-share data)". */
function statedScale(t: readonly Token[], first: number, close: number): { factor: number } | undefined {
  let factor: number | undefined;
  for (let k = first; k < close && t[k]?.norm !== ","; k++) {
    const norm = t[k]?.norm ?? "";
    const scale = SCALE.get(norm) ?? HEADER_SCALES.get(norm);
    if (scale !== undefined && factor === undefined) factor = scale;
    else if (!HEADER_WORDS.has(norm)) return undefined;
  }
  return factor === undefined ? undefined : { factor };
}

/** Words of a row's label before its parenthesis, at most: "Net profit attributable to owners". */
const ROW_LABEL_TOKENS = 6;

/** The parenthesis at `open` follows a label that opens its line: "Revenue (Rs crore)". */
function opensRow(t: readonly Token[], open: number): boolean {
  for (let k = open - 1; k >= Math.max(0, open - ROW_LABEL_TOKENS); k--) {
    const tok = t[k];
    if (!tok || (tok.kind !== "word" && !BULLETS.has(tok.norm))) return false;
    if (tok.lineStart) return true;
  }
  return false;
}

/** The first token of the line after the one token `k` is on. */
function lineEnd(t: readonly Token[], k: number): number {
  let j = k + 1;
  while (j < t.length && !t[j]?.lineStart) j++;
  return j;
}

/** A line that runs more lower-case words together than a row's label does: prose, no table row. */
function isProse(t: readonly Token[], first: number, end: number): boolean {
  let run = 0;
  for (let k = first; k < end; k++) {
    const tok = t[k];
    run = tok?.kind === "word" && tok.text === tok.norm ? run + 1 : 0;
    if (run > ROW_PLAIN_WORDS) return true;
  }
  return false;
}
