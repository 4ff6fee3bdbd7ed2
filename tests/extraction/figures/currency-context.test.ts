import { describe, expect, it } from "vitest";
import { extract } from "../../../functions/extraction/index.ts";

const currencies = (text: string) => extract(text).figures.map((figure) => figure.currency);

describe("shared currency names", () => {
  it("reads pesos and rupees as the currency of the country the article is about", () => {
    expect(
      currencies("SANTIAGO (Reuters) - Chile will spend 900 billion pesos, Chile's finance minister said."),
    ).toEqual(["CLP"]);
    expect(
      currencies("COLOMBO - Sri Lanka's cabinet approved Rs 20 billion for Sri Lanka's railways."),
    ).toEqual(["LKR"]);
  });

  it("keeps the default where the article is about its country or the name says which", () => {
    expect(currencies("Mexico's budget adds 5 billion pesos.")).toEqual(["MXN"]);
    expect(currencies("Colombia's central bank bought 5 billion Mexican pesos.")).toEqual(["MXN"]);
    expect(currencies("India raised Rs 500 crore.")).toEqual(["INR"]);
  });
});
