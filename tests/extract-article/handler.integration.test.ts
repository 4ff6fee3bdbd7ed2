import { DeleteObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MIN_TIME_TO_START_MS } from "../../functions/extract-article/create-handler.ts";
import { articleIdOf } from "../../functions/pipeline/article-id.ts";
import { fixtureBytes, fixtureText } from "../helpers/fixtures.ts";
import {
  BUCKET,
  type LocalPipeline,
  lambdaContext,
  sqsEvent,
  startLocalPipeline,
} from "../helpers/local-pipeline.ts";

const SAMPLE = "articles/kazakhstan-us-cooperation.txt";

describe("extract-article handler against s3rver + dynalite", () => {
  let local: LocalPipeline;

  beforeAll(async () => {
    local = await startLocalPipeline();
  });
  afterAll(async () => {
    await local.stop();
  });
  beforeEach(() => {
    local.notifications.length = 0;
    local.events.length = 0;
  });

  /** Uploads through the SDK and returns the S3 notification the upload caused. */
  async function upload(key: string, body: Uint8Array | string, contentType?: string): Promise<unknown> {
    await local.stack.s3.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }),
    );
    return local.notifications.at(-1);
  }

  async function remove(key: string): Promise<unknown> {
    await local.stack.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
    return local.notifications.at(-1);
  }

  it("ingests the sample: facts stored, Article Ingested emitted", async () => {
    const notification = await upload(SAMPLE, fixtureBytes("articles/kazakhstan-us-cooperation.txt"));

    const response = await local.handler(sqsEvent(notification), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, SAMPLE));
    expect(stored?.record.status).toBe("INGESTED");
    expect(stored?.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(["Antony Blinken", "Kazakhstan", "United States"]),
    );
    expect(stored?.figures.map((figure) => figure.text)).toContain("$50 billion");
    expect(local.events).toHaveLength(1);
    expect(local.events[0]?.detailType).toBe("Article Ingested");
    expect(local.events[0]?.detail).toMatchObject({
      schemaVersion: "1.0",
      articleId: articleIdOf(BUCKET, SAMPLE),
      bucket: BUCKET,
      key: SAMPLE,
      entityCount: stored?.entities.length,
      figureCount: stored?.figures.length,
    });
  });

  it("decodes a key with a space and a plus sign as S3 encodes it", async () => {
    const key = "articles/trade talks + tariffs.txt";
    const notification = await upload(
      key,
      "Tariffs\n\nExports to Brazil rose 12 percent last year, officials said.",
    );
    expect(JSON.stringify(notification)).toContain("articles/trade+talks+%2B+tariffs.txt");

    const response = await local.handler(sqsEvent(notification), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    expect(stored?.record).toMatchObject({ status: "INGESTED", key });
    expect(stored?.figures.map((figure) => figure.text)).toEqual(["12 percent"]);
  });

  it("replaces the facts of a re-uploaded article instead of adding to them", async () => {
    const key = "articles/reupload.txt";
    await local.handler(
      sqsEvent(await upload(key, "Germany and France signed the deal in Berlin.")),
      lambdaContext,
    );
    await local.handler(sqsEvent(await upload(key, "Japan approved the plan.")), lambdaContext);

    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    const names = stored?.entities.map((entity) => entity.name) ?? [];
    expect(names).toContain("Japan");
    expect(names).not.toContain("Germany");
    expect(names).not.toContain("Berlin");
    expect(local.events.map((event) => event.detailType)).toEqual(["Article Ingested", "Article Ingested"]);
  });

  it("treats a duplicate delivery as a no-op", async () => {
    const notification = await upload(
      "articles/duplicate.txt",
      "Canada raised rates by 0.5 percentage points.",
    );

    await local.handler(sqsEvent(notification), lambdaContext);
    await local.handler(sqsEvent(notification), lambdaContext);

    expect(local.events).toHaveLength(1);
  });

  it("ignores a stale created event that arrives after a newer removal", async () => {
    const key = "articles/stale.txt";
    const created = await upload(key, "India and Pakistan met in Geneva.");
    await new Promise((resolve) => setTimeout(resolve, 5)); // s3rver's sequencer is the clock in ms.
    const removed = await remove(key);
    await local.handler(sqsEvent(removed), lambdaContext);

    const response = await local.handler(sqsEvent(created), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    expect(stored?.record.status).toBe("REMOVED");
    expect(local.events.map((event) => event.detailType)).toEqual(["Article Removed"]);
  });

  it("clears the facts of a removed article and emits Article Removed", async () => {
    const key = "articles/to-remove.txt";
    await local.handler(sqsEvent(await upload(key, "Kenya and Nigeria agreed on trade.")), lambdaContext);

    const response = await local.handler(sqsEvent(await remove(key)), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    expect(stored?.record.status).toBe("REMOVED");
    expect(stored?.entities).toEqual([]);
    expect(stored?.figures).toEqual([]);
    expect(local.events.map((event) => event.detailType)).toEqual(["Article Ingested", "Article Removed"]);
  });

  it("rejects a non-text object with a reason, keeps it in S3 and does not retry", async () => {
    const key = "articles/photo.txt";
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

    const response = await local.handler(sqsEvent(await upload(key, png, "image/png")), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    expect(stored?.record).toMatchObject({ status: "REJECTED", reason: "BINARY" });
    expect(local.events).toEqual([
      expect.objectContaining({
        detailType: "Article Rejected",
        detail: expect.objectContaining({ reason: "BINARY", message: expect.stringContaining("PNG") }),
      }),
    ]);
    await expect(
      local.stack.s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key })),
    ).resolves.toBeDefined();
  });

  it("rejects an unsupported extension", async () => {
    const response = await local.handler(
      sqsEvent(await upload("articles/report.pdf", "%PDF-1.7")),
      lambdaContext,
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(local.events[0]?.detail).toMatchObject({ reason: "UNSUPPORTED_TYPE" });
  });

  it("fails only the bad message of a batch", async () => {
    const good = await upload("articles/good.txt", "Chile exported copper worth $3 billion.");
    const event = sqsEvent("this is not an S3 notification", good);

    const response = await local.handler(event, lambdaContext);

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: event.Records[0]?.messageId }]);
    expect(local.events.map((e) => e.detailType)).toEqual(["Article Ingested"]);
  });

  it("processes a batch in order and leaves the messages it has no time to start for redelivery", async () => {
    const keys = ["articles/first.txt", "articles/second.txt", "articles/third.txt"];
    const event = sqsEvent(
      await upload(keys[0] ?? "", "Peru cut rates."),
      await upload(keys[1] ?? "", "Ghana raised rates."),
      await upload(keys[2] ?? "", "Chile held rates."),
    );
    // The first message starts with a minute left; by the second, the invocation is nearly out of time.
    const remaining = [60_000, MIN_TIME_TO_START_MS - 1];
    const hurried = { ...lambdaContext, getRemainingTimeInMillis: () => remaining.shift() ?? 0 };

    const response = await local.handler(event, hurried);

    expect(response.batchItemFailures).toEqual(
      event.Records.slice(1).map((record) => ({ itemIdentifier: record.messageId })),
    );
    const stored = await Promise.all(keys.map((key) => local.reader.article(articleIdOf(BUCKET, key))));
    expect(stored.map((article) => article?.record.status)).toEqual(["INGESTED", undefined, undefined]);

    const redelivered = await local.handler({ Records: event.Records.slice(1) }, lambdaContext);

    expect(redelivered.batchItemFailures).toEqual([]);
    expect(local.events.map((e) => e.detail)).toEqual(keys.map((key) => expect.objectContaining({ key })));
  });

  it("keeps what a JSON article says of itself, and reads its bare $ by its source's country", async () => {
    const key = "articles/rba.json";
    const article = {
      title: "RBA holds",
      body: "The Reserve Bank of Australia said the program cost $5 billion.",
      url: "https://www.smh.com.au/business/rba-holds.html",
      source: "The Sydney Morning Herald",
      language: "en",
      desk: "markets",
    };

    const response = await local.handler(sqsEvent(await upload(key, JSON.stringify(article))), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    const stored = await local.reader.article(articleIdOf(BUCKET, key));
    expect(stored?.figures).toEqual([
      expect.objectContaining({ text: "$5 billion", value: 5e9, currency: "AUD" }),
    ]);
    expect(stored?.record).toMatchObject({
      url: article.url,
      source: article.source,
      language: "en",
      metadataJson: JSON.stringify({ desk: "markets" }),
    });
    expect(local.events[0]?.detail).toMatchObject({
      url: article.url,
      source: article.source,
      language: "en",
    });
  });

  it("skips the S3 test event", async () => {
    const response = await local.handler(sqsEvent(fixtureText("events/s3/test-event.json")), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    expect(local.events).toEqual([]);
  });

  it("answers an event for an object deleted since with no facts and no failure", async () => {
    const key = "articles/gone.txt";
    const notification = await upload(key, "Peru elected a new president.");
    await local.stack.s3.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));

    const response = await local.handler(sqsEvent(notification), lambdaContext);

    expect(response.batchItemFailures).toEqual([]);
    expect(await local.reader.article(articleIdOf(BUCKET, key))).toBeUndefined();
  });
});
