import type { Entity } from "./entities/types.ts";
import type { Figure } from "./figures/types.ts";

/**
 * "stood at N515.6bn", "valued at R76.2bn", "Dh42.80 a share": a currency's letters glued to digits read to
 * the tagger as a name. A mention with digits that lies inside an amount of money the figures read names
 * nothing; an entity left without mentions goes, and so does a speaker's link to it. Linear after the
 * figures' order.
 */
export function withoutAmountMentions(entities: Entity[], figures: Figure[]): Entity[] {
  const money = figures.filter((figure) => figure.kind === "MONEY").sort((a, b) => a.start - b.start);
  if (money.length === 0) return entities;
  const inAmount = (start: number, end: number): boolean => {
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
    return at >= 0 && end <= (money[at]?.end ?? 0);
  };
  const removed = new Set<string>();
  const kept: Entity[] = [];
  for (const entity of entities) {
    // (Only a mention with digits: "3 billion U.S. dollars" still mentions the United States.)
    const mentions = entity.mentions.filter(
      (mention) => !/\d/.test(mention.text) || !inAmount(mention.start, mention.end),
    );
    if (mentions.length === 0) removed.add(entity.id);
    else kept.push(mentions.length === entity.mentions.length ? entity : { ...entity, mentions });
  }
  if (removed.size === 0) return kept;
  for (const figure of figures)
    if (figure.speaker?.entityId && removed.has(figure.speaker.entityId)) delete figure.speaker.entityId;
  return kept;
}
