export interface Measurement {
  name: string;
  docs: number;
  bytes: number;
  seconds: number;
  /** Heap growth across the run, in MB (rough: GC may run in between). */
  heapMb: number;
}

/** Runs `work` over every document once to warm up, then times a second pass. */
export function measure(
  name: string,
  documents: readonly string[],
  work: (text: string) => unknown,
): Measurement {
  for (const doc of documents.slice(0, 50)) work(doc);
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  for (const doc of documents) work(doc);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const bytes = documents.reduce((sum, doc) => sum + Buffer.byteLength(doc), 0);
  return { name, docs: documents.length, bytes, seconds, heapMb };
}

export function formatTable(rows: Measurement[], baseline: Measurement): string {
  const header = "  engine                                   items/s      MB/s   heap+MB   vs factwire";
  const lines = rows.map((row) => {
    const docsPerSecond = row.docs / row.seconds;
    const mbPerSecond = row.bytes / 1e6 / row.seconds;
    const ratio = baseline.seconds / row.seconds;
    const heap = row.heapMb.toFixed(1).padStart(9);
    return `  ${row.name.padEnd(40)} ${docsPerSecond.toFixed(0).padStart(8)} ${mbPerSecond.toFixed(2).padStart(9)} ${heap}   ${ratio.toFixed(2)}x`;
  });
  return [header, ...lines].join("\n");
}
