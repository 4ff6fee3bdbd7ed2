/**
 * Line breaks of every kind become "\n"; control and invisible format characters go (C0 and C1 controls
 * other than tab and newline, DEL, zero-width spaces, soft hyphens, stray BOMs, bidirectional overrides).
 * They are never article text, and left in they split words or hide text from the extractor.
 */
export function normalizeControls(text: string): string {
  return text
    .replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, "\n")
    .replace(/(?![\t\n])[\p{Cc}\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu, "");
}

/** Cuts text to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}
