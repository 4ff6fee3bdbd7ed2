import { ArticleRejectedError } from "../pipeline/errors.ts";
import type { ArticleFormat } from "./article.ts";

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  json: "json",
};

/** The format of an object from its key's extension (a `.gz` suffix is looked through). */
export function detectFormat(key: string): { format: ArticleFormat; gzipped: boolean } {
  const name = key.slice(key.lastIndexOf("/") + 1).toLowerCase();
  const gzipped = name.endsWith(".gz");
  const bare = gzipped ? name.slice(0, -3) : name;
  const dot = bare.lastIndexOf(".");
  const extension = dot >= 0 ? bare.slice(dot + 1) : "";
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) {
    throw new ArticleRejectedError(
      "UNSUPPORTED_TYPE",
      `"${name}" has ${extension ? `the unsupported extension ".${extension}"` : "no extension"}; ` +
        "upload .txt, .md, .html, .htm or .json (optionally .gz).",
    );
  }
  return { format, gzipped };
}
