import { spawnSync } from "node:child_process";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve(import.meta.dirname, "../../bin/factwire.js");
const SAMPLE = resolve(import.meta.dirname, "../fixtures/articles/kazakhstan-us-cooperation.txt");

function factwire(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("factwire extract --jsonl", () => {
  it("answers each line in order, echoes ids, skips blank lines and reports bad lines in place", () => {
    const input = [
      JSON.stringify({ id: "a-1", text: "Antony Blinken visited Kazakhstan." }),
      "",
      "{broken",
      JSON.stringify({ id: 7, body: "no text field" }),
      JSON.stringify({ id: "b", text: "Prices rose 4.5 percent." }),
    ].join("\n");

    const { status, stdout } = factwire(["extract", "--jsonl"], input);

    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(Object.keys(lines[0])).toEqual(["id", "entities", "figures"]);
    expect(lines[0].id).toBe("a-1");
    expect(lines[0].entities.map((e: { name: string }) => e.name)).toEqual(
      expect.arrayContaining(["Antony Blinken", "Kazakhstan"]),
    );
    expect(lines[1]).toEqual({ id: null, error: expect.stringContaining("invalid JSON") });
    expect(lines[2]).toEqual({ id: 7, error: expect.stringContaining('"text"') });
    expect(lines[3].id).toBe("b");
    expect(lines[3].figures).toEqual([
      expect.objectContaining({ kind: "PERCENT", value: 4.5, text: "4.5 percent" }),
    ]);
  });

  it("takes a line's publishedAt and dollarCurrency as hints without changing the output's shape", () => {
    const line = {
      id: "h",
      text: "Sales rose to $3 billion last year.",
      publishedAt: "2024-03-01",
      dollarCurrency: "CAD",
    };

    const { stdout } = factwire(["extract", "--jsonl"], JSON.stringify(line));

    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["id", "entities", "figures"]);
    expect(result.figures[0]).toMatchObject({
      text: "$3 billion",
      currency: "CAD",
      period: { from: "2023" },
    });
  });

  it("dates a line without publishedAt by the dated dateline in its text", () => {
    const text = "TAIPEI, Jan. 15, 2026 (Reuters) - Fourth-quarter revenue rose 20% to NT$868 billion.";
    const { stdout } = factwire(["extract", "--jsonl"], JSON.stringify({ id: "d", text }));

    const result = JSON.parse(stdout);
    expect(result.figures[0]).toMatchObject({ text: "20%", period: { from: "2025-10", to: "2025-12" } });
  });

  it("gives offsets into the given text", () => {
    const text = "Germany’s exports fell 2 percent, Berlin said.";
    const { stdout } = factwire(["extract", "--jsonl"], JSON.stringify({ id: "x", text }));

    const result = JSON.parse(stdout);
    for (const entity of result.entities) {
      for (const mention of entity.mentions)
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
    for (const figure of result.figures) expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  });
});

describe("factwire extract FILE", () => {
  it("prints the ExtractionResult of a file as JSON", () => {
    const { status, stdout } = factwire(["extract", SAMPLE]);

    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(["entities", "figures"]);
    expect(result.figures.map((figure: { text: string }) => figure.text)).toContain("$50 billion");
  });

  it("reads a wire dateline without a year in the year of the file's modification time", async () => {
    const dir = await mkdtemp(join(tmpdir(), "factwire-extract-"));
    const file = join(dir, "wire.txt");
    await writeFile(file, "LAGOS, March 3 (Reuters) - Nigeria's inflation rose to 24% last month.\n");
    const modified = new Date("2025-06-01T12:00:00Z");
    await utimes(file, modified, modified);

    const { stdout } = factwire(["extract", file]);

    const figure = JSON.parse(stdout).figures[0];
    expect(figure).toMatchObject({ text: "24%", period: { from: "2025-02", to: "2025-02" } });
    await rm(dir, { recursive: true });
  });

  it("exits 1 with a reason on stderr for a file it cannot read as an article", () => {
    const { status, stderr } = factwire(["extract", resolve(import.meta.dirname, "../../package.json")]);

    expect(status).toBe(1);
    expect(stderr).toContain("INVALID_JSON");
  });
});
