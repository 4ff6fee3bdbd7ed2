import { describe, expect, it } from "vitest";
import { extract } from "../../../functions/extraction/index.ts";

const PUB = "2026-11-20T09:00:00Z";
const periods = (text: string) =>
  extract(text, { publishedAt: PUB }).figures.map((figure) => [figure.period?.from, figure.period?.to]);

describe("fiscal years of the country an article is about", () => {
  it("reads an Indian FY label as April to March, named by the year it ends in", () => {
    expect(
      periods("NEW DELHI - India's GST receipts rose 11% in FY26, India's finance ministry said."),
    ).toEqual([["2025-04", "2026-03"]]);
  });

  it("reads England, Wales and Scotland as Britain's, whose government years run April to March", () => {
    expect(
      periods(
        "Prison spending in England and Wales will reach £7.6bn in 2026-27, up from £6.9bn in 2024-25.",
      ),
    ).toEqual([
      ["2026-04", "2027-03"],
      ["2024-04", "2025-03"],
    ]);
    // Jamaica's government year too.
    expect(periods("KINGSTON, Jamaica - Jamaica will spend $182.6 billion on security in 2026/27.")).toEqual([
      ["2026-04", "2027-03"],
    ]);
  });

  it("reads bare quarters and halves in the fiscal year of an article that counts in fiscal labels", () => {
    expect(
      periods(
        "MUMBAI - Wipro Ltd narrowed its revenue forecast for FY27. Its second-quarter profit rose 9.4%, and it added 1,120 employees in the first half.",
      ),
    ).toEqual([
      ["2026-07", "2026-09"],
      ["2026-04", "2026-09"],
    ]);
    // "of the year" keeps the calendar.
    expect(
      periods(
        "TOKYO - Japan's government plans a record budget for fiscal 2027. Births in Japan fell 3.1% in the first half of the year.",
      ),
    ).toEqual([["2026-01", "2026-06"]]);
  });

  it("reads no reporting year from a count up to a day", () => {
    // "for the year to November 15" counts deaths to a day: Australia's 2025-26 stays July to June.
    expect(
      periods(
        "SYDNEY - The road toll stood at 301 deaths for the year to November 15. Fare revenue for the 2025-26 financial year totalled $1.21 billion.",
      )[1],
    ).toEqual(["2025-07", "2026-06"]);
  });

  it("follows the dateline's country where the places named most keep the calendar", () => {
    expect(
      periods(
        "TOKYO, Nov. 6 (Kyodo) -- Net profit in the first half of fiscal 2026 rose 36.2 percent on U.S. sales.",
      ),
    ).toEqual([["2026-04", "2026-09"]]);
    expect(
      periods(
        "Mumbai, November 10, 2026\n\nIndia's Sunvera said US sales rose 9% in FY26 as US demand and US prices held.",
      ),
    ).toEqual([["2025-04", "2026-03"]]);
  });

  it("reads quarter and half labels of an Indian story as the fiscal year's", () => {
    expect(
      periods(
        "MUMBAI - India's Sunvera said profit rose 9% in Q2FY27 from 8% in Q2 FY26, and 7% in H1 FY27, in India.",
      ),
    ).toEqual([
      ["2026-07", "2026-09"],
      ["2025-07", "2025-09"],
      ["2026-04", "2026-09"],
    ]);
    expect(periods("MUMBAI - India's Sunvera said Q2 profit rose 9% in India.")).toEqual([
      ["2026-07", "2026-09"],
    ]);
    // ... not in a country that keeps the calendar.
    expect(periods("LONDON - Britain's BP said Q2 profit rose 9% in Britain.")).toEqual([
      ["2026-04", "2026-06"],
    ]);
  });

  it("reads a Japanese fiscal year as named by the year it starts in", () => {
    expect(
      periods("TOKYO - Japan's tax take hit 78 trillion yen in fiscal 2025, Japan's finance ministry said."),
    ).toEqual([["2025-04", "2026-03"]]);
  });

  it("reads a span of two years as the fiscal year where the country keeps one", () => {
    expect(
      periods(
        "CANBERRA - Australia expects a deficit of A$31 billion in 2026-27, Australia's Treasury said.",
      ),
    ).toEqual([["2026-07", "2027-06"]]);
    expect(
      periods(
        "ISLAMABAD - Pakistan targets revenue of Rs14 trillion in FY2026-27, Pakistan's ministry said.",
      ),
    ).toEqual([["2026-07", "2027-06"]]);
    expect(
      periods("LONDON - Britain will borrow 140 billion pounds in the 2026/27 financial year, Britain said."),
    ).toEqual([["2026-04", "2027-03"]]);
  });

  it("reads a part of a named fiscal year, and a year followed by 'financial year', as the country's", () => {
    expect(
      periods(
        "NEW DELHI - India's GST receipts rose 9% in the first half of fiscal 2027, India's ministry said.",
      ),
    ).toEqual([["2026-04", "2026-09"]]);
    expect(
      periods(
        "CANBERRA - Australia's exports rose 4% in the 2026 financial year, Australia's Treasury said.",
      ),
    ).toEqual([["2025-07", "2026-06"]]);
    expect(
      periods("NEW YORK - U.S. retail sales rose 4% in the first quarter of fiscal 2027, the company said."),
    ).toEqual([["2027-01", "2027-03"]]);
  });

  it("reads this, next and part of the fiscal year from the publication date", () => {
    expect(
      periods("OTTAWA - Canada will spend C$6 billion next fiscal year, Canada's minister said."),
    ).toEqual([["2027-04", "2028-03"]]);
    expect(
      periods(
        "NEW DELHI - India's exports grew 7% in the first half of the fiscal year, India's ministry said.",
      ),
    ).toEqual([["2026-04", "2026-09"]]);
  });

  it("keeps calendar years where no country stands out, for seasons, and for companies' own labels", () => {
    expect(periods("Revenue rose 5% in fiscal 2025.")).toEqual([["2025", "2025"]]);
    expect(
      periods("LONDON - Arsenal's revenue rose 5% in the 2025-26 season, the London club said."),
    ).toEqual([["2025", "2026"]]);
    expect(periods("LONDON - Barclays said profit rose 9% in fiscal 2025, in London.")).toEqual([
      ["2025", "2025"],
    ]);
  });

  it("reads the first half of a company's fiscal year as the country's", () => {
    expect(
      periods(
        "TOKYO - Japan's Toyota said operating profit fell 18% in the first half of its fiscal year, Japan's carmaker said.",
      ),
    ).toEqual([["2026-04", "2026-09"]]);
  });

  it("takes the dateline's country when the story names no country", () => {
    expect(
      periods("TOKYO, May 13 /Business Wire/ -- Kisaragi Co. earned 19 billion yen in fiscal 2024."),
    ).toEqual([["2024-04", "2025-03"]]);
  });

  it("reads a part of its fiscal year named by the year as a part of the country's", () => {
    expect(
      periods(
        "SYDNEY - The grocer said online sales rose 19.2 per cent to $2.08 billion in the first quarter of its 2027 financial year.",
      ),
    ).toEqual([
      ["2026-07", "2026-09"],
      ["2026-07", "2026-09"],
    ]);
  });

  it("reads spelt-out quarters as fiscal ones where the article labels a quarter so", () => {
    // "Q2" in an Indian story is July to September; so is "the second quarter" beside it.
    const text =
      "L&T Q2 inflows jump 45%\n\nMumbai, Nov 3 (PTI): L&T said net profit for the second quarter increased 16 per cent to Rs 3,926 crore.";
    expect(periods(text)).toEqual([
      ["2026-07", "2026-09"],
      ["2026-07", "2026-09"],
      ["2026-07", "2026-09"],
    ]);
  });

  it("reads months of a part named 'of' a fiscal year in that year", () => {
    expect(
      periods(
        "Mumbai, Nov 3 (PTI): For the July-September quarter of FY27, L&T's order inflows rose 45 per cent.",
      ),
    ).toEqual([["2026-07", "2026-09"]]);
    expect(periods("NEW DELHI - India's GDP was Rs 46.6 lakh crore in Q2 of FY26.")).toEqual([
      ["2025-07", "2025-09"],
    ]);
  });

  it("follows the country the article counts its money in, where it names that country", () => {
    // India named as often as Bangladesh; the taka says whose "2025-26" it is (July to June).
    const text =
      "The Bangladesh Cricket Board earned Tk 612 crore in the 2025-26 fiscal year. India will tour Bangladesh in 2028, and the board expects India's visit to lift income.";
    expect(periods(text)[0]).toEqual(["2025-07", "2026-06"]);
  });
});
