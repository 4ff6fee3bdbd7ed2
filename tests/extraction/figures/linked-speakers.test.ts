import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../../functions/extraction/index.ts";

const TESTER_ARTICLES = join(import.meta.dirname, "../../../bench/data/tester-articles");

/**
 * Speakers read with the article's entities (the table cases run without them): who an attribution
 * names when a person and an organization are both in it.
 */
const CASES: ReadonlyArray<readonly [string, string, string | undefined]> = [
  // "the finance minister" in lower case names the person the article gave that title, as "the governor"
  // does; no one where none was given it.
  [
    "Provincial Finance Minister Bilal Qureshi announced the plan. The finance minister said the cabinet had approved a Rs25bn package.",
    "Rs25bn",
    "Bilal Qureshi",
  ],
  ["The finance minister said the cabinet had approved a Rs25bn package.", "Rs25bn", undefined],
  // "The bank" is the lender, not the central bank the story quotes too, even where the lender's canonical
  // name drops "Bank"; not the World Bank either; with only a central bank and the World Bank, no one.
  [
    "Ridgeway Bank reported a 20% rise in profit. Ridgeway's margin widened. The Reserve Bank held its rate at 7%. The bank expects loan growth of 9% next year.",
    "9%",
    "Ridgeway Bank",
  ],
  [
    "The Central Bank of Kenya said reserves rose after a $300 million World Bank loan. Exports rose 6%, the bank said.",
    "6%",
    undefined,
  ],
  // "the charity", "the organisation": the body the story is about; "the agency" a Directorate too.
  [
    "The Ubuntu Trust raised £12 million in its winter appeal, up from £9 million last year, the charity said.",
    "£12 million",
    "Ubuntu Trust",
  ],
  // ... and "The organization said" opening its sentence, the body that opens the sentence before.
  [
    "United Way Toronto raised $71 million. Daily Bread Food Bank reported 3.9 million client visits. The organization said it spends $1.5 million a month on food.",
    "$1.5 million",
    "Daily Bread Food Bank",
  ],
  // "Data from the Commission on Audit (COA) show": small words inside the source's name; a day in the work's words.
  [
    "Data from the Commission on Audit (COA) show that agency heads received a combined P189.6 million.",
    "P189.6 million",
    "Commission on Audit",
  ],
  [
    "Pay rose 4.1 per cent, according to figures released Monday by the House of Commons.",
    "4.1 per cent",
    "House of Commons",
  ],
  // A yearbook or a bulletin is a work its owner publishes.
  [
    "The Ministry of Health opened a clinic. Hospitals recorded 29 million visits in 2025, the ministry's statistical yearbook showed.",
    "29 million visits",
    "Ministry of Health",
  ],
  // "According to the minister": the person the article gave that title, as "the minister said" names.
  [
    "Health Minister Aisha Rahman opened the wing. According to the minister, 4,000 nurses were hired.",
    "4,000 nurses",
    "Aisha Rahman",
  ],
  // "The union's figures show": the one body of that kind named, owning the work.
  [
    "The Nurses Union of Kenya met on Monday. The union's latest figures show 1,200 nurses quit this year.",
    "1,200 nurses",
    "Nurses Union of Kenya",
  ],
  [
    "Revenue was R1.1 billion, the union's annual report showed, after the South African Rugby Union cut costs.",
    "R1.1 billion",
    undefined,
  ],
  // "Its annual report showed": the organization "it" stands for (not "economists in its survey expect").
  [
    "The Courts Service said delays had grown. Its annual report showed that 14,700 criminal cases were pending.",
    "14,700 criminal cases",
    "Courts Service",
  ],
  [
    "Vale SA held its guidance. Economists in its weekly survey expect the rate to fall to 12.5% by 2027.",
    "12.5%",
    undefined,
  ],
  // "the agency" names a statistics office; "the organization" a forum, an institute or an association.
  [
    "Statistics Canada published its survey on Tuesday. Retail sales rose 1.2% in September, the agency said.",
    "1.2%",
    "Statistics Canada",
  ],
  [
    "The Lagos Tenants Forum counted 4,100 evictions. Rents rose 18% in the year, the non-governmental organization said.",
    "18%",
    "Lagos Tenants Forum",
  ],
  [
    "The Enforcement Directorate attached a flat worth Rs 40 crore in Pune, the agency said.",
    "Rs 40 crore",
    "Enforcement Directorate",
  ],
  // An acronym's data with a plain word or two between: the body speaks; a common noun that opens the
  // sentence does not.
  ["Manufacturing employed 891,000 people in August, ABS labour force data showed.", "891,000 people", "ABS"],
  ["Power ministry data showed coal stocks stood at 48.2 MT at the end of October.", "48.2 MT", undefined],
  // ", noting that", ", arguing that", ", adding that": the clause's subject speaks, as for ", saying".
  [
    "Sen. Ana Cruz questioned the increase, noting that the budget had been cut by 14 percent.",
    "14 percent",
    "Ana Cruz",
  ],
  // A headline's "X told" with no one after it is a passive: X listened.
  ["Pension bill to hit Rs900bn next year, Senate panel told", "Rs900bn", undefined],
  // Whom a work went to is no source ("tabled in Parliament", "shared with the IMF"); who sent it is.
  [
    "The frigates will cost $2.1 billion each, according to documents tabled in the House of Commons.",
    "$2.1 billion",
    undefined,
  ],
  [
    "Gaming tax will raise Sh31 billion, according to budget documents tabled in Parliament by Treasury Secretary John Mbadi.",
    "Sh31 billion",
    "John Mbadi",
  ],
  // "He" passes over a woman an honorific named last; "the minister" is the person given the title.
  [
    "Energy Minister Tom Reid took a question from Ms Jane Cole. He said the programme had cost Dh49 billion.",
    "Dh49 billion",
    "Tom Reid",
  ],
  [
    "Minister of State for Rural Development Kamlesh Paswan replied. The minister said 3.9 lakh houses were built.",
    "3.9 lakh houses",
    "Kamlesh Paswan",
  ],
  // "the minister said": the person whose role the title heads ("Minister of Power", "Minister for Finance").
  [
    "The Minister of Power, Adebayo Adelabu, signed the deal on Wednesday. The plant will save N300 billion a year, the minister said.",
    "N300 billion",
    "Adebayo Adelabu",
  ],
  // "the auditor-general said": the person the article gave that office; an office no one holds speaks as itself.
  [
    "Auditor-General Tsakani Maluleke tabled the report. Councils spent 2.1 billion rand on consultants, the auditor-general said.",
    "2.1 billion rand",
    "Tsakani Maluleke",
  ],
  [
    "Arrears rose to Sh64 billion, according to the Auditor-General's latest report.",
    "Sh64 billion",
    "Auditor-General",
  ],
  // "It still expects": past "still" to the pronoun, the organization that opened the sentence before.
  [
    "ASML reported results on Wednesday. It still expects total net sales of around 32.5 billion euros this year.",
    "32.5 billion euros",
    "ASML",
  ],
  // An affiliation after "of the" names its body (a place after "in the" would not).
  [
    "The Lagos chapter of the Nigeria Labour Congress said inflation remained above 30%.",
    "30%",
    "Nigeria Labour Congress",
  ],
  ["Pia Moreau of Nordbank Capital said inflation would slow to 2.5%.", "2.5%", "Pia Moreau"],
  // "the governor" in lower case: the person the article gave the title (not a name right before it).
  [
    "Central Bank of Nigeria Governor Adebayo Olatunde spoke first. The International Monetary Fund forecast growth of 3.2%. The governor said he expected growth of 4.1%.",
    "4.1%",
    "Adebayo Olatunde",
  ],
  // "according to its annual report": the clause's subject that owns it, past an opening adverbial.
  [
    "Uchumi Supermarkets paid fines. In the year to June, the Competition Authority of Kenya collected Sh2.3 billion in penalties, according to its annual report.",
    "Sh2.3 billion",
    "Competition Authority of Kenya",
  ],
  [
    "Losses reached P5.8 billion, data from the Bangko Sentral ng Pilipinas showed.",
    "P5.8 billion",
    "Bangko Sentral ng Pilipinas",
  ],
  // "A KPMG report said": the name written before the work it made, past a participle phrase.
  ["A KPMG report said illicit consumption reached 4.1 billion sticks.", "4.1 billion sticks", "KPMG"],
  [
    "A KPMG report commissioned by the tobacco industry found that illicit consumption reached 4.1 billion sticks.",
    "4.1 billion sticks",
    "KPMG",
  ],
  // ... and "he" after it is that person, not the title.
  [
    "Central Bank of Nigeria Governor Adebayo Olatunde spoke. The governor said growth would be 4.1%. Remittances climbed 18% to $15.8 billion, he said.",
    "$15.8 billion",
    "Adebayo Olatunde",
  ],
  // ... in a relative clause, only what the clause says.
  [
    "Dangote has pledged to give 25 per cent of his wealth to the Aliko Dangote Foundation, which spent N18.5 billion in 2025, according to its annual report.",
    "25 per cent",
    undefined,
  ],
  // A statement filed with an exchange is the filer's, not the exchange's.
  [
    "Hokuriku Electronics will buy back up to 62 million shares, according to a statement to the Tokyo Stock Exchange.",
    "62 million shares",
    "Hokuriku Electronics",
  ],
  ["Revenue rose 5% to $2 billion, according to a filing with the SEC.", "5%", undefined],
  // What people "reported losing" is their loss; the body that says so speaks.
  [
    "Canadians reported losing $638 million to fraud in 2025, the Canadian Anti-Fraud Centre said.",
    "$638 million",
    "Canadian Anti-Fraud Centre",
  ],
  // A title alone names the person the article gave it before; with no such person, no one.
  [
    "President Bola Tinubu presented the budget. The President said borrowing would be N15.6 trillion.",
    "N15.6 trillion",
    "Bola Tinubu",
  ],
  ["The President said borrowing would be N15.6 trillion.", "N15.6 trillion", undefined],
  [
    "Tomas Reyes of the Andean Development Institute noted that 30% of farms lacked water.",
    "30%",
    "Tomas Reyes",
  ],
  ['"Costs rose 8%," said Ines Holm of the Nordic Grain Council.', "8%", "Ines Holm"],
  ["The Nordic Grain Council said exports rose 4%.", "4%", "Nordic Grain Council"],
  ["The Baltic Energy Agency (BEA) said demand would rise 3%.", "3%", "Baltic Energy Agency"],
  // A country's name that opens an institution's is part of it.
  ["Bank lending rose 7.2 percent, Bangladesh Bank said.", "7.2 percent", "Bangladesh Bank"],
  ["Bank lending rose 7.2 percent, Bangladesh Bank data show.", "7.2 percent", "Bangladesh Bank"],
  // Data released on a day written with its month's abbreviation and number.
  [
    "Data from the Monetary Authority of Singapore (MAS) released on Nov 25 showed cards rose to 11.9 million.",
    "11.9 million",
    "Monetary Authority of Singapore",
  ],
  // A named body's report or study shows what its data show.
  [
    "Mortgage debt rose $197 billion, a Federal Reserve Bank of New York report showed.",
    "$197 billion",
    "Federal Reserve Bank of New York",
  ],
  // A people's adjective names no speaker.
  ["Exports rose 18 percent last year, according to French customs data.", "18 percent", undefined],
  // "separately", "repeatedly" between a name and its verb.
  ["Finance Minister Ana Silva separately said Canada would lend $2 billion.", "$2 billion", "Ana Silva"],
  // A body of two names or more that reported a count speaks for it.
  ["The National Police Service reported 95,220 crimes.", "95,220 crimes", "National Police Service"],
  // A country's body after its possessive speaks, not the country; a treasury named bare speaks.
  [
    "Investment reached US$84.5 billion, according to Vietnam's Ministry of Finance.",
    "US$84.5 billion",
    "Ministry of Finance",
  ],
  ["China lent about Sh780 billion, Treasury data show.", "Sh780 billion", "Treasury"],
  // An institution "for" a list of fields speaks by its whole name.
  [
    "Output rose 4%, according to the Agency for Science, Technology and Research.",
    "4%",
    "Agency for Science, Technology and Research",
  ],
  ["Park Min-jun said the group would invest 12 trillion won.", "12 trillion won", "Park Min-jun"],
  ["Ana Silva told Reuters the bank would cut 2,000 jobs.", "2,000 jobs", "Ana Silva"],
  // "He said": the person named last, not an organization quoted since.
  [
    "Chief executive Omar Saadi spoke in Algiers. Output rose, according to the Energy Ministry. The group will invest $40 billion, he said.",
    "$40 billion",
    "Omar Saadi",
  ],
  // "It said": the organization named.
  ["Unilever reported results on Tuesday. It said sales rose 4%.", "4%", "Unilever"],
  // ... the one that opened the sentence before, else the one the article names most, not the last one.
  [
    "The IEA, which advises importing countries, forecast a surplus. It sees demand growing by 700,000 bpd.",
    "700,000 bpd",
    "IEA",
  ],
  [
    "Veltrix Corp reported revenue of $2 billion. Veltrix also raised its dividend. The deal with Samsung Electronics closed in May. It said margins rose 3%.",
    "3%",
    "Veltrix",
  ],
  // The owner of a report that speaks.
  ["The IMF's latest report said costs rose 5%.", "5%", "International Monetary Fund"],
  // A society's or federation's field list before "said".
  [
    "Registrations rose 3.5%, the Society of Motor Manufacturers and Traders (SMMT) said on Tuesday.",
    "3.5%",
    "Society of Motor Manufacturers and Traders",
  ],
  // A wire's credit in the dateline is no "It".
  ["NEW DELHI, Aug 21 (PTI) - Tax payments rose to Rs 1,600 crore, it said.", "Rs 1,600 crore", undefined],
  // "according to X" after a clause of analysts' estimates gives the estimate only.
  [
    "Revenue rose 16% to $10.25 billion, beating analysts' average estimate of $10.1 billion, according to LSEG data.",
    "$10.25 billion",
    undefined,
  ],
  [
    "Revenue rose 16% to $10.25 billion, beating analysts' average estimate of $10.1 billion, according to LSEG data.",
    "$10.1 billion",
    "LSEG",
  ],
  // Who sets a level speaks for it; a described data source is named.
  ["Brand Finance valued the league at $18.5 billion.", "$18.5 billion", "Brand Finance"],
  ["Analysts at Goldman Sachs raised their gold price forecast to $5,000.", "$5,000", "Goldman Sachs"],
  ["Copper output rose 4%, data from copper commission Cochilco showed.", "4%", "Cochilco"],
  ["Exports were valued at $2 billion.", "$2 billion", undefined],
  // A day between a result verb and its result.
  ["Lindqvist Mining reported on Thursday a net profit of $1.4 billion.", "$1.4 billion", "Lindqvist Mining"],
  ["Honda Motor added 2.2%, while Mazda rose 1.1%.", "2.2%", undefined],
  ["Revenue rose 73% as demand from Microsoft continued.", "73%", undefined],
  // An aside between the speaker and the verb; the name set off by commas; a participle in the aside.
  ["Mia Lund, an analyst at Nordbank, said Finnair would cut 4% of its flights.", "4%", "Mia Lund"],
  ["Its chief executive, Omar Haddad, said 2,300 claims were filed.", "2,300 claims", "Omar Haddad"],
  ["Minister Kofi Mensah, speaking in Accra, said inflation would fall to 9%.", "9%", "Kofi Mensah"],
  // A suffix with its point.
  ["Spokesman Henry Dale Jr. said the firm spent $12 million.", "$12 million", "Henry Dale Jr"],
  // "told" after an aside; "according to a <Name> estimate".
  ["Ruiz, 61, told supporters that taxes would be cut by $3 billion.", "$3 billion", "Ruiz"],
  [
    "The bill costs $90 million, according to a Legislative Budget Office estimate.",
    "$90 million",
    "Legislative Budget Office",
  ],
  // A source the tagger took for a place, after "according to" or "data from", speaks; a country or a
  // place that opens a longer name does not.
  [
    "The reactor cost 13.2 billion euros, according to the Cour des Comptes.",
    "13.2 billion euros",
    "Cour des Comptes",
  ],
  ["Revenue was about $412 million in 2025, according to data from Statista.", "$412 million", "Statista"],
  ["Exports rose 5%, according to France.", "5%", undefined],
  // A company's descriptor before its name: "Rival Gatwick" is Gatwick.
  ["Rival Gatwick said passenger numbers rose 1.2% in September.", "1.2%", "Gatwick"],
  // "It" is the organization that opens the sentence before, past the descriptor before its name, though
  // another is named more often.
  [
    "Zestro posted a loss. Zestro cut costs. Zestro hired staff.\n\nBrokerage Motilal Oswal estimates the market at $9 billion in 2026. It sees quick commerce orders touching Rs 3 lakh crore by FY30.",
    "Rs 3 lakh crore",
    "Motilal Oswal",
  ],
  // A surname the tagger did not mark (an ordinary word) is the person the article named in full.
  [
    'ABUJA - Mohamed Fall, the UN humanitarian coordinator, spoke on Monday. "More than 1.3 million people have been displaced," Fall told reporters.',
    "1.3 million people",
    "Mohamed Fall",
  ],
  // "According to her" stands for the person named last.
  [
    '"Floods destroyed 82,450 houses," said Zubaida Umar, the agency\'s director. According to her, the floods also destroyed 415,000 hectares of farmland.',
    "415,000 hectares",
    "Zubaida Umar",
  ],
  // A firm's analysts "led by" someone speak for the firm; "Jan" before a surname is no month.
  [
    "JP Morgan analysts led by DS Kim said mass-market gaming was about 12% ahead of 2019 levels.",
    "12%",
    "JP Morgan",
  ],
  ["Goldman Sachs analysts led by Jan Hatzius said growth would slow to 2%.", "2%", "Goldman Sachs"],
  // The day it spoke between an apposition and the verb.
  [
    "Tsogo Sun, South Africa's biggest casino operator, on Tuesday reported a 14% fall in earnings per share.",
    "14%",
    "Tsogo Sun",
  ],
  // A hyphenated descriptor counts as one word; a city before a descriptor is no source; whoever raises
  // a target or guidance speaks for it; analysts at a firm forecast for it; a listener is no source.
  [
    "Shipments rose 5.1% to 11.2 million tonnes, according to ship-tracking data from Kpler.",
    "5.1%",
    "Kpler",
  ],
  [
    "Demand rose 4 per cent, according to Melbourne consultancy Surbiton Associates.",
    "4 per cent",
    "Surbiton Associates",
  ],
  ["UBS Group AG raised its 12-month target to $4,700 from $4,200 last week.", "$4,700", "UBS Group"],
  [
    "Fresnillo cut its 2026 silver production guidance to 42 to 46 million ounces.",
    "42 to 46 million ounces",
    "Fresnillo",
  ],
  [
    "Analysts at Bancolombia forecast exports of 48 million to 51 million tonnes.",
    "48 million to 51 million tonnes",
    "Bancolombia",
  ],
  // Where analysts work past where it is based; "it" is no name glued to a compound ("JSE-listed").
  [
    "Analysts at Lagos-based Chapel Hill Denham expect revenue to reach 5.6 trillion naira.",
    "5.6 trillion naira",
    "Chapel Hill Denham",
  ],
  [
    "Protea Fashion Group reported results. The JSE-listed group said freight rates averaged $3,150 per container in the period, it said.",
    "$3,150",
    "Protea Fashion Group",
  ],
  // A lower-case title after a source names its leader ("The FIRS chairman said": FIRS); a title after the
  // sentence's article alone is the person the article gave it, whatever the sentence names later.
  [
    "Governor Ada Okafor spoke first. The governor said he expected growth of 4.1%, above the International Monetary Fund's forecast of 4.2%.",
    "4.1%",
    "Ada Okafor",
  ],
  // A name set off by commas before a sentence-final "has said" speaks for the whole sentence; a company
  // that "booked" results speaks; a legal form after a parenthesis is the name's, no name.
  [
    "The Federal Government earned N38.4 billion in royalties, up 61 per cent from N23.8 billion, the Minister of Solid Minerals Development, Dr Dele Alake, has said.",
    "N23.8 billion",
    "Dele Alake",
  ],
  [
    "Nickel Asia Corp. (NAC), the country's largest nickel ore producer, booked a third-quarter net income of P1.34 billion.",
    "P1.34 billion",
    "Nickel Asia",
  ],
  [
    "PT Telkom Indonesia (Persero) Tbk booked a net profit of Rp 16.8 trillion in the January-September period.",
    "Rp 16.8 trillion",
    "PT Telkom Indonesia",
  ],
  // "the board said": the one board named before; "the company said": the organization named most, not a
  // data provider named in passing.
  [
    "The Kenya Dairy Board raised the minimum price. Processors must pay at least Sh50 a litre, the board said.",
    "Sh50",
    "Kenya Dairy Board",
  ],
  [
    "Mavuno Foods lifted its dividend. Analysts polled by LSEG had expected more. Mavuno Foods' revenue rose 12%. Profit rose 8% to Sh2 billion, the company said.",
    "8%",
    "Mavuno Foods",
  ],
  // "the museum said", "the tribunal said", "according to the ministry.": the one body of that kind.
  [
    "The Zeitz Museum of Contemporary Art Africa reported its results. Income fell to R96.4m, the museum said.",
    "R96.4m",
    "Zeitz Museum of Contemporary Art Africa",
  ],
  [
    "The Canadian International Trade Tribunal ruled on Friday. Imports grew to 142,000 tonnes in 2025, the tribunal said.",
    "142,000 tonnes",
    "Canadian International Trade Tribunal",
  ],
  [
    "The Finance Ministry released figures on Monday. Revenue rose 12% to R310m, according to the ministry.",
    "R310m",
    "Finance Ministry",
  ],
  [
    "The Trade Remedies Investigations Commission opened a case. According to the commission's preliminary findings, imports rose to 612,000 tonnes.",
    "612,000 tonnes",
    "Trade Remedies Investigations Commission",
  ],
  [
    "South Africa's Crop Estimates Committee released its forecast on Wednesday. The white maize crop is estimated at 8.9 million tonnes, the committee said.",
    "8.9 million tonnes",
    "Crop Estimates Committee",
  ],
  // "X welcomed ... but said": the clause's subject, as after "and"; never an adjective or the verb's object.
  [
    "Treasurer Jim Chalmers welcomed the results but said the tax would affect around 80,000 people.",
    "80,000 people",
    "Jim Chalmers",
  ],
  [
    "Abiove raised its forecast for the soybean crop to 178.5 million tons, and sees exports reaching 112 million tons.",
    "178.5 million tons",
    "Abiove",
  ],
  [
    "Environmental groups welcomed the figures but warned that 34 rhinos were killed in Limpopo.",
    "34 rhinos",
    undefined,
  ],
  // A name set off after a common noun names what the noun describes.
  [
    "The Finance Ministry's financial intelligence unit, COAF, said transfers reached 640 million reais.",
    "640 million reais",
    "COAF",
  ],
  [
    "Kenya's biggest betting firm, SportPesa, said it paid Sh4.5 billion in taxes.",
    "Sh4.5 billion",
    "SportPesa",
  ],
  // An air force is no company: "according to the company" names the maker the story is about.
  [
    "Embraer delivered two more jets. Embraer shares rose. The Brazilian Air Force, which ordered 19, has now received nine aircraft, according to the company.",
    "nine aircraft",
    "Embraer",
  ],
  // The EU before a descriptor places the source; the name after the descriptor speaks, also past a work
  // "published Monday by".
  ["Arrivals fell 18 percent to 41,000, according to the EU border agency Frontex.", "18 percent", "Frontex"],
  [
    "Inflation eased to 2.1 percent, according to an estimate published Monday by the EU statistics agency Eurostat.",
    "2.1 percent",
    "Eurostat",
  ],
  // The person who closes ", said FIRM job NAME" speaks, past a job in capitals, a delegate, the firm's
  // acronym in parentheses or an initial.
  ['"We will lose 300 jobs," said FO delegate Marie Curtet.', "300 jobs", "Marie Curtet"],
  ["Output fell 4%, said Transnet group CEO Michelle Phillips.", "4%", "Michelle Phillips"],
  [
    "Orders fell 9%, said Sri Lanka Apparel Exporters Association (SLAEA) chairman Felix Fernando.",
    "9%",
    "Felix Fernando",
  ],
  ["Orders fell 11%, said TEA joint secretary R. Mohan.", "11%", "R. Mohan"],
  // A named work speaks for its maker past whom it was for, what it counted, a release set off by commas,
  // plain words of its subject and a word that sets it apart.
  ["A Savanta poll for The Telegraph found that 44% of voters backed the plan.", "44%", "Savanta"],
  [
    "Separately, the ANZ monthly business survey, released on Tuesday, showed confidence rose 4 points.",
    "4 points",
    "ANZ",
  ],
  ["A separate Kantar poll of 2,000 Kenyans found that 52% backed the tax.", "52%", "Kantar"],
  [
    "An Odoxa poll published in Le Figaro on Sunday showed the premier's approval at 23 percent.",
    "23 percent",
    "Odoxa",
  ],
  // "the authority said" names a body whose kind heads its name before "for" too; "the municipality",
  // and "the trade body" or "the industry body" the one association named.
  [
    "Egypt's General Authority for Competition fined a dozen firms. The authority said the companies raised prices by 15 percent.",
    "15 percent",
    "General Authority for Competition",
  ],
  [
    "Dubai Municipality issued new permits. The permits cover 38.5 million square metres, the municipality said.",
    "38.5 million square metres",
    "Dubai Municipality",
  ],
  [
    "The Investment Association publishes data monthly. Funds saw net outflows of £1.9bn, the trade body said.",
    "£1.9bn",
    "Investment Association",
  ],
  // "according to the industry body", "according to the central bank": one word describing the kind.
  [
    "The Investment Trusts Association publishes data monthly. Net assets rose 4.8 percent, according to the industry body.",
    "4.8 percent",
    "Investment Trusts Association",
  ],
  [
    "The Bank of Ghana held rates. The cedi has gained 8.7 per cent this year, according to the central bank.",
    "8.7 per cent",
    "Bank of Ghana",
  ],
  // A role written whole after the person it was given to names that person.
  [
    "Transport Minister Dipuo Peters said fares would rise. The Transport Minister said subsidies would reach R4 billion.",
    "R4 billion",
    "Dipuo Peters",
  ],
  // "the zoo said", "the park said": the one zoo or park named, also where the tagger read it as a place.
  [
    "Wellington Zoo will lift its prices in March. Adult tickets will cost $32, the zoo said.",
    "$32",
    "Wellington Zoo",
  ],
  [
    "Visitors flocked to Lotte Water Park in August. Revenue rose 9.4 per cent, the park said.",
    "9.4 per cent",
    "Lotte Water Park",
  ],
  // "the Company said": a press release's defined term for the company (session 74); not the end of a name.
  [
    "Salish Coast Ferries Corp. reported results on Thursday. Traffic rose 3%, the Company said.",
    "3%",
    "Salish Coast Ferries",
  ],
  [
    "Capital spending rose to N3.1tn, according to the Budget Office of the Federation.",
    "N3.1tn",
    "Budget Office of the Federation",
  ],
  // "the orchestra said" (session 74).
  [
    "The Melbourne Symphony Orchestra posted a surplus of $1.2m. Ticket sales rose 8%, the orchestra said.",
    "8%",
    "Melbourne Symphony Orchestra",
  ],
  // "its chief executive said": the person the article gave that title; else the body the sentence opens with.
  [
    "Qantas Airways is led by Chief Executive Vanessa Hudson. Fares rose 4% in the quarter, its chief executive said.",
    "4%",
    "Vanessa Hudson",
  ],
  [
    "LAGOS, Nov 27 (Reuters) - Food Concepts Plc plans to open 45 new restaurants next year, its chief executive said on Friday.",
    "45 new restaurants",
    "Food Concepts",
  ],
  // (Not the exchange named last: "its" stands for the body that opens the sentence, or no one.)
  [
    "Shoppers returned. Mwangaza Stores plans to raise up to Sh12 billion through a listing on the Nairobi Securities Exchange, its chief executive said.",
    "Sh12 billion",
    "Mwangaza Stores",
  ],
  // "the league said", "the energy giant said", "the kiwifruit marketer said": more kinds of body.
  [
    "The Premier League said revenue rose. Clubs earned 7.1 billion pounds, the league said.",
    "7.1 billion pounds",
    "Premier League",
  ],
  [
    "Saudi Aramco reported results. Net income fell 6.2 percent, the state oil giant said.",
    "6.2 percent",
    "Saudi Aramco",
  ],
  // (Also a league the tagger typed MISC.)
  [
    "The Saudi Pro League published its annual report. Commercial revenue rose 41 percent, the league said.",
    "41 percent",
    "Saudi Pro League",
  ],
  // A name before its data, whatever its ending; a central bank named bare after a comma.
  ["Moneyfacts data showed the average two-year fixed rate was 4.82% on Monday.", "4.82%", "Moneyfacts"],
  // "the report said", "the study found", "according to the report": the source of the work the story
  // named first with it.
  [
    "The market is worth $18.5 billion, according to a report by investment bank Houlihan Lokey. Franchise values rose 12%, the report said.",
    "12%",
    "Houlihan Lokey",
  ],
  [
    "Pilgrims spent €31 million, a study by the University of Galway found. The average pilgrim spent €86 per day, according to the study.",
    "€86",
    "University of Galway",
  ],
  // A source named past a release's day and its descriptor; a white paper is a report; a new work's
  // source named in the next sentence (since session 47).
  [
    "The market grew 23 per cent in FY26, according to a report released on Monday by gaming-focused venture fund Lumikai.",
    "23 per cent",
    "Lumikai",
  ],
  [
    "Sales rose 4.8 percent, according to the annual white paper published by the Korea Creative Content Agency. Mobile sales fell 0.8 percent, the report said.",
    "0.8 percent",
    "Korea Creative Content Agency",
  ],
  [
    "Kenyans spent Sh9.8 billion on video games in the year to June, a new report shows. The report by the Communications Authority of Kenya, released on Friday, counts 7.4 million players.",
    "Sh9.8 billion",
    "Communications Authority of Kenya",
  ],
  // (Not a source named later in the story, nor a work of another kind.)
  [
    "Kenyans spent Sh9.8 billion on video games in the year to June, a new report shows. Gaming grew fast. Studios hired staff. Nairobi's studios now employ thousands of young developers and artists, many of them self-taught. Investors have noticed the trend. Publishers opened offices in the city, and two of the largest mobile-game studios in Lagos and Johannesburg set up regional hubs there this year to recruit local talent and artists for their next three titles. Later, a report by the Communications Authority of Kenya counted 7.4 million players.",
    "Sh9.8 billion",
    undefined,
  ],
  [
    "Kenyans spent Sh9.8 billion on video games, a new report shows. A survey by the Communications Authority of Kenya counted 7.4 million players.",
    "Sh9.8 billion",
    undefined,
  ],
  // ("released by the fund on Wednesday": the body by its kind, not a day after a descriptor.)
  [
    "The Public Investment Fund's assets rose 19 percent to SR3.63 trillion, according to figures released by the fund on Wednesday.",
    "19 percent",
    "Public Investment Fund",
  ],
  // A body named by its kind, or "It", that revises, keeps or narrows a forecast or projection, or now
  // expects a figure, speaks for it; a closing statement of a person speaks instead for what it expects
  // (since session 47).
  [
    "Laurentian Gold posted output of 300,000 ounces. The miner narrowed its 2026 production guidance to between 1.08 million and 1.12 million ounces.",
    "1.08 million and 1.12 million ounces",
    "Laurentian Gold",
  ],
  [
    "Mitsubishi Chemical Group cut its profit forecast. It kept its revenue projection at 4.45 trillion yen.",
    "4.45 trillion yen",
    "Mitsubishi Chemical Group",
  ],
  [
    "Kestrel Group cut jobs. The group now expects adjusted operating profit of £78m to £84m.",
    "£78m to £84m",
    "Kestrel Group",
  ],
  [
    "TIM Brasil reported results. The Rio de Janeiro-based carrier now expects to distribute as much as 18 billion reais, Chief Executive Officer Alberto Griselli said in an interview.",
    "18 billion reais",
    "Alberto Griselli",
  ],
  [
    "Kazatomprom cut output. The company expects its average realised price to be around $65 per pound in 2026, while spot uranium traded at $72.75 per pound last week, according to UxC.",
    "$65",
    "Kazatomprom",
  ],
  [
    "DoorDash raised its outlook. The San Francisco-based company said total orders climbed 21% to 845 million, ahead of the 828 million analysts had forecast, according to FactSet.",
    "21%",
    "DoorDash",
  ],
  // (What a forecast is "for" may run longer before its "of".)
  [
    "Hartwell Health Care reported results. The company reaffirmed its guidance for full-year underlying net profit of between $285 million and $305 million.",
    "$285 million and $305 million",
    "Hartwell Health Care",
  ],
  // ("The council" for a council whose name ends in its country, by the mention that says the kind.)
  [
    "The Minerals Council South Africa said output fell. The Minerals Council said jobs were lost. The council estimates that illicit gold trading costs South Africa about R14bn a year.",
    "R14bn",
    "Minerals Council South Africa",
  ],
  // "It" after a source of data credited as such is the story's company (session 48).
  [
    "Otis Worldwide Corp forecast 2027 adjusted profit above expectations on Wednesday, betting on its service business. The world's largest elevator maker expects adjusted earnings per share of $4.35 to $4.45 next year, compared with analysts' average estimate of $4.31, according to data compiled by LSEG. It sees organic sales rising 2% to 4%.",
    "2% to 4%",
    "Otis Worldwide",
  ],
  // Projections, targets and assumptions are the body's own (session 48).
  ["Lennox International Inc. projected 2027 revenue growth of about 6%.", "6%", "Lennox International"],
  [
    "Cellnex reported results. The company targets a leverage ratio of between 5.0 and 6.0 times net debt to EBITDA by the end of 2027.",
    "5.0 and 6.0 times",
    "Cellnex",
  ],
  [
    "Toyota Motor Corp raised its forecast. It assumes an exchange rate of 150 yen to the dollar for the second half.",
    "150 yen",
    "Toyota Motor",
  ],
  // (A place with an abbreviation's point in a body's description: "The St. Louis-based retailer".)
  [
    "Build-A-Bear Workshop Inc posted results. The St. Louis-based retailer now expects full-year revenue of $530 million.",
    "$530 million",
    "Build-A-Bear Workshop",
  ],
  [
    "Tomy Co reported results. Revenue rose 5% to 120 billion yen, the toymaker said.",
    "120 billion yen",
    "Tomy",
  ],
  // (A body named by its kind that a people's adjective or its index describes; a contractor, a recruiter.)
  [
    "Randstad NV reported results. The Dutch group said revenue rose 5% to 5.9 billion euros.",
    "5.9 billion euros",
    "Randstad",
  ],
  ["Aviva Plc reported results. The FTSE 100 insurer said premiums rose 31% to £13.9bn.", "£13.9bn", "Aviva"],
  [
    "Helmerich & Payne Inc reported a loss. Revenue rose 4% to $1.04 billion, the drilling contractor said.",
    "$1.04 billion",
    "Helmerich & Payne",
  ],
  // (A statement or a filing referred back to speaks for whoever the story said made it.)
  [
    "Larkspur Stores Plc said in a filing on Tuesday that profit rose. Revenue rose 8% to N12 billion, according to the filing.",
    "N12 billion",
    "Larkspur Stores",
  ],
  [
    "Ormond Mining said in a statement that output fell. Sales fell 4% to £1.2bn, the statement said.",
    "£1.2bn",
    "Ormond Mining",
  ],
  // (A pollster or data provider is no "the company", nor an exchange a filing went to.)
  [
    "The Toro Co. reported a profit. Analysts surveyed by Zacks Investment Research expected less. Six analysts surveyed by Zacks expected $1.07 billion. For the year, the company reported profit of $402.6 million.",
    "$402.6 million",
    "Toro",
  ],
  [
    "Padini Holdings Bhd's net profit rose. In a filing with Bursa Malaysia, the company said revenue rose 9% to RM487mil.",
    "RM487mil",
    "Padini Holdings",
  ],
  [
    "Anadolu Efes AS reported a profit, it said in a statement to the Borsa Istanbul. It expects capital expenditure to be about 8% of net sales.",
    "8%",
    "Anadolu Efes",
  ],
  // (A body named after "compiled by" is no "the company", but may be "the statistics agency".)
  [
    "Data compiled by Statistics Korea showed sales rose. Online sales came to 216.3 trillion won, the statistics agency said.",
    "216.3 trillion won",
    "Statistics Korea",
  ],
  // (A steelmaker, a builder, a corporation or a marketplace named by its kind; "the corporation" the one
  // body named a Corporation, where there is one.)
  [
    "Tata Steel Ltd reported results. The steelmaker said output rose 5% to 5.2 million tonnes.",
    "5.2 million tonnes",
    "Tata Steel",
  ],
  [
    "Balfour Beatty Plc won a contract. The builder said revenue rose to £2 billion.",
    "£2 billion",
    "Balfour Beatty",
  ],
  [
    "Canada Post reported results on Friday. The Crown corporation reported a loss of C$400 million.",
    "C$400 million",
    "Canada Post",
  ],
  [
    "The Pakistan Broadcasting Corporation runs Radio Pakistan. Radio Pakistan operates 86 stations, according to the corporation.",
    "86 stations",
    "Pakistan Broadcasting Corporation",
  ],
  // (A company's own part, named after "its", and its owner, named after "owned by" or "a unit of", are
  // never the "It" that speaks.)
  [
    "Padini Holdings Bhd's net profit rose 18% on stronger sales at its Padini Concept Store and Brands Outlet chains. Revenue increased 9.2% to RM487.3mil. Gross profit margin improved to 39.1%, as the group cleared less stock at lower prices, it said.",
    "39.1%",
    "Padini Holdings",
  ],
  [
    "Nigerian Breweries reported results on Monday. Revenue at the Lagos-listed company, which is majority-owned by Heineken, rose 58% to 1.12 trillion naira. Volumes fell by about 14% in the period, it said.",
    "14%",
    "Nigerian Breweries",
  ],
  // ("the association" is the one trade body named, whatever its name calls it: a Federation, a Consortium.)
  [
    "The Malaysian Iron and Steel Industry Federation released data on Monday. The association said output would rise 3%.",
    "3%",
    "Malaysian Iron and Steel Industry Federation",
  ],
  [
    "The British Retail Consortium released data on Monday. The association expects sales to rise 4%.",
    "4%",
    "British Retail Consortium",
  ],
  // (A cocoa grinder, a coffee roaster, a meatpacker and a record label named by their kind; "the regulator" a
  // statutory Board too.)
  ["Olam Food Ingredients reported results. The cocoa grinder said volumes fell 5%.", "5%", "Olam"],
  [
    "Universal Music Group reported results. The label said streaming revenue rose 9%.",
    "9%",
    "Universal Music Group",
  ],
  [
    "The Kenya Copyright Board released data. The regulator said collections rose 12%.",
    "12%",
    "Kenya Copyright Board",
  ],
  // (A named owner's part reports for the owner: "EY's UK business reported", "Bayer's crop science division
  // posted"; not "Its cement segment posted", whose owner the sentence does not name. The reinsurer is a
  // company named by its kind.)
  ["EY's UK business reported revenue of 3.9 billion pounds, up 2%.", "2%", "EY"],
  ["Bayer's crop science division posted a 4.2% fall in third-quarter sales.", "4.2%", "Bayer"],
  [
    "Malayan Cement reported results. The Rapid Transit System opened in May. Its cement segment posted a pre-tax profit of RM172.6 million.",
    "RM172.6 million",
    undefined,
  ],
  [
    "Hannover Re reported results on Thursday. The world's third-largest reinsurer, which is majority-owned by Talanx AG, said it still expects net income of 2.6 billion euros.",
    "2.6 billion euros",
    "Hannover Re",
  ],
  // (A body that "estimates" a clause speaks: "The ministry estimates Japan will need", "estimates there
  // are", "estimates about 1,000 beds have closed"; not "The ministry estimates show", a noun, nor a
  // title-case headline's "Cost Estimate Jumps".)
  [
    "The Health Ministry said costs rose. The ministry estimates Japan will need about 2.72 million care workers.",
    "2.72 million care workers",
    "Health Ministry",
  ],
  [
    "The Department of Health said homes closed. The department estimates there are about 2,600 homes.",
    "2,600 homes",
    "Department of Health",
  ],
  ["HS2 Cost Estimate Jumps to as Much as £83 Billion in Project Reset", "£83 Billion", undefined],
  [
    "The Ministry of Finance said taxes rose. The Ministry of Finance estimates the special consumption tax on beer will raise VND4.3 trillion more in 2027.",
    "VND4.3 trillion",
    "Ministry of Finance",
  ],
  // ("The maker of Cup Noodle and Chicken Ramen reported": the maker, named by its kind, not its products.)
  [
    "Nissin Foods Holdings reported results. The maker of Cup Noodle and Chicken Ramen reported operating profit of 41.2 billion yen.",
    "41.2 billion yen",
    "Nissin Foods Holdings",
  ],
  [
    "Unga Group reported results. The maker of Jogoo and Hostess flour posted a profit of Sh412 million.",
    "Sh412 million",
    "Unga Group",
  ],
  // (A market's move set off after a report, ", sending ... shares down", is no one's statement.)
  ["Bayer posted a 4.2% fall in sales, sending the German group's shares down 5.1%.", "5.1%", undefined],
  ["Bayer posted a 4.2% fall in sales, sending the German group's shares down 5.1%.", "4.2%", "Bayer"],
  // "..., the data showed", "the figures show": the data the story named last with their source before
  // (session 54).
  [
    "Brokers placed N412 billion of premiums, according to data from the National Insurance Commission. Commission income rose 18% to N61 billion, the data showed.",
    "N61 billion",
    "National Insurance Commission",
  ],
  [
    "Premiums rose, according to data from the National Insurance Commission. Loans at NBFCs rose, SECP data showed. NPLs rose to Rs42.8bn, the data showed.",
    "Rs42.8bn",
    "SECP",
  ],
  // (No source named before, no speaker.)
  ["NPLs rose to Rs42.8bn, the data showed.", "Rs42.8bn", undefined],
  // (A source described before its name: "a report by Dubai-based consultancy Ventura Mobility Research";
  // a work with three words before it: "said in its twice-yearly Financial Stability Report".)
  [
    "E-bike sales fell 12%, according to a report by Dubai-based consultancy Ventura Mobility Research. Prices fell 3%, the report said.",
    "3%",
    "Ventura Mobility Research",
  ],
  [
    "The Federal Reserve said in its twice-yearly Financial Stability Report that lending rose. The market has grown to about $1.8 trillion, the report said.",
    "$1.8 trillion",
    "Federal Reserve",
  ],
  // (Session 55: a company the kind's words describe, over the one named most: "the cable maker" in a
  // story of Southern Cable that names its customer more often; "The Bengaluru-based company" after
  // "Bengaluru-based BEML Ltd"; "the research house" a broker's research arm.)
  [
    "Southern Cable Group Bhd's profit jumped 58% on deliveries to Tenaga Nasional Bhd (TNB). TNB plans to spend more, and TNB's grid upgrade is on track. Revenue rose 34.6%, the cable maker said.",
    "34.6%",
    "Southern Cable Group",
  ],
  [
    "Bengaluru-based BEML Ltd won an order from Coal India for 40 dumpers. Coal India said output rose 5%, and Coal India plans more orders. Revenue rose 12%, the Bengaluru-based company said.",
    "12%",
    "BEML",
  ],
  [
    "Velesto Energy posted a profit. In a note, Hong Leong Investment Bank Research kept a hold call on Velesto Energy. The research house cut its earnings forecast by 9%.",
    "9%",
    "Hong Leong Investment Bank Research",
  ],
  // (An index a named source compiles: "A separate index by HassConsult showed"; "the website said", "the
  // shipowner said" as "the company said".)
  ["A separate index by HassConsult showed prices rose 2.1%.", "2.1%", "HassConsult"],
  [
    "Rightmove said asking prices fell 1.8% in November. Average rents rose 3%, the website said.",
    "3%",
    "Rightmove",
  ],
  [
    "Great Eastern Shipping sold a 2009-built supramax. Charter rates rose 5%, the Mumbai-based shipowner said.",
    "5%",
    "Great Eastern Shipping",
  ],
  // (Or the one before it in apposition: "Al Rimal Mining Services, the Riyadh-based contractor"; not a
  // company named after the place's sentence ends.)
  [
    "Al Rimal Mining Services, the Riyadh-based contractor, won a mine deal. Komatsu sold 40 trucks. Komatsu said sales rose. Revenue rose 12%, the Riyadh-based company said.",
    "12%",
    "Al Rimal Mining Services",
  ],
  // (Session 56: "after tax" inside a forecast's noun does not end its phrase before "of".)
  [
    "Downer EDI won a contract. Downer reaffirmed its guidance for underlying net profit after tax of $305 million to $320 million.",
    "$305 million to $320 million",
    "Downer",
  ],
  // (Session 56: "wrote in a note that" is speech; only a number right after "in" makes "wrote" a count.)
  [
    "Itau BBA analyst Vinicius Ribeiro wrote in a note that margins could reach 18%.",
    "18%",
    "Vinicius Ribeiro",
  ],
  // (Session 56: "reported that the ...": "the" after a verb with "that" is the clause's, no bound's.)
  [
    "The Philippine Statistics Authority (PSA) reported that the average farmgate price of palay fell 9.8 percent in October.",
    "9.8 percent",
    "Philippine Statistics Authority",
  ],
  // (Session 56: "flagged that" and "reiterated that" report as "said that" does.)
  [
    "Bapcor Ltd cut its outlook. Bapcor also flagged that tariffs had raised costs by about 4 per cent.",
    "4 per cent",
    "Bapcor",
  ],
  [
    "The company reiterated that it expects to repurchase as much as $1 billion of stock.",
    "$1 billion",
    undefined,
  ],
  // (Session 56: a list's items are told by whom its heading names, a source or a company's name alone.)
  [
    "Swiss watch exports by destination, January-October 2026, according to the Federation of the Swiss Watch Industry:\n\n1. United States: 4.31 billion francs, up 4.1%\n2. China: 1.86 billion francs, down 18.7%\n\nTotal: 21.6 billion francs, down 2.9%",
    "1.86 billion francs",
    "Federation of the Swiss Watch Industry",
  ],
  [
    "Swiss watch exports by destination, according to the Federation of the Swiss Watch Industry:\n\n1. United States: 4.31 billion francs, up 4.1%\n\nTotal: 21.6 billion francs, down 2.9%",
    "21.6 billion francs",
    "Federation of the Swiss Watch Industry",
  ],
  [
    "FRANKFURT, Nov 20, 2026 (Reuters) - Villeroy & Boch AG:\n\n* Nine-month revenue rose 31.4% to 1.21 billion euros\n\n* Operating EBIT of 86.3 million euros",
    "86.3 million euros",
    "Villeroy & Boch",
  ],
  [
    "The Brazilian Association of Ceramic Tile Manufacturers (Anfacer) released its quarterly survey.\n\nKey figures from the Anfacer report:\n\n- Production: 232 million square meters in the third quarter\n- Capacity utilization: 71%",
    "71%",
    "Brazilian Association of Ceramic Tile Manufacturers",
  ],
  // (Not prose after the list, nor a list under a heading that names no one.)
  [
    "Key markets:\n\n1. United States: 4.31 billion francs, up 4.1%\n\nExports to China fell 18.7% in October.",
    "4.31 billion francs",
    undefined,
  ],
  [
    "Exports, according to the Federation of the Swiss Watch Industry:\n\n1. United States: 4.31 billion francs\n\nSales at Swatch fell 3% last year.",
    "3%",
    undefined,
  ],
  // (Session 56: "reports" are a named source's data, as "figures" are: "USDA market reports show".)
  [
    "Cheese stocks rose 4% in October, the USDA said. Butter stocks rose 3% in October, USDA market reports show.",
    "3%",
    "USDA",
  ],
  // (Session 56: a quote a sentence closes with "the company said" is that company's, and "the firm" or
  // "the research house" after "Analysts at X" is X, never the story's company.)
  ['Tesla raised prices. "Sales rose 8% in the quarter," the company said.', "8%", "Tesla"],
  [
    'The Nigerian Railway Corporation raised fares. Analysts at Lagos-based SBM Intelligence said the rise was steep. "At about N42 per kilometre, rail is still cheaper than buses," the firm said in a note.',
    "N42",
    "SBM Intelligence",
  ],
  [
    'Sinar Emas Holdings posted a profit. Kenanga Investment Bank raised its target price for Sinar Emas. "We raise our earnings forecasts by 8% to 11%," the research house said.',
    "8% to 11%",
    "Kenanga Investment Bank",
  ],
  [
    "Sona BLW shares rose 6%. Analysts at Kotak Institutional Equities raised their target price. The brokerage now expects EPS of Rs 12.6 in FY27.",
    "Rs 12.6",
    "Kotak Institutional Equities",
  ],
  // Session 57: a forecast's figure right after its "for"; an analyst's fair value; a city with a particle
  // in "the X, State-based company".
  [
    "Embraer reaffirmed its full-year guidance for 155 to 165 executive jet deliveries.",
    "155 to 165 executive jet deliveries",
    "Embraer",
  ],
  ["Nomura maintained its fair value of RM1.42 on the stock.", "RM1.42", "Nomura"],
  ["Embraer reaffirmed its full-year guidance for about 155 jets.", "155 jets", "Embraer"],
  [
    "Hecla Mining posted record sales on Thursday. The Coeur d'Alene, Idaho-based company said costs rose 5%.",
    "5%",
    "Hecla Mining",
  ],
  [
    "STOCKHOLM, Nov 13, 2026 (Reuters) - Nibe Industrier AB:\n\n* Q3 ORGANIC GROWTH 7.8%\n\nSwedish heat pump maker Nibe reported a jump in profit.",
    "7.8%",
    "Nibe Industrier",
  ],
  // (Not an item that gives others' view: a poll's consensus under the company's brief.)
  [
    "STOCKHOLM, Nov 13, 2026 (Reuters) - Nibe Industrier AB:\n\n* Q3 ORGANIC GROWTH 7.8%\n\n* REUTERS POLL: Q3 OPERATING PROFIT SEEN AT SEK 1.04 BILLION\n\nSwedish heat pump maker Nibe reported a jump in profit.",
    "SEK 1.04 BILLION",
    undefined,
  ],
  // (But what the company says is expected stays its own.)
  [
    "FRANKFURT, Nov 20, 2026 (Reuters) - Villeroy & Boch AG:\n\n* Says synergies from Ideal Standard expected to reach 40 million euros a year by 2028\n\nThe company reported results.",
    "40 million euros",
    "Villeroy & Boch",
  ],
  // (The heading's company is one whatever the tagger makes of its words, and "AS" is its legal form.)
  [
    "OSLO, Nov 5, 2026 (Reuters) - Statkraft AS:\n\n* Q3 NET PROFIT NOK 2.31 BILLION VERSUS NOK 1.07 BILLION YEAR AGO",
    "NOK 2.31 BILLION",
    "Statkraft",
  ],
  [
    "ISTANBUL, Nov 4, 2026 (Reuters) - Aygaz AS:\n\n* Q3 NET PROFIT 1.42 BILLION LIRA VERSUS 1.08 BILLION LIRA YEAR AGO",
    "1.42 BILLION LIRA",
    "Aygaz",
  ],
  [
    "STOCKHOLM, Nov 13, 2026 (Reuters) - Nibe Industrier AB:\n\n* Q3 ORGANIC GROWTH 7.8%",
    "7.8%",
    "Nibe Industrier",
  ],
  // (A hyphen inside the company's name is no dateline's dash.)
  [
    "LAGOS, Nov 23, 2026 (Reuters) - Ola-Daniels Stationery Plc:\n\n* Nine-month revenue 48.6 billion naira versus 35.2 billion naira a year ago",
    "48.6 billion naira",
    "Ola-Daniels Stationery",
  ],
  // A body that "estimates" a level speaks for it, as one that "estimates that" does (session 59); not
  // estimates a result beat ("beating Wall Street estimates": a noun).
  [
    "The Tea Board of Kenya estimates the crop at 570 million kg this season.",
    "570 million kg",
    "Tea Board of Kenya",
  ],
  [
    "Harvest Foods said sales jumped 35% in the quarter, beating Wall Street estimates.",
    "35%",
    "Harvest Foods",
  ],
  // A name before an aside a preposition opens still revises its forecast (session 60).
  [
    "Maybank Investment Bank, in a note to clients, raised its FY27 earnings forecast for the group by 4% to RM41.2mil.",
    "RM41.2mil",
    "Maybank Investment Bank",
  ],
  // A place's region set off by commas is part of the aside before "said"; a person set off after a place
  // is the speaker.
  [
    "Kurose Marine Recycling, based in Onomichi, Hiroshima Prefecture, said on Thursday that the dock would cost 12 billion yen.",
    "12 billion yen",
    "Kurose Marine Recycling",
  ],
  [
    "A trader in Anarkali Bazaar, Imran Qadir, said sales had fallen by a quarter.",
    "a quarter",
    "Imran Qadir",
  ],
  // A relative clause of saying speaks for what it says, up to its closing comma; not where the main verb
  // after it says, nor a gain ("which added 0.8 percent").
  [
    "Corvane Systems, which reported on Wednesday that third-quarter revenue rose 8.9%, kept its outlook.",
    "8.9%",
    "Corvane Systems",
  ],
  [
    "Payvault, which says it has 1.3 million registered users, must also pay a fine of 50 million naira.",
    "50 million naira",
    undefined,
  ],
  [
    "Ngozi Eze, who spoke at a forum in Lagos on Monday, said charges rose to N268 billion.",
    "N268 billion",
    "Ngozi Eze",
  ],
  // Session 61: a closing attribution may name the day it spoke before where it spoke.
  [
    "The cremation rate reached 61.2 percent, the Ministry of Civil Affairs said Monday ahead of the Qingming Festival.",
    "61.2 percent",
    "Ministry of Civil Affairs",
  ],
  // Session 61: a competition authority is no "company".
  [
    "The Competition and Markets Authority said it would review the deal between Lanark Print Group and Harbourline. The CMA said the deal could raise prices. The company said it was ready to sell its plant in Leeds, which has annual sales of about 45 million pounds.",
    "45 million pounds",
    "Lanark Print Group",
  ],
  // Session 61: findings and checks by a named source report for it.
  [
    "About 40 per cent of operators now take mobile payments, findings by BusinessDay show.",
    "40 per cent",
    "BusinessDay",
  ],
  // Session 61: a wire brief's "SAYS" before another verb names no one; the company does.
  [
    "Nov 5 (Reuters) - Lindqvist Etikett AB:\n\n* SAYS EXPECTS LABEL MARKET TO GROW 2-3 PERCENT IN 2027\n",
    "2-3 PERCENT",
    "Lindqvist Etikett",
  ],
  // Session 62: the name after "said" and a body's title in lower case; a chief's title before a name.
  [
    "Prices of bread rose 10% to Rs 50, said the association's president, Fazal Rehman.",
    "10%",
    "Fazal Rehman",
  ],
  ['"Sales grew 12% this year," said its chief executive, Mary Jones.', "12%", "Mary Jones"],
  ["Sales rose 10%, said the company's chief executive, Mr Tunde Bakare.", "10%", "Tunde Bakare"],
  ["The association's president, Chief Ikechukwu Nwankwo, said output fell 20%.", "20%", "Ikechukwu Nwankwo"],
  // (Not a title's modifier before a capitalized word: "the government's national AI strategy".)
  [
    "The UAE aims for AI to add Dh335bn by 2031, according to the government's national AI strategy.",
    "Dh335bn",
    undefined,
  ],
  // (Not a lobby whose name holds the word: "the blockchain analytics firm" is no Blockchain Association.)
  [
    "The Blockchain Association of Kenya welcomed the bill. Trading was worth about $2.4 billion, the blockchain analytics firm said.",
    "$2.4 billion",
    undefined,
  ],
  // (Not a work whose owner is named there: "the RBI survey showed" is the RBI's.)
  // (Past the time the data cover: "data for the second quarter shows".)
  [
    "TransUnion data for the second quarter shows that 6.1% of home loan balances were in arrears.",
    "6.1%",
    "TransUnion",
  ],
  [
    "The average rate on new mortgages was 3.81 per cent in September, Central Bank data show.",
    "3.81 per cent",
    "Central Bank",
  ],
  // "the company said" opening its sentence is the company that opens the sentence before (not one of a
  // pair, nor a public authority), however often the article names another (since session 43).
  [
    "Tata Consultancy Services said revenue rose 2%. Infosys Ltd posted a 4% rise in revenue. The Bengaluru-based company said it hired 3,200 freshers in the quarter. Tata Consultancy Services shares rose.",
    "3,200 freshers",
    "Infosys",
  ],
  [
    "Airtel Africa said revenue rose 12%. Airtel Africa plans to list its unit. Mastercard and Qatar Investment Authority bought stakes in 2022. The company said the naira fell about 5% in the half.",
    "5%",
    "Airtel Africa",
  ],
  // A facility's name speaks for the body that runs it (since session 43).
  ["Passenger numbers rose 4% to 7.1 million in October, Gatwick Airport said.", "4%", "Gatwick Airport"],
  // A title written whole after "The" opening its sentence, that no one holds yet, is the person named
  // just before (the Malaysian wires' way: "..., says X. The ... Minister said").
  [
    "PUTRAJAYA: Padi prices will rise, says Datuk Seri Mohamad Sabu. The Agriculture and Food Security Minister said the subsidy would cost RM420mil a year.",
    "RM420mil",
    "Mohamad Sabu",
  ],
  [
    "KUALA LUMPUR: Bills will not rise for most users, says Datuk Seri Fadillah Yusof. The Energy Transition and Water Transformation Minister said about 85% of users would see no increase.",
    "85%",
    "Fadillah Yusof",
  ],
  // ("he" after such a title is that person too, not the title's words.)
  [
    'PUTRAJAYA: Padi prices will rise, says Datuk Seri Mohamad Sabu. The Agriculture and Food Security Minister said the subsidy would cost RM420mil. "This will benefit 192,000 farmers," he told reporters.',
    "192,000 farmers",
    "Mohamad Sabu",
  ],
  // A company described by a place's possessive and a superlative, or by a hanging hyphen's pair of
  // places, speaks as "the company" does (since session 44).
  [
    "Zurich Insurance posted a profit. Its solvency ratio stood at 245%, Switzerland's biggest insurer said.",
    "245%",
    "Zurich Insurance",
  ],
  [
    "Americana Restaurants posted a loss. Revenue declined 2.8 per cent, the Abu Dhabi- and Riyadh-listed company said.",
    "2.8 per cent",
    "Americana Restaurants",
  ],
  // (Not whose group it is: "Miami's ownership group" names no company of the story.)
  [
    "MLS expanded. Miami's ownership group said the stadium would cost about $1 billion.",
    "$1 billion",
    undefined,
  ],
  // (Session 45: more kinds of company stand for the story's company.)
  [
    "Harrow & Vale Jewellers Inc. reported a loss. The Montreal-based jeweller says revenue rose 4.2% in the quarter.",
    "4.2%",
    "Harrow & Vale Jewellers",
  ],
  ["Nordpaper AB cut jobs. The papermaker said output fell 6% in October.", "6%", "Nordpaper"],
  // A company or a firm that cuts a forecast "by" a figure, or keeps, reaffirms or narrows one "at" or "of"
  // a figure, speaks for it (session 46); not past "on Thursday after".
  [
    "Sumitomo Rubber cut its full-year operating profit forecast by 12% to 90 billion yen.",
    "12%",
    "Sumitomo Rubber",
  ],
  ["Goldman Sachs kept its 2027 Brent forecast at $56 a barrel.", "$56", "Goldman Sachs"],
  [
    "Safaricom kept its full-year guidance for group EBIT of 150 billion shillings.",
    "150 billion shillings",
    "Safaricom",
  ],
  [
    "Halvern Pharma raised its full-year profit forecast on Thursday after sales of its injection tripled, sending its shares up 7.4%.",
    "7.4%",
    undefined,
  ],
  [
    "Rival Hakuhodo DY Holdings Inc. raised its full-year operating profit forecast by 6% to 69 billion yen.",
    "6%",
    "Hakuhodo DY Holdings",
  ],
  // "the company" in a sentence that names another company opening a clause, and not the article's main one,
  // is that company; not one after a preposition or after a sentence opened by a prepositional phrase.
  [
    "Brazilian cookware maker Tramontina raised prices. Tramontina expects exports to rise, Tramontina said. Tramontina's rivals are struggling. Shares of Panelas Rochedo's parent, Grupo Rochedo SA, have dropped 18%, and the company posted a loss of 23.4 million reais.",
    "23.4 million reais",
    "Grupo Rochedo",
  ],
  [
    "Hospital operator Solaris Saude SA listed its shares. Solaris Saude said demand was strong. Separately, Sao Paulo-based fintech Pagly raised $120 million in a Series C round, the company said.",
    "$120 million",
    "Pagly",
  ],
  [
    "Biocon Ltd licensed its drug to US-based Meridian Pharmaceuticals. Biocon said the deal was its largest, and Biocon shares rose. Under the terms, Meridian will pay an upfront fee of $35 million, the company said.",
    "$35 million",
    "Biocon",
  ],
  [
    "Singapore Telecommunications Ltd (Singtel) sold shares. Singtel said it would return cash. Net profit surged 63 per cent, boosted by the sale of a stake in Bharti Airtel, the company said.",
    "63 per cent",
    "Singapore Telecommunications",
  ],
  // A place's body named after the place in lower case speaks by that name, not the place (session 67):
  // "according to the Nuevo Leon tourism department" had given Nuevo Leon; "the Kano State chapter of"
  // gives no one.
  [
    "MONTERREY - Hotel occupancy reached 71% in October, according to the Nuevo Leon tourism department.",
    "71%",
    "Nuevo Leon tourism department",
  ],
  [
    "LAGOS - Kano had 36 tanneries a decade ago, according to the Kano State chapter of the manufacturers' association.",
    "36 tanneries",
    undefined,
  ],
  // "according to" a body its country's possessive owns: the body by that name, not the country (session 68).
  ["Ferry fares rose 5% last year, according to Tanzania's central bank.", "5%", "Tanzania's central bank"],
  // A closing "X said" speaks for the level a body set in the sentence, unless a contrast stands between.
  [
    "Kampala-based Ugastove Ltd has cut its 2026 sales target by 35%, Managing Director Ronald Ssempala said.",
    "35%",
    "Ronald Ssempala",
  ],
  [
    "Banorte raised its target price for the stock to 48.50 pesos, while Monex said the valuation was high.",
    "48.50 pesos",
    "Banorte",
  ],
  // A public body named by its description only is the speaker as written, where a word beyond its kind
  // says which ("the agriculture ministry"); not a company's kind ("the ratings agency"), a place's ("the
  // Tokyo-based agency") or a bare generic one ("the state agency"); "the agency" after the Philippine Coast
  // Guard is the coast guard (session 75).
  ["Exports rose 12% in October, the agriculture ministry said.", "12%", "agriculture ministry"],
  [
    "Output fell 3.1% in the quarter, the national statistics institute said on Monday.",
    "3.1%",
    "national statistics institute",
  ],
  ["Prices rose 4%, the state agency said.", "4%", undefined],
  ["Ad spending will rise 8.4%, the Tokyo-based agency said.", "8.4%", undefined],
  ["The outlook was cut to negative with debt at 92% of GDP, the ratings agency said.", "92%", undefined],
  [
    "The Philippine Coast Guard (PCG) inspected 1,200 boats. About 140 were damaged, the agency said.",
    "140",
    "Philippine Coast Guard",
  ],
  // A board named by title words alone is the institution ("the Health Board", "the National Board of
  // Health and Welfare"), as a ministry or a bank is; "the Board" alone names none here.
  ["Sales rose 4%, the Health Board said.", "4%", "Health Board"],
  [
    "Care costs rose 4% in October, according to the National Board of Health and Welfare.",
    "4%",
    "National Board of Health and Welfare",
  ],
  ["Sales rose 4%, the Board said.", "4%", undefined],
  // An explainer's question headings over paragraphs that quote no one are no interview where its "spoke
  // to" ends a relative clause ("growers we spoke to:"), whoever the article names.
  [
    "Explainer: How Amina Otieno's roses travel to London\n\nAccording to estimates by growers we spoke to:\n- Air freight costs around £2.70 for the bunch.\n\nWhat about the carbon?\nA Dutch rose grown in a heated greenhouse can emit up to 2.9 kg of carbon dioxide.\n\nHow big is the trade?\nKenya's flower industry earned 114.6 billion shillings in 2025.",
    "114.6 billion shillings",
    undefined,
  ],
  // A title in lower case of several words, one hyphened, between "said" and the name; a councillor's or
  // an owner's title; "Coun." written short; an interview's initials with a particle in lower case ("PvR:").
  ['"Sales grew 20% this year," said co-founder and chief executive Melissa Tan.', "20%", "Melissa Tan"],
  ['"Rents rose 5% this year," said councillor Sara Templeton.', "5%", "Sara Templeton"],
  ['"We lose 500 pesos a day," said owner Rogelio Benitez.', "500 pesos", "Rogelio Benitez"],
  [
    '"Fees rose 20% this year," said Coun. Laine Johnson, who chairs the finance committee. "Rents rose 5%."',
    "5%",
    "Laine Johnson",
  ],
  [
    "Business Day's Thandi Mokoena spoke to Pieter van Rooyen at his factory.\n\nThandi Mokoena: How has business been?\n\nPieter van Rooyen: Better. Turnover will be around R21-million.\n\nTM: And boards?\n\nPvR: A 6-foot shortboard is R7,800.",
    "R7,800",
    "Pieter van Rooyen",
  ],
  // A trade's noun before the name ("said retired electrician Graham Fowler, 68", "said instructor Jomar
  // Alcantara"), not a headline's "says operator" over the dateline on the next line.
  ['"We lost 40% of our trade," said retired electrician Graham Fowler, 68.', "40%", "Graham Fowler"],
  [
    '"We teach 90 children a day," said instructor Jomar Alcantara, 27.',
    "90 children a day",
    "Jomar Alcantara",
  ],
  [
    "Ferry fares to rise 15pc from January, says operator\nKUALA LUMPUR, Dec 3 - Fares will rise.",
    "15pc",
    undefined,
  ],
  // A pronoun's contraction ("I'd say no", "I'll say this:") names no one: a transcript's label does.
  [
    "ELAINE BOUCHER: I'd say no. Our survey of 2,300 students found 41 per cent bought a drink.",
    "41 per cent",
    "Elaine Boucher",
  ],
  [
    "MARK TAYLOR: I won't make a prediction. I'll say this: we held the price of passes at $99 this year.",
    "$99",
    "Mark Taylor",
  ],
  // A corps, a college or an academy named again by its kind: "..., the corps said".
  [
    "The Federal Road Safety Corps said crashes killed 5,421 people. The figure rose 4%, the corps said.",
    "4%",
    "Federal Road Safety Corps",
  ],
  // Capitalized titles joined by "and" before the name: "said President and CEO Hiroshi Kitamura".
  ['"We sold 400 locks," said President and CEO Hiroshi Kitamura.', "400 locks", "Hiroshi Kitamura"],
  // "Reported" capitalized before an acronym is a metric's name, no company reporting.
  ["Resort Reported EBITDA was a loss of $118.4 million.", "$118.4 million", undefined],
  // A backer or a lender named in the sentence is not "the company" that speaks: the company raising or
  // borrowing is.
  [
    "Pune-based tattoo chain Inkwell Studios has raised Rs 85 crore in a Series B round led by Fireside Ventures, the company said on Thursday.",
    "Rs 85 crore",
    "Inkwell Studios",
  ],
  [
    "A plant being built by Optiq Industries with a $14 million loan from Afreximbank will open in 2027, the company said.",
    "$14 million",
    "Optiq Industries",
  ],
  // A paragraph that is one quote, unattributed, right after an attributed quote's paragraph is the same
  // speaker's words (a Nordic release's CEO comment, quoted paragraph by paragraph); so is one that runs
  // on into the next paragraph, and the one after it.
  [
    '"The quarter was our strongest ever," says CEO Maja Eklund.\n\n"In Norway, sales rose 18% to NOK 38.4 million."',
    "18%",
    "Maja Eklund",
  ],
  [
    '"The quarter was our strongest ever," says CEO Maja Eklund.\n\n"We opened 14 stores.\n\n"Freight costs fell 20 percent."',
    "20 percent",
    "Maja Eklund",
  ],
  // Not a quote that opens a paragraph of other words, nor one after a paragraph of the reporter's.
  [
    '"The quarter was our strongest ever," says CEO Maja Eklund.\n\nThe group expects "sales of NOK 40 million" in 2027.',
    "NOK 40 million",
    undefined,
  ],
  [
    '"The quarter was our strongest ever," says CEO Maja Eklund.\n\nThe group has 61 salons.\n\n"Sales rose 18%."',
    "18%",
    undefined,
  ],
];

describe("speakers linked to the article's entities", () => {
  it.each(CASES)("%s", (text, figure, speaker) => {
    const found = extract(text).figures.find((f) => f.text === figure);
    expect(found, figure).toBeDefined();
    expect(found?.speaker?.name).toBe(speaker);
  });
});

describe("a body named by its kind", () => {
  it("names no one where two bodies of that kind were named", () => {
    const found = extract(
      "The Kenya Dairy Board and the Tea Board met on Monday. Prices rose 4%, the board said.",
    );
    expect(found.figures[0]?.speaker).toBeUndefined();
    const banks = extract(
      "The Central Bank of Kenya held rates as the World Bank disbursed funds. Reserves rose 3%, the bank said.",
    );
    expect(banks.figures[0]?.speaker).toBeUndefined();
  });

  it("reads a kind written as an acronym: 'the REIT said' names the one REIT, else no one", () => {
    const named = extract("Seri Bintang REIT posted income. Occupancy rose to 96%, the REIT said.");
    expect(named.figures[0]?.speaker?.name).toBe("Seri Bintang REIT");
    expect(extract("Occupancy rose to 96%, the REIT said.").figures[0]?.speaker).toBeUndefined();
  });

  it("reads the kind before 'of' and a central bank by its words", () => {
    const found = extract(
      "The Central Bank of Kenya held rates as the World Bank disbursed funds. Reserves rose 3%, the central bank said. Revenue rose 5%, the ministry said, after the Ministry of Finance met.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("Central Bank of Kenya");
    expect(found.figures[1]?.speaker).toBeUndefined();
  });

  it("reads the words that describe the kind: a company's, and which body of the kind", () => {
    const company = extract(
      "Lotto NZ had a strong year. The state-owned enterprise said sales rose 6.5 per cent.",
    );
    expect(company.figures[0]?.speaker?.name).toBe("Lotto NZ");
    const based = extract("Cineplex sold more tickets. Revenue rose 4%, the Toronto-based company said.");
    expect(based.figures[0]?.speaker?.name).toBe("Cineplex");
    const department = extract(
      "The Department of Internal Affairs regulates gaming. The department said spending was up 11 per cent.",
    );
    expect(department.figures[0]?.speaker?.name).toBe("Department of Internal Affairs");
    // "the interior ministry" is no Ministry of Foreign Affairs: the ministry as the article describes it.
    const other = extract(
      "The Ministry of Foreign Affairs protested. Police arrested 20 people, the interior ministry said.",
    );
    expect(other.figures[0]?.speaker?.name).toBe("interior ministry");
    const lobby = extract(
      "Cineplex sold more tickets, and the Retail Council of Canada welcomed it. Sales rose 3%, the trade group said.",
    );
    expect(lobby.figures[0]?.speaker?.name).toBe("Retail Council of Canada");
  });

  it("reads a study by researchers at a body as the body's", () => {
    const found = extract(
      "A 2025 study by researchers at Duke University found that 12% of players lost money.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("Duke University");
    const according = extract(
      "According to a study by economists at the University of Cape Town, 40% of households were in debt.",
    );
    expect(according.figures[0]?.speaker?.name).toBe("University of Cape Town");
  });

  it("reads a title written short as the one who holds it ('The CS said')", () => {
    const found = extract(
      "Treasury Cabinet Secretary John Mbadi presented the budget. The CS said spending would rise 8% to Sh4.2 trillion.",
    );
    expect(found.figures.map((f) => f.speaker?.name)).toEqual(["John Mbadi", "John Mbadi"]);
    expect(extract("Spending would rise 8%, the CS said.").figures[0]?.speaker).toBeUndefined();
  });

  it("never takes a listener for the company", () => {
    const found = extract(
      "Flytime sold the tour. Hammond told Reuters in an interview it was good. The market will grow, according to a PwC Nigeria estimate. The industry generated about $140m in 2025, the consultancy said.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("PwC Nigeria");
  });

  it("gives 'the company said' the organization that opens its sentence", () => {
    const found = extract(
      "Sasol posted results. Sasol was named twice. Sasol again. Transnet's freight volumes rose 4% in July, the state-owned logistics group said.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("Transnet");
  });

  it("never gives 'the company' or 'the lender' a regulator, a central bank or an exchange named more often", () => {
    const lender = extract(
      "KCB Group posted a profit on Thursday. The Central Bank of Kenya held its rate. The Central Bank of Kenya said inflation eased. The Central Bank of Kenya meets again in December. The lender said earnings per share rose to Sh17.21 from Sh14.58.",
    );
    expect(lender.figures.find((f) => f.text === "Sh17.21")?.speaker?.name).toBe("KCB Group");
    const regulated = extract(
      "The National Agency for Food and Drug Administration and Control approved the insulin made by Zenora Pharmaceuticals. NAFDAC said the approval followed tests. NAFDAC will monitor prices. It will retail at N12,500 per vial, the company said.",
    );
    expect(regulated.figures.find((f) => f.text === "N12,500")?.speaker?.name).toBe("Zenora Pharmaceuticals");
  });

  it("gives 'the company' no union or government", () => {
    const found = extract(
      "Shoprite Holdings hired 2,000 staff. The Food and Allied Workers Union welcomed the deal. The Food and Allied Workers Union said pay was fair. Workers will be paid R45 an hour, the company said.",
    );
    expect(found.figures.find((f) => f.text === "R45")?.speaker?.name).toBe("Shoprite Holdings");
  });

  it("leaves 'the company said' without a speaker where only public bodies were named", () => {
    const found = extract(
      "The Michigan Public Service Commission ordered an inquiry. By Monday evening, all but 3,200 customers had been reconnected, the company said.",
    );
    expect(found.figures[0]?.speaker).toBeUndefined();
  });
});

describe("bodies named by what their names say", () => {
  it("gives 'the regulator' and 'the agency' the one body whose name says it is one", () => {
    const regulator = extract(
      "The Competition Commission fined the firm R4 million. Sales fell 12%, the regulator said.",
    );
    expect(regulator.figures[1]?.speaker?.name).toBe("Competition Commission");
    const agency = extract(
      "The Food and Drug Administration said 40 people fell ill. About 12 people were hospitalised, the agency said.",
    );
    expect(agency.figures.map((f) => f.speaker?.name)).toEqual([
      "Food and Drug Administration",
      "Food and Drug Administration",
    ]);
  });

  it("names no Administration as 'the agency' where a department, which a story may call so, was named", () => {
    const found = extract(
      "The Department of Trade and Industry seized 12,000 toys after tests by the Food and Drug Administration. The agency said it would take down more than 2,300 listings.",
    );
    expect(found.figures.find((f) => f.text === "2,300 listings")?.speaker).toBeUndefined();
  });
});

describe("bodies named by their kind before an aside", () => {
  it("gives 'the group, which ..., said' the organization the article is about", () => {
    const found = extract(
      "Shoprite Holdings posted revenue of R12 billion. Sales rose 14%, the Cape Town-based group, which runs 3,000 stores, said.",
    );
    expect(found.figures.find((f) => f.text === "14%")?.speaker?.name).toBe("Shoprite Holdings");
    const opening = extract(
      "Denel Ltd cut 300 jobs. The group, which has received R13bn in bailouts, reported a net loss of R412m.",
    );
    expect(opening.figures.find((f) => f.text === "R412m")?.speaker?.name).toBe("Denel");
  });
});

describe("no listener speaks", () => {
  it("reads Senate estimates after 'told' as the hearing, not a source", () => {
    const found = extract(
      "The ATO's collectable debt has climbed to $53.4 billion, the tax office has told Senate estimates.",
    );
    expect(found.figures[0]?.speaker).toBeUndefined();
  });

  it("reads a wire that polled analysts as no 'It'", () => {
    const found = extract(
      "DBS Group Holdings posted a record profit. The result beat the S$2.78 billion average estimate of four analysts polled by Bloomberg. It also said S$1.2 billion of its buyback had been executed.",
    );
    expect(found.figures.find((f) => f.text === "S$1.2 billion")?.speaker?.name).toBe("DBS Group Holdings");
  });
});

describe("works of a body named by its kind", () => {
  it("gives 'according to a survey by the authority' and 'the department's report' the one such body", () => {
    const survey = extract(
      "The Communications Authority of Kenya regulates couriers. A 2kg parcel costs Sh650, according to a survey by the authority.",
    );
    expect(survey.figures.find((f) => f.text === "Sh650")?.speaker?.name).toBe(
      "Communications Authority of Kenya",
    );
    const report = extract(
      "The Department of Posts runs 160,000 offices. Revenue was Rs 13,240 crore, according to the department's annual report.",
    );
    expect(report.figures.find((f) => f.text === "Rs 13,240 crore")?.speaker?.name).toBe(
      "Department of Posts",
    );
    const released = extract(
      "The Canadian Union of Postal Workers struck. Wages would rise 13%, according to a summary released by the union.",
    );
    expect(released.figures[0]?.speaker?.name).toBe("Canadian Union of Postal Workers");
  });

  it("names the author after a long work, but not who approved it", () => {
    const study = extract(
      "Traffic will reach 85,000 vehicles a day, according to a feasibility study carried out by the NHA last year.",
    );
    expect(study.figures[0]?.speaker?.name).toBe("NHA");
    const approved = extract(
      "The government plans to spend 12.5 billion pesos in 2027, according to the federal spending plan approved by Congress.",
    );
    expect(approved.figures[0]?.speaker).toBeUndefined();
  });

  it("gives a consultancy or a lender no public authority", () => {
    const found = extract(
      "The Lagos State Lotteries and Gaming Authority licensed 40 firms. The market could be worth $3.5 billion by 2030, according to a projection by the consultancy.",
    );
    expect(found.figures.find((f) => f.text === "$3.5 billion")?.speaker).toBeUndefined();
  });
});

describe("reports that go on past ', while'", () => {
  it("lets a report go on past ', while' with a common noun, not past a name, a pronoun or a report of its own", () => {
    const goesOn = extract(
      "Statistics Canada said the fertility rate fell to 1.25, while the number of births dropped 2%.",
    );
    expect(goesOn.figures.map((f) => f.speaker?.name)).toEqual(["Statistics Canada", "Statistics Canada"]);
    const rival = extract("Siemens said it would cut 1,200 jobs, while rival ABB plans to shed 2,500.");
    expect(rival.figures.find((f) => f.text === "2,500")?.speaker).toBeUndefined();
    const own = extract(
      "Road crashes killed 15,431 people, according to INEGI, while the health ministry estimates the cost at 1.7% of GDP.",
    );
    expect(own.figures.find((f) => f.text === "1.7%")?.speaker?.name).not.toBe("INEGI");
  });

  it("reads what data 'also showed' or a report 'also found' as their source's", () => {
    const found = extract("The IBGE figures also showed that marriages fell 4% to 890,000.");
    expect(found.figures.map((f) => f.speaker?.name)).toEqual(["IBGE", "IBGE"]);
  });

  it("gives 'The company also said' its body, past the adverb", () => {
    const found = extract(
      "Nazara Technologies acquired a studio. The Mumbai-based firm also said revenue rose 12%.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("Nazara Technologies");
  });

  it("gives a body named by its kind the results it reports, unless a statement closes the sentence", () => {
    const results = extract(
      "Shoprite Holdings cut 2,000 jobs. In July, the Cape Town-based company reported revenue of R5 billion.",
    );
    expect(results.figures.find((f) => f.text === "R5 billion")?.speaker?.name).toBe("Shoprite Holdings");
    const closed = extract(
      "Ford Motor cut jobs. The company booked a $570 million charge for a recall, its chief financial officer Sherry House said.",
    );
    expect(closed.figures[0]?.speaker?.name).toBe("Sherry House");
  });

  it("gives 'the airline' or 'the company' no association", () => {
    const found = extract(
      "The Fiji Hotel and Tourism Association said bookings rose. The Fiji Hotel and Tourism Association expects more. The airline reported a net profit of FJ$108 million.",
    );
    expect(found.figures.find((f) => f.text === "FJ$108 million")?.speaker).toBeUndefined();
  });

  it("gives 'the regulator' a commissioner's office, 'the central bank' a central bank of any name, 'the judge' a Justice", () => {
    const regulator = extract(
      "The Information Commissioner's Office fined the retailer £9.6m. The regulator said it received 2,971 reports in the quarter.",
    );
    expect(regulator.figures.find((f) => f.text === "2,971 reports")?.speaker?.name).toBe(
      "Information Commissioner's Office",
    );
    const bank = extract(
      "Bank Negara Malaysia held its rate. The central bank said household debt rose to 84.3% of GDP.",
    );
    expect(bank.figures.find((f) => f.text === "84.3%")?.speaker?.name).toBe("Bank Negara Malaysia");
    const judge = extract(
      "Justice Lucy Njuguna ordered Kenya Power to pay the families. The judge said the utility owed Sh2 billion in interest.",
    );
    expect(judge.figures.find((f) => f.text === "Sh2 billion")?.speaker?.name).toBe("Lucy Njuguna");
  });

  it("gives an interview's answers to the person the label names, and 'A:' to the interviewee", () => {
    const labelled = extract(
      "The Daily Star spoke to Mohammad Aminul Haque, president of the exporters' association.\n\nThe Daily Star: How bad is it?\n\nAminul Haque: Of our 105 registered plants, only about 30 are running now.\n\nExports fell 12% last year.",
    );
    const by = (text: string) => labelled.figures.find((f) => f.text === text)?.speaker;
    expect(by("105 registered plants")).toMatchObject({ name: "Mohammad Aminul Haque", mode: "quoted" });
    expect(by("30")?.name).toBe("Mohammad Aminul Haque");
    // (Only the answer's own line: the reporter's paragraph after it is no one's.)
    expect(by("12%")).toBeUndefined();
    const lettered = extract(
      'Quarry firm Athi Stone plans to double capacity, managing director Peter Mutua said. Mr Mutua spoke at the firm\'s offices.\n\nQ: What is driving demand?\nA: "Housing projects take about 35 per cent of what we crush."\nQ: And exports?\nA: We shipped 210,000 tonnes to Kampala last year.',
    );
    const answered = (text: string) => lettered.figures.find((f) => f.text === text)?.speaker?.name;
    expect(answered("35 per cent")).toBe("Peter Mutua");
    expect(answered("210,000 tonnes")).toBe("Peter Mutua");
  });

  it("gives unlabelled answers after questions, and 'A:' answers, to the person introduced before them, not the byline (session 69)", () => {
    const unlabelled = extract(
      'By Helvi Shikongo | 22 September 2026\n\nNamibia\'s oyster farms grew last year. We spoke to Johannes Nangolo, managing director of Luderitz Bay Oysters.\n\nHow did the season go?\n\n"We harvested 6.8 million oysters, up from 5.1 million."\n\nWhere do they go?\n\n"About 60% goes to South Africa."\n\nExports rose 4% last year.',
    );
    const by = (text: string) => unlabelled.figures.find((f) => f.text === text)?.speaker;
    expect(by("6.8 million oysters")).toMatchObject({ name: "Johannes Nangolo", mode: "quoted" });
    expect(by("60%")?.name).toBe("Johannes Nangolo");
    expect(by("4%")).toBeUndefined();
    const lettered = extract(
      'By Wanjiru Kamau | 18 June 2026\n\nJoseph Githinji grows potatoes in Nyandarua. "Brokers take half," Githinji said.\n\nWe spoke to NPCK chief executive Wachira Ndegwa about the problem.\n\nQ: How big is the loss?\nA: "Extended bags cost farmers about Sh6 billion a year."',
    );
    expect(lettered.figures.find((f) => f.text === "Sh6 billion")?.speaker?.name).toBe("Wachira Ndegwa");
  });

  it("gives a transcript's lines to the person its label names past a role in parentheses, and a role's later lines to that person (session 73)", () => {
    const transcript = extract(
      "TRANSCRIPT: Business Watch\n\nPRESENTER (Thabo Mokoena): Good evening. Brick sales fell again.\n\nLERATO NKOSI (CHIEF EXECUTIVE): We sold 410 million bricks in 2025.\n\nPRESENTER: So that is down 12 per cent?\n\nNKOSI: Yes, and we cut 140 jobs.",
    );
    const by = (text: string) => transcript.figures.find((f) => f.text === text)?.speaker?.name;
    expect(by("410 million bricks")).toBe("Lerato Nkosi");
    expect(by("12 per cent")).toBe("Thabo Mokoena");
    expect(by("140 jobs")).toBe("Lerato Nkosi");
  });

  it("gives answers that quote no one to the interviewee where the article says it is an interview, not to whom they spoke (session 73)", () => {
    const plain = extract(
      "INTERVIEW: Tile maker bets on exports\n\nNkechi Obi runs Obi Roofing in Enugu. She spoke to our reporter, EMEKA NWOSU, about costs.\n\nHow big is the plant?\nWe make 12,000 tiles a day.\n\nAnd prices?\nA tile costs N950 now.\n\nFuel takes 40 per cent of our costs.",
    );
    const by = (text: string) => plain.figures.find((f) => f.text === text)?.speaker;
    expect(by("12,000 tiles a day")).toMatchObject({ name: "Nkechi Obi", mode: "quoted" });
    expect(by("N950")?.name).toBe("Nkechi Obi");
    // (An answer runs to the next question.)
    expect(by("40 per cent")?.name).toBe("Nkechi Obi");
    const labelled = extract(
      "Co-founder Ravi Menon spoke to Swati Rao about prices.\n\nQ: What does a visit cost?\nA: A session is Rs 799 on weekdays.",
    );
    expect(labelled.figures.find((f) => f.text === "Rs 799")?.speaker?.name).toBe("Ravi Menon");
    // (Without a word that makes it an interview, questions heading paragraphs are an explainer's.)
    const explainer = extract(
      "Lagos tile prices explained.\n\nWhat changed?\nTiles cost N950 now, Nkechi Obi said last week.\n\nWhy?\nFuel takes 40 per cent of costs.",
    );
    expect(explainer.figures.find((f) => f.text === "40 per cent")?.speaker).toBeUndefined();
  });

  it("gives an interview's answers to whom a journalist interviewed or spoke to, not to the journalist (session 74)", () => {
    const speakerOf = (text: string, figure: string) =>
      extract(text).figures.find((f) => f.text === figure)?.speaker?.name;
    expect(
      speakerOf(
        "Lerato Mokoena founded Ubuntu Spas in 2014. Business Day's Sipho Dlamini interviewed her about wages.\n\nQ: How big is Ubuntu?\n\nA: We employ about 1,300 people.",
        "1,300 people",
      ),
    ).toBe("Lerato Mokoena");
    expect(
      speakerOf(
        "Sipho Dlamini interviewed Lerato Mokoena, who founded Ubuntu Spas.\n\nQ: How big is Ubuntu?\n\nA: We employ about 1,300 people.",
        "1,300 people",
      ),
    ).toBe("Lerato Mokoena");
    expect(
      speakerOf(
        "Our agriculture correspondent Sneha Kulkarni spoke to Anil Patil, who runs a jaggery unit.\n\nQ: How big is it?\n\nA: We crush 9,000 tonnes of cane a season.",
        "9,000 tonnes",
      ),
    ).toBe("Anil Patil");
  });

  it("gives a transcript's lines to the name its label writes in full, and a later surname label to it (session 74)", () => {
    // (Testers' transcripts, where the tagger cut "FAITH ADAMS" to "Faith" and kept "TAYLOR" apart.)
    const speakers = (name: string) => {
      const text = readFileSync(join(TESTER_ARTICLES, name), "utf8");
      const figures = extract(text, { publishedAt: "2026-12-03" }).figures;
      return new Set(figures.map((f) => f.speaker?.name));
    };
    const radio = speakers("s74-r81-d-09-cape-town-radio.txt");
    expect(radio).toContain("Faith Adams");
    expect(radio).not.toContain("Faith");
    const hearing = speakers("s74-r81-h-09-dunedin-hearing.txt");
    expect(hearing).toContain("Mark Taylor");
    expect(hearing).not.toContain("Taylor");
    // (A dateline's "KUALA LUMPUR (Dec 3):" is no label.)
    const dateline = extract("KUALA LUMPUR (Dec 3): Astro's net profit fell 12% to RM54.2mil.");
    expect(dateline.figures[0]?.speaker).toBeUndefined();
  });

  it("reads a journalist's 'spoke to' with a pronoun or a role, initials labels and a label's title or role (session 75)", () => {
    const speakerOf = (text: string, figure: string) =>
      extract(text).figures.find((f) => f.text === figure)?.speaker?.name;
    expect(
      speakerOf(
        "Amara Nwosu opened her first bakery in 2019. Daily Times reporter Tunde Bello spoke to her about costs.\n\nQ: What does flour cost?\n\nA: A bag is N78,000 now.",
        "N78,000",
      ),
    ).toBe("Amara Nwosu");
    expect(
      speakerOf(
        "The Coastal Herald's Liam Porter spoke to its founder and managing director, Ruth Achieng, about prices.\n\nHow big is the firm?\n\nWe run 14 boats with about 90 crew.\n\nAnd fares?\n\nA crossing is KSh300.",
        "14 boats",
      ),
    ).toBe("Ruth Achieng");
    expect(
      speakerOf(
        "Hugo Ferreira, who runs a cork mill, spoke to our editor, Ana Costa.\n\nAna Costa: How many staff?\n\nHugo Ferreira: About 60.\n\nAC: And sales?\n\nHF: We sold 4 million stoppers last year.",
        "4 million stoppers",
      ),
    ).toBe("Hugo Ferreira");
    expect(
      speakerOf(
        "SEN. MARGARET HOLT (R-Ohio), CHAIR: Medicaid pays for about 62 percent of residents.\n\nLINDA CARTER (President and CEO, American Association of Long-Term Care Providers): Costs rose 9 percent.",
        "9 percent",
      ),
    ).toBe("Linda Carter");
    expect(
      speakerOf(
        "SEN. MARGARET HOLT (R-Ohio), CHAIR: Medicaid pays for about 62 percent of residents.\n\nLINDA CARTER (President and CEO, American Association of Long-Term Care Providers): Costs rose 9 percent.",
        "62 percent",
      ),
    ).toBe("Margaret Holt");
    expect(
      speakerOf(
        "ENG. JAMES OTIENO (Director, Compliance, NCA): We inspected 6,450 buildings.\n\nCALLER (Wanjiku, Kasarani): We pay Sh500 a session.\n\nPRESENTER (Amina Said): Fares rose 67 per cent.",
        "Sh500",
      ),
    ).toBe("Wanjiku");
    expect(
      speakerOf(
        "ENG. JAMES OTIENO (Director, Compliance, NCA): We inspected 6,450 buildings.\n\nCALLER (Wanjiku, Kasarani): We pay Sh500 a session.\n\nPRESENTER (Amina Said): Fares rose 67 per cent.",
        "67 per cent",
      ),
    ).toBe("Amina Said");
    expect(
      speakerOf(
        "ENG. JAMES OTIENO (Director, Compliance, NCA): We inspected 6,450 buildings.\n\nCALLER (Wanjiku, Kasarani): We pay Sh500 a session.",
        "6,450 buildings",
      ),
    ).toBe("James Otieno");
  });

  it("gives 'Kim Soo-yeon of the Democratic Party said' the person, past a hyphenated given name (session 74)", () => {
    const found = extract(
      "Rep. Kim Soo-yeon of the Democratic Party said the fund would get 20 billion won.",
    );
    expect(found.figures[0]?.speaker?.name).toBe("Kim Soo-yeon");
  });

  it("gives 'the Nashville, Tennessee-based company' its company, past the city's comma", () => {
    const found = extract(
      "Medisure Health Inc. paid a ransom. The Nashville, Tennessee-based health-technology company said revenue fell 4%.",
    );
    expect(found.figures.find((f) => f.text === "4%")?.speaker?.name).toBe("Medisure Health");
  });

  it("gives 'A:' answers the labelled person who answers, and 'interviewed him' the person a sentence opens with (session 79)", () => {
    const speakerOf = (text: string, figure: string) =>
      extract(text).figures.find((f) => f.text === figure)?.speaker?.name;
    // (The reporter's label asks; the answering label names the interviewee for the later "A:" lines.)
    expect(
      speakerOf(
        "Lisa Nguyen opened a boxing gym in Redfern in 2016. Our reporter, Tom Halloran, spoke to her.\n\nTOM HALLORAN: How has the gym changed?\n\nLISA NGUYEN: We had 35 members when we started.\n\nQ: What does a membership cost?\n\nA: Classes are $59 a week.",
        "$59",
      ),
    ).toBe("Lisa Nguyen");
    // ("him": the person the sentence before opens with, not one named inside it.)
    expect(
      speakerOf(
        "Rajesh Malhotra, 58, who trained under the cutter Vikram Sethi in Delhi, is not one of them. Our correspondent Natalie Chua interviewed him at his shop.\n\nQ: What does a suit cost?\n\nA: A two-piece is 28,000 baht.",
        "28,000 baht",
      ),
    ).toBe("Rajesh Malhotra");
  });

  it("does not give 'A:' answers to the interviewer who opens the sentence 'X of Outlet interviewed him' (session 80)", () => {
    const found = extract(
      "Anil Deshmukh started Green Nurseries on two acres in 1998. Priya Kulkarni of The Deccan Ledger interviewed him about the business.\n\nQ: How big is the company?\n\nA: Turnover was Rs 46 crore.",
    );
    expect(found.figures.find((f) => f.text === "Rs 46 crore")?.speaker?.name).toBe("Anil Deshmukh");
  });

  it("reads an office before a transcript label's name as a title, and no label in capitals as a subject (session 81)", () => {
    const found = extract(
      "The committee met on Thursday.\n\nDEPUTY AOIFE BRENNAN: The rate was cut to 9 per cent in 2024.\n\nDR. KAREN WHITFIELD: About 320 cafés closed last year.",
    );
    expect(found.figures.find((f) => f.text === "9 per cent")?.speaker?.name).toBe("Aoife Brennan");
    const cafes = found.figures.find((f) => f.text === "320 cafés");
    expect(cafes?.speaker?.name).toBe("Karen Whitfield");
    expect(cafes?.subject?.text).toBe("cafés");
  });
});
