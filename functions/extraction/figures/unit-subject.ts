import type { Figure } from "./types.ts";

/**
 * The figure's subject is only its own unit noun, with the words that qualify it inside the figure ("3,412
 * cholera cases": "cholera cases"; "88 of the 150 seats": "seats"): what it counts, not what holds it.
 */
export function subjectIsItsUnit(figure: Figure): boolean {
  const subject = figure.subject;
  if (!subject || figure.unit === undefined) return false;
  if (subject.text === figure.unit) return true;
  return subject.start > figure.start && subject.end <= figure.end && subject.text.endsWith(figure.unit);
}
