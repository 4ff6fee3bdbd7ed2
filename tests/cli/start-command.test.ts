import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/factwire.js");

describe("factwire start (the local pipeline, run once)", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "factwire-start-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("ingests the shipped sample through the handler and prints its facts and events", async () => {
    const run = spawnSync(process.execPath, [BIN, "start", "--data-dir", dataDir], {
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain("articles/kazakhstan-us-cooperation.txt  [INGESTED]");
    expect(run.stdout).toMatch(/PERSON\s+Antony Blinken/);
    expect(run.stdout).toContain('"$50 billion"');
    expect(run.stdout).toContain("events: Article Ingested");
    const log = (await readFile(join(dataDir, "events.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(log).toEqual([expect.objectContaining({ source: "factwire", "detail-type": "Article Ingested" })]);
  });

  it("finds the same content unchanged on a second run and emits nothing", () => {
    const run = spawnSync(process.execPath, [BIN, "start", "--data-dir", dataDir], {
      encoding: "utf8",
      timeout: 60_000,
    });

    expect(run.status).toBe(0);
    expect(run.stdout).toContain("[INGESTED]");
    expect(run.stdout).toContain("events: none");
  });
});

describe("factwire start --watch", () => {
  it("processes what another S3 client uploads, then stops cleanly on SIGINT", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "factwire-watch-"));
    const [s3Port, dynamoDbPort] = await freePorts(2);
    const child = spawn(
      process.execPath,
      [
        BIN,
        "start",
        "--watch",
        "--data-dir",
        dataDir,
        "--s3-port",
        String(s3Port),
        "--dynamodb-port",
        String(dynamoDbPort),
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    try {
      await until(() => stdout.includes("Watching."));
      expect(stdout).toContain(`http://127.0.0.1:${s3Port}`);
      const s3 = new S3Client({
        region: "us-east-1",
        endpoint: `http://127.0.0.1:${s3Port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });

      await s3.send(
        new PutObjectCommand({
          Bucket: "factwire-articles",
          Key: "articles/outside client.txt",
          Body: "Rates\n\nThe Bank of Japan kept its rate at 0.5 percent, Governor Kazuo Ueda said.",
        }),
      );
      s3.destroy();

      await until(() => stdout.includes("articles/outside client.txt  [INGESTED]"));
      expect(stdout).toContain('"0.5 percent"');
    } finally {
      child.kill("SIGINT");
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the local stack");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve) =>
          server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}
