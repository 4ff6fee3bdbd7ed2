/**
 * Tables written as aligned text, as results statements print them:
 *
 *                        H1 2026     H1 2025     Change
 *     Revenue            £142.8m     £131.5m     +8.6%
 *     Net debt           £96.0m      £104.7m     -8.3%
 *
 * A row is a label and two or more cells set apart by two or more spaces, a tab or a pipe, and a header
 * the line right before the first row, with one label per column (and perhaps one over the labels'
 * column, "S$ million", which may state the table's currency and scale). A cell's figure measures its
 * row's label ("Revenue"), in its column's period ("H1 2026"); a cell under "Change" is the change of the
 * row, its sign or parentheses its direction; a bare number under a header that states a currency and a
 * scale is money in them, and one in parentheses is negative. Linear in the text.
 */
import { asWritten } from "./amounts.ts";
import { monthIndex, monthOf } from "./calendar.ts";
import { CHANGE_COLUMN_LABELS } from "./data/changes.ts";
import { COUNTED_NOUNS, TABLE_SUBUNITS } from "./data/units.ts";
import { periodOfHit } from "./figure-period.ts";
import { ONE, SCALE } from "./lexicon.ts";
import type { PeriodHit } from "./periods.ts";
import { firstAtOrAfter } from "./search.ts";
import { statedCurrency } from "./table-scales.ts";
import type { Token } from "./tokenize.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** What sets cells apart: a tab, two or more spaces, or a pipe. */
const CELL_SEPARATOR = /\t+| {2,}|\s*\|\s*/g;
/** Words a column's label may hold, at most: "Change (%)", "1H FY26/27". */
const HEADER_WORDS = 4;
const CHANGE_COLUMN_LABEL: ReadonlySet<string> = new Set(CHANGE_COLUMN_LABELS);
const COUNTED: ReadonlySet<string> = new Set(COUNTED_NOUNS);

/** A cell that holds an amount: "£142.8m", "(381.3)", "+8.6%", "6.3p", "1.66 mln", "SEK 214.7". */
const NUMBER_CELL = /^[-+−–(]?[^\d\s]{0,3}\s?\d[\d,.]*\s?[\p{L}%]{0,4}\)?$/u;
/** A cell that names a period, a column's label: "FY2026", "H1 2025", "Q2". */
const PERIOD_CELL = /^(?:FY|[HQ]\d)|\b(?:19|20)\d{2}\b/;
/** A column's unit alone: "Rm", "R'm", "US$m", "€'000", "R million", "%". */
const UNIT_CELL = /^(?:%|[\p{Lu}$£€¥]{1,3}'?\s?(?:m|mn|bn|k|000|million|billion|thousand))$/u;
/** Points in a change cell: "+4.7pts", "-1.2pp". */
const POINTS = /(?:pts?|pp|ppts?|bps?)$/i;

interface Cell {
  start: number;
  end: number;
  text: string;
  /** A two-line header's second line under this column label: "31 Aug 2026" under "Six months to". */
  below?: Cell;
}

interface Row {
  label: Cell;
  cells: Cell[];
}

interface AlignedTable {
  /** Column labels, aligned from the right with the rows' cells. */
  columns: Cell[];
  /** The label over the rows' labels, where the header has one: "S$ million". */
  corner?: Cell;
  /** The line right above the header: "Selected Financial Data (in thousands)". */
  caption?: Cell;
  /** A line of units between the header and the rows, one per column: "Rm  Rm  %". */
  units?: Cell[];
  rows: Row[];
}

/** The pieces of the line [start, end) of `text` set apart by cell gaps, trimmed, with their offsets. */
function piecesOf(text: string, start: number, end: number): Cell[] {
  const line = text.slice(start, end);
  const out: Cell[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (piece) out.push({ start: start + from + lead, end: start + from + lead + piece.length, text: piece });
  };
  for (const gap of line.matchAll(CELL_SEPARATOR)) {
    push(gap.index);
    from = gap.index + gap[0].length;
  }
  push(line.length);
  return out;
}

/** A line of a label and two or more cells that hold digits: a table's row. */
function asRow(pieces: readonly Cell[]): Row | undefined {
  const [label, ...cells] = pieces;
  if (!label || cells.length < 2 || !/\p{L}/u.test(label.text)) return undefined;
  if (cells.filter((cell) => NUMBER_CELL.test(cell.text) && !PERIOD_CELL.test(cell.text)).length < 2)
    return undefined;
  return { label, cells };
}

/** A line of one piece of words alone: a group's label over its rows ("Net sales"). */
function groupLabel(pieces: readonly Cell[]): boolean {
  return pieces.length === 1 && !/\d/.test(pieces[0]?.text ?? "");
}

/** A line whose pieces can label `count` columns (and perhaps the labels' column): a table's header. */
function asHeader(pieces: readonly Cell[], count: number): Omit<AlignedTable, "rows"> | undefined {
  if (pieces.length !== count && pieces.length !== count + 1) return undefined;
  if (pieces.some((piece) => piece.text.split(/\s+/).length > HEADER_WORDS)) return undefined;
  const columns = pieces.slice(pieces.length - count);
  const corner = pieces.length > count ? pieces[0] : undefined;
  return corner ? { columns, corner } : { columns };
}

/** The aligned tables of `text`: runs of two or more rows of as many cells, under a header or none. */
export function alignedTables(text: string): AlignedTable[] {
  // (Most articles have no gap of two spaces, a tab or a pipe at all: no look for tables then.)
  if (!/ {2}|\t|\|/.test(text)) return [];
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  const out: AlignedTable[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as { start: number; end: number };
    const first = asRow(piecesOf(text, line.start, line.end));
    if (!first) {
      i++;
      continue;
    }
    const rows = [first];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] as { start: number; end: number };
      const row = asRow(piecesOf(text, next.start, next.end));
      if (!row || row.cells.length !== first.cells.length) break;
      rows.push(row);
    }
    // (A Markdown table's rule, "|---|---|", stands between its header and its rows.)
    const rule =
      lines[i - 1] && /^[\s|:-]*-[\s|:-]*$/.test(text.slice(lines[i - 1]?.start, lines[i - 1]?.end));
    let aboveAt = rule ? i - 2 : i - 1;
    let above = lines[aboveAt];
    const abovePieces = above && piecesOf(text, above.start, above.end);
    let header = abovePieces && asHeader(abovePieces, first.cells.length);
    // ("Rm  Rm  %" under "Six months / to Sep 2026": a line of units under the columns' labels.)
    let units: Cell[] | undefined;
    if (header && !header.corner && header.columns.every((column) => UNIT_CELL.test(column.text))) {
      units = header.columns;
      aboveAt--;
      above = lines[aboveAt];
      const labels = above && piecesOf(text, above.start, above.end);
      header = labels ? asHeader(labels, first.cells.length) : undefined;
    }
    // ("2026  2025" / "Net sales" / "  Towable RV  1,412,560  1,251,330": a group's label between the
    // header and its rows.)
    if (!header && abovePieces && groupLabel(abovePieces)) {
      const over = lines[aboveAt - 1];
      const higher = over && asHeader(piecesOf(text, over.start, over.end), first.cells.length);
      if (higher) {
        aboveAt--;
        above = over;
        header = higher;
      }
    }
    // ("Six months to / 31 Aug 2026": a header over two lines, its second line under some of its labels; where
    // the second line could head the table alone, the first counts the months its dates end: "Year ended".)
    const top = lines[aboveAt - 1];
    const topHeader = above && top && asHeader(piecesOf(text, top.start, top.end), first.cells.length);
    const stacked =
      topHeader && (!header || topHeader.columns.some((c) => spanMonths(c.text) !== undefined))
        ? topHeader
        : undefined;
    if (stacked && above && top) {
      const offset = above.start - top.start;
      for (const piece of piecesOf(text, above.start, above.end)) {
        const column = stacked.columns.find(
          (c) => c.start + offset < piece.end && piece.start < c.end + offset,
        );
        if (column) column.below = piece;
      }
      header = stacked;
    }
    // ("Six months      Six months" over "to Sep 2026     to Sep 2025     Change": spans over some of the
    // columns only, each over the date its column ends.)
    const spans =
      !stacked && header && above && top ? spansOver(text, top, above, header.columns) : undefined;
    if (header && spans) header = { ...header, columns: spans };
    // (The line over the header, or over a blank line: "Net sales by segment, January–September (SEK million)".)
    const captionAt = stacked || spans ? aboveAt - 2 : aboveAt - 1;
    const blank = lines[captionAt] && !text.slice(lines[captionAt]?.start, lines[captionAt]?.end).trim();
    const captionLine = lines[blank ? captionAt - 1 : captionAt];
    const caption = header && captionLine && piecesOf(text, captionLine.start, captionLine.end);
    if (rows.length >= 2)
      out.push({
        columns: [],
        ...header,
        ...(caption?.length === 1 ? { caption: caption[0] } : {}),
        ...(units ? { units } : {}),
        rows,
      });
    i = j;
  }
  return out;
}

/**
 * The columns of a header whose line `top` above it writes a span over some of them ("Six months" over "to
 * Sep 2026"): each such column becomes its span with the date below it; undefined unless every piece of
 * `top` is a span over one column and fewer than the columns.
 */
function spansOver(
  text: string,
  top: { start: number; end: number },
  line: { start: number; end: number },
  columns: readonly Cell[],
): Cell[] | undefined {
  const pieces = piecesOf(text, top.start, top.end);
  if (pieces.length === 0 || pieces.length >= columns.length) return undefined;
  if (pieces.some((piece) => spanMonths(piece.text) === undefined)) return undefined;
  const over = (piece: Cell, column: Cell) =>
    piece.start - top.start < column.end - line.start && column.start - line.start < piece.end - top.start;
  if (!pieces.every((piece) => columns.filter((column) => over(piece, column)).length === 1))
    return undefined;
  return columns.map((column) => {
    const span = pieces.find((piece) => over(piece, column));
    return span ? { ...span, below: column } : column;
  });
}

/** A dollar sign with no country's letters before or after it: "($m)", "$ million", not "(US$m)", "($US m)". */
const BARE_DOLLAR = /(?:^|[^\p{L}])\$(?!\s?\p{Lu})/u;

const SUBUNITS: ReadonlySet<string> = new Set(TABLE_SUBUNITS);

/** What the text around the figures gives a table: its tokens and periods, to date a column by. */
export interface TableContext {
  text: string;
  tokens: readonly Token[];
  periods: readonly PeriodHit[];
  periodAt: Int32Array;
}

/**
 * Reads every figure in an aligned table's cell as its row and column say (see the module's comment), and
 * adds to `dollarCells` the cells read as money under a bare "$", which the article's own dollar reads.
 * Returns where its columns' periods start: they date their cells, not the story, whose prose names its
 * period in full ("the six months ended 30 September 2026", not the column's "H1 2026"), and whose
 * compared column ("H1 2025") is never its period.
 */
export function readAlignedTables(
  context: TableContext,
  figures: readonly Figure[],
  dollarCells: Set<Figure>,
): Set<number> {
  const columns = new Set<number>();
  const tables = alignedTables(context.text);
  for (const table of tables) {
    const periods = realigned(
      context,
      table,
      captionMonths(
        context,
        table,
        table.columns.map((column) => columnPeriod(context, column)),
      ),
    );
    // (A change column's figures are of the period of the first column that names one.)
    const current = periods.find((period) => period !== undefined);
    for (const period of periods) if (period) columns.add(period.start);
    const tableScale =
      (table.corner && statedIn(context, table.corner.start, table.corner.end)) ??
      table.units?.map((unit) => statedIn(context, unit.start, unit.end)).find((scale) => scale) ??
      (table.caption && captionScale(table.caption, figures));
    const tails = table.rows.map((row) => labelTail(context, row.label));
    // ("Basic EPS (p)  4.2" under rows in "(£m)": pence of the table's currency.)
    const scaledTail = tails.find((tail) => tail?.scale);
    const currency = tableScale?.currency ?? scaledTail?.scale?.currency;
    // ("Revenue ($m)": a bare dollar sign, which the article's own dollar reads, as its prose's "$" is.)
    const tableBare = BARE_DOLLAR.test(`${table.corner?.text ?? ""} ${table.caption?.text ?? ""}`);
    const currencyBare = tableScale ? tableBare : BARE_DOLLAR.test(scaledTail?.words ?? "");
    table.rows.forEach((row, r) => {
      // ("Cane crushed (tonnes)", "Average attendance (%)": a row's own unit in its label's parenthesis;
      // "Revenue (R million)", "Net sales, SEK m" its own currency and scale.)
      const tail = tails[r];
      const subject = labelSubject(row.label, tail?.cut);
      const words = tail?.words ?? "";
      const rowScale = tail?.scale;
      // (Not a scale of a currency no context names: "(R million)" is no unit; "Gross margin, %" a percentage.)
      const countScale = words.split(/\s+/).length === 1 ? SCALE.get(words.toLowerCase()) : undefined;
      const scaled =
        countScale !== undefined || words.split(/\s+/).some((word) => SCALE.has(word.toLowerCase()));
      // ("Operating profit (EBIT)": an acronym in capitals names the row, no unit.)
      const acronym = /^\p{Lu}{2,}$/u.test(words);
      const unit = rowScale || scaled || acronym ? undefined : /^[\p{L}%][\p{L} .-]*$/u.exec(words)?.[0];
      // ("Average employees  487  462": a row of things counted keeps its count under "SEK million".)
      const counted = row.label.text.split(/\s+/).some((word) => COUNTED.has(word.toLowerCase()));
      // ("Cartons shipped (million)": a row's own scale without a currency is a count's, under any corner.)
      const scale = rowScale ?? (counted || countScale ? undefined : tableScale);
      // (Its money is under a bare "$": its own label's, or the table's.)
      const bare = rowScale ? BARE_DOLLAR.test(words) : tableBare;
      const offset = table.columns.length - row.cells.length;
      row.cells.forEach((cell, c) => {
        const column = table.columns[c + offset];
        const changes = column !== undefined && labelsChange(column.text);
        const at = firstAtOrAfter(figures, cell.start, (f) => f.start);
        for (let f = at; f < figures.length && (figures[f]?.start ?? Infinity) < cell.end; f++) {
          const figure = figures[f] as Figure;
          if (subject) figure.subject = { ...subject };
          // ("Change (%)": a bare number under it is a percentage.)
          const percent = column?.text.includes("%") || table.units?.[c + offset]?.text === "%";
          if (changes && figure.kind === "NUMBER" && percent) figure.kind = "PERCENT";
          if (changes) readChangeCell(figure, cell);
          else {
            if (unit && figure.kind === "NUMBER" && figure.unit === undefined) {
              if (unit === "%") figure.kind = "PERCENT";
              else if (currency && SUBUNITS.has(unit)) {
                figure.kind = "MONEY";
                figure.currency = currency;
                figure.value = asWritten(figure.value / 100);
                if (currencyBare) dollarCells.add(figure);
              } else {
                figure.kind = "QUANTITY";
                figure.unit = unit;
              }
            } else if (scale && figure.kind === "NUMBER" && figure.unit === undefined) {
              figure.kind = "MONEY";
              figure.currency = scale.currency;
              figure.value = asWritten(figure.value * scale.factor);
              if (bare) dollarCells.add(figure);
            } else if (
              // (A cell the row's "($m)" made money already, written with no sign of its own.)
              scale &&
              figure.kind === "MONEY" &&
              figure.currency === scale.currency &&
              /^[\d(.,−-]/.test(figure.text) &&
              bare
            ) {
              dollarCells.add(figure);
            } else if (countScale && !rowScale && figure.kind === "NUMBER" && figure.unit === undefined)
              // ("Cartons exported (million)  28.6": a count in millions.)
              figure.value = asWritten(figure.value * countScale);
            // ("(381.3)": an accountant's negative; "-27.8" a plain one.)
            if (/^(?:\(.*\)|[-−–]\d.*)$/.test(cell.text) && figure.value > 0) figure.value = -figure.value;
          }
          const period = changes ? current : periods[c + offset];
          if (period) figure.period = { ...period };
        }
      });
    });
  }
  return columns;
}

/** Months a column's period may lie from the period the text declared before the table, at most. */
const REALIGN_MONTHS = 12;

/**
 * Column periods read by the reporting calendar the text declared before the table: where the first period
 * named before the header as long as the first dated column's ends within a year of it ("six months
 * ended 30 September 2026" over "H1 2026", "Second quarter (August-October 2026)" over "Q2 2026", "year
 * ended 31 August 2026" over "2026"), the columns keep their labels and take its months, each moved as far
 * as the first ("H1 2025": April to September 2025).
 */
function realigned(
  context: TableContext,
  table: AlignedTable,
  periods: Array<FigurePeriod | undefined>,
): Array<FigurePeriod | undefined> {
  const first = periods.find((period) => period !== undefined);
  const from = monthIndex(first?.from, false);
  const to = monthIndex(first?.to, true);
  const header = table.columns[0]?.start ?? 0;
  if (!first || from === undefined || to === undefined) return periods;
  let declared: { from: number; to: number } | undefined;
  for (const hit of context.periods) {
    const start = context.tokens[hit.first]?.start ?? Number.POSITIVE_INFINITY;
    if (start >= header) break;
    // (A period the text names by its year or date: not "a year earlier", which compares the story's.)
    if (!context.tokens.slice(hit.first, hit.last).some((tok) => tok.kind === "num")) continue;
    const a = monthIndex(hit.from, false);
    const b = monthIndex(hit.to, true);
    if (a !== undefined && b !== undefined && b - a === to - from && Math.abs(b - to) <= REALIGN_MONTHS) {
      declared = { from: a, to: b };
      break;
    }
  }
  if (!declared || declared.to === to) return periods;
  const shift = declared.to - to;
  return periods.map((period) => {
    const a = monthIndex(period?.from, false);
    const b = monthIndex(period?.to, true);
    if (!period || a === undefined || b === undefined || b - a !== to - from) return period;
    return { ...period, from: monthOf(a + shift), to: monthOf(b + shift) };
  });
}

/**
 * The unit or scale a row's label ends with, and where: its parenthesis ("(tonnes)", "(R million)") or,
 * after a comma, a percent sign or a currency with its scale ("Gross margin, %", "Net sales, SEK m").
 */
function labelTail(
  context: TableContext,
  label: Cell,
): { words: string; cut: number; scale?: { factor: number; currency: string } } | undefined {
  const parenthesis = /\(([^()]+)\)[\s:]*$/u.exec(label.text);
  const comma = parenthesis ? undefined : /,\s*([^,()]+?)[\s:]*$/u.exec(label.text);
  const match = parenthesis ?? comma;
  const words = match?.[1];
  if (!match || !words) return undefined;
  if (comma && words === "%") return { words, cut: match.index };
  const at = label.start + match.index + match[0].indexOf(words);
  const scale = statedIn(context, at, at + words.length);
  if (comma && !scale) return undefined;
  return { words, cut: match.index, ...(scale && { scale }) };
}

/**
 * A row's label as the subject of its cells, without its bullet and the unit or scale it ends with (before
 * `cut`): "Net sales ($ millions)" and "Net sales, SEK m" measure "Net sales".
 */
function labelSubject(label: Cell, cut = label.text.length): Cell | undefined {
  const match = /^[-•*–\s]*(.*?)[\s:]*$/u.exec(label.text.slice(0, cut));
  const words = match?.[1];
  if (!words || !/\p{L}/u.test(words)) return undefined;
  const start = label.start + label.text.indexOf(words);
  return { text: words, start, end: start + words.length };
}

/**
 * The period a column's label names, where it names one and nothing else of note; over two lines, the span
 * the first names that ends at the date the second does ("Six months to" over "31 Aug 2026": March to
 * August 2026).
 */
function columnPeriod(context: TableContext, column: Cell): FigurePeriod | undefined {
  const below = column.below && columnPeriod(context, column.below);
  const count = spanMonths(column.text);
  const end = monthIndex(below?.to, true);
  if (below && count && end !== undefined) {
    return {
      text: column.text,
      start: column.start,
      end: column.end,
      from: monthOf(end - count + 1),
      to: monthOf(end),
    };
  }
  return periodWithin(context, column.start, column.end) ?? below;
}

/** The first period the text names within the characters [start, end). */
function periodWithin(context: TableContext, start: number, end: number): FigurePeriod | undefined {
  const { tokens, periodAt, periods } = context;
  for (let k = firstAtOrAfter(tokens, start, (t) => t.start); (tokens[k]?.end ?? Infinity) <= end; k++) {
    const hit = periods[periodAt[k] ?? -1];
    if (hit) return periodOfHit(context.text, tokens, hit);
  }
  return undefined;
}

/**
 * Columns labelled by a year alone under a caption that names months of a year ("Net sales by segment,
 * January–September (SEK million)" or "Three Months Ended October 31" over "2026  2025"): those months of
 * each column's year.
 */
function captionMonths(
  context: TableContext,
  table: AlignedTable,
  periods: Array<FigurePeriod | undefined>,
): Array<FigurePeriod | undefined> {
  const caption = table.caption && periodWithin(context, table.caption.start, table.caption.end);
  const from = monthIndex(caption?.from, false);
  const to = monthIndex(caption?.to, true);
  if (from === undefined || to === undefined || to - from >= 12) return periods;
  return periods.map((period, c) => {
    const column = table.columns[c];
    const year = column && /^(?:19|20)\d{2}$/.test(column.text) ? Number(column.text) : undefined;
    if (!column || year === undefined) return period;
    const end = year * 12 + (to % 12);
    return {
      text: column.text,
      start: column.start,
      end: column.end,
      from: monthOf(end - (to - from)),
      to: monthOf(end),
    };
  });
}

/** A two-line header's first line that counts the months up to the date under it: "Six months to", "Year ended". */
const SPAN_LABEL =
  /^(?:(\w+) months(?: (?:to|ended|ending))?|(?:the )?(year|quarter|half[- ]year) (?:to|ended|ending))$/i;
/** Months of the spans a label names by a word: "Year ended", "Quarter to", "Half-year ended". */
const SPAN_WORD_MONTHS: ReadonlyMap<string, number> = new Map([
  ["year", 12],
  ["quarter", 3],
  ["half-year", 6],
  ["half year", 6],
]);

/** The months a two-line header's first line counts ("Six months to": 6, "Year ended": 12), or undefined. */
function spanMonths(label: string): number | undefined {
  const match = SPAN_LABEL.exec(label);
  const counted = match?.[1]?.toLowerCase();
  const span = match?.[2]?.toLowerCase();
  if (counted !== undefined) return ONE.get(counted) ?? (/^\d+$/.test(counted) ? Number(counted) : undefined);
  return span !== undefined ? SPAN_WORD_MONTHS.get(span) : undefined;
}

/**
 * The scale a table's caption states without a currency ("Selected Financial Data (in thousands)"), in the
 * currency of the money the text named last before the table.
 */
function captionScale(
  caption: Cell,
  figures: readonly Figure[],
): { factor: number; currency: string } | undefined {
  const scale = CAPTION_SCALE.exec(caption.text)?.[1]?.toLowerCase();
  if (!scale) return undefined;
  let currency: string | undefined;
  for (const figure of figures) {
    if (figure.start >= caption.start) break;
    if (figure.kind === "MONEY" && figure.currency) currency = figure.currency;
  }
  const factor = SCALE.get(scale.replace(/s$/, ""));
  return currency && factor ? { factor, currency } : undefined;
}

/** A caption's scale: "(in thousands)", "(in millions, except per-share data)". */
const CAPTION_SCALE = /\(in (thousands|millions|billions)\b[^()]*\)/i;

/**
 * The currency and scale the characters [start, end) state and nothing else: the label over a table's row
 * labels ("S$ million", "SEK million") or a row label's parenthesis ("R million").
 */
function statedIn(context: TableContext, start: number, end: number) {
  const { tokens } = context;
  const first = firstAtOrAfter(tokens, start, (t) => t.start);
  const last = firstAtOrAfter(tokens, end, (t) => t.start);
  // ("(NOK million)": the corner's parentheses; "Financial summary ($m)": the parentheses its words close
  // with.)
  if (tokens[last - 1]?.norm === ")") {
    let open = last - 2;
    while (open > first && tokens[open]?.norm !== "(") open--;
    // ("Rm (unless stated)": the words before a parenthesis that states no currency.)
    if (tokens[open]?.norm === "(")
      return (
        statedCurrency(tokens, open + 1, last - 1, {}, true) ??
        (open > first ? statedCurrency(tokens, first, open, {}, true) : undefined)
      );
  }
  return statedCurrency(tokens, first, last, {}, true);
}

/** A column's label names the change of its row: "Change", "Change (%)", "% chg", "y/y". */
function labelsChange(label: string): boolean {
  const first = /^(?:%\s*)?([^\s(]+)/.exec(label.toLowerCase())?.[1];
  return first !== undefined && CHANGE_COLUMN_LABEL.has(first);
}

/** A figure under a change column: its sign or its parentheses the direction, its value the size. */
function readChangeCell(figure: Figure, cell: Cell): void {
  const falls = /^[-−–(]/.test(cell.text);
  const rises = /^\+/.test(cell.text);
  if (!falls && !rises && figure.value >= 0 && figure.kind !== "PERCENT") return;
  figure.change = {
    direction: falls || figure.value < 0 ? "decrease" : "increase",
    measure: POINTS.test(cell.text)
      ? "percentage_points"
      : figure.kind === "PERCENT"
        ? "relative"
        : "absolute",
  };
  figure.value = Math.abs(figure.value);
}
