import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { ARTICLE_PREFIX } from "../local/defaults.ts";
import { CONNECTION_OPTIONS, connect, required } from "./connection.ts";

/** `factwire ingest FILE... [--bucket B | --local] [--prefix P]`: uploads articles where the pipeline reads them. */
export async function runIngest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...CONNECTION_OPTIONS, prefix: { type: "string", default: ARTICLE_PREFIX } },
  });
  if (positionals.length === 0) throw new Error("give one or more files to upload");
  const connection = connect(values);
  const bucket = required(connection.bucket, "bucket");
  for (const file of positionals) {
    const key = `${values.prefix ?? ARTICLE_PREFIX}${basename(file)}`;
    await connection.s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile(file) }));
    console.log(`uploaded s3://${bucket}/${key}`);
  }
  connection.s3.destroy();
  return 0;
}
