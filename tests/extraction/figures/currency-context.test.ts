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

  it("reads a bare dollar as the Solomon Islands' in a local story about them (session 63)", () => {
    expect(
      currencies(
        "HONIARA, March 3 - Solomon Islands tuna cannery SolTuna said exports rose to $120 million, while the Solomon Islands government earned $40 million in fees.",
      ),
    ).toEqual(["SBD", "SBD"]);
  });

  it("reads a bare dollar as the currency of a people the article names", () => {
    expect(
      currencies(
        "Federal politicians will get a 3.25 per cent rise, lifting a backbencher's salary to $243,000. Australians on average earn far less, and Australian taxpayers fund the rise.",
      ),
    ).toEqual([undefined, "AUD"]);
  });

  it("keeps the U.S. dollar for a wire's conversion of another currency and under a rate note", () => {
    expect(
      currencies(
        "HONG KONG (Reuters) - Hong Kong-listed Vanke lost 28 billion yuan ($3.9 billion). Hong Kong shares fell.",
      ),
    ).toEqual(["CNY", "USD"]);
    expect(
      currencies(
        "HONG KONG (Reuters) - The Hong Kong firm ordered ships for about $2.1 billion. Hong Kong shares rose.\n\n($1 = 7.26 Chinese yuan renminbi)",
      ),
    ).toEqual(["USD"]);
  });

  it("reads a bare dollar as another dollar country's where the article writes one dollar with its letters", () => {
    expect(
      currencies(
        "Westpac lifted profit to $6.8 billion and paid $1.5 billion in dividends. Its New Zealand unit earned $NZ1.08 billion. Australian and New Zealand lending grew, and New Zealand rates fell.",
      ),
    ).toEqual(["AUD", "AUD", "NZD"]);
  });

  it("keeps a bare dollar the article's own where it marks the U.S. dollar by name too", () => {
    expect(
      currencies(
        "Victoria and NSW culled 1.8 million birds in Australia, costing $200 million. Australia imported $US13m of egg powder from New Zealand. Australian farmers got $64 million, and Australia set aside $A95m.",
      ),
    ).toEqual([undefined, "AUD", "USD", "AUD", "AUD"]);
  });

  it("reads bare centavos in the peso a story counts in", () => {
    expect(
      currencies(
        "Wilcon Depot's net income fell to P2.18 billion on sales of P28.4 billion, with P1.1 billion in costs. Its shares fell 10 centavos.",
      ),
    ).toEqual(["PHP", "PHP", "PHP", "PHP"]);
  });

  it("reads bare cents in the one other currency a story counts in, not beside a dollar amount", () => {
    expect(
      currencies(
        "Vodacom said revenue rose to R84.2bn, profit to R12.1bn and capex to R8.3bn. HEPS rose to 559c. Brent fell 60 cents to $74.10 a barrel.",
      ),
    ).toEqual(["ZAR", "ZAR", "ZAR", "ZAR", "USD", "USD"]);
  });

  it("reads an Australian agency's credit without parentheses as placing the story", () => {
    expect(currencies("CANBERRA, Nov 26 AAP - Net migration cost $51 billion, the minister said.")).toEqual([
      "AUD",
    ]);
  });

  it("reads the cent sign as hundredths of the article's dollar", () => {
    expect(
      currencies(
        "SYDNEY, November 3 2026 — Wesfarmers will pay an interim dividend of 95¢ a share. Australia's miners rose.",
      ),
    ).toEqual(["AUD"]);
  });

  it("keeps the default where the article is about its country or the name says which", () => {
    expect(currencies("Mexico's budget adds 5 billion pesos.")).toEqual(["MXN"]);
    expect(currencies("Colombia's central bank bought 5 billion Mexican pesos.")).toEqual(["MXN"]);
    expect(currencies("India raised Rs 500 crore.")).toEqual(["INR"]);
  });

  it("reads fils as thousandths of a Gulf dinar in its country's story, and quadrillions of rials as Iran's", () => {
    const kuwait = extract(
      "KUWAIT CITY - Kuwait raised petrol to 105 fils a litre. Kuwait's cabinet agreed.",
    );
    expect(kuwait.figures[0]).toMatchObject({ value: 0.105, currency: "KWD" });
    expect(
      currencies("TEHRAN - Iran approved a budget of 4.8 quadrillion rials. Iran's parliament voted."),
    ).toEqual(["IRR"]);
    expect(extract("Dubai's metro fare rose to 750 fils.").figures[0]).toMatchObject({
      value: 7.5,
      currency: "AED",
    });
  });

  it("reads kroner as Norway's in a Norwegian story, Denmark's otherwise", () => {
    expect(currencies("BERGEN, Norway - A bus ticket in Norway now costs 45 kroner, the city said.")).toEqual(
      ["NOK"],
    );
    expect(currencies("COPENHAGEN - A bus ticket now costs 24 kroner.")).toEqual(["DKK"]);
  });

  it("reads an Australian paper's bare dollar by the states it names, with no dateline", () => {
    const text =
      "Prices fell to $84 a megawatt hour in the quarter. Queensland averaged $71/MWh, while South Australia recorded $103/MWh.";
    expect(currencies(text)).toEqual(["AUD", "AUD", "AUD"]);
  });

  it("reads a bare dollar as the dateline's dollar where the story marks the U.S. dollar, whoever it is about", () => {
    const story =
      "CANBERRA - Australia will lend Papua New Guinea $250 million, taking support for Papua New Guinea to $2 billion. " +
      "The Asian Development Bank is providing $US300 million to Papua New Guinea. Papua New Guinea's budget relies on it.";
    expect(currencies(story)).toEqual(["AUD", "AUD", "USD"]);
  });

  it("reads Saskatoon as placing a story in Canada, as Regina does", () => {
    expect(
      currencies(
        "SASKATOON, Feb. 17, 2026 — Prairie FC earned $412,000 on revenue of $9.8 million in Saskatchewan, after a US$600,000 sponsorship and C$820,000 in grants.",
      ),
    ).toEqual(["CAD", "CAD", "USD", "CAD"]);
  });

  it("reads an exchange or a central bank of a dollar country as placing the story", () => {
    const story =
      "The ASX-listed retailer expects savings of $90 million. Sales in Queensland fell, and the group will book a $186 million charge.";
    expect(currencies(story)).toEqual(["AUD", "AUD"]);
  });

  it("keeps a company's own spending in the story's dollar beside a commodity's volume", () => {
    const story =
      "SYDNEY - The company guided to 78 million barrels of oil equivalent and capital expenditure of $1.3 billion. Its shares fell to $14.37.";
    expect(currencies(story)).toEqual([undefined, "AUD", "AUD"]);
  });

  it("keeps a bare dollar the U.S. dollar under the dateline of a country without one", () => {
    const story =
      "JAKARTA - Indonesian lender Bank Nusa raised $45 million, Singapore's Temasek said. Singapore-based funds joined the $45 million round.";
    expect(currencies(story)).toEqual(["USD", "USD"]);
    expect(
      currencies("SINGAPORE - Grab raised $45 million. Singapore's regulator approved the $45 million deal."),
    ).toEqual(["SGD", "SGD"]);
    // A country's dateline in capitals in a sentence in mixed case is read as well.
    expect(currencies("SINGAPORE, Nov 25 2026 — Singaporeans will pay $520 more a year.")).toEqual(["SGD"]);
  });

  it("reads the kwacha glued to its K, Zambia's unless Malawi is the story's", () => {
    expect(currencies("LUSAKA - Zambia's miners paid K6.2 billion in royalties.")).toEqual(["ZMW"]);
    expect(currencies("LILONGWE - Malawi's budget sets aside K750 million for Malawi's roads.")).toEqual([
      "MWK",
    ]);
  });

  it("reads bare dinars by a wire's rate note or a Gulf capital's dateline (session 65)", () => {
    expect(
      currencies(
        "Divers landed pearls worth about 3.2 million dinars, up from 1.9 million dinars.\n\n($1 = 0.376 Bahraini dinars)",
      ),
    ).toEqual(["BHD", "BHD"]);
    expect(currencies("MANAMA, May 21 (Reuters) - Pearls worth 3.2 million dinars were landed.")).toEqual([
      "BHD",
    ]);
    expect(currencies("KUWAIT CITY - The fund earned 4 billion dinars.")).toEqual(["KWD"]);
  });

  it("reads a currency's capitalized name before the digits as its code, localized the same way (session 65)", () => {
    expect(currencies("Revenue was Baht 9,846 million, or Baht 0.30 per share.")).toEqual(["THB", "THB"]);
    expect(currencies("KARACHI - Lucky Cement's revenue was Rupees 500 billion.")).toEqual(["PKR"]);
    expect(extract("Won 3 titles in Euro 2024.").figures.map((f) => f.kind)).not.toContain("MONEY");
  });

  it("reads pounds, shillings, riyals, dirhams, dinars and francs by the country too", () => {
    expect(currencies("ASWAN, Egypt - Egypt will spend 80 billion pounds on Egypt's rail network.")).toEqual([
      "EGP",
    ]);
    expect(
      currencies("ENTEBBE - Uganda's budget of 7 trillion shillings passed in Uganda's parliament."),
    ).toEqual(["UGX"]);
    expect(currencies("Qatar's fund will invest 9 billion riyals in Qatar.")).toEqual(["QAR"]);
    expect(currencies("Morocco's port in Morocco cost 6 billion dirhams.")).toEqual(["MAD"]);
    expect(currencies("Algeria's oil revenue in Algeria rose to 900 billion dinars.")).toEqual(["DZD"]);
    expect(currencies("Senegal's bond in Senegal raised 300 billion francs.")).toEqual(["XOF"]);
    expect(currencies("Britain will spend 5 billion pounds.")).toEqual(["GBP"]);
  });

  it("reads a bare dollar as the dollar of the country or city the article is about", () => {
    expect(currencies("MELBOURNE - Victoria will spend $300 million on trains.")).toEqual(["AUD"]);
    expect(currencies("Canada's budget adds $4 billion for housing in Canada.")).toEqual(["CAD"]);
    expect(currencies("WASHINGTON - The U.S. will send $2 billion to Canada.")).toEqual(["USD"]);
    expect(currencies("Canada bought 3 billion U.S. dollars of bonds.")).toEqual(["USD"]);
    // Only the country the article is most about: a passing Canadian company keeps Kazakh copy in USD.
    expect(
      currencies(
        "ASTANA - Kazakhstan's exports rose to $70 billion, Kazakhstan said. Canada's Cameco invested.",
      ),
    ).toEqual(["USD"]);
  });

  it("keeps US dollars in an American story that names a dollar country once in passing", () => {
    expect(
      currencies("DENVER (AP) - The arena cost $900 million; its architect grew up in Australia."),
    ).toEqual(["USD"]);
    expect(currencies("The fund, backed by a Singapore family office, raised $75 million.")).toEqual(["USD"]);
    expect(
      currencies(
        "PUNE: Orvex Labs raised Rs 400 crore, led by Canada's Halvern Capital, and $20 million more.",
      ),
    ).toEqual(["INR", "USD"]);
    // Named twice, or where the article opens, a country is what it is about.
    expect(currencies("Canada will spend $2 billion on ports, Canada's minister said.")).toEqual(["CAD"]);
    expect(currencies("New Zealand to spend $1 billion on rail\n\nThe plan was approved.")).toEqual(["NZD"]);
  });

  it("reads a bare dollar in parentheses after the article's own written dollar as the U.S. dollar", () => {
    expect(
      currencies("OTTAWA (Reuters) - Canada ran a deficit of C$40 billion ($28.5 billion), Canada said."),
    ).toEqual(["CAD", "USD"]);
    expect(currencies("WELLINGTON - NZ$500 million (about $290 million) will go to rail.")).toEqual([
      "NZD",
      "USD",
    ]);
  });

  it("keeps other bare dollars the article's own where it also writes its dollar with letters", () => {
    expect(
      currencies(
        "TORONTO - Ottawa will add C$1.5 billion to the program. Average rents in Toronto fell to $2,318.",
      ),
    ).toEqual(["CAD", "CAD"]);
  });

  it("keeps world commodity prices in U.S. dollars whatever the article's country", () => {
    expect(
      currencies(
        "SINGAPORE - Brent crude rose to $72.10 a barrel. Singapore refiners said margins fell in Singapore.",
      ),
    ).toEqual(["USD"]);
  });

  it("reads crowns by the Nordic capital in the dateline", () => {
    expect(
      currencies("OSLO, Nov 3 - Equinor will buy back shares for 5 billion crowns, it said in Oslo."),
    ).toEqual(["NOK"]);
    expect(currencies("STOCKHOLM - Fines reached 40 million crowns in Stockholm.")).toEqual(["SEK"]);
  });

  it("reads hundredths by the country too", () => {
    expect(currencies("KARACHI - The rupee fell 25 paisa to Rs279.80 in Karachi.")).toEqual(["PKR", "PKR"]);
    expect(currencies("MANILA - The peso closed 22 centavos stronger at P57.90 in Manila.")).toEqual([
      "PHP",
      "PHP",
    ]);
  });

  it("reads cents by the country too, and pounds in an American story as weight", () => {
    expect(currencies("BERLIN - Power costs 40 cents a kilowatt hour in Germany.")).toEqual(["EUR"]);
    expect(currencies("JOHANNESBURG - Petrol will rise by 35 cents a litre.")).toEqual(["ZAR"]);
    expect(currencies("SYDNEY - Fares rose 20 cents.")).toEqual(["AUD"]);
    const bear = extract("DENVER (AP) - The bear weighed 600 pounds, officials in Colorado said.").figures;
    expect(bear.map((f) => [f.kind, f.unit, f.currency])).toEqual([["QUANTITY", "pounds", undefined]]);
    expect(currencies("NEW YORK - A British buyer paid 40 million pounds for the New York tower.")).toEqual([
      "GBP",
    ]);
  });

  it("reads bare pounds as weight in a story that weighs in pounds and names no Britain", () => {
    const mine = extract(
      "ADELAIDE - Karoo Uranium produced 1.2 million pounds of U3O8 in the quarter, up from 980,000 pounds. " +
        "Its Kestrel mine produced 310,000 pounds.",
    ).figures;
    expect(mine.map((f) => [f.kind, f.unit, f.currency])).toEqual([
      ["QUANTITY", "pounds", undefined],
      ["QUANTITY", "pounds", undefined],
      ["QUANTITY", "pounds", undefined],
    ]);
    // (A British story's pounds still pay.)
    const british = extract(
      "LONDON - The British miner produced 1.2 million pounds of uranium and earned 40 million pounds.",
    ).figures;
    expect(british.map((f) => f.currency)).toEqual([undefined, "GBP"]);
  });

  it("reads a bare dollar as the U.S. dollar where the article writes its own with letters throughout", () => {
    expect(
      currencies(
        "PERTH - Karri Metals said its A$500 million plant would open in 2028. Lithium fell to $800 a tonne. " +
          "Rival Pilbara holds A$200 million in cash. Australia's output rose, Australia said.",
      ),
    ).toEqual(["AUD", "USD", "AUD"]);
    // A local paper writes its dollar bare, and an "A$" once does not change that.
    expect(
      currencies(
        "SYDNEY - The council will spend $40 million and $12 million, against A$9 million. Australia grew.",
      ),
    ).toEqual(["AUD", "AUD", "AUD"]);
  });

  it("gives cents that restate an amount per share that amount's currency", () => {
    expect(
      currencies(
        "TORONTO - Borealis earned US$120 million, or 31 cents a share, in the quarter. Canada and Ontario gained.",
      ),
    ).toEqual(["USD", "USD"]);
  });

  it("keeps a dollar the source declared", () => {
    const text = "MELBOURNE - Victoria will spend $300 million on trains.";
    expect(extract(text, { dollarCurrency: "USD" }).figures.map((f) => f.currency)).toEqual(["USD"]);
  });

  it("reads a bare dollar as the local one where the article marks the U.S. dollar by name", () => {
    const text =
      "SYDNEY, Nov 3 (Reuters) - Australian shares fell on US recession fears.\n" +
      "The Australian dollar fell to 62.85 US cents and gold rose to $US2,650 an ounce.\n" +
      "Cochlear dropped 4.6 per cent to $281.20, while CSL fell to $238.10.\n";
    expect(currencies(text)).toEqual(["USD", "USD", undefined, "AUD", "AUD"]);
  });

  it("reads a bare dollar as the U.S. one where the article writes its own dollar with letters twice", () => {
    const text =
      "SINGAPORE - Resort profit rose to $675 million and revenue to $1.25 billion, with $433 million of net income.\n" +
      "Singapore's S$8 billion expansion and its S$1.5 billion tower go ahead, the board said.\n";
    expect(currencies(text)).toEqual(["USD", "USD", "USD", "SGD", "SGD"]);
  });

  it("reads a bare dollar as the local one where the two lettered ones only open the story", () => {
    const text =
      "Storm claims reach NZ$480 million\n\n" +
      "WELLINGTON, March 3, 2026 - Insurers expect claims of NZ$480 million from the storm, the council said.\n\n" +
      "Payouts so far total $86 million. The cap on a single claim rose to $300,000 per property.\n";
    expect(currencies(text)).toEqual(["NZD", "NZD", "NZD", "NZD"]);
  });

  it("prices in U.S. dollars only the amounts a commodity is named by, not the rest of the sentence", () => {
    expect(
      currencies(
        "SYDNEY - Sydney said the deficit fell by $9.3 billion to $33.5 billion as iron ore prices rose, and gold hit $4,100 an ounce.",
      ),
    ).toEqual(["AUD", "AUD", "USD"]);
    expect(
      currencies(
        "OTTAWA - Ottawa will spend $4.5 billion for the steel and aluminium industries. Coffee cost $3 a tonne in Ottawa.",
      ),
    ).toEqual(["CAD", "CAD"]);
  });

  it("takes no place named Gold for a gold price", () => {
    expect(currencies("SYDNEY - Revenue at the casino on the Gold Coast rose to $300 million.")).toEqual([
      "AUD",
    ]);
  });

  it("reads a bare dollar as the local one where it repeats a lettered amount (a company's own release)", () => {
    const text =
      "Kestrel Mining to Buy Orana Copper for A$480 Million\n" +
      "SYDNEY - Kestrel Mining said it would buy Orana Copper for $480 million, funded by a A$200 million placement at $3.10 a share.\n";
    expect(currencies(text)).toEqual(["AUD", "AUD", "AUD", "AUD"]);
  });

  it("reads CFA francs as Central Africa's in a Gabonese or Cameroonian story, West Africa's otherwise", () => {
    expect(currencies("LIBREVILLE - Gabon earned 525 billion CFA francs, Gabon's ministry said.")).toEqual([
      "XAF",
    ]);
    expect(currencies("DAKAR - Senegal earned 525 billion CFA francs, Senegal's ministry said.")).toEqual([
      "XOF",
    ]);
  });

  it("reads the datelined country's own currency under a name another country's shares, and the last one named", () => {
    expect(
      currencies(
        "MEXICO CITY, Nov 20 (Reuters) - Mexico will spend 34.2 billion pesos on the line, while Colombia's agency awarded 18 trillion Colombian pesos.",
      ),
    ).toEqual(["MXN", "COP"]);
    expect(
      currencies(
        "Sales rose to 17.2 billion Swiss francs. Net profit fell to 247 million francs. Farmers in Ivory Coast and Ghana get 2,800 CFA francs per kilogram in Ivory Coast, up from 2,200 francs last season.",
      ),
    ).toEqual(["CHF", "CHF", "XOF", "XOF"]);
  });

  it("reads cents localized to a dollar country as written", () => {
    expect(
      extract("TORONTO - Ontario's off-peak price rose to 8.2 cents a kilowatt-hour.").figures.map(
        (figure) => [figure.currency, figure.value],
      ),
    ).toEqual([["CAD", 0.082]]);
  });

  it("reads the country of the name that opens a sentence over the dateline's", () => {
    expect(
      currencies(
        "BUENOS AIRES, Nov 5 (Reuters) - Argentina's Mercado Libre said sales rose. Mexico's GMV rose 27% to 52.1 billion pesos. In Argentina, the company invested 1.2 trillion pesos.",
      ),
    ).toEqual([undefined, "MXN", "ARS"]);
  });

  it("places a story by an exchange named once: a company that tells the ASX counts in Australian dollars", () => {
    expect(
      currencies(
        "Southern Cross Bank will buy back up to $2 billion of its shares.\n\nThe lender told the ASX on Thursday that net profit fell 1.8 per cent to $6.85 billion.",
      ),
    ).toEqual(["AUD", undefined, "AUD"]);
  });

  it("reads cents that restate a U.S. dollar amount per share without a comma as U.S. cents", () => {
    expect(
      currencies(
        "VANCOUVER - West Fraser posted an adjusted loss of US$25 million or 31 cents per share. The Canadian dollar rose 1%.",
      ),
    ).toEqual(["USD", "USD", undefined]);
  });

  it("reads a paper's currency letters before the digits as money, and no entity", () => {
    const result = extract(
      "MUSCAT - Fish exports rose to RO 185.4 million, with kingfish at RO 3.2 to RO 3.8 a kilo.",
    );
    expect(result.figures.map((figure) => figure.currency)).toEqual(["OMR", "OMR"]);
    expect(result.entities.map((entity) => entity.name)).not.toContain("RO");
  });

  it("reads the Ugandan papers' Shs and a Botswana story's P by their country", () => {
    expect(
      currencies("KAMPALA - The URA collected Shs8.31 trillion, against a target of Shs 8.53 trillion."),
    ).toEqual(["UGX", "UGX"]);
    expect(
      currencies("GABORONE, 16 November 2026 - The BMC lost P85 million. Botswana exports fell 4%."),
    ).toEqual(["BWP", undefined]);
    expect(currencies("MANILA - The DA set aside P1.5 billion for hog repopulation.")).toEqual(["PHP"]);
  });

  it("keeps a commodity's price in the local dollar where the sentence or a U.S.-marked story says so", () => {
    expect(
      currencies(
        "TORONTO, November 3, 2026 - Agnico Eagle reported profit of US$1.31-billion. Canada's gold exports rose 34 per cent to $4.1-billion. In Canadian-dollar terms, gold closed at $5,752 an ounce. U.S. crude futures settled at $69.02 a barrel.",
      ),
    ).toEqual(["USD", undefined, "CAD", "CAD", "USD"]);
  });

  it("reads the Peruvian sol's sign", () => {
    expect(currencies("LIMA - A gram of gold sold for about S/ 445, up from S/ 305 a year ago.")).toEqual([
      "PEN",
      "PEN",
    ]);
  });

  it("reads a national agency's bare dollar as its own, however often the story names the United States", () => {
    expect(
      currencies(
        "MONTREAL, Nov. 5, 2026 (Canadian Press) - Northwind Air says its profit fell to $726 million as demand for flights to the United States cooled. Transborder capacity to the United States fell, and U.S. bookings slowed.",
      ),
    ).toEqual(["CAD"]);
  });

  it("reads a national outlet's bare dollar as its own, whatever dollar it letters in a quote", () => {
    expect(
      currencies(
        "OTTAWA, Dec 1 (CP) - The council's budget rises to $425 million. The Royal Ontario Museum said it had raised C$75 million toward a C$110 million renovation. Adult admission is $20.",
      ),
    ).toEqual(["CAD", "CAD", "CAD", "CAD"]);
    expect(
      currencies(
        "AUCKLAND, Nov 24 (NZ Herald) - The fund paid $NZ38.4m, or an average of $2.43 a share. Kauri Dairy's value rose to $NZ432 million.",
      ),
    ).toEqual(["NZD", "NZD", "NZD"]);
    expect(
      currencies(
        "GISBORNE, Nov 30 - A forestry contractor has been fined $425,000. Logs fetched US$118 a tonne.",
      ),
    ).toEqual(["NZD", "USD"]);
  });

  it("reads bare cents as the currency a story counts in, past one amount in another", () => {
    expect(
      currencies(
        "Exporters face a €60m hit. Sales of €312 million and €490 million are at risk. Chinese milk sells for 3.1 yuan. Irish milk averaged 48.6 cent per litre.",
      ),
    ).toEqual(["EUR", "EUR", "EUR", "CNY", "EUR"]);
  });

  it("reads Victoria as the Australian state in a story that says it is Australian, and a lake otherwise", () => {
    expect(
      currencies(
        "MELBOURNE - Victoria's net debt will reach $171 billion by June 2029, the highest of any Australian state.",
      ),
    ).toEqual(["AUD"]);
    expect(
      currencies(
        "Victoria's net debt will reach $171 billion by June 2029, the highest of any Australian state, the auditor said. Victoria's interest bill will climb to $11 billion.",
      ),
    ).toEqual(["AUD", "AUD"]);
    expect(
      currencies(
        "KAMPALA - Uganda will spend $40 million on ferries across Lake Victoria, the ministry said.",
      ),
    ).toEqual(["USD"]);
  });

  it("reads a shared name after a number in words as after digits", () => {
    expect(currencies("MANILA - Senators said three pesos per voter will not buy a cup of rice.")).toEqual([
      "PHP",
    ]);
  });

  it("places a story by the other large cities of a shared currency's countries", () => {
    expect(currencies("RAWALPINDI: The brewery reported a profit of Rs2.94 billion.")).toEqual(["PKR"]);
    expect(currencies("CEBU - The port collected 300 pesos a tonne.")).toEqual(["PHP"]);
  });

  it("gives a move the dollar its level marks by name", () => {
    expect(
      currencies(
        "TORONTO (Canadian Press) - The TSX fell. The loonie traded at 71.45 cents US. The copper contract was down two cents at US$5.18 a pound.",
      ),
    ).toEqual(["USD", "USD", "USD"]);
  });

  it("gives a move in minor units written in words the currency of the level it reached past its share", () => {
    expect(
      currencies("Vietnam's and Mexico's exports rose. CHP shares fell two centavos, or 1.4%, to P1.41."),
    ).toEqual(["PHP", undefined, "PHP"]);
  });
  it("reads an international wire's bare dollars as U.S. dollars where it letters no other dollar", () => {
    expect(
      currencies(
        "SINGAPORE, Nov 26 (Reuters) - Sea Ltd raised its forecast. The Singapore-based company expects revenue of $22 billion. Its shares rose 3% to $118.20 in New York.",
      ),
    ).toEqual(["USD", undefined, "USD"]);
    // (Not where it letters its own dollar: "$A2.39 billion ... $23.8 billion" in a Sydney story.)
    expect(
      currencies(
        "SYDNEY, Aug 28 (Reuters) - Qantas Airways reported a profit of $A2.39 billion. Revenue climbed to $23.8 billion, the Australian flag carrier said.",
      ),
    ).toEqual(["AUD", "AUD"]);
  });

  it("reads a shared name after an abbreviated scale by the article's country (session 67)", () => {
    // ("4.1 bln pesos" in a Chilean story had been Mexican pesos, "3.8 billion pesos" Chilean.)
    expect(
      currencies(
        "SANTIAGO, Nov 3 (Reuters) - Chile's Salmones Australes said quarterly revenue rose to 4.1 bln pesos from 3.8 billion pesos.",
      ),
    ).toEqual(["CLP", "CLP"]);
  });

  it("gives cents that restate an amount per share its currency, a bare dollar's too (session 55)", () => {
    // (The euro of an Athens dateline does not reach them.)
    expect(
      currencies(
        "ATHENS, Nov 20, 2026 (Bloomberg) - Greece's Star Bulk Carriers posted net income of $28.7 million, or 46 cents a share. Greek shipowners gained.",
      ),
    ).toEqual(["USD", "USD"]);
  });

  it("reads a bare name after its sentence named another country's currency, and a range's name (session 70)", () => {
    // (In a Nairobi story "1,100 shillings" had been the dateline's KES; "22-25 pounds" had been GBP in Cairo.)
    expect(
      currencies(
        "NAIROBI, Sept 2 (Reuters) - Onions sold for 1,300 shillings in Nairobi. In Tanzania, farm-gate prices rose to 1,800 Tanzanian shillings per kg from 1,100 shillings in June.",
      ),
    ).toEqual(["KES", "TZS", "TZS"]);
    expect(
      currencies(
        "CAIRO, Aug 12 (Reuters) - Farm-gate prices rose to 14,000 Egyptian pounds a tonne, while retail prices in Cairo climbed to 22-25 pounds a kilogram.\n($1 = 48.75 Egyptian pounds)",
      ),
    ).toEqual(["EGP", "EGP"]);
  });

  it("reads each city of a joint dateline as datelined (session 70)", () => {
    // ("SINGAPORE/MANILA" had datelined Singapore alone; the story's three "US" made its pesos Mexican.)
    expect(
      currencies(
        "SINGAPORE/MANILA, Dec 4 (BusinessWorld) - Del Monte Pacific's US sales fell, and US prices rose. Its US unit lost money. Philippine sales grew 8% to 15.2 billion pesos.",
      ),
    ).toEqual([undefined, "PHP"]);
  });

  it("places a story by the bodies named after a dollar country's places or people, or after any country (session 73)", () => {
    expect(
      currencies(
        "Waikato Regional Council will spend $41m on the new pool, and Waikato ratepayers will fund about $12m of it.",
      ),
    ).toEqual(["NZD", "NZD"]);
    expect(
      currencies("NSW Health spent $3.2m treating trampoline injuries last year, according to NSW Health."),
    ).toEqual(["AUD"]);
    expect(
      currencies(
        "The Pakistan Bureau of Statistics said a 20kg flour bag cost Rs2,050 in Punjab, the Pakistan Flour Mills Association said.",
      ),
    ).toEqual([undefined, "PKR"]);
  });

  it("weighs a currency name's own countries where the story's main country has none (session 73)", () => {
    expect(
      currencies(
        "Germany pledged more aid on Monday, and Germany's allies in Germany followed. Norway, whose parliament in Norway approved the plan, contributed 5 billion kroner.",
      ),
    ).toEqual(["NOK"]);
  });

  it("reads a story that marks the U.S. dollar in glued cents ('US18.2c') as writing its own dollar bare (session 74)", () => {
    expect(
      currencies(
        "SYDNEY - Herbert River Milling reported a net profit of $38.6 million. Its sugar price averaged $A612 a tonne, against $A571 a year earlier, while raw sugar futures averaged US18.2c/lb.",
      ),
    ).toEqual(["AUD", "AUD", "AUD", "USD"]);
  });

  it("reads a release's bare dollar as the dollar of the country its dateline names after the city (session 77)", () => {
    expect(
      currencies(
        "HAMILTON, New Zealand, 1 December 2026 – Kowhai Manuka Group Limited (NZX: KMG) today announced its result.\n\n- Revenue of NZ$112.4 million\n- EBITDA of NZ$31.8 million\n\nDemand for honey in China stayed strong. Sales to China rose 31% to $38.7 million.",
      ),
    ).toEqual(["NZD", "NZD", undefined, "NZD"]);
    expect(
      currencies(
        "BROOMFIELD, Colo., Dec. 4, 2026 /PRNewswire/ -- Summit Peaks Resorts, Inc. today reported results. Its two resorts in British Columbia sold 40,000 Canadian passes. Revenue was $212 million, assuming an exchange rate of $0.72 per Canadian dollar.",
      ),
    ).toEqual([undefined, "USD", "USD"]);
  });

  it("reads a scrap yard's price by the kilogram as local money, not a commodity's dollar (session 78)", () => {
    expect(
      currencies(
        "SYDNEY, Dec. 3, 2026 – Scrap prices in Australia rose again. Old copper pipe was fetching $12 a kilogram in Sydney yards, while aluminium cans paid $1.20/kg. Copper traded at $11,200 a tonne on the LME.",
      ),
    ).toEqual(["AUD", "AUD", "USD"]);
  });

  it("reads a table's '($m)' as the article's own dollar, as its prose's '$' (session 79)", () => {
    expect(
      currencies(
        "MELBOURNE, 26 November 2026 – SoleMate Group Limited today announced revenue of $142.6 million for the half.\n\n                          1H27      1H26\nRevenue ($m)             142.6     131.7\nNPAT (US$m)               12.4      10.7\n",
      ),
    ).toEqual(["AUD", "AUD", "AUD", "USD", "USD"]);
  });

  it("reads a dateline's country before its dash, with no date, as the article's dollar (session 80)", () => {
    expect(currencies("NELSON, New Zealand - The framer paid $38,000 a year in rent.")).toEqual(["NZD"]);
  });

  it("reads a corner's scale in the parentheses its words close with (session 80)", () => {
    expect(
      currencies(
        "SYDNEY, 20 August 2026 - The music school group reported its results.\n\nFinancial summary ($m)            FY26     FY25    Change\nRevenue                           142.6    130.5    9.3%\nUnderlying EBITDA                  28.1     25.3   11.2%\n",
      ),
    ).toEqual(["AUD", "AUD", undefined, "AUD", "AUD", undefined]);
  });
});
