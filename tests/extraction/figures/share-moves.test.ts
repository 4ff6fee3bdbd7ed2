import { describe, expect, it } from "vitest";
import { extract } from "../../../functions/extraction/index.ts";

/**
 * A story's period is not carried to a company's own change in per cent: "Brevik Holdings fell 3.5%" is
 * its shares' move (read with the article's entities; the table cases run without them).
 */
describe("share moves in a results story", () => {
  const text =
    "Brevik Holdings reported results for the third quarter. Revenue rose 4% to $2.1 billion. Brevik Holdings fell 3.5%.";
  const { figures } = extract(text, { publishedAt: "2026-11-12" });
  const byText = (t: string) => figures.find((f) => f.text === t);

  it("carries the period to a result that names none", () => {
    expect(byText("$2.1 billion")?.period).toMatchObject({ text: "third quarter", from: "2026-07" });
  });

  it("leaves the company's own move undated", () => {
    expect(byText("3.5%")?.subject?.text).toBe("Brevik Holdings");
    expect(byText("3.5%")?.period).toBeUndefined();
  });

  it("leaves undated the price the move reached", () => {
    const { figures: moved } = extract(
      "Brevik Holdings reported results for the third quarter. Revenue rose 4%. Brevik Holdings fell 3.5% to $41.20.",
      { publishedAt: "2026-11-12" },
    );
    expect(moved.find((f) => f.text === "$41.20")?.subject?.text).toBe("Brevik Holdings");
    expect(moved.find((f) => f.text === "$41.20")?.period).toBeUndefined();
  });

  it("leaves undated a company's move written with its legal form's point", () => {
    const { figures: moved } = extract(
      "Brevik Holdings reported results for the third quarter. Revenue rose 4%. Brevik Holdings Inc. fell 3.5%.",
      { publishedAt: "2026-11-12" },
    );
    expect(moved.find((f) => f.text === "3.5%")?.subject?.text).toBe("Brevik Holdings Inc.");
    expect(moved.find((f) => f.text === "3.5%")?.period).toBeUndefined();
  });

  it("still carries it to a measure the company reports", () => {
    const { figures: own } = extract(
      "Brevik Holdings reported results for the third quarter. Brevik Holdings' revenue fell 3.5%.",
      { publishedAt: "2026-11-12" },
    );
    expect(own.find((f) => f.text === "3.5%")?.period).toMatchObject({
      text: "third quarter",
      carried: true,
    });
  });

  it("leaves undated a rival's move past a relative clause's time", () => {
    // (The time of a relative clause closed before a measure's change no longer stops the story's period;
    // a company's own move still takes none.)
    const { figures: moved } = extract(
      "Brevik Holdings reported results for the third quarter. Revenue rose 4%. Rival Tamu Holdings, which last month received a takeover bid, fell 1.5% to $6.50.",
      { publishedAt: "2026-11-12" },
    );
    expect(moved.find((f) => f.text === "1.5%")?.subject?.text).toBe("Rival Tamu Holdings");
    expect(moved.find((f) => f.text === "1.5%")?.period).toBeUndefined();
    expect(moved.find((f) => f.text === "$6.50")?.period).toBeUndefined();
  });

  it("takes a company's reported quarter as the story's, also inside the span before (session 50)", () => {
    const { figures: own } = extract(
      "NEW YORK, Dec. 1, 2026 (AP) - Larchmont Brands, which operates about 3,150 studios, said Tuesday that system-wide sales reached $1.62 billion in the 12 months through September. Larchmont reported third-quarter revenue of $84.3 million. It posted a net loss of $6.8 million.",
      { publishedAt: "2026-12-01" },
    );
    expect(own.find((f) => f.text === "$1.62 billion")?.period).toMatchObject({
      from: "2025-10",
      to: "2026-09",
    });
    expect(own.find((f) => f.text === "$6.8 million")?.period).toMatchObject({
      from: "2026-07",
      to: "2026-09",
      carried: true,
    });
  });
});
