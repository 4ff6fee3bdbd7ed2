import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

/** [sentence, person, the role the article gives them]. */
const ROLES: ReadonlyArray<readonly [string, string, string]> = [
  // A title set off by commas before the name.
  [
    "Spain's finance minister, Carlos Cuerpo, defended the budget.",
    "Carlos Cuerpo",
    "Spain's finance minister",
  ],
  ["The BoG Governor, Kwame Asante, said rates would hold.", "Kwame Asante", "BoG Governor"],
  [
    "Nvidia's chief financial officer, Colette Kress, told analysts.",
    "Colette Kress",
    "Nvidia's chief financial officer",
  ],
  // An organization named with a place keeps the whole name in the role.
  [
    "Reserve Bank of India Governor Sanjay Malhotra spoke.",
    "Sanjay Malhotra",
    "Reserve Bank of India Governor",
  ],
  // Lower-case portfolio words before a job's head word.
  ["NATO defence policy chief Anna Berg arrived.", "Anna Berg", "NATO defence policy chief"],
  ["Opposition party leader Musa Dlamini spoke.", "Musa Dlamini", "Opposition party leader"],
  ["Ferrari team principal Fred Vasseur smiled.", "Fred Vasseur", "Ferrari team principal"],
  ["Fed Chair Lisa Cook spoke on Friday.", "Lisa Cook", "Fed Chair"],
  // Appositions: an owner no word list knows, modifiers before the title, "at" as well as "of".
  ["Ama Owusu, Cocobod's chief executive, said.", "Ama Owusu", "Cocobod's chief executive"],
  [
    "The index fell, said Yuki Mori, chief equity strategist at Mizuho Securities.",
    "Yuki Mori",
    "chief equity strategist at Mizuho Securities",
  ],
  ["Pedro Lima, a strategist at Banco Inter, said.", "Pedro Lima", "strategist at Banco Inter"],
  ["Lena Fox, head of research at Tandem Bank, said.", "Lena Fox", "head of research at Tandem Bank"],
  [
    "Jun Sato, chief executive of Sony Interactive Entertainment, said.",
    "Jun Sato",
    "chief executive of Sony Interactive Entertainment",
  ],
  // An honorific before the name leaves the role to the apposition.
  ["Sheikh Hamad bin Jassim, the Emir of Qatar, arrived.", "Hamad bin Jassim", "Emir of Qatar"],
  // Job titles of companies and city councils.
  ["Apple chief operating officer Sabih Khan spoke.", "Sabih Khan", "Apple chief operating officer"],
  ["NASA Administrator Sean Duffy spoke.", "Sean Duffy", "NASA Administrator"],
  ["Leeds councillor Jane Hart objected.", "Jane Hart", "Leeds councillor"],
  ["Jefferies analyst Ken Lim cut his target.", "Ken Lim", "Jefferies analyst"],
  // US and Canadian local government, legislatures and police.
  ["Supervisor Ana Ruiz voted no.", "Ana Ruiz", "Supervisor"],
  ["Det. Sgt. Paul Ames said the car was found.", "Paul Ames", "Det. Sgt."],
  ["State Sen. Rita Cho objected.", "Rita Cho", "State Sen."],
  ["Trooper Dale Moss stopped the van.", "Dale Moss", "Trooper"],
  ["Board member Lia Park voted yes.", "Lia Park", "Board member"],
  ["Former Mayor Pro Tem Joe Vance spoke.", "Joe Vance", "Former Mayor Pro Tem"],
  // Portfolio words open the sentence; an organization before the title is its owner.
  ["Veterans Affairs Secretary Doug Collins spoke.", "Doug Collins", "Veterans Affairs Secretary"],
  ["Metro Transit CEO Lena Ortiz resigned.", "Lena Ortiz", "Metro Transit CEO"],
  ["But Finance Minister Ali Khan said no.", "Ali Khan", "Finance Minister"],
  // Job nouns of researchers and professionals, in appositions and set off before the name.
  [
    "Dr Ama Boateng, a soil scientist at the University of Ghana, said.",
    "Ama Boateng",
    "soil scientist at the University of Ghana",
  ],
  [
    "Nadia Farouk, the UNHCR Representative in Jordan, said.",
    "Nadia Farouk",
    "UNHCR Representative in Jordan",
  ],
  ["His lawyer, Tom Beale, said the case was weak.", "Tom Beale", "lawyer"],
  ["Professor Ruth Kaye, the chief medical officer, said.", "Ruth Kaye", "chief medical officer"],
  // A party and state tag names no one.
  ["Sen. Tom Reed, R-Ohio, and Sen. Amy Lund, D-Minn., wrote the bill.", "Amy Lund", "Sen."],
];

describe("roles", () => {
  it.each(ROLES)("%s", (text, person, role) => {
    const found = extractEntities(text, { sentences: splitSentences(text) });
    const entity = found.find((e) => e.name === person);
    expect(entity?.type, person).toBe("PERSON");
    expect(entity?.role).toBe(role);
  });

  it("makes no entity of a party and state tag", () => {
    const text = "Rep. Lena Park, D-Los Angeles, and Sen. Tom Reed, R-Iowa, objected.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => e.name)).toEqual(["Lena Park", "Tom Reed"]);
  });

  it("makes no person of a title after a determiner", () => {
    const text = "Sheikh Hamad bin Jassim, the Emir of Qatar, arrived.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => e.name)).not.toContain("Emir");
  });
});
