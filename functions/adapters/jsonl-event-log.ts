import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { EVENT_SOURCE, type FactwireEvent } from "../events/index.ts";
import type { EventPublisher } from "../pipeline/ports.ts";

/** EventPublisher for local mode: one JSON line per event, shaped like an EventBridge event. */
export class JsonlEventLog implements EventPublisher {
  constructor(
    private readonly path: string,
    private readonly onEvent?: (event: FactwireEvent) => void,
  ) {}

  async publish(events: readonly FactwireEvent[]): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const lines = events.map((event) =>
      JSON.stringify({
        source: EVENT_SOURCE,
        "detail-type": event.detailType,
        time: new Date().toISOString(),
        detail: event.detail,
      }),
    );
    await appendFile(this.path, `${lines.join("\n")}\n`);
    for (const event of events) this.onEvent?.(event);
  }
}
