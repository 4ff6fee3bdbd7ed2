/**
 * Interviews written as questions and answers: a line opened by "A:" is the interviewee's answer, one opened
 * by a person's name and a colon ("Aminul Haque: Of our 105 registered plants, only about 30 are running")
 * that person's; "Q:" or an outlet's name ("The Daily Star:") asks. Without labels, a paragraph that is a
 * quote right after a question's paragraph ("How did the last season go?") answers it, where at least two do.
 * The interviewee is the person named last before the first question ("We spoke to Johannes Nangolo ..."),
 * not a byline's. The figures of an answer line are its speaker's, quoted, where nothing in the line names
 * another. Built once per article, linear in its tokens.
 */
import type { Entity, Mention } from "../entities/types.ts";
import { opensSentence } from "./periods.ts";
import { CLOSING, OPENING } from "./quotes.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Attribution } from "./speaker-names.ts";
import type { Token } from "./tokenize.ts";

/** Tokens a speaker's label may run to before its colon: "Mohammad Aminul Haque:". */
const LABEL_TOKENS = 5;

interface AnswerLine {
  /** The line's first token and the first token of the next line. */
  first: number;
  end: number;
  speaker: Attribution;
}

export class AnswerLabels {
  private readonly lines: AnswerLine[] = [];

  constructor(tokens: readonly Token[], entities: readonly Entity[]) {
    const people = new Map<number, { end: number; text: string }>();
    for (const e of entities)
      if (e.type === "PERSON") for (const m of e.mentions) people.set(m.start, { end: m.end, text: m.text });
    const labelled: { first: number; speaker: Attribution | undefined; asks?: boolean }[] = [];
    const lineStarts: number[] = [];
    // (Where the first question or answer opens: "Q:", "A:", or a question's paragraph before a quote's.)
    let asked = -1;
    const answers: number[] = [];
    // (Paragraphs after a question's that quote no one, and where the first such question opens.)
    const plainAnswers: number[] = [];
    let plainAsked = -1;
    let paragraph = -1;
    let lineAsks = false;
    let answering = false;
    // (A transcript's roles, by the person a label first names with them: "PRESENTER (Thabo Mokoena):".)
    const roles = new Map<string, Attribution>();
    // (The names labels wrote in full, by their last word: "MR ANTON LOUW (...):" for a later "MR LOUW:".)
    const fullNames = new Map<string, Attribution>();
    // (People by their initials, as later labels write them: "MG:" after "Martín Goldberg:".)
    const initials = new Map<string, Attribution>();
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      if (!tok?.lineStart) continue;
      lineStarts.push(k);
      if (tok.paragraphStart) {
        // (Read only where a paragraph opens with a quote: is the one before it a question?)
        if (paragraph >= 0 && opensQuote(tok) && asksQuestion(tokens, paragraph, k)) {
          answers.push(k);
          if (asked < 0) asked = paragraph;
        }
        paragraph = k;
      }
      // (A line that quotes no one and asks nothing, after a line that asks, and the lines after it up to
      // the next question.)
      const asks = asksQuestion(tokens, k, lineAfter(tokens, k));
      if (!asks && !opensQuote(tok) && (answering || lineAsks)) {
        if (plainAsked < 0) plainAsked = lineStarts[lineStarts.length - 2] ?? 0;
        plainAnswers.push(k);
        answering = true;
      } else answering = false;
      lineAsks = asks;
      if ((tok.text === "A" || tok.text === "Q") && tokens[k + 1]?.norm === ":") {
        if (asked < 0) asked = k;
        if (tok.text === "A") labelled.push({ first: k, speaker: undefined });
        continue;
      }
      const speaker = initialsLabel(tokens, k, initials) ?? labelSpeaker(tokens, k, people, roles, fullNames);
      if (speaker) labelled.push({ first: k, speaker, asks });
      if (speaker && !initials.has(initialsOf(speaker.name))) initials.set(initialsOf(speaker.name), speaker);
    }
    // (Unlabelled answers count only where the article has two or more: one quote after a question is no
    // interview.)
    if (answers.length >= UNLABELLED_ANSWERS)
      for (const first of answers) labelled.push({ first, speaker: undefined });
    // ("How big is the operation today?" then "We have two Hoffmann kilns ...": answers that quote no one
    // count only where the article says it is an interview before its first question, as an explainer's
    // questions may head its own paragraphs.)
    if (
      labelled.length === 0 &&
      plainAnswers.length >= UNLABELLED_ANSWERS &&
      interviewSaid(tokens, plainAsked)
    ) {
      asked = plainAsked;
      for (const first of plainAnswers) labelled.push({ first, speaker: undefined });
    }
    if (labelled.length === 0) return;
    labelled.sort((a, b) => a.first - b.first);
    // ("A:" answers: the person the other labels name where their line asks nothing ("TOM HALLORAN: How has
    // the gym changed?" asks; "LISA NGUYEN: When we started ..." answers), else the one named last before
    // the first question, else the article's most salient person.)
    const interviewee =
      labelled.find((l) => l.speaker && !l.asks)?.speaker ??
      personNamedBefore(tokens, entities, asked) ??
      mostSalientPerson(tokens, entities);
    for (const { first, speaker } of labelled) {
      const answerer = speaker ?? interviewee;
      if (!answerer) continue;
      const next = lineStarts[firstAtOrAfter(lineStarts, first + 1, (k) => k)] ?? tokens.length;
      this.lines.push({ first, end: next, speaker: answerer });
    }
  }

  /** The speaker of the answer line token `k` sits on, or undefined. */
  speakerAt(k: number): Attribution | undefined {
    const line = this.lines[firstAtOrAfter(this.lines, k + 1, (l) => l.first) - 1];
    return line && k < line.end ? line.speaker : undefined;
  }
}

/** Words of a transcript's label that name a role, not a person: "ANCHOR (MERCY WANJIRU):", "PRESENTER:". */
const LABEL_ROLES = new Set([
  "anchor",
  "presenter",
  "host",
  "reporter",
  "correspondent",
  "caller",
  "interviewer",
  "moderator",
  "chair",
  "chairperson",
  "chairman",
  "chairwoman",
]);
/** Titles a label may open with before the person's name: "DR. GRACE MUTUA (KALRO):". */
const LABEL_TITLES = new Set([
  "dr",
  "prof",
  "mr",
  "mrs",
  "ms",
  "engr",
  "engineer",
  "cr",
  "cllr",
  "councillor",
  "hon",
  "eng",
  "sen",
  "senator",
  "rep",
  "gov",
  "rev",
  // ("DEPUTY CIARA HOGAN:", "MINISTER ALAN DUNNE:": an office written as a title before the name.)
  "deputy",
  "minister",
  "commissioner",
  "judge",
  "justice",
  "mayor",
]);
/** Words of a person's name a label writes in full, at most: "PIETER VAN WYK". */
const LABEL_NAME_WORDS = 4;
/**
 * Tokens a label's parenthesis may hold: "(CHAIRMAN, BRICK MAKERS' ASSOCIATION)", "(President and CEO, American
 * Association of Long-Term Care Providers)".
 */
const LABEL_PARENTHESIS = 16;
/** Capitalized words of a role after a label's parenthesis, at most: "SEN. MARGARET HOLT (R-Ohio), CHAIR:". */
const LABEL_ROLE_AFTER = 3;

/**
 * The person a line's label names before its colon: "Aminul Haque:", "NKOSI:", "HALIMA ABDULLAHI (FARMER):",
 * "DR. GRACE MUTUA (KALRO):", a role with the person in parentheses ("PRESENTER (Thabo Mokoena):", which
 * `roles` remembers), or a role alone that a label named before ("PRESENTER:"); undefined otherwise.
 */
function labelSpeaker(
  tokens: readonly Token[],
  k: number,
  people: ReadonlyMap<number, { end: number; text: string }>,
  roles: Map<string, Attribution>,
  fullNames: Map<string, Attribution>,
): Attribution | undefined {
  const role = LABEL_ROLES.has(tokens[k]?.norm ?? "") ? (tokens[k]?.norm ?? "") : undefined;
  let from = k;
  if (role) from = k + 1;
  else from = pastLabelTitle(tokens, k);
  // ("PRESENTER (Thabo Mokoena):", "CHAIR (Cr Sophie Barker):": the person inside the parenthesis.)
  const inParenthesis = role !== undefined && tokens[from]?.norm === "(";
  if (inParenthesis) from = pastLabelTitle(tokens, from + 1);
  const written = inParenthesis ? undefined : writtenName(tokens, from, fullNames);
  if (written) return written;
  // ("PRESENTER (Amina Said):", "CALLER (Mercy, Kasarani):": the name's capitalized words, which the tagger
  // may have cut or left out.)
  const named = inParenthesis && role !== undefined ? plainNameLabel(tokens, from) : undefined;
  if (named && role !== undefined) roles.set(role, named);
  if (named) return named;
  const person = people.get(tokens[from]?.start ?? -1);
  let end = -1;
  if (person)
    for (let j = from; j < Math.min(tokens.length - 1, from + LABEL_TOKENS); j++)
      if (tokens[j]?.end === person.end) {
        end = j + 1;
        break;
      }
  if (end < 0) {
    // ("PRESENTER:": the person the role was given before.)
    return role !== undefined && tokens[k + 1]?.norm === ":" ? roles.get(role) : undefined;
  }
  if (inParenthesis && tokens[end]?.norm === ")") end++;
  // ("HALIMA ABDULLAHI (FARMER):": past the person's role in parentheses.)
  else if (!inParenthesis && tokens[end]?.norm === "(") {
    const close = labelParenthesisClose(tokens, end);
    if (close !== undefined) end = labelColon(tokens, close + 1) ?? close + 1;
  }
  if (tokens[end]?.norm !== ":" || !person) return undefined;
  const at = tokens[end]?.start ?? person.end;
  const start = tokens[from]?.start ?? 0;
  const speaker = { name: person.text, start, end: person.end, pronoun: false, at };
  if (role !== undefined) roles.set(role, speaker);
  return speaker;
}

/** A label of a person's initials at `k` ("MG:"), of a person a label named in full before. */
function initialsLabel(
  tokens: readonly Token[],
  k: number,
  initials: ReadonlyMap<string, Attribution>,
): Attribution | undefined {
  const tok = tokens[k];
  const colon = tokens[k + 1];
  // ("PvR:" for Pieter van Rooyen: a particle's initial in lower case.)
  if (!tok || colon?.norm !== ":" || !/^\p{Lu}\p{L}{0,2}\p{Lu}$/u.test(tok.text)) return undefined;
  const known = initials.get(tok.text.toUpperCase());
  return known && { ...known, at: colon.start };
}

/** A name's initials: "MG" for "Martín Goldberg". */
function initialsOf(name: string): string {
  return name
    .split(" ")
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

/** The token past a label's title at `k` and its point: "MR", "DR.", "CR". */
function pastLabelTitle(tokens: readonly Token[], k: number): number {
  if (!LABEL_TITLES.has(tokens[k]?.norm ?? "")) return k;
  return tokens[k + 1]?.norm === "." ? k + 2 : k + 1;
}

/**
 * The person a transcript's label writes in capitals from token `from`, in full ("FAITH ADAMS (caller,
 * Bellville):", "PIETER VAN WYK (CEO, ...):", which `fullNames` remembers by the last word), or by the
 * last words of a name a label wrote in full before ("MR LOUW:", "VAN WYK:"): a name the tagger may have
 * cut ("Faith") or kept apart ("Louw").
 */
function writtenName(
  tokens: readonly Token[],
  from: number,
  fullNames: Map<string, Attribution>,
): Attribution | undefined {
  let end = from;
  while (end < from + LABEL_NAME_WORDS && isCapitalsWord(tokens[end])) end++;
  const after = tokens[end]?.norm;
  if (end === from || (after !== ":" && after !== "(")) return undefined;
  const last = tokens[end - 1]?.norm ?? "";
  const known = fullNames.get(last);
  const words = tokens.slice(from, end).map((t) => t.norm);
  if (known && known.name.toLowerCase().split(" ").slice(-words.length).join(" ") === words.join(" "))
    return { ...known, at: tokens[end]?.start ?? known.at };
  // (A name in full: two words or more, with the person's role in parentheses after it and the label's
  // colon; not a dateline's "LOS ANGELES (AP) -" or "KUALA LUMPUR (Dec 3):".)
  if (end - from < 2 || after !== "(") return undefined;
  const close = labelParenthesisClose(tokens, end);
  const colon = close !== undefined ? labelColon(tokens, close + 1) : undefined;
  if (close === undefined || colon === undefined) return undefined;
  // ("KUALA LUMPUR (Dec 3):": a dateline's date, no role.)
  for (let j = end + 1; j < close; j++) if (tokens[j]?.kind === "num") return undefined;
  const first = tokens[from];
  const lastToken = tokens[end - 1];
  if (!first || !lastToken) return undefined;
  const name = tokens.slice(from, end).map(titleCased).join(" ");
  const attribution = {
    name,
    start: first.start,
    end: lastToken.end,
    pronoun: false,
    at: tokens[colon]?.start ?? lastToken.end,
    written: true as const,
  };
  fullNames.set(last, attribution);
  return attribution;
}

/**
 * The label's colon at token `k` (right after its parenthesis), or past a role in capitals after a comma
 * ("(R-Ohio), CHAIR:"); undefined where none is.
 */
function labelColon(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.norm === ":") return k;
  if (tokens[k]?.norm !== ",") return undefined;
  let j = k + 1;
  while (j <= k + LABEL_ROLE_AFTER && isCapitalsWord(tokens[j])) j++;
  return j > k + 1 && tokens[j]?.norm === ":" ? j : undefined;
}

/**
 * A role's parenthesis that opens with a name in capitalized words up to a comma or its close, then the
 * label's colon: "CALLER (Mercy, Kasarani):" names Mercy.
 */
function plainNameLabel(tokens: readonly Token[], from: number): Attribution | undefined {
  let end = from;
  while (
    end < from + LABEL_NAME_WORDS &&
    tokens[end]?.kind === "word" &&
    /^\p{Lu}/u.test(tokens[end]?.text ?? "")
  )
    end++;
  const close = labelParenthesisClose(tokens, from - 1);
  const first = tokens[from];
  const last = tokens[end - 1];
  if (end === from || close === undefined || !first || !last) return undefined;
  if (![",", ")"].includes(tokens[end]?.norm ?? "") || tokens[close + 1]?.norm !== ":") return undefined;
  const name = tokens
    .slice(from, end)
    .map((t) => (isCapitalsWord(t) ? titleCased(t) : t.text))
    .join(" ");
  return {
    name,
    start: first.start,
    end: last.end,
    pronoun: false,
    at: tokens[close + 1]?.start ?? last.end,
    written: true,
  };
}

/** A word of a name written in capitals, as a name is written: "O'MALLEY" → "O'Malley". */
function titleCased(tok: Token): string {
  return tok.norm.replace(
    /(^|['’-])(\p{L})/gu,
    (_, mark: string, letter: string) => mark + letter.toUpperCase(),
  );
}

/** The ")" that closes a label's parenthesis opened at `open`, LABEL_PARENTHESIS tokens after it at most. */
function labelParenthesisClose(tokens: readonly Token[], open: number): number | undefined {
  for (let close = open + 1; close <= open + LABEL_PARENTHESIS && close < tokens.length; close++)
    if (tokens[close]?.norm === ")") return close;
  return undefined;
}

/** A word written all in capitals, two letters or more: "ADAMS", "O'MALLEY", "VAN". */
function isCapitalsWord(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    tok.text.length >= 2 &&
    tok.text === tok.text.toUpperCase() &&
    /\p{Lu}/u.test(tok.text)
  );
}

/** Unlabelled answers an article needs, at least, to be read as an interview. */
const UNLABELLED_ANSWERS = 2;

/** The first token of the line after the one token `k` opens, or the tokens' length. */
function lineAfter(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  while (j < tokens.length && !tokens[j]?.lineStart) j++;
  return j;
}

/** Words that say an article is an interview: "INTERVIEW:", "spoke to", "talked with". */
const INTERVIEW_WORDS = new Set(["interview", "interviewed"]);
const SPEAKING = new Set(["spoke", "speaks", "spoken", "talked", "talks"]);
const SPOKEN_TO = new Set(["to", "with"]);

/**
 * Before token `k` (the first question) the article calls itself an interview, or someone "spoke to"
 * someone (not "growers we spoke to:", whose "to" ends a relative clause, in an explainer's sources).
 */
function interviewSaid(tokens: readonly Token[], k: number): boolean {
  for (let j = 0; j < k; j++) {
    const norm = tokens[j]?.norm ?? "";
    if (INTERVIEW_WORDS.has(norm)) return true;
    if (SPEAKING.has(norm) && SPOKEN_TO.has(tokens[j + 1]?.norm ?? "") && tokens[j + 2]?.kind === "word")
      return true;
  }
  return false;
}

/** A quotation mark that may open a quote: '"', "“". */
function opensQuote(tok: Token | undefined): boolean {
  return tok?.norm === '"' || OPENING.has(tok?.norm ?? "");
}

/** The paragraph [first, end) asks a question and quotes no one: "How did the last season go?". */
function asksQuestion(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[end - 1]?.norm !== "?") return false;
  for (let j = first; j < end; j++)
    if (opensQuote(tokens[j]) || CLOSING.has(tokens[j]?.norm ?? "")) return false;
  return true;
}

/**
 * The person named last in the paragraph before token `k` (an interview's first question), outside a
 * byline ("By Wanjiru Kamau | 18 June 2026"): whom the article introduces as the interviewee ("We spoke to
 * NPCK chief executive Wachira Ndegwa about the problem.").
 */
function personNamedBefore(
  tokens: readonly Token[],
  entities: readonly Entity[],
  k: number,
): Attribution | undefined {
  let opens = k - 1;
  while (opens > 0 && !tokens[opens]?.paragraphStart) opens--;
  const from = tokens[opens]?.start ?? 0;
  const before = tokens[k]?.start ?? 0;
  // ("Rohan Menon spoke to Swati Rao about ...", "She spoke to TUNDE AJAYI": who speaks to someone is
  // interviewed, not whom they speak to; "We spoke to Johannes Nangolo": the person spoken to is.)
  let spoke = -1;
  let interviewed = -1;
  for (let j = opens; j < k; j++) {
    if (SPEAKING.has(tokens[j]?.norm ?? "") && SPOKEN_TO.has(tokens[j + 1]?.norm ?? "")) spoke = j;
    if (tokens[j]?.norm === "interviewed" && !PASSIVE_HELPERS.has(tokens[j - 1]?.norm ?? "")) interviewed = j;
  }
  if (interviewed >= 0) {
    const object = interviewedPerson(tokens, entities, from, interviewed, interviewed + 1, k);
    if (object) return object;
  }
  // ("Business Daily reporter Brian Otieno spoke to her", "The Deccan Ledger's Arjun Rao spoke to its
  // co-founder, Meera Iyer": whom a journalist spoke to.)
  const journalist = spoke >= 0 && journalistBefore(tokens, entities, spoke);
  if (journalist) {
    const object = interviewedPerson(tokens, entities, from, spoke, spoke + 2, k);
    if (object) return object;
  }
  const speaker = tokens[spoke - 1];
  const named = spoke >= 0 && !["we", "i"].includes(speaker?.norm ?? "") && !journalist;
  const firstNamed = named && ["he", "she"].includes(speaker?.norm ?? "");
  const until = named ? (tokens[spoke]?.start ?? before) : before;
  let best: { start: number; end: number; text: string } | undefined;
  for (const e of entities) {
    if (e.type !== "PERSON") continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > until || inByline(tokens, m.start)) continue;
      if (!best || (firstNamed ? m.start < best.start : m.start > best.start))
        best = { start: m.start, end: m.end, text: e.mentions[0]?.text ?? m.text };
    }
  }
  return best && { name: best.text, start: best.start, end: best.end, pronoun: false, at: best.end };
}

/** Words that make a person a journalist: "Our agriculture correspondent Sneha Kulkarni spoke to". */
const JOURNALISTS = new Set([
  "correspondent",
  "reporter",
  "editor",
  "journalist",
  "writer",
  "columnist",
  "host",
]);
/** Tokens before a person's name a journalist's title may sit in: "correspondent Sneha Kulkarni". */
const JOURNALIST_REACH = 3;

/**
 * The person whose name ends right before "spoke" at `spoke` is a journalist, by a title right before the
 * name or an outlet's possessive ("The Deccan Ledger's Arjun Rao"): whom a journalist spoke to is the
 * interviewee.
 */
function journalistBefore(tokens: readonly Token[], entities: readonly Entity[], spoke: number): boolean {
  const end = tokens[spoke - 1]?.end ?? -1;
  for (const e of entities)
    if (e.type === "PERSON")
      for (const m of e.mentions)
        if (m.end === end) {
          const k = firstAtOrAfter(tokens, m.start, (x) => x.start);
          if (isNameWord(tokens[k - 1]) && /['’]s$/.test(tokens[k - 1]?.norm ?? "")) return true;
          for (let j = Math.max(0, k - JOURNALIST_REACH); j < k; j++)
            if (JOURNALISTS.has(tokens[j]?.norm ?? "")) return true;
        }
  return false;
}

/** A capitalized word: an outlet's name's possessive ("Ledger's"). */
function isNameWord(tok: Token | undefined): boolean {
  return tok?.kind === "word" && /^\p{Lu}/u.test(tok.text);
}

/** Helpers that make "interviewed" passive: "was interviewed by". */
const PASSIVE_HELPERS = new Set(["was", "were", "been", "being", "is", "be"]);
/** Object pronouns that take up a person named before: "Peter Otieno interviewed her". */
const PERSON_OBJECTS = new Set(["her", "him"]);

/**
 * Whom the verb at token `j` ("interviewed", a journalist's "spoke") names as interviewed by its object at
 * `objectAt`, from character `from` on: the person there ("Peter Otieno interviewed Wanjiru Kamau"), or
 * named first after it in the sentence, before token `until` ("spoke to its co-founder and chief
 * executive, Meera Iyer"), or, for "her"/"him", the person named last before it who is not its subject
 * ("Wanjiru Kamau founded Mianzi Living ... Peter Otieno, interviewed her"): not the interviewer, whom
 * "X interviewed" had made the answers' speaker.
 */
function interviewedPerson(
  tokens: readonly Token[],
  entities: readonly Entity[],
  from: number,
  j: number,
  objectAt: number,
  until: number,
): Attribution | undefined {
  const verb = tokens[j];
  const object = tokens[objectAt];
  if (!verb || !object) return undefined;
  const attribution = (e: Entity, m: Mention): Attribution => {
    return { name: e.mentions[0]?.text ?? m.text, start: m.start, end: m.end, pronoun: false, at: m.end };
  };
  let sentenceEnd = objectAt;
  while (sentenceEnd < until && tokens[sentenceEnd]?.norm !== ".") sentenceEnd++;
  const endChar = tokens[sentenceEnd]?.start ?? object.start;
  // (Back to the sentence's start, within the paragraph: no walk over a text without sentence ends.)
  let sentenceStart = j;
  while (
    sentenceStart > 0 &&
    (tokens[sentenceStart]?.start ?? 0) > from &&
    !opensSentence(tokens, sentenceStart)
  )
    sentenceStart--;
  const opening = tokens[sentenceStart]?.start ?? verb.start;
  // (The interviewer: the name that ends right before the verb, or before its comma, or opens its sentence:
  // "Priya Kulkarni of The Deccan Ledger interviewed him".)
  let subject: Entity | undefined;
  let after: { e: Entity; m: Mention } | undefined;
  for (const e of entities)
    if (e.type === "PERSON")
      for (const m of e.mentions) {
        if (m.start === object.start) return attribution(e, m);
        if (m.end <= verb.start && (verb.start - m.end <= 2 || m.start === opening)) subject = e;
        if (m.start > object.start && m.end <= endChar && (!after || m.start < after.m.start))
          after = { e, m };
      }
  if (!PERSON_OBJECTS.has(object.norm)) return after && attribution(after.e, after.m);
  // ("Rajesh Malhotra, 58, whose family has run Malhotra Bespoke ..., is not one of them. Our correspondent
  // interviewed him": "him" is the person a sentence opens with, before any named later in it.)
  let other: { e: Entity; m: Mention } | undefined;
  let opener: { e: Entity; m: Mention } | undefined;
  for (const e of entities) {
    if (e.type !== "PERSON" || e === subject) continue;
    for (const m of e.mentions) {
      if (m.start < from || m.end > verb.start || inByline(tokens, m.start)) continue;
      if (!other || m.start > other.m.start) other = { e, m };
      const opens = opensSentence(
        tokens,
        firstAtOrAfter(tokens, m.start, (x) => x.start),
      );
      if (opens && (!opener || m.start > opener.m.start)) opener = { e, m };
    }
  }
  const referent = opener ?? other;
  return referent && attribution(referent.e, referent.m);
}

/** The character at `start` sits on a line that opens with "By". */
function inByline(tokens: readonly Token[], start: number): boolean {
  let k = firstAtOrAfter(tokens, start, (x) => x.start);
  while (k > 0 && !tokens[k]?.lineStart) k--;
  return tokens[k]?.norm === "by";
}

/**
 * The article's most salient person, not only a byline's (merge.ts's salience: mentions, where first named, the lede), as an
 * attribution at their first mention; the first on a tie.
 */
function mostSalientPerson(tokens: readonly Token[], entities: readonly Entity[]): Attribution | undefined {
  let best: Entity | undefined;
  for (const e of entities)
    if (
      e.type === "PERSON" &&
      (!best || (e.salience ?? 0) > (best.salience ?? 0)) &&
      !e.mentions.every((m) => inByline(tokens, m.start))
    )
      best = e;
  const m = best?.mentions[0];
  return m && { name: m.text, start: m.start, end: m.end, pronoun: false, at: m.end };
}
