/** Age data: numbers that give a person's age are no figures. Rules live in ../ages.ts. */

/** Nouns for people an age may follow in apposition: "One widow, 84, lost ...", "The Polish striker, 37,". */
export const PERSON_NOUNS: readonly string[] = [
  "man", "woman", "boy", "girl", "widow", "widower", "mother", "father", "son", "daughter", "wife",
  "husband", "resident", "victim", "driver", "teacher", "student", "pensioner", "grandmother", "grandfather",
  "owner", "farmer", "worker", "nurse", "doctor", "suspect", "defendant", "officer", "captain", "star",
  "veteran", "forward", "actress", "pilot", "chef", "poet", "mayor", "chief", "coach",
  // Trades, roles and kin that no agent ending marks: "One former stevedore, 52, was jailed".
  "stevedore", "fisherman", "mechanic", "clerk", "guard", "cook", "midwife", "housewife", "mule",
  "accused", "convict", "inmate", "graduate", "apprentice", "entrepreneur", "executive", "athlete",
  "batsman", "winger", "jockey", "champion", "surgeon", "patient", "businessman", "businesswoman",
  "sister", "brother", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "child",
];

/** Words that end like agent nouns (-er, -or, -ist...) but name things: "the quarter, 12," is no age. */
export const NOT_PERSON_NOUNS: readonly string[] = [
  "quarter", "number", "order", "sector", "center", "centre", "percent", "agreement", "government",
  "statement", "parliament", "component", "index", "chamber", "summer", "winter", "october", "november",
  "december", "september",
];

/** People counted by an age bound: "people over 65", "children under 5". */
export const AGE_BOUNDED_PEOPLE: readonly string[] = [
  "people", "children", "adults", "those", "men", "women", "patients", "residents", "pensioners", "anyone",
  "kids", "teens", "teenagers", "girls", "boys", "everyone", "individuals", "persons", "voters", "drivers",
  "workers", "employees", "savers", "members", "applicants",
];
