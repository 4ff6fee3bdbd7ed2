/**
 * "The levy will rise to 40% from 21% from April 2026", "The tax will rise to 7.5% from 5% in January": in
 * a change yet to come, the date after the level it comes from is when the new level starts, not the old
 * level's period. Linear in the figures.
 */
import type { Figure, FigurePeriod } from "./types.ts";

/** "to 40% from 21%": the text between a level reached and the level it came from. */
const FROM_LEVEL = /^\s+from\s+(?:about\s+|around\s+)?$/;
/** The text between the old level and its period: "from", "in", "starting", "effective" or nothing. */
const BEFORE_DATE = /^\s+(?:(from|starting(?: in| from)?|effective|in|on|as of)\s+)?$/;
/** A change yet to come, before the level it reaches: "will rise to", "is set to be cut to", "plans to raise ... to". */
const COMING =
  /\b(?:will|would|shall|is to|are to|set to|plans? to|proposed|proposes to|aims to)\b[^,;]*\bto\s+(?:about\s+|around\s+)?$/;
/** Words of a date a level starts from: "from April 2026" opens it. */
const OPENING = new Set(["from", "starting", "starting in", "starting from", "effective", "as of"]);

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
    const lead = BEFORE_DATE.exec(text.slice(at(old.end), at(period.start)));
    if (!lead || !COMING.test(text.slice(0, at(level.start)))) continue;
    level.period = startOf(period, lead[1], published, text, old.sentence.start);
    delete old.period;
  }
}

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
  if (!/\b\d{4}\b/.test(period.text) && published) {
    const ahead = (date: string) =>
      /^\d{4}-\d{2}/.test(date) && date.slice(0, 7) < published
        ? `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`
        : date;
    if (moved.from) moved.from = ahead(moved.from);
    if (moved.to) moved.to = ahead(moved.to);
  }
  if (lead && OPENING.has(lead)) {
    delete moved.to;
    const start = text.lastIndexOf(lead, period.start - sentenceStart) + sentenceStart;
    moved.text = `${text.slice(start - sentenceStart, period.start - sentenceStart)}${period.text}`;
    moved.start = start;
  }
  return moved;
}
