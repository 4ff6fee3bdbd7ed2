/**
 * Interviews written as questions and answers: a line opened by "A:" is the interviewee's answer, one opened
 * by a person's name and a colon ("Aminul Haque: Of our 105 registered plants, only about 30 are running")
 * that person's; "Q:" or an outlet's name ("The Daily Star:") asks. The figures of an answer line are its
 * speaker's, quoted, where nothing in the line names another. Built once per article, linear in its tokens.
 */
import type { Entity } from "../entities/types.ts";
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
    const labelled: { first: number; speaker: Attribution | undefined }[] = [];
    const lineStarts: number[] = [];
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      if (!tok?.lineStart) continue;
      lineStarts.push(k);
      if (tok.text === "A" && tokens[k + 1]?.norm === ":") {
        labelled.push({ first: k, speaker: undefined });
        continue;
      }
      const person = people.get(tok.start);
      if (!person) continue;
      for (let j = k; j < Math.min(tokens.length - 1, k + LABEL_TOKENS); j++)
        if (tokens[j]?.end === person.end && tokens[j + 1]?.norm === ":") {
          const at = tokens[j + 1]?.start ?? person.end;
          labelled.push({
            first: k,
            speaker: { name: person.text, start: tok.start, end: person.end, pronoun: false, at },
          });
          break;
        }
    }
    if (labelled.length === 0) return;
    // ("A:" answers: the person the other labels name, else the article's most salient person.)
    const interviewee = labelled.find((l) => l.speaker)?.speaker ?? mostSalientPerson(entities);
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

/**
 * The article's most salient person (merge.ts's salience: mentions, where first named, the lede), as an
 * attribution at their first mention; the first on a tie.
 */
function mostSalientPerson(entities: readonly Entity[]): Attribution | undefined {
  let best: Entity | undefined;
  for (const e of entities)
    if (e.type === "PERSON" && (!best || (e.salience ?? 0) > (best.salience ?? 0))) best = e;
  const m = best?.mentions[0];
  return m && { name: m.text, start: m.start, end: m.end, pronoun: false, at: m.end };
}
