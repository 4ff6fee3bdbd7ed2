import type { Token } from "./tokenize.ts";

/**
 * A decimal comma between digits, with one or two decimals and no group after it: "EUR 4,5 Mio.",
 * "11,2%", "318,4" (not "38,000", nor Indian "1,23,456").
 */
const DECIMAL_COMMA = /(?<![\d.,])\d{1,3},\d{1,2}(?!\d)(?![.,]\d)/;

/** A number with one point and three digits after it: "1.650", "2.700" (a decimal in English copy). */
const POINT_GROUP = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * The tokens with "1.650" read as 1,650 when the text writes decimals with a comma ("EUR 4,5 Mio.",
 * "11,2%"): its point then groups thousands, as German, Spanish and Brazilian copy writes them ("1.650
 * apprentices", "2.700 cafés", "R$ 3.500"). Other texts keep their tokens.
 */
export function withPointThousands(text: string, tokens: Token[]): Token[] {
  if (!DECIMAL_COMMA.test(text)) return tokens;
  return tokens.map((tok) =>
    // (Written "2,100", never a year: "up from 2.100 in 2020".)
    tok.kind === "num" && POINT_GROUP.test(tok.norm) ? { ...tok, norm: tok.norm.replace(".", ",") } : tok,
  );
}
