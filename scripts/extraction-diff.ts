/**
 * Compares what two versions of the extractor give on a corpus, field by field: the check every rule
 * change gets before it lands (bench/data/tester-articles/README.md).
 *   npx tsx scripts/extraction-diff.ts dump OUT.json [DIR...]   (default: bench/data/tester-articles)
 *   npx tsx scripts/extraction-diff.ts compare BEFORE.json AFTER.json [--field F] [--most N]
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { datelineOf } from "../functions/documents/dateline.ts";
import { extract } from "../functions/extraction/index.ts";
import type { ExtractionResult, Figure } from "../functions/extraction/types.ts";

const DEFAULT_CORPUS = resolve(import.meta.dirname, "../bench/data/tester-articles");

/** The fields of a figure compared, each read as one comparable string. */
const FIELDS: Readonly<Record<string, (f: Figure) => string>> = {
  value: (f) => `${f.value}${f.high === undefined ? "" : `-${f.high}`}`,
  kind: (f) => f.kind,
  currency: (f) => f.currency ?? "",
  unit: (f) => f.unit ?? "",
  qualifier: (f) => f.qualifier,
  change: (f) => (f.change ? `${f.change.direction}/${f.change.measure}/${f.change.base ?? ""}` : ""),
  period: (f) => (f.period ? `${f.period.text} ${f.period.from ?? ""}..${f.period.to ?? ""}` : ""),
  subject: (f) => f.subject?.text ?? "",
  speaker: (f) => f.speaker?.name ?? "",
};

export interface Difference {
  doc: string;
  field: string;
  /** The figure's text, or the entity's "TYPE name". */
  what: string;
  before: string;
  after: string;
  sentence: string;
}

/**
 * The differences between two extractions of the same documents: figures matched by their offsets (one
 * present on one side only counts as "added" or "removed"), then field by field; entities by type and name,
 * then the role and the number of mentions of each entity on both sides.
 */
export function compareExtractions(
  before: Readonly<Record<string, ExtractionResult>>,
  after: Readonly<Record<string, ExtractionResult>>,
): Difference[] {
  const out: Difference[] = [];
  for (const [doc, a] of Object.entries(before)) {
    const b = after[doc];
    if (!b) continue;
    const key = (f: Figure) => `${f.start}:${f.end}`;
    const byKey = new Map(b.figures.map((f) => [key(f), f]));
    const seen = new Set<string>();
    for (const f of a.figures) {
      const g = byKey.get(key(f));
      seen.add(key(f));
      if (!g) {
        out.push({
          doc,
          field: "removed",
          what: f.text,
          before: f.text,
          after: "",
          sentence: f.sentence.text,
        });
        continue;
      }
      for (const [field, read] of Object.entries(FIELDS))
        if (read(f) !== read(g))
          out.push({ doc, field, what: f.text, before: read(f), after: read(g), sentence: f.sentence.text });
    }
    for (const g of b.figures)
      if (!seen.has(key(g)))
        out.push({ doc, field: "added", what: g.text, before: "", after: g.text, sentence: g.sentence.text });
    const names = (r: ExtractionResult) => new Set(r.entities.map((e) => `${e.type} ${e.name}`));
    const [na, nb] = [names(a), names(b)];
    for (const e of na)
      if (!nb.has(e)) out.push({ doc, field: "entity", what: e, before: e, after: "", sentence: "" });
    for (const e of nb)
      if (!na.has(e)) out.push({ doc, field: "entity", what: e, before: "", after: e, sentence: "" });
    // Of an entity on both sides: its role and how many mentions it has.
    const byName = new Map(b.entities.map((e) => [`${e.type} ${e.name}`, e]));
    for (const e of a.entities) {
      const name = `${e.type} ${e.name}`;
      const g = byName.get(name);
      if (!g) continue;
      if ((e.role ?? "") !== (g.role ?? ""))
        out.push({ doc, field: "role", what: name, before: e.role ?? "", after: g.role ?? "", sentence: "" });
      if (e.mentions.length !== g.mentions.length) {
        const [before, after] = [String(e.mentions.length), String(g.mentions.length)];
        out.push({ doc, field: "mentions", what: name, before, after, sentence: "" });
      }
    }
  }
  return out;
}

function articlesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return articlesIn(path);
    return /\.(txt|md)$/.test(name) && name !== "README.md" ? [path] : [];
  });
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { field: { type: "string" }, most: { type: "string" } },
  });
  const [command, ...rest] = positionals;
  if (command === "dump" && rest[0]) {
    const dirs = rest.length > 1 ? rest.slice(1) : [DEFAULT_CORPUS];
    const results: Record<string, ExtractionResult> = {};
    // Keyed by the path from the working directory, so that two checkouts' dumps match.
    // Dated by a dated dateline in the text, as `factwire extract` dates a line without a date.
    for (const path of dirs.flatMap(articlesIn).sort()) {
      const text = readFileSync(path, "utf8");
      const publishedAt = datelineOf(text);
      results[relative(process.cwd(), path)] = extract(text, publishedAt ? { publishedAt } : {});
    }
    writeFileSync(rest[0], JSON.stringify(results));
    process.stdout.write(`${Object.keys(results).length} documents -> ${rest[0]}\n`);
    return;
  }
  if (command === "compare" && rest[0] && rest[1]) {
    const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Record<string, ExtractionResult>;
    const differences = compareExtractions(read(rest[0]), read(rest[1]));
    const counts = new Map<string, number>();
    for (const d of differences) counts.set(d.field, (counts.get(d.field) ?? 0) + 1);
    const shown = differences.filter((d) => !values.field || d.field === values.field);
    for (const d of shown.slice(0, Number(values.most ?? 60)))
      process.stdout.write(
        `[${d.field}] ${d.doc.split("/").pop()} ${d.what}: ${d.before} -> ${d.after}\n    ${d.sentence}\n`,
      );
    process.stdout.write(`${JSON.stringify(Object.fromEntries(counts))}\n`);
    return;
  }
  throw new Error(
    "usage: extraction-diff.ts dump OUT.json [DIR...] | compare BEFORE.json AFTER.json [--field F] [--most N]",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
