import { bySentence, firstTokenFrom, overlapping } from "./candidate-index.ts";
import { PhraseTable } from "./gazetteer.ts";
import type { Candidate } from "./refine.ts";
import type { SentenceView } from "./span-proposer.ts";

/**
 * Document-level consistency of extent: "Shares in Treasury Wine Estates rose" where the tagger saw only
 * "Treasury", in an article that names "Treasury Wine Estates" whole elsewhere. A name cut short is run on
 * over the words that complete a longer name of the article, written exactly so, and takes that name's
 * type; what was proposed inside those words gives way. Linear in the candidates (one phrase look-up each).
 */
export function completeNames(views: readonly SentenceView[], found: readonly Candidate[]): Candidate[] {
  const whole = new PhraseTable<Candidate>();
  let any = false;
  for (const candidate of found) {
    if (candidate.weak || candidate.doubted || candidate.words.length < 2) continue;
    if (views[candidate.sentence]?.casing !== "mixed") continue;
    whole.add(candidate.text, candidate, false);
    any = true;
  }
  if (!any) return [...found];
  const sentences = bySentence(found);
  const dropped = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const candidate of found) {
    if (dropped.has(candidate)) continue;
    const view = views[candidate.sentence];
    const longer = view ? runOn(view, candidate, whole) : undefined;
    if (!view || !longer) {
      out.push(candidate);
      continue;
    }
    const { first, end, name } = longer;
    const last = view.tokens[end - 1];
    if (!last) {
      out.push(candidate);
      continue;
    }
    // Only names that lie wholly inside the completed one give way ("Treasury Wine Estates' chief
    // executive Tim Ford" keeps Tim Ford).
    const inside = overlapping(sentences.get(candidate.sentence) ?? [], candidate.start, last.end);
    if (inside.some((c) => c !== candidate && c.end > last.end)) {
      out.push(candidate);
      continue;
    }
    for (const c of inside) if (c !== candidate) dropped.add(c);
    // (A word list's canonical name and country were the shorter name's.)
    const { canonical: _canonical, countryCode: _code, country: _country, ...rest } = candidate;
    out.push({
      ...rest,
      end: last.end,
      text: view.text.slice(candidate.start, last.end),
      words: view.words.slice(first, end),
      type: name.type,
      confidence: name.confidence,
      weak: false,
    });
  }
  return out.filter((c) => !dropped.has(c));
}

/** The longer name of the article written from the candidate's first word on, if it runs past the candidate. */
function runOn(
  view: SentenceView,
  candidate: Candidate,
  whole: PhraseTable<Candidate>,
): { first: number; end: number; name: Candidate } | undefined {
  const first = firstTokenFrom(view, candidate.start);
  const hit = whole.match(view.words, first, "exact");
  if (!hit || hit.value.words.length <= candidate.words.length) return undefined;
  const last = view.tokens[hit.end - 1];
  return last && last.end > candidate.end ? { first, end: hit.end, name: hit.value } : undefined;
}
