import { readFile, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { datelineOf } from "../../functions/documents/dateline.ts";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { dollarCurrencyOf } from "../../functions/documents/dollar-currency.ts";
import { limitsFromEnv } from "../../functions/documents/limits.ts";
import { type ExtractOptions, extract } from "../../functions/extraction/index.ts";
import { ArticleRejectedError } from "../../functions/pipeline/errors.ts";

/** `factwire extract FILE...` and `factwire extract --jsonl` (the contract in DESIGN.md). */
export async function runExtract(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { jsonl: { type: "boolean" } },
  });
  if (values.jsonl) return extractJsonLines(process.stdin, process.stdout);
  if (positionals.length === 0)
    throw new Error("give one or more files, or --jsonl to read JSON lines on stdin");
  return extractFiles(positionals);
}

/** One file: its ExtractionResult. Several: an array of {file, entities, figures}. */
async function extractFiles(paths: string[]): Promise<number> {
  const limits = limitsFromEnv(process.env);
  const results: unknown[] = [];
  let failures = 0;
  for (const path of paths) {
    try {
      // The file's time stands for an object's: a wire dateline without a year ("LAGOS, March 3") is
      // that day in the file's year, as the pipeline reads it against the object's LastModified.
      const lastModified = (await stat(path)).mtime;
      const article = await decodeArticle(await readFile(path), { key: path, lastModified }, limits);
      const dollarCurrency = dollarCurrencyOf(article);
      const result = extract(article.text, {
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        ...(dollarCurrency ? { dollarCurrency } : {}),
      });
      results.push(paths.length === 1 ? result : { file: path, ...result });
    } catch (error) {
      failures++;
      const reason = error instanceof ArticleRejectedError ? `${error.reason}: ` : "";
      process.stderr.write(`factwire extract: ${path}: ${reason}${(error as Error).message}\n`);
    }
  }
  if (results.length > 0)
    process.stdout.write(`${JSON.stringify(paths.length === 1 ? results[0] : results, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

/**
 * One output line per non-blank input line, in order: {"id","entities","figures"} or {"id","error"}.
 * A bad line never stops the stream.
 */
export async function extractJsonLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const answer = answerLine(line);
    if (!output.write(`${answer}\n`)) await new Promise((resolve) => output.once("drain", resolve));
  }
  return 0;
}

function answerLine(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return JSON.stringify({ id: null, error: `invalid JSON: ${(error as Error).message}` });
  }
  const record = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {};
  const id = "id" in record ? record.id : null;
  const text = "text" in record ? record.text : undefined;
  if (typeof text !== "string") return JSON.stringify({ id, error: 'the line has no string "text" field' });
  try {
    const { entities, figures } = extract(text, lineOptions(record, text));
    return JSON.stringify({ id, entities, figures });
  } catch (error) {
    return JSON.stringify({ id, error: `extraction failed: ${(error as Error).message}` });
  }
}

/**
 * Optional hints a line may carry beside its text: its date (for "last year"; else a dated dateline in
 * the text, "TAIPEI, Jan. 15, 2026 (Reuters) -") and its bare-$ currency.
 */
function lineOptions(record: object, text: string): ExtractOptions {
  const { publishedAt, dollarCurrency } = record as { publishedAt?: unknown; dollarCurrency?: unknown };
  const date = typeof publishedAt === "string" ? publishedAt : datelineOf(text);
  return {
    ...(date ? { publishedAt: date } : {}),
    ...(typeof dollarCurrency === "string" && /^[A-Z]{3}$/.test(dollarCurrency) ? { dollarCurrency } : {}),
  };
}
