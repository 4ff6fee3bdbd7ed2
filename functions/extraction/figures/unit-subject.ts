import type { Figure } from "./types.ts";

/**
 * The figure's subject is only its own unit noun, with the words that qualify it inside the figure ("3,412
 * cholera cases": "cholera cases"; "88 of the 150 seats": "seats"): what it counts, not what holds it.
 */
export function subjectIsItsUnit(figure: Figure): boolean {
  const subject = figure.subject;
  if (!subject || figure.unit === undefined) return false;
  if (subject.text === figure.unit) return true;
  if (subject.start <= figure.start || subject.end > figure.end) return false;
  if (subject.text.endsWith(figure.unit)) return true;
  // ("20 new clients a month": the subject "new clients" ends where the unit's rate begins.)
  const unit = figure.unit;
  const text = subject.text;
  for (let i = 0; i < text.length; i = text.indexOf(" ", i) + 1 || text.length)
    if (unit.startsWith(`${text.slice(i)} `)) return true;
  return false;
}
