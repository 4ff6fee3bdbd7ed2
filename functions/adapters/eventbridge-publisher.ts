import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from "@aws-sdk/client-eventbridge";
import { EVENT_SOURCE, type FactwireEvent } from "../events/index.ts";
import type { EventPublisher } from "../pipeline/ports.ts";
import { backoffDelay, sendUntilAccepted } from "./retry.ts";

/** PutEvents takes at most 10 entries a call. */
const ENTRIES_PER_CALL = 10;
export const MAX_PUT_EVENTS_ATTEMPTS = 6;

/** EventPublisher over an EventBridge bus; retries only the entries that failed. */
export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly eventBridge: EventBridgeClient,
    private readonly busName: string,
    /** Delay before retry `attempt`, in ms; tests shorten it. */
    private readonly retryDelay: (attempt: number) => number = backoffDelay,
  ) {}

  async publish(events: readonly FactwireEvent[]): Promise<void> {
    const entries = events.map(
      (event): PutEventsRequestEntry => ({
        EventBusName: this.busName,
        Source: EVENT_SOURCE,
        DetailType: event.detailType,
        Detail: JSON.stringify(event.detail),
        Resources: [],
      }),
    );
    for (let i = 0; i < entries.length; i += ENTRIES_PER_CALL) {
      await this.putWithRetries(entries.slice(i, i + ENTRIES_PER_CALL));
    }
  }

  private async putWithRetries(batch: PutEventsRequestEntry[]): Promise<void> {
    await sendUntilAccepted(
      batch,
      async (pending) => {
        const response = await this.eventBridge.send(new PutEventsCommand({ Entries: [...pending] }));
        if (!response.FailedEntryCount) return [];
        // Result entries line up with the request entries; failed ones carry an ErrorCode.
        return pending.filter((_, index) => response.Entries?.[index]?.ErrorCode);
      },
      { maxAttempts: MAX_PUT_EVENTS_ATTEMPTS, delay: this.retryDelay, what: "events" },
    );
  }
}
