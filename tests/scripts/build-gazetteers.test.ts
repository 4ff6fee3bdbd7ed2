import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  buildList,
  cityNames,
  commonWords,
  compromiseCommonWords,
  flattenStrings,
  isOrdinaryWord,
  MIN_CITY_POPULATION,
  normaliseEntry,
  personNames,
  toFileText,
} from "../../scripts/build-gazetteers.ts";

const DIR = join(import.meta.dirname, "../../data/gazetteers");
const FILES = ["cities.txt", "given-names.txt", "surnames.txt"] as const;

function readList(file: string): string[] {
  const text = readFileSync(join(DIR, file), "utf8");
  expect(text.endsWith("\n")).toBe(true);
  return text.slice(0, -1).split("\n");
}

const lists = Object.fromEntries(FILES.map((f) => [f, readList(f)])) as Record<
  (typeof FILES)[number],
  string[]
>;

describe("committed gazetteer files", () => {
  it.each(FILES)("%s is non-empty, lower-case, normalised, strictly sorted (so unique)", (file) => {
    const entries = lists[file];
    expect(entries.length).toBeGreaterThan(10_000);
    // normaliseEntry is idempotent on what it wrote: no stray spaces, marks or non-Latin letters.
    const bad = entries.filter(
      (entry, i) =>
        entry === "" ||
        entry !== entry.toLowerCase() ||
        normaliseEntry(entry) !== entry ||
        (i > 0 && !((entries[i - 1] ?? "") < entry)),
    );
    expect(bad).toEqual([]);
  });

  it("stay under 1.5 MB together", () => {
    const bytes = FILES.reduce((sum, f) => sum + readFileSync(join(DIR, f)).length, 0);
    expect(bytes).toBeLessThan(1_500_000);
  });

  it("hold known names", () => {
    const cities = new Set(lists["cities.txt"]);
    for (const c of ["almaty", "nairobi", "são paulo", "la paz", "new york city", "kraków", "nur-sultan"]) {
      expect(cities.has(c), c).toBe(true);
    }
    const given = new Set(lists["given-names.txt"]);
    for (const g of ["maria", "nurlan", "alfredo", "dean", "grace", "josé"])
      expect(given.has(g), g).toBe(true);
    const surnames = new Set(lists["surnames.txt"]);
    for (const s of ["smith", "müller", "nguyễn", "kowalski", "van der berg"]) {
      expect(surnames.has(s), s).toBe(true);
    }
  });

  it("leave out the ordinary words the filter drops", () => {
    // Each of these is in the source data (Nice, Reading, Mobile, Split and Tours have over 15,000 people).
    const dropped: Record<(typeof FILES)[number], string[]> = {
      "cities.txt": ["nice", "reading", "mobile", "split", "tours"],
      "given-names.txt": ["will", "may", "hope", "can"],
      "surnames.txt": ["young", "white", "best", "will"],
    };
    for (const file of FILES) {
      const set = new Set(lists[file]);
      for (const word of dropped[file]) expect(set.has(word), `${file}: ${word}`).toBe(false);
    }
  });

  it("agree with the filter as compromise's lexicon has it now", () => {
    const common = compromiseCommonWords();
    for (const file of FILES) {
      expect(lists[file].filter((e) => isOrdinaryWord(e, common))).toEqual([]);
    }
  });

  it("are credited in ATTRIBUTION.md", () => {
    const text = readFileSync(join(DIR, "ATTRIBUTION.md"), "utf8");
    expect(text).toContain("CC BY 4.0");
    expect(text).toContain("GeoNames");
    expect(text).toContain("MIT");
    expect(text).toContain("npx tsx scripts/build-gazetteers.ts --from");
  });
});

describe("normaliseEntry", () => {
  it("lower-cases Latin-script names and keeps their diacritics", () => {
    expect(normaliseEntry("Kraków")).toBe("kraków");
    expect(normaliseEntry("  Ho  Chi Minh City ")).toBe("ho chi minh city");
    expect(normaliseEntry("Nur-Sultan")).toBe("nur-sultan");
  });

  it("reads apostrophe-like marks as ' and İ as i", () => {
    expect(normaliseEntry("Saint John’s")).toBe("saint john's");
    expect(normaliseEntry("Mo‘min")).toBe("mo'min");
    expect(normaliseEntry("İzmir")).toBe("izmir");
  });

  it("composes decomposed letters (NFC)", () => {
    expect(normaliseEntry("Jose\u0301")).toBe("josé");
  });

  it("drops non-Latin scripts, symbols, separators and single letters", () => {
    for (const raw of [
      "Алматы",
      "Мария",
      "张伟",
      "Mia+3",
      "Zürich (Kreis 11)",
      "Biel/Bienne",
      "a|b",
      "x",
      "",
      "'",
    ]) {
      expect(normaliseEntry(raw), raw).toBeUndefined();
    }
  });
});

describe("ordinary-word filter", () => {
  const lexicon = {
    nice: "Adjective",
    will: "Modal",
    reading: "Gerund",
    hope: ["Singular"],
    grace: "FirstName",
    paris: "City",
    dean: "Noun",
    "new york": "City",
    "pick up": "PhrasalVerb",
  };

  it("takes one-word entries with a non-proper tag", () => {
    expect([...commonWords(lexicon)].sort()).toEqual(["hope", "nice", "reading", "will"]);
  });

  it("drops only one-word entries", () => {
    const common = new Set(["nice", "will"]);
    expect(isOrdinaryWord("nice", common)).toBe(true);
    expect(isOrdinaryWord("nice city", common)).toBe(false);
    expect(isOrdinaryWord("nairobi", common)).toBe(false);
  });

  it("buildList normalises, deduplicates, filters and sorts", () => {
    const list = buildList(
      ["Nice", "Nairobi", "Almaty", "nairobi", "Алматы", "WILL", "Will Town"],
      commonWords(lexicon),
    );
    expect(list).toEqual({
      entries: ["almaty", "nairobi", "will town"],
      ordinary: ["nice", "will"],
      rejected: 1,
    });
    expect(toFileText(list.entries)).toBe("almaty\nnairobi\nwill town\n");
    expect(toFileText([])).toBe("");
  });

  it("the real compromise lexicon drops the words the files leave out, and keeps names", () => {
    const common = compromiseCommonWords();
    for (const w of ["will", "may", "nice", "reading", "mobile", "young"])
      expect(common.has(w), w).toBe(true);
    for (const w of ["grace", "mark", "paris", "dean", "almaty"]) expect(common.has(w), w).toBe(false);
  });
});

describe("source readers", () => {
  it("flattenStrings walks arrays and female/male objects", () => {
    expect(flattenStrings({ female: ["Ann", ["Bea"]], male: "Carl", n: 3 })).toEqual(["Ann", "Bea", "Carl"]);
  });

  it("personNames reads one field of every locale, in locale order", () => {
    const locales = {
      ru: { person: { first_name: { female: ["Мария"] } } },
      de: { person: { first_name: { generic: ["Maria"], male: ["Hans"] }, last_name: ["Müller"] } },
      base: {},
      cy: undefined,
    };
    expect(personNames(locales, "first_name")).toEqual(["Maria", "Hans", "Мария"]);
    expect(personNames(locales, "last_name")).toEqual(["Müller"]);
  });

  it("cityNames keeps cities at or above the threshold", () => {
    const cities = [
      { name: "Big", population: MIN_CITY_POPULATION },
      { name: "Small", population: MIN_CITY_POPULATION - 1 },
      { name: "Unknown" },
    ];
    expect(cityNames(cities, MIN_CITY_POPULATION)).toEqual(["Big"]);
  });
});
