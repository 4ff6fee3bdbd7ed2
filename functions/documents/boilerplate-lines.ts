/**
 * Whole lines that scrapers leave behind and that are never article text. Matched against a line after
 * trimming and lower-casing; data only, used by clean-plain-text.ts.
 */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^scroll to top$/,
  /^back to top$/,
  /^share (this|on) ?\w*( article| story)?$/,
  /^advertisement$/,
  /^(sponsored|sponsored content)$/,
  /^read more:?$/,
  /^related( articles| stories| news)?:?$/,
  /^(accept|reject) (all )?cookies$/,
  /^we use cookies\b.{0,200}$/,
  /^(sign up|subscribe) (for|to) (our )?(newsletter|updates)\b.{0,80}$/,
  /^(©|\(c\)|copyright)\s.{0,150}$/,
  /^all rights reserved\.?$/,
  /^(print|email|tweet|facebook|twitter|linkedin|whatsapp)$/,
  /^skip to (main )?content$/,
];
