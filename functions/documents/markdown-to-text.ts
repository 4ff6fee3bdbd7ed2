/**
 * Turns Markdown into readable plain text: keeps link and image text, drops syntax (headings, emphasis,
 * code fences, quotes, list markers, HTML tags, link targets). Extraction offsets index into the result.
 * Every pattern is bounded and stops at the next bracket or paren, so hostile input stays linear.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```[^\n]*$/gm, "")
    .replace(/^ {0,3}(#{1,6})[ \t]+/gm, "")
    .replace(/^ {0,3}>[ \t]?/gm, "")
    .replace(/^ {0,3}([-*+]|\d{1,9}[.)])[ \t]+/gm, "")
    .replace(/^ {0,3}([-*_][ \t]*){3,}$/gm, "")
    .replace(/!?\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,300}")?\)/g, "$1")
    .replace(/<\/?[a-zA-Z][^<>\n]{0,500}>/g, "")
    .replace(/(\*\*|__)(?=\S)([^\n]{0,2000}?\S)\1/g, "$2")
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]{0,2000}?\S)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
    .replace(/`([^`\n]{0,2000})`/g, "$1");
}
