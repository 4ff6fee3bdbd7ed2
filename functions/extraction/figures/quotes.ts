/** Quotation regions, across sentences and paragraphs, and the attribution each quote has. */
import {
  type Attribution,
  abbreviationDot,
  dottedFormPoint,
  nameAfter,
  nameBefore,
  nameBeforeRelative,
  pastSourceNouns,
  personAfterFirm,
  SENTENCE_END,
  SPEECH,
} from "./speaker-names.ts";
import type { Token } from "./tokenize.ts";

export interface QuoteRegion {
  open: number;
  close: number;
  /** The quote runs on into the next paragraph (no closing mark before the paragraph break). */
  continued: boolean;
  speaker?: Attribution;
}

export const OPENING = new Set(["“", "«", "„"]);

export const CLOSING = new Set(["”", "»"]);

export function findQuotes(t: readonly Token[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (!tok) continue;
    if (tok.paragraphStart && open >= 0) {
      regions.push({ open, close: i - 1, continued: true });
      open = -1;
    }
    if (tok.kind !== "punct") continue;
    if (OPENING.has(tok.norm)) {
      if (open < 0) open = i;
    } else if (CLOSING.has(tok.norm)) {
      if (open >= 0) regions.push({ open, close: i, continued: false });
      open = -1;
    } else if (tok.norm === '"') {
      if (open < 0) open = i;
      else {
        regions.push({ open, close: i, continued: false });
        open = -1;
      }
    }
  }
  if (open >= 0) regions.push({ open, close: t.length - 1, continued: false });
  for (const r of regions) {
    // 'Lula said last month that "nobody can live with interest at 15%." Haddad said ...': a quote opened
    // inside a sentence whose verb came before it is that verb's, and ends with its sentence.
    const inside = openedInside(t, r.open);
    const s = inside
      ? (attributionBefore(t, r.open, INSIDE_REACH) ??
        (SENTENCE_END.has(t[r.close - 1]?.norm ?? "") ? undefined : attributionAfter(t, r.close)))
      : (attributionAfter(t, r.close) ?? attributionBefore(t, r.open));
    if (s) r.speaker = s;
  }
  // A quote carried over a paragraph break takes the attribution of the paragraph that ends it.
  for (let k = regions.length - 2; k >= 0; k--) {
    const r = regions[k];
    const next = regions[k + 1];
    if (r && next && r.continued && !r.speaker && next.speaker) r.speaker = next.speaker;
  }
  // 'Priya Raman said:\n\n"This has been a strong half.\n\n"We expect revenue of £95 million."': the paragraph
  // a quote runs on into is the same speaker's, where nothing there attributes it.
  for (let k = 1; k < regions.length; k++) {
    const r = regions[k];
    const before = regions[k - 1];
    if (r && before?.continued && before.speaker && !r.speaker && before.close + 1 === r.open)
      r.speaker = before.speaker;
  }
  // '"The third quarter was our best ever," says CEO Karin Lindqvist.\n\n"In Sweden, sales grew 9%."': a
  // paragraph that is one quote, with no attribution, right after the paragraph of an attributed quote
  // goes on with that speaker's words (a release's CEO comment, a long interview answer).
  for (let k = 1; k < regions.length; k++) {
    const r = regions[k];
    const before = regions[k - 1];
    if (r && before?.speaker && !r.speaker && quoteParagraphAfter(t, before, r)) r.speaker = before.speaker;
  }
  // '"Exports are recovering," Sharma said. "We expect shipments to rise 12%."': a quote that follows
  // the attribution of the quote before it, in the same paragraph, is the same speaker's; past a title
  // no one speaks, quoted in the attribution ('said Stephanie Mayorkis, ..., which is staging "Les Miserables" at ...').
  let before: QuoteRegion | undefined;
  for (const r of regions) {
    if (before?.speaker && !r.speaker && continuesQuote(t, before.close, r.open)) r.speaker = before.speaker;
    if (r.speaker || !quotedTitle(t, r)) before = r;
  }
  return regions;
}

/**
 * `r` is a paragraph of its own that opens with its quote and ends with it (or runs on into the next
 * paragraph), and the paragraph before ends with the quote `before` and at most its attribution.
 */
function quoteParagraphAfter(t: readonly Token[], before: QuoteRegion, r: QuoteRegion): boolean {
  if (!t[r.open]?.paragraphStart || r.open - before.close > ATTRIBUTION_TOKENS + 1) return false;
  for (let k = before.close + 1; k < r.open; k++) if (t[k]?.paragraphStart) return false;
  const after = t[r.close + 1];
  return r.continued || after === undefined || after.paragraphStart === true;
}

/** Tokens of a title quoted inside a sentence, at most: "Les Miserables", "The Phantom of the Opera". */
const TITLE_TOKENS = 8;

/** A short quote inside a sentence with no sentence's end in it: a title or a name, no one's words. */
function quotedTitle(t: readonly Token[], r: QuoteRegion): boolean {
  if (r.close - r.open > TITLE_TOKENS + 1 || !openedInside(t, r.open)) return false;
  for (let k = r.open + 1; k < r.close; k++) if (SENTENCE_END.has(t[k]?.norm ?? "")) return false;
  return true;
}

/**
 * Tokens an attribution between two quotes may take, at most ('," said finance chief Paul Ortega.', '," said
 * Stephanie Mayorkis, chief executive of producer IMM, which is staging "Les Miserables" at Teatro Renault.').
 */
const ATTRIBUTION_TOKENS = 30;

/** Between the two quotes: only an attribution that ends its sentence, in one paragraph. */
function continuesQuote(t: readonly Token[], close: number, open: number): boolean {
  if (open - close > ATTRIBUTION_TOKENS || t[open]?.paragraphStart) return false;
  let ends = 0;
  for (let k = close + 1; k < open; k++) {
    const tok = t[k];
    if (!tok || tok.paragraphStart) return false;
    // ("..., general manager of Jinxiang Dadi Cold Chain Co., which stores grain.": a legal form's point
    // inside the sentence; one before the next quote, "joint MD of Strauss & Co. \"We had", ends it too.)
    const next = t[k + 1];
    const inside =
      dottedFormPoint(t, k) && (next?.norm === "," || (next?.kind === "word" && next.text === next.norm));
    if (SENTENCE_END.has(tok.norm) && !abbreviationDot(t, k) && !inside) ends++;
  }
  return ends === 1 && SENTENCE_END.has(t[open - 1]?.norm ?? "");
}

/** "..., the Foreign Minister of Kazakhstan Mukhtar Tileuberdi said" or "...,” said Blinken." */
function attributionAfter(t: readonly Token[], close: number): Attribution | undefined {
  let k = close + 1;
  // An attribution follows its quote in the same paragraph.
  if (t[k]?.paragraphStart) return undefined;
  // '"... by June." Separately, Governor Paulo Reis said': a quote that ends its sentence with a full stop
  // is attributed only by a verb right after it ('"Why now?" asked Silva' has its own mark).
  const ended = t[close - 1]?.norm === ".";
  if (t[k]?.norm === ",") k++;
  const limit = Math.min(t.length, k + 16);
  for (let v = k; v < limit; v++) {
    const tok = t[v];
    if (
      !tok ||
      (SENTENCE_END.has(tok.norm) && !abbreviationDot(t, v)) ||
      OPENING.has(tok.norm) ||
      tok.norm === '"' ||
      (tok.paragraphStart && v > k)
    )
      break;
    const verb = SPEECH.forward(t, v);
    if (!verb) continue;
    // ('," said NFU dairy board chair Hannah Greaves': the person after a firm and a job.)
    if (v === k) {
      const named = nameAfter(t, verb.end, v);
      return named && (personAfterFirm(t, named) ?? named);
    }
    // '," Pierre Dubois, head of the Red Cross delegation, told Reuters.': the name before the aside.
    return ended ? undefined : (nameBefore(t, k, pastSourceNouns(t, k, v)) ?? nameBeforeRelative(t, k, v));
  }
  return undefined;
}

/** How far before a quote opened inside a sentence its speech verb may be, in tokens. */
const INSIDE_REACH = 14;

/** The quote opens after a word of its sentence: 'said power costs "are still 40% higher"'. */
function openedInside(t: readonly Token[], open: number): boolean {
  const before = t[open - 1];
  return before?.kind === "word" && !t[open]?.paragraphStart;
}

/** "Blinken said: “...”"; `reach`: tokens back to the verb (a few, or a sentence's for a quote inside it). */
function attributionBefore(t: readonly Token[], open: number, reach = 3): Attribution | undefined {
  let k = open - 1;
  if (t[k]?.norm === ":" || t[k]?.norm === ",") k--;
  for (let v = k; v >= Math.max(0, k - reach); v--) {
    const tok = t[v];
    if (!tok || SENTENCE_END.has(tok.norm)) break;
    const verb = SPEECH.forward(t, v);
    // ("Priya Raman, Chief Executive Officer, said: “...”": the name before the aside.)
    if (verb) return nameBefore(t, Math.max(0, v - 12), v) ?? nameBeforeRelative(t, Math.max(0, v - 30), v);
  }
  return undefined;
}
