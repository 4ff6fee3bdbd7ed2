import type { DecodedArticle } from "./article.ts";
import { DOLLAR_BY_DOMAIN } from "./dollar-countries.ts";

/**
 * What a bare "$" means in this article, when its source says: an explicit `metadata.dollarCurrency`
 * (ISO 4217) wins, then the country domain of its URL ("smh.com.au" → AUD). Undefined means USD.
 */
export function dollarCurrencyOf(article: Pick<DecodedArticle, "url" | "metadata">): string | undefined {
  const declared = article.metadata?.dollarCurrency;
  if (typeof declared === "string" && /^[A-Z]{3}$/.test(declared)) return declared;
  const host = hostOf(article.url);
  const topLevel = host?.slice(host.lastIndexOf(".") + 1);
  return topLevel ? DOLLAR_BY_DOMAIN[topLevel] : undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
