import type { Entity } from "./entities/types.ts";
import type { Figure } from "./figures/types.ts";

/** An amount as the rule reads it: a figure, or a figure's span before its fields are read. */
type Amount = Pick<Figure, "kind" | "start" | "end" | "text" | "currency"> & {
  speaker?: { entityId?: string };
};

/**
 * "stood at N515.6bn", "valued at R76.2bn", "Dh42.80 a share", "GH¢4.2 billion": a currency's letters glued
 * to digits or to its sign read to the tagger as a name. A mention inside an amount of money the figures
 * read names nothing when it holds digits or opens the amount glued to what follows; an entity left
 * without mentions goes, and so does a speaker's link to it. Linear after the figures' order. The figures
 * read it too, on their spans, before they resolve speakers ("it said" is no "R2.61bn").
 */
export function withoutAmountMentions(entities: Entity[], figures: readonly Amount[]): Entity[] {
  const money = figures.filter((figure) => figure.kind === "MONEY").sort((a, b) => a.start - b.start);
  if (money.length === 0) return entities;
  const amountAt = (start: number, end: number): Amount | undefined => {
    // The last amount that starts at or before the mention.
    let lo = 0;
    let hi = money.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((money[mid]?.start ?? 0) <= start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const amount = money[at];
    return amount && end <= amount.end ? amount : undefined;
  };
  // (Only a mention with digits or glued to the amount's sign: "3 billion U.S. dollars" still mentions
  // the United States.)
  const namesNothing = (mention: Entity["mentions"][number]): boolean => {
    const amount = amountAt(mention.start, mention.end);
    if (!amount) return false;
    const glued = mention.start === amount.start && /^\S/.test(amount.text.slice(mention.end - amount.start));
    // ("RO 185.4 million": a currency's letters that open the amount, apart from the digits, name nothing.)
    // ("RO 3.2 to RO 3.8": so do those before the range's second end.)
    const mark =
      /^\p{Lu}{2,3}$/u.test(mention.text) &&
      amount.currency !== undefined &&
      /^\s?\d/.test(amount.text.slice(mention.end - amount.start));
    return /\d/.test(mention.text) || glued || mark;
  };
  const removed = new Set<string>();
  const kept: Entity[] = [];
  for (const entity of entities) {
    const mentions = entity.mentions.filter((mention) => !namesNothing(mention));
    if (mentions.length === 0) removed.add(entity.id);
    else kept.push(mentions.length === entity.mentions.length ? entity : { ...entity, mentions });
  }
  if (removed.size === 0) return kept;
  for (const figure of figures)
    if (figure.speaker?.entityId && removed.has(figure.speaker.entityId)) delete figure.speaker.entityId;
  return kept;
}
