import {
  BOILERPLATE_LINES,
  LINK_LIST_HEADING,
  LINK_LIST_MAX_LINE,
  LINK_LIST_MAX_LINES,
} from "./boilerplate-lines.ts";

/**
 * Drops boilerplate lines and a trailing list of links to other articles ("Related:" then short lines to
 * the end), keeping every other line and blank-line paragraph breaks as they were.
 */
export function dropBoilerplateLines(text: string): string {
  const lines = withoutTrailingLinkList(text.split(/\r?\n/));
  return lines
    .filter((line) => !isBoilerplate(line))
    .join("\n")
    .replace(/\n\s*\n(\s*\n)+/g, "\n\n")
    .trim();
}

/** Boilerplate lines among the list (a copyright footer after it) do not stop it. */
function withoutTrailingLinkList(lines: string[]): string[] {
  let shortLines = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? "").trim();
    if (line.length === 0) continue;
    if (LINK_LIST_HEADING.test(line.toLowerCase())) return shortLines > 0 ? lines.slice(0, i) : lines;
    if (isBoilerplate(line)) continue;
    if (line.length > LINK_LIST_MAX_LINE || /[.!]["'”’)]?$/.test(line)) return lines;
    if (++shortLines > LINK_LIST_MAX_LINES) return lines;
  }
  return lines;
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
