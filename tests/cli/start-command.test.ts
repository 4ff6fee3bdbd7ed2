import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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
