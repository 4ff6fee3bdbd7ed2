import { describe, expect, it } from "vitest";
import { decodeS3Key, encodeS3Key, parseS3Notification } from "../../functions/adapters/s3-notification.ts";
import { fixtureText } from "../helpers/fixtures.ts";

describe("parseS3Notification", () => {
  it("decodes the key of a created object as S3 encodes it", () => {
    const [change] = parseS3Notification(fixtureText("events/s3/object-created-put.json"));

    expect(change).toEqual({
      action: "created",
      ref: {
        bucket: "factwire-articles-123456789012",
        key: "articles/2026/Kazakhstan & U.S. talks? + trade.txt",
        versionId: "096fKKXTRTtl3on89fVO.nfljtsv6qko",
        sequencer: "0055AED6DCD90281E5",
        eventTime: "2026-11-02T09:14:07.421Z",
      },
    });
  });

  it("reads a delete marker as a removal", () => {
    const [change] = parseS3Notification(fixtureText("events/s3/object-removed-delete.json"));

    expect(change?.action).toBe("removed");
    expect(change?.ref.key).toBe("articles/2026/Kazakhstan & U.S. talks? + trade.txt");
  });

  it("skips the test event S3 sends when notifications are configured", () => {
    expect(parseS3Notification(fixtureText("events/s3/test-event.json"))).toEqual([]);
  });

  it("reads every record of a notification, not only the first", () => {
    const one = JSON.parse(fixtureText("events/s3/object-created-put.json"));
    const two = JSON.parse(fixtureText("events/s3/object-removed-delete.json"));
    const body = JSON.stringify({ Records: [...one.Records, ...two.Records] });

    expect(parseS3Notification(body).map((change) => change.action)).toEqual(["created", "removed"]);
  });

  it("rejects a body that is not an S3 notification", () => {
    expect(() => parseS3Notification('{"hello": "world"}')).toThrow();
    expect(() => parseS3Notification("not json")).toThrow();
  });
});

describe("S3 key encoding", () => {
  it.each([
    ["articles/a b.txt", "articles/a+b.txt"],
    ["articles/a+b.txt", "articles/a%2Bb.txt"],
    ["articles/café ü.md", "articles/caf%C3%A9+%C3%BC.md"],
    ["articles/100%.txt", "articles/100%25.txt"],
  ])("round-trips %s", (key, encoded) => {
    expect(encodeS3Key(key)).toBe(encoded);
    expect(decodeS3Key(encoded)).toBe(key);
  });
});
