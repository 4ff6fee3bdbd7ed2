/** Formats factwire reads, after any gzip layer is removed. */
export type ArticleFormat = "text" | "markdown" | "html" | "json";

/** An uploaded object turned into plain text plus what the document says about itself. */
export interface DecodedArticle {
  format: ArticleFormat;
  /** The plain text that extraction runs on; entity and figure offsets index into it. */
  text: string;
  title?: string;
  byline?: string;
  /** ISO 8601 publication time, when the document or its metadata gives one. */
  publishedAt?: string;
  url?: string;
  source?: string;
  language?: string;
  /** Free metadata of a JSON article, kept as given. */
  metadata?: Record<string, unknown>;
  /** True when the text was cut at the maxTextChars limit. */
  truncated: boolean;
}

/** What the decoder knows of the object besides its bytes. */
export interface ObjectInfo {
  key: string;
  contentType?: string;
  contentEncoding?: string;
  lastModified?: Date;
}
