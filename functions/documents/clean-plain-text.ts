import { BOILERPLATE_LINES } from "./boilerplate-lines.ts";

/** Drops boilerplate lines, keeping every other line and blank-line paragraph breaks as they were. */
export function dropBoilerplateLines(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((line) => !isBoilerplate(line));
  return kept.join("\n").trim();
}

function isBoilerplate(line: string): boolean {
  const bare = line.trim().toLowerCase();
  if (bare.length === 0 || bare.length > 250) return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(bare));
}

/**
 * The first line is the title when it reads as one: short, followed by a blank line, and not ending in
 * sentence punctuation.
 */
export function titleOf(text: string): string | undefined {
  const match = /^([^\n]{1,200})\r?\n\s*\r?\n/.exec(text);
  const line = match?.[1]?.trim();
  if (!line || /[.:;,]$/.test(line)) return undefined;
  return line;
}
