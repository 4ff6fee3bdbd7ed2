/**
 * "The levy will rise to 40% from 21% from April 2026", "The tax will rise to 7.5% from 5% in January": in
 * a change yet to come, the date after the level it comes from is when the new level starts, not the old
 * level's period; "From July 1, the wage will rise to $25.10": a date after "from" starts the new level.
 * Linear in the figures.
 */
import { isOneDay } from "./calendar.ts";
import type { Figure, FigurePeriod } from "./types.ts";

/** "to 40% from 21%", "to 0.32 cents a kilogram from 0.28 cents": the text between a level reached and the level it came from. */
const FROM_LEVEL = /^\s+(?:(?:a|an|per)\s+[a-z]+\s+)?from\s+(?:about\s+|around\s+)?$/;
/**
 * The text between the old level and its period: "from", "in", "starting", "effective", "with effect" (the
 * period's own "from" after it) or nothing; a comma before a start (", effective Feb. 1").
 */
const BEFORE_DATE =
  /^(?:\s+|\s*(,)\s+)(?:with effect\s+)?(?:(from|starting(?: in| from)?|effective|in|on|as of)\s+)?$/;
/** A change yet to come, before the level it reaches: "will rise to", "is set to be cut to", "plans to raise ... to". */
const COMING =
  /\b(?:will|would|shall|is to|are to|set to|plans? to|proposed|proposes to|aims to)\b[^,;]*\bto\s+(?:about\s+|around\s+)?$/;
/**
 * A change made, before the level it reached: "was raised to", "cut the rate to" (its date after the old
 * level is when the new one started only when it is a day or a start: "to $2,000 from $1,600 on July 1").
 */
const MADE =
  /\b(?:raised|increased|hiked|lifted|cut|reduced|lowered|slashed|rose|fell|climbed|dropped|jumped|went up|came down)\b[^,;]*\bto\s+(?:about\s+|around\s+)?$/;
/**
 * A change someone made, before the level it reached: "raised the fare to", "was cut to" (a month after its
 * old level is when it was made, so the new level's: "raised the fare to 240 yen from 220 yen in October";
 * a level that rose or fell keeps it: "The jobless rate rose to 4.1% from 4.0% in May").
 */
const SET_BY =
  /\b(raised|increased|hiked|lifted|cut|reduced|lowered|slashed)\b[^,;]*\bto\s+(?:about\s+|around\s+)?$/;
/** What a forecast's month dates is the old forecast: "cut its growth forecast to 3.0% from 3.3% in January". */
const FORECAST_WORDS =
  /\b(?:forecasts?|estimates?|outlook|guidance|projections?|targets?|predictions?|view|expectations?)\b/i;
/** Leads of a date that starts a level whatever the tense: "from", "effective" ("on" a day, too). */
const STARTS = new Set(["from", "effective", "as of", "starting", "starting from"]);
/** A period read with the word that starts it: "effective Feb. 1", "from April 2026", "starting in January". */
const STARTING_PERIOD = /^(?:from|effective|starting|with effect)\b/i;
/** Words of a date a level starts from: "from April 2026" opens it; so does "on July 1" for a level to come. */
const OPENING = new Set(["from", "starting", "starting in", "starting from", "effective", "as of", "on"]);

/** Gives the level a coming change reaches the date written after the level it comes from. */
export function readScheduledChanges(figures: Figure[], publishedAt?: string): void {
  const published = publishedAt?.slice(0, 7);
  for (let k = 1; k < figures.length; k++) {
    const level = figures[k - 1];
    const old = figures[k];
    const period = old?.period;
    if (!level || !old || !period || level.period || level.sentence.start !== old.sentence.start) continue;
    const text = old.sentence.text;
    const at = (offset: number) => offset - old.sentence.start;
    if (!FROM_LEVEL.test(text.slice(at(level.end), at(old.start)))) continue;
    const found = BEFORE_DATE.exec(text.slice(at(old.end), at(period.start)));
    if (!found) continue;
    const [, comma, lead] = found;
    // (A date that starts the new level: after "from" or "effective", or read with its own "from".)
    const startsLevel = STARTS.has(lead ?? "") || STARTING_PERIOD.test(period.text);
    // (A comma only before a start: ", effective Feb. 1", not ", in March".)
    if (comma && !startsLevel) continue;
    const before = text.slice(Math.max(0, at(level.start) - WINDOW), at(level.start));
    const coming = COMING.test(before);
    // ("The levy was raised to $2,000 from $1,600 on July 1": a day the change was made on, or a start, is
    // the new level's too.)
    const day = isOneDay(period);
    const started = lead === "on" ? day : startsLevel;
    if (!coming && !(started && MADE.test(before)) && !madeInMonth(before, lead, period)) continue;
    // "will rise to 82.7 billion euros from 62.4 billion euros this year": the current year is the old
    // level's (a month without its year is the new level's start: "from 5% in January").
    if (published && currentYear(period, published)) continue;
    // ("to P100 per milliliter from P52 at present": the present is the old level's.)
    if (PRESENT_TIME.test(period.text)) continue;
    level.period = coming ? startOf(period, lead, published, text, old.sentence.start) : { ...period };
    delete old.period;
  }
  // Whether each sentence speaks of a change to come, read once per sentence.
  const future = new Map<number, boolean>();
  for (let k = 0; k < figures.length; k++) {
    const figure = figures[k];
    const period = figure?.period;
    // A date (a point: a day, a month, a year), not a span written whole ("From March 1 to May 31").
    if (!period || period.carried || period.to === undefined || period.from !== period.to) continue;
    // "From July 1, the minimum wage will rise to $25.10", "will rise to £12.71 an hour from April 1": a
    // date after "from" in a sentence of a change to come is when the new level starts.
    const text = figure.sentence.text;
    // (Windows before the date and the figure keep a sentence of many figures linear.)
    const dateAt = period.start - figure.sentence.start;
    const figureAt = figure.start - figure.sentence.start;
    // ("will rise to $17.95 an hour on Oct. 1": the day a level to come is reached starts it too.)
    const reachedOn =
      period.from.length === 10 &&
      period.start > figure.end &&
      COMING.test(text.slice(Math.max(0, figureAt - WINDOW), figureAt)) &&
      /^[^,;]*\bon\s+$/.test(text.slice(figure.end - figure.sentence.start, dateAt));
    const lead = reachedOn ? "on" : OPENED_BY.exec(text.slice(Math.max(0, dateAt - WINDOW), dateAt))?.[1];
    // ("up from the current duty of 15%", "to $5 billion from $25 billion": the old level is not the new one's.)
    const old = COMPARED_LEVEL.test(text.slice(Math.max(0, figureAt - WINDOW), figureAt));
    if (!lead || old) continue;
    let coming = future.get(figure.sentence.start);
    if (coming === undefined) {
      coming = FUTURE_CHANGE.test(text);
      future.set(figure.sentence.start, coming);
    }
    if (!coming) continue;
    figure.period = startOf(period, lead, published, text, figure.sentence.start);
    // "will rise 4.1% to £12.71 an hour from April 1": the change that reaches the level starts with it.
    const change = figures[k - 1];
    if (change?.change && !change.period && change.sentence.start === figure.sentence.start) {
      const between = text.slice(change.end - figure.sentence.start, figure.start - figure.sentence.start);
      if (/^\s+to\s+$/.test(between)) change.period = { ...figure.period };
    }
  }
}

/** "raised the fare to 240 yen from 220 yen in October": a month a change was made in, by someone, on no forecast. */
function madeInMonth(before: string, lead: string | undefined, period: FigurePeriod): boolean {
  if (lead !== "in" || period.from === undefined || period.from !== period.to || period.from.length !== 7)
    return false;
  const verb = SET_BY.exec(before);
  return verb !== null && !FORECAST_WORDS.test(before.slice(verb.index));
}

/** A period that is the present, the old level's in a change to come. */
const PRESENT_TIME = /^(?:at present|currently|now|today|at the moment)$/i;

/** Characters before a date, a level or a figure its leading words are read in. */
const WINDOW = 120;

/** "from", "starting", "effective" right before a period: it opens what follows. */
const OPENED_BY = /\b(from|starting|effective|as of)\s+$/i;
/** Words right before a level it comes from: "from $25 billion", "up from the current general duty of 15%". */
const COMPARED_LEVEL = /\bfrom\s+(?:[\w'’-]+\s+){0,7}$/i;
/** A change yet to come anywhere in the sentence: "will rise", "is set to increase", "must be paid". */
const FUTURE_CHANGE = /\b(?:will|would|shall|must|is to|are to|set to)\b/i;

/**
 * The period as the start of the new level: open after "from" ("from April 2026"), and a year on when no
 * year is written and it lies before publication ("in January" in a November story).
 */
function startOf(
  period: FigurePeriod,
  lead: string | undefined,
  published: string | undefined,
  text: string,
  sentenceStart: number,
): FigurePeriod {
  const moved: FigurePeriod = { ...period };
  // ("on July 1 this year": a year named by its relation to the publication is already the right one.)
  if (!/\b\d{4}\b|\b(?:this|next|last) year\b/i.test(period.text) && published) {
    const ahead = (date: string) =>
      /^\d{4}-\d{2}/.test(date) && date.slice(0, 7) < published
        ? `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`
        : date;
    if (moved.from) moved.from = ahead(moved.from);
    if (moved.to) moved.to = ahead(moved.to);
  }
  if (lead && OPENING.has(lead.toLowerCase())) {
    delete moved.to;
    const start = text.lastIndexOf(lead, period.start - sentenceStart) + sentenceStart;
    moved.text = `${text.slice(start - sentenceStart, period.start - sentenceStart)}${period.text}`;
    moved.start = start;
  }
  return moved;
}

/** The period is the whole year of publication ("this year", "2026" in a 2026 story). */
function currentYear(period: FigurePeriod, published: string): boolean {
  return (
    /^\d{4}$/.test(period.from ?? "") && period.from === published.slice(0, 4) && period.to === period.from
  );
}
