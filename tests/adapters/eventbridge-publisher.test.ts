import { EventBridgeClient, PutEventsCommand } from "@aws-sdk/client-eventbridge";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it } from "vitest";
import {
  EventBridgePublisher,
  MAX_PUT_EVENTS_ATTEMPTS,
} from "../../functions/adapters/eventbridge-publisher.ts";
import type { FactwireEvent } from "../../functions/events/index.ts";
import { PartialWriteError } from "../../functions/pipeline/errors.ts";

const eventBridge = mockClient(EventBridgeClient);

function removed(n: number): FactwireEvent {
  return {
    detailType: "Article Removed",
    detail: { schemaVersion: "1.0", articleId: `id-${n}`, bucket: "b", key: `articles/${n}.txt` },
  };
}

const noDelay = () => 0;

describe("EventBridgePublisher", () => {
  beforeEach(() => eventBridge.reset());

  it("sends source, detail-type and detail to the named bus, 10 entries a call", async () => {
    eventBridge.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [] });
    const publisher = new EventBridgePublisher(new EventBridgeClient({}), "factwire", noDelay);

    await publisher.publish(Array.from({ length: 12 }, (_, i) => removed(i)));

    const calls = eventBridge.commandCalls(PutEventsCommand);
    expect(calls.map((call) => call.args[0].input.Entries?.length)).toEqual([10, 2]);
    expect(calls[0]?.args[0].input.Entries?.[0]).toMatchObject({
      EventBusName: "factwire",
      Source: "factwire",
      DetailType: "Article Removed",
      Detail: JSON.stringify(removed(0).detail),
    });
  });

  it("retries only the entries that failed", async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolvesOnce({
        FailedEntryCount: 1,
        Entries: [
          { EventId: "1" },
          { ErrorCode: "ThrottlingException", ErrorMessage: "slow down" },
          { EventId: "3" },
        ],
      })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: "2" }] });
    const publisher = new EventBridgePublisher(new EventBridgeClient({}), "factwire", noDelay);

    await publisher.publish([removed(1), removed(2), removed(3)]);

    const calls = eventBridge.commandCalls(PutEventsCommand);
    expect(calls).toHaveLength(2);
    expect(
      calls[1]?.args[0].input.Entries?.map((entry) => JSON.parse(entry.Detail ?? "{}").articleId),
    ).toEqual(["id-2"]);
  });

  it("gives up with a PartialWriteError when an entry keeps failing", async () => {
    eventBridge
      .on(PutEventsCommand)
      .resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: "InternalFailure", ErrorMessage: "boom" }] });
    const publisher = new EventBridgePublisher(new EventBridgeClient({}), "factwire", noDelay);

    await expect(publisher.publish([removed(1)])).rejects.toBeInstanceOf(PartialWriteError);
    expect(eventBridge.commandCalls(PutEventsCommand)).toHaveLength(MAX_PUT_EVENTS_ATTEMPTS);
  });
});
