import type { Entity } from "../entities/types.ts";
import type { RawFigure } from "./find.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Token } from "./tokenize.ts";

/**
 * The entities without their mentions that are amounts of money ("R2.61bn, while" tagged an
 * organization): no speaker or "It" resolves to an amount. Linear in mentions and figures.
 */
export function withoutAmountNames(
  entities: Entity[],
  tokens: readonly Token[],
  raws: readonly RawFigure[],
): Entity[] {
  const money = new Uint8Array(tokens.length);
  for (const raw of raws) if (raw.kind === "MONEY") money.fill(1, raw.first, raw.last);
  const isAmount = (mention: Entity["mentions"][number]): boolean =>
    /\d/.test(mention.text) && money[firstAtOrAfter(tokens, mention.start, (tok) => tok.start)] === 1;
  return entities.flatMap((entity) => {
    if (!entity.mentions.some(isAmount)) return [entity];
    const mentions = entity.mentions.filter((mention) => !isAmount(mention));
    return mentions.length > 0 ? [{ ...entity, mentions }] : [];
  });
}
