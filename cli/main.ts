import { runBackfill } from "./commands/backfill.ts";
import { runExtract } from "./commands/extract.ts";
import { runIngest } from "./commands/ingest.ts";
import { runQuery } from "./commands/query.ts";
import { runStart } from "./commands/start.ts";

const USAGE = `factwire: turn news articles into facts

Usage:
  factwire start [--watch] [--s3-port N] [--dynamodb-port N] [--data-dir DIR] [--reset] [FILE...]
      Run the pipeline on this machine (S3 and DynamoDB emulators on loopback), ingest the sample
      articles (or FILEs) and print their facts. --watch keeps the emulators up for any S3 client.
  factwire extract FILE...
      Print the entities and figures of each file as JSON (.txt, .md, .html, .json, optionally .gz).
  factwire extract --jsonl
      Read {"id","text"} JSON lines on stdin, write {"id","entities","figures"} lines on stdout.
  factwire ingest FILE... (--bucket B | --local) [--prefix articles/]
      Upload articles to the bucket (AWS credentials), or to a running \`factwire start --watch\`.
  factwire query (--key K | --article ID | --entity ID) (--table T [--bucket B] | --local)
      Print an article's stored facts, or the articles that mention an entity (e.g. location/kazakhstan).
  factwire backfill --bucket B --queue-url Q [--prefix articles/]
      Queue every stored article for processing again (after an extractor upgrade); unchanged ones are no-ops.
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  start: runStart,
  extract: runExtract,
  ingest: runIngest,
  query: runQuery,
  backfill: runBackfill,
};

// The SDK warns on Node 20 that its 2027 releases need Node 22; the deployed function runs Node 22+ and
// the CLI's output (stdout is a contract for `extract --jsonl`) should not carry that notice.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const [name, ...args] = process.argv.slice(2);
const command = name ? COMMANDS[name] : undefined;
if (!command) {
  process.stderr.write(USAGE);
  process.exitCode = name === undefined || name === "--help" || name === "-h" ? 0 : 2;
} else {
  try {
    process.exitCode = await command(args);
  } catch (error) {
    process.stderr.write(`factwire ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
