import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../functions/extraction/entities/extract-entities.ts";
import { splitSentences } from "../../../functions/extraction/text/sentences.ts";

/** [sentence, person, the role the article gives them]. */
const ROLES: ReadonlyArray<readonly [string, string, string]> = [
  // Two titles joined by "and" before the name are one role; two titled people joined by "and" are not.
  ["Chairman and CEO Jim Fitterling said demand slowed.", "Jim Fitterling", "Chairman and CEO"],
  [
    "Tánaiste and Finance Minister Simon Harris said the surplus was €5bn.",
    "Simon Harris",
    "Tánaiste and Finance Minister",
  ],
  ["President Ann Wirth and Governor Paul Lind met on Monday.", "Paul Lind", "Governor"],
  // A title before several honorifics, and a portfolio that lists its fields with commas.
  ["Health Minister Datuk Seri Dr Dzulkefly Ahmad said cases rose.", "Dzulkefly Ahmad", "Health Minister"],
  [
    "Director General for Health Dr Patrick Amoth said the ministry acted.",
    "Patrick Amoth",
    "Director General for Health",
  ],
  [
    "Trade, Industry and Competition Minister Parks Tau said the duties would stay.",
    "Parks Tau",
    "Trade, Industry and Competition Minister",
  ],
  // "Minister of State" is a title of its own, and its portfolio follows "for".
  [
    "Minister of State for Rural Development Kamlesh Paswan said the target stood.",
    "Kamlesh Paswan",
    "Minister of State for Rural Development",
  ],
  [
    "Minister of State for National Development Alvin Tan told Parliament the grants rose.",
    "Alvin Tan",
    "Minister of State for National Development",
  ],
  // Naval ranks and under-secretaries are titles, not part of the name.
  [
    "Trade Undersecretary Ruth Castelo said raids yielded 96,000 toys.",
    "Ruth Castelo",
    "Trade Undersecretary",
  ],
  ["Commodore Ben Hart said the frigate cost $2 billion.", "Ben Hart", "Commodore"],
  // Two titles joined by "and" in an apposition; a relative clause is none.
  [
    "Ridership rose, said Ibrahim Al-Sultan, a minister of state and head of the commission.",
    "Ibrahim Al-Sultan",
    "minister of state and head of the commission",
  ],
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
  // Portfolios: sentence-initial, joined by "and", in lower case after a modifier.
  ["Police Minister Ruth Varga said arrests fell.", "Ruth Varga", "Police Minister"],
  ["Trade and Industry Secretary Owen Pryce spoke.", "Owen Pryce", "Trade and Industry Secretary"],
  ["Shadow transport minister Ada Quinn objected.", "Ada Quinn", "Shadow transport minister"],
  ["Its regional director, Sam Okoro, said talks failed.", "Sam Okoro", "regional director"],
  // Ranks of several words; an honorific between a title set off by commas and the name.
  ["Detective Chief Inspector Tom Vale said two men were held.", "Tom Vale", "Detective Chief Inspector"],
  ["The trust's chair, Dr Mina Shah, said beds were short.", "Mina Shah", "chair"],
  // Appositions owned by a lower-case possessive, or by a name without one; jobs written in lower case.
  ["Ola Berg, the firm's chief operating officer, said costs rose.", "Ola Berg", "chief operating officer"],
  ["Niamh Daly, the Sinn Féin TD for Kerry, said.", "Niamh Daly", "Sinn Féin TD for Kerry"],
  [
    "Eva Holm, an economics professor at Uppsala University, said.",
    "Eva Holm",
    "economics professor at Uppsala University",
  ],
  // A country among an apposition's modifiers; partners and counsel; officers after lower-case words.
  [
    "Ravi Shah, chief U.K. economist at Halden Bank, said.",
    "Ravi Shah",
    "chief U.K. economist at Halden Bank",
  ],
  ["Nora Lind, a partner at Crane Advisors, said.", "Nora Lind", "partner at Crane Advisors"],
  ["Halden Bank's chief data officer, Ana Ruiz, said.", "Ana Ruiz", "Halden Bank's chief data officer"],
  // "and" between two people's titles joins no portfolio.
  ["Fed President Ann Wirth and Governor Paul Lind dissented.", "Paul Lind", "Governor"],
  // A portfolio title set off before the name is the role, and no organization.
  ["The Commissioner for Works, Dr Ada Okeke, said.", "Ada Okeke", "Commissioner for Works"],
  // The owner's acronym in parentheses stays in the role.
  ["Bank of Ghana (BoG) Governor Kofi Mensah spoke.", "Kofi Mensah", "Bank of Ghana (BoG) Governor"],
  // Jobs of sports and culture copy.
  ["Porto winger Rui Matos was injured.", "Rui Matos", "Porto winger"],
  ["Honda boss Koji Watanabe said the budget was tight.", "Koji Watanabe", "Honda boss"],
];

/** Session 7: more titles, a portfolio right before the name, a title a tagger put in an organization. */
const ROLES7: ReadonlyArray<readonly [string, string, string]> = [
  ["Treasurer Ann Kowal said the budget was on track.", "Ann Kowal", "Treasurer"],
  ["Shadow Treasurer Tom Harlan criticised the plan.", "Tom Harlan", "Shadow Treasurer"],
  ["Green co-leader Ines Vogt said talks would resume.", "Ines Vogt", "Green co-leader"],
  ["Senior advocate Rahul Desai argued the case.", "Rahul Desai", "Senior advocate"],
  ["Chief coroner Dr. Maria Solis said deaths fell.", "Maria Solis", "Chief coroner"],
  ["Assistant Commissioner Mark Doyle said the unit was tireless.", "Mark Doyle", "Assistant Commissioner"],
  ["Minister of Mines Thabo Ndlovu visited the site.", "Thabo Ndlovu", "Minister of Mines"],
  ["Leader of the Opposition Kim Hale said the plan was flawed.", "Kim Hale", "Leader of the Opposition"],
  // Session 8: a surname that is a place word; medicine and the earth sciences.
  ["Transport Minister Mark Hill said fares would rise.", "Mark Hill", "Transport Minister"],
  ["Health Minister Ryan Park said the state had hired nurses.", "Ryan Park", "Health Minister"],
  [
    '"It helps," said Rosa Lind, an oncologist at Guy\'s Hospital.',
    "Rosa Lind",
    "oncologist at Guy's Hospital",
  ],
  [
    "Tomas Berg, a glaciologist at ETH Zurich, said the ice thinned.",
    "Tomas Berg",
    "glaciologist at ETH Zurich",
  ],
];

describe("roles", () => {
  it.each(ROLES7)("%s", (text, person, role) => {
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.find((e) => e.name === person)?.role).toBe(role);
  });

  it.each(ROLES)("%s", (text, person, role) => {
    const found = extractEntities(text, { sentences: splitSentences(text) });
    const entity = found.find((e) => e.name === person);
    expect(entity?.type, person).toBe("PERSON");
    expect(entity?.role).toBe(role);
  });

  it("reads no role from a relative clause after the name", () => {
    const text =
      "Output will rise, said Saad Kaabi, who is also president and chief executive of QatarEnergy.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.find((e) => e.name === "Saad Kaabi")?.role).toBeUndefined();
  });

  it("makes no entity of a party and state tag", () => {
    const text = "Rep. Lena Park, D-Los Angeles, and Sen. Tom Reed, R-Iowa, objected.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => e.name)).toEqual(["Lena Park", "Tom Reed"]);
  });

  it("keeps letters after a name out of it and reads a member's seat as a place", () => {
    const text = "Judge Carol Penn KC ruled. Liam Fox, the MP for North Somerset, objected.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => `${e.type} ${e.name}`)).toEqual(
      expect.arrayContaining(["PERSON Carol Penn", "LOCATION North Somerset"]),
    );
    expect(found.find((e) => e.name === "Liam Fox")?.role).toBe("MP for North Somerset");
  });

  it("reads Cllr as an honorific and the apposition as the role", () => {
    const text = "Cllr Joan Mabey, the council's deputy leader, said the budget was set.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.find((e) => e.name === "Joan Mabey")?.role).toBe("deputy leader");
  });

  it("makes no organization of a portfolio's title", () => {
    const text = "The Commissioner for Works, Dr Ada Okeke, said roads would open.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => e.name)).toEqual(["Ada Okeke"]);
  });

  it("makes no person of a title after a determiner", () => {
    const text = "Sheikh Hamad bin Jassim, the Emir of Qatar, arrived.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.map((e) => e.name)).not.toContain("Emir");
  });

  it("keeps a lower-case group, executive or senior and a hyphened co- in the role (session 48)", () => {
    const text =
      "Its group managing director Datuk Lim Boon Keat said sales rose. Its executive chairman Ben Yeoh agreed, as did co-Chief Executive Officer Alexander Sixt and Westpac senior economist Justin Smirk. The principal executive officer Musa Mabesele declined.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    const role = (name: string) => found.find((e) => e.name === name)?.role;
    expect(role("Lim Boon Keat")).toBe("group managing director");
    expect(role("Ben Yeoh")).toBe("executive chairman");
    expect(role("Alexander Sixt")).toBe("co-Chief Executive Officer");
    expect(role("Justin Smirk")).toBe("Westpac senior economist");
    expect(role("Musa Mabesele")).toBe("principal executive officer");
  });

  it("reads a company officer's title over the company before a set-off name (session 48)", () => {
    const text =
      "The Chairman of BUA Group, Abdul Samad Rabiu, said prices would hold. The Managing Director of Nestle Nigeria, Mr. Alexandros Kouris, agreed.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    expect(found.find((e) => e.name === "Abdul Samad Rabiu")?.role).toBe("Chairman of BUA Group");
    expect(found.find((e) => e.name === "Alexandros Kouris")?.role).toBe(
      "Managing Director of Nestle Nigeria",
    );
    expect(found.map((e) => e.name)).toEqual(expect.arrayContaining(["BUA Group", "Nestle Nigeria"]));
  });

  it('joins two lower-case titles by "and" into one role, not two people\'s (session 49)', () => {
    const text =
      "COL president and chief executive officer Juan Carlos Reyes said trading rose. Its co-founder and chief executive Ankit Garg agreed. President Ann Wirth and Governor Paul Lind met.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    const role = (name: string) => found.find((e) => e.name === name)?.role;
    expect(role("Juan Carlos Reyes")).toBe("COL president and chief executive officer");
    expect(role("Ankit Garg")).toBe("co-founder and chief executive");
    expect(role("Ann Wirth")).toBe("President");
    expect(role("Paul Lind")).toBe("Governor");
  });

  it("takes the office before a military rank for the role (session 49)", () => {
    const text =
      "Its Director-General, Major General Babatunde Alaya, said so. KSL managing director Major General Paul Owuor agreed, as did Army chief General Asim Munir and Major General Ann Kiprop. Advocate General Hassan Akbar objected.";
    const found = extractEntities(text, { sentences: splitSentences(text) });
    const role = (name: string) => found.find((e) => e.name === name)?.role;
    expect(role("Babatunde Alaya")).toBe("Director-General");
    expect(role("Paul Owuor")).toBe("KSL managing director");
    expect(role("Asim Munir")).toBe("Army chief");
    expect(role("Ann Kiprop")).toBe("Major General");
    expect(role("Hassan Akbar")).toBe("Advocate General");
  });
});
