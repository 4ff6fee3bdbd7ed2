/**
 * Whole lines that scrapers leave behind and that are never article text. Matched against a line after
 * trimming and lower-casing; data only, used by clean-plain-text.ts. Each pattern is anchored at both
 * ends and tight enough that a sentence of an article does not match (tests/documents keeps a list).
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
  // Calls to action.
  /^click here to (subscribe|sign up|register|read more|download|listen|watch)\b[^.]{0,80}\.?$/,
  /^(sign in|log in|login|sign up|register|subscribe|subscribe now|sign in to continue)$/,
  /^follow us on (twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|telegram|whatsapp|bluesky|google news|social media)\b[^.]{0,80}\.?$/,
  // Newsletter prompts.
  /^(get|receive) (our|the) [\w' -]{0,40}newsletters?\b[^.]{0,80}\.?$/,
  /^enter your email( address)?( here| below| to (subscribe|sign up|register|continue)\b[^.]{0,60})?\.?$/,
  /^newsletters?$/,
  // Photo captions' credits and players.
  /^(photo|photograph|image|picture|illustration)s?( credits?| courtesy| source)?\s*:\s*.{1,150}$/,
  /^(photo|image) (credits?|sources?)(\s*[:|–—-]\s*.{1,150})?$/,
  /^(photo|image) courtesy( of)? [^.]{1,100}\.?$/,
  /^listen to this (article|story)(\s*[·•|-]?\s*\d{1,3} min(ute)?s?)?$/,
  /^\d{1,3}[ -]min(ute)?s? read$/,
  /^(updated|published|posted|last updated):?\s+(\d{1,3}|an?|one|a few) (sec|second|min|minute|hr|hour|day|week|month|year)s? ago$/,
];

/** A line that heads a list of links to other articles ("Related:", "More from Reuters", "Most read"). */
export const LINK_LIST_HEADING =
  /^(related( articles| stories| news| content| coverage)?|read more|read also|also read|see also|more (from|on|in) .{1,40}|most (read|popular|viewed)|recommended( for you| stories)?|you (may|might) also like|trending( now)?|latest news)\s*:?$/;

/** A trailing link list ends the text: at most this many lines, each at most this long. */
export const LINK_LIST_MAX_LINES = 20;
export const LINK_LIST_MAX_LINE = 150;
