/**
 * News phrasing from outlets of many countries: [text, entities expected as "TYPE mention text", and
 * optionally mentions that must not be found, as a text or "TYPE text"]. A case names only what it is
 * about; other entities may be found too. Known misses live in backlog.ts.
 */
export interface EntityCase {
  text: string;
  has: readonly string[];
  not?: readonly string[];
  /** Needs what only the tagger's model knows (its ordinary words tell a title-case headline). */
  taggerOnly?: boolean;
}

export const CASES: readonly EntityCase[] = [
  // People with titles and roles (wire services, state media)
  {
    text: "Kazakh President Kassym-Jomart Tokayev met Chinese leader Xi Jinping in Astana on Tuesday.",
    has: [
      "PERSON Kassym-Jomart Tokayev",
      "PERSON Xi Jinping",
      "LOCATION Astana",
      "MISC Kazakh",
      "MISC Chinese",
    ],
    not: ["Tuesday", "Kazakh President"],
  },
  {
    text: "Indian Prime Minister Narendra Modi said on Sunday that talks with Pakistan would continue.",
    has: ["PERSON Narendra Modi", "LOCATION Pakistan", "MISC Indian"],
    not: ["Sunday", "Prime Minister"],
  },
  {
    text: "Nigeria's President Bola Tinubu signed the budget into law in Abuja.",
    has: ["LOCATION Nigeria", "PERSON Bola Tinubu", "LOCATION Abuja"],
  },
  {
    text: "Brazilian President Luiz Inácio Lula da Silva arrived in Beijing on Friday.",
    has: ["PERSON Luiz Inácio Lula da Silva", "LOCATION Beijing", "MISC Brazilian"],
  },
  {
    text: "European Commission President Ursula von der Leyen called for unity.",
    has: ["ORGANIZATION European Commission", "PERSON Ursula von der Leyen"],
  },
  {
    text: "Saudi Crown Prince Mohammed bin Salman hosted the summit in Riyadh.",
    has: ["PERSON Mohammed bin Salman", "LOCATION Riyadh", "MISC Saudi"],
  },
  {
    text: "UN Secretary-General António Guterres urged restraint.",
    has: ["ORGANIZATION UN", "PERSON António Guterres"],
  },
  {
    text: "Ukrainian President Volodymyr Zelensky thanked Germany for the new air defence systems.",
    has: ["PERSON Volodymyr Zelensky", "LOCATION Germany", "MISC Ukrainian"],
  },
  {
    text: "Japanese Prime Minister Fumio Kishida will visit Washington next month.",
    has: ["PERSON Fumio Kishida", "LOCATION Washington"],
  },
  {
    text: "South African President Cyril Ramaphosa addressed parliament in Cape Town.",
    has: ["PERSON Cyril Ramaphosa", "LOCATION Cape Town", "MISC South African"],
  },
  {
    text: "The meeting was chaired by Foreign Minister Sergey Lavrov, the ministry said.",
    has: ["PERSON Sergey Lavrov"],
    not: ["Foreign Minister Sergey Lavrov"],
  },
  {
    text: "Apple CEO Tim Cook unveiled the new iPhone in Cupertino.",
    has: ["ORGANIZATION Apple", "PERSON Tim Cook"],
  },
  { text: "Mr. Blinken met Mr. Wang for three hours.", has: ["PERSON Blinken", "PERSON Wang"], not: ["Mr"] },
  {
    text: "Dr. Tedros Adhanom Ghebreyesus, the head of the World Health Organization, spoke in Geneva.",
    has: ["PERSON Tedros Adhanom Ghebreyesus", "ORGANIZATION World Health Organization", "LOCATION Geneva"],
  },
  {
    text: "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin spoke by phone.",
    has: ["PERSON Recep Tayyip Erdogan", "PERSON Vladimir Putin", "MISC Turkish", "MISC Russian"],
  },
  {
    text: "Kenyan opposition leader Raila Odinga rejected the results.",
    has: ["PERSON Raila Odinga", "MISC Kenyan"],
  },
  {
    text: "Sheikh Hasina, Bangladesh's prime minister, resigned and left Dhaka.",
    has: ["PERSON Hasina", "LOCATION Bangladesh", "LOCATION Dhaka"],
  },
  // Surnames linked to full names
  {
    text: "Antony Blinken arrived on Monday. Blinken said the talks were useful.",
    has: ["PERSON Antony Blinken", "PERSON Blinken"],
  },
  {
    text: "Angela Merkel left office in 2021. Merkel had led Germany for 16 years.",
    has: ["PERSON Angela Merkel", "PERSON Merkel", "LOCATION Germany"],
  },
  // Countries and their aliases
  {
    text: "Trade between the U.S. and China fell sharply last year.",
    has: ["LOCATION U.S.", "LOCATION China"],
  },
  {
    text: "The US and the UK signed a new defence pact.",
    has: ["LOCATION US", "LOCATION UK"],
    not: ["The US"],
  },
  {
    text: "Exports from Britain to America rose by 4 percent.",
    has: ["LOCATION Britain", "LOCATION America"],
  },
  {
    text: "Officials from the United Arab Emirates and Saudi Arabia attended.",
    has: ["LOCATION United Arab Emirates", "LOCATION Saudi Arabia"],
  },
  {
    text: "Côte d'Ivoire and Burkina Faso reopened their border.",
    has: ["LOCATION Côte d'Ivoire", "LOCATION Burkina Faso"],
  },
  {
    text: "Floods hit Bosnia and Herzegovina and Trinidad and Tobago this week.",
    has: ["LOCATION Bosnia and Herzegovina", "LOCATION Trinidad and Tobago"],
  },
  {
    text: "Russia's invasion of Ukraine has reshaped energy markets.",
    has: ["LOCATION Russia", "LOCATION Ukraine"],
    not: ["Russia's"],
  },
  // Regions and cities
  {
    text: "Investment in Central Asia and the Middle East is growing.",
    has: ["LOCATION Central Asia", "LOCATION Middle East"],
  },
  {
    text: "Heavy rain fell across Southeast Asia, from Manila to Jakarta.",
    has: ["LOCATION Southeast Asia", "LOCATION Manila", "LOCATION Jakarta"],
  },
  {
    text: "Fighting continued near Bakhmut in eastern Ukraine.",
    has: ["LOCATION Bakhmut", "LOCATION Ukraine"],
  },
  {
    text: "The summit will be held in Rio de Janeiro in November.",
    has: ["LOCATION Rio de Janeiro"],
    not: ["November"],
  },
  {
    text: "Prices in São Paulo and Buenos Aires rose faster than in Lima.",
    has: ["LOCATION São Paulo", "LOCATION Buenos Aires", "LOCATION Lima"],
  },
  { text: "Water levels in the Mekong River fell to a record low.", has: ["LOCATION Mekong River"] },
  { text: "Protesters gathered in Almaty and Shymkent.", has: ["LOCATION Almaty", "LOCATION Shymkent"] },
  // Organizations: acronyms, companies, ministries, media, clubs
  {
    text: "NATO allies agreed to raise spending, while the IMF cut its growth forecast.",
    has: ["ORGANIZATION NATO", "ORGANIZATION IMF"],
  },
  {
    text: "The International Monetary Fund (IMF) approved a $3 billion loan for Egypt.",
    has: ["ORGANIZATION International Monetary Fund", "ORGANIZATION IMF", "LOCATION Egypt"],
  },
  {
    text: "Shares of Toyota Motor Corp rose 3% in Tokyo.",
    has: ["ORGANIZATION Toyota Motor Corp", "LOCATION Tokyo"],
  },
  { text: "Halyk Bank reported record profits for the quarter.", has: ["ORGANIZATION Halyk Bank"] },
  {
    // The tagger may read "... of Kazakhstan" into the name (its official name); either is right.
    text: "The Ministry of Foreign Affairs of Kazakhstan issued a statement.",
    has: [],
    not: ["The Ministry of Foreign Affairs", "PERSON Kazakhstan", "Foreign Affairs"],
  },
  { text: "The Bank of Japan kept interest rates unchanged.", has: ["ORGANIZATION Bank of Japan"] },
  { text: "According to The New York Times, the deal collapsed.", has: ["ORGANIZATION The New York Times"] },
  {
    text: "The report was first published by The Washington Post.",
    has: ["ORGANIZATION The Washington Post"],
  },
  {
    text: "Reuters and Bloomberg reported the merger first.",
    has: ["ORGANIZATION Reuters", "ORGANIZATION Bloomberg"],
  },
  {
    text: "Manchester United beat Newcastle United 2-0 at Old Trafford.",
    has: ["ORGANIZATION Manchester United", "ORGANIZATION Newcastle United"],
  },
  {
    text: "Students at Nazarbayev University protested against tuition fees.",
    has: ["ORGANIZATION Nazarbayev University"],
  },
  {
    text: "The European Union and the African Union signed a partnership.",
    has: ["ORGANIZATION European Union", "ORGANIZATION African Union"],
  },
  { text: "Gazprom cut supplies, the Kremlin said.", has: ["ORGANIZATION Gazprom", "ORGANIZATION Kremlin"] },
  {
    text: "Samsung Electronics and Huawei Technologies both sell phones in India.",
    has: ["ORGANIZATION Samsung Electronics", "ORGANIZATION Huawei Technologies", "LOCATION India"],
  },
  { text: "The Reserve Bank of India raised its key rate.", has: ["ORGANIZATION Reserve Bank of India"] },
  {
    text: "A spokesperson for the Chinese Foreign Ministry declined to comment.",
    has: ["ORGANIZATION Chinese Foreign Ministry"],
  },
  { text: "Prices are set by OPEC and its allies.", has: ["ORGANIZATION OPEC"] },
  // Demonyms
  { text: "American companies have invested in the Kazakh economy.", has: ["MISC American", "MISC Kazakh"] },
  { text: "Thousands of Filipinos work abroad.", has: ["MISC Filipinos"] },
  { text: "Two Americans and a Canadian were released.", has: ["MISC Americans", "MISC Canadian"] },
  // Events, laws, MISC
  { text: "Leaders met at the G20 Summit in New Delhi.", has: ["LOCATION New Delhi"] },
  { text: "Countries reaffirmed the Paris Agreement at the climate talks.", has: ["MISC Paris Agreement"] },
  // Non-names that must stay out
  { text: "However, the deal still needs approval.", has: [], not: ["However"] },
  { text: "Scroll to Top", has: [], not: ["Scroll", "Top"] },
  { text: "Today, I'm announcing new funding.", has: [], not: ["Today", "I'm", "I"] },
  { text: "Furthermore, GDP grew by 5 percent, the CEO said.", has: [], not: ["Furthermore", "GDP", "CEO"] },
  { text: "In 2022, inflation reached 20 percent.", has: [], not: ["In"] },
  { text: "The price was 500 USD per tonne, or about 230,000 KZT.", has: [], not: ["USD", "KZT"] },
  // All-caps headlines and lower-case text
  {
    text: "KAZAKHSTAN, U.S. AGREE TO BOOST TRADE",
    has: ["LOCATION KAZAKHSTAN", "LOCATION U.S."],
    not: ["AGREE", "BOOST"],
  },
  { text: "FLOODS HIT PAKISTAN AND INDIA", has: ["LOCATION PAKISTAN", "LOCATION INDIA"], not: ["FLOODS"] },
  {
    text: "protests spread across france and germany on monday",
    has: ["LOCATION france", "LOCATION germany"],
  },
  {
    text: "the central bank of nigeria raised rates while inflation in south africa eased",
    has: ["LOCATION nigeria", "LOCATION south africa"],
  },
  // Odd spacing and punctuation
  {
    text: "“We are ready,” said Kazakhstan’s Foreign Minister Murat Nurtleu.",
    has: ["LOCATION Kazakhstan", "PERSON Murat Nurtleu"],
    not: ["Kazakhstan’s"],
  },
  {
    text: "Talks in Doha (Qatar) involved Hamas and Israel.",
    has: ["LOCATION Doha", "LOCATION Qatar", "ORGANIZATION Hamas", "LOCATION Israel"],
  },
  // The words around a name: clubs named after cities, organizations in apposition, wire datelines
  { text: "Manchester City beat Liverpool 3-1 on Sunday.", has: ["ORGANIZATION Liverpool"] },
  {
    text: "Results:\n\nAl Wahda (UAE) 2 Nasaf Qarshi (Uzbekistan) 0\n\nShabab Al Ahli (UAE) 1 Al Ahli (Saudi Arabia) 3",
    has: ["LOCATION UAE", "ORGANIZATION Al Wahda", "LOCATION Uzbekistan"],
    not: ["ORGANIZATION UAE"],
    taggerOnly: true,
  },
  {
    text: "Any strike would need a turnout of 50 per cent under the Trade Union Act 2016, lawyers said.",
    has: ["MISC Trade Union Act 2016"],
  },
  {
    text: "Puerto Rican officials, Tuvaluans, a Motswana farmer and Hong Kongers met a Sierra Leonean envoy in Jersey.",
    has: [
      "MISC Puerto Rican",
      "MISC Tuvaluans",
      "MISC Motswana",
      "MISC Hong Kongers",
      "MISC Sierra Leonean",
      "LOCATION Jersey",
    ],
  },
  {
    text: "Leaders of the Pacific Islands Forum met in Honiara before the World Economic Forum and the Africa CEO Forum.",
    has: [
      "ORGANIZATION Pacific Islands Forum",
      "ORGANIZATION World Economic Forum",
      "ORGANIZATION Africa CEO Forum",
    ],
    not: ["Forum"],
  },
  {
    text: "Samsung chairman Lee Jae-yong met Taiwan's Chen Wei-lun and Hong Kong financial secretary Paul Chan Mo-po.",
    has: ["PERSON Lee Jae-yong", "PERSON Chen Wei-lun", "PERSON Paul Chan Mo-po"],
    taggerOnly: true,
  },
  {
    text: "The Arab League and the Awami League met as the Egyptian Premier League resumed.",
    has: ["ORGANIZATION Arab League", "ORGANIZATION Awami League", "MISC Egyptian Premier League"],
    not: ["League", "PERSON League"],
    taggerOnly: true,
  },
  {
    text: "Ministers from Turkiye, Holland and the Democratic Republic of Congo met. The Dutchman chaired it.",
    has: ["LOCATION Turkiye", "LOCATION Holland", "LOCATION Democratic Republic of Congo", "MISC Dutchman"],
  },
  {
    text: "CUPERTINO, Calif. (AP) — Apple opened a plant in Springfield, Ill., and another in Tampa, Fla.",
    has: ["LOCATION Calif", "LOCATION Ill", "LOCATION Fla", "ORGANIZATION Apple"],
  },
  { text: "He felt ill. Mass was said at noon.", has: [], not: ["Ill", "Mass"] },
  {
    text: "Hurricane Helene and Typhoon Yagi killed hundreds, and Tropical Storm Alberto flooded Texas.",
    has: ["MISC Hurricane Helene", "MISC Typhoon Yagi", "MISC Tropical Storm Alberto", "LOCATION Texas"],
    not: ["PERSON Helene", "PERSON Alberto"],
  },
  {
    text: "Denver beat Phoenix 118-109, Leeds drew 2-2 with Norwich and Osaka won 3-0 against Nagoya.",
    has: [
      "ORGANIZATION Denver",
      "ORGANIZATION Phoenix",
      "ORGANIZATION Leeds",
      "ORGANIZATION Norwich",
      "ORGANIZATION Osaka",
      "ORGANIZATION Nagoya",
    ],
  },
  { text: "The bill passed 52-48 in Washington.", has: ["LOCATION Washington"] },
  {
    text: "The Elk Grove Unified School District and the Yolo County Water District sued; hikers filled the Lake District.",
    has: [
      "ORGANIZATION Elk Grove Unified School District",
      "ORGANIZATION Yolo County Water District",
      "LOCATION Lake District",
    ],
  },
  {
    text: "1. Novak Djokovic (SRB) bt Alexander Zverev (GER) 6-4 6-3, and the National Action Party (PAN) won.",
    has: ["LOCATION SRB", "LOCATION GER", "ORGANIZATION PAN"],
    not: ["ORGANIZATION SRB", "ORGANIZATION GER", "LOCATION PAN"],
    taggerOnly: true,
  },
  {
    text: "Lily Gladstone won her first Oscar nomination, and Jon Batiste took five Grammys.",
    has: ["PERSON Lily Gladstone", "PERSON Jon Batiste"],
    not: ["PERSON Oscar", "PERSON Grammys"],
    taggerOnly: true,
  },
  {
    text: "Whitaker, of Harehills Lane, gave food to the Grace Harvest Fellowship near the McIlwraith Range.",
    has: ["LOCATION Harehills Lane", "ORGANIZATION Grace Harvest Fellowship", "LOCATION McIlwraith Range"],
  },
  {
    text: "Brig Gen Md Asaduzzaman, Lt Col Sarah Jones and Det Sgt Claire Hollis spoke.",
    has: ["PERSON Md Asaduzzaman", "PERSON Sarah Jones", "PERSON Claire Hollis"],
    not: ["Brig Gen Md Asaduzzaman", "Col Sarah Jones", "Sgt Claire Hollis"],
  },
  {
    text: "Superintendent Dr. Andrew Miller met U.S. District Judge Lee Rosenthal.",
    has: ["PERSON Andrew Miller", "PERSON Lee Rosenthal"],
    not: ["Dr", "U.S. District"],
  },
  {
    text: "Wale Edun was named Minister of Finance and Coordinating Minister of the Economy.",
    has: ["PERSON Wale Edun"],
    not: ["Coordinating Minister of the Economy", "and Coordinating Minister of the Economy"],
    taggerOnly: true,
  },
  {
    text: "He became Minister of Budget and Economic Planning, she Secretary of State for Health and Social Care.",
    has: [],
    not: ["Economic Planning", "Budget and Economic Planning", "State for Health and Social Care"],
  },
  {
    text: "Foreign Minister of Kazakhstan Mukhtar Tileuberdi met the Minister of State for the Central Bank of Nigeria.",
    has: ["PERSON Mukhtar Tileuberdi", "LOCATION Kazakhstan", "ORGANIZATION Central Bank of Nigeria"],
    taggerOnly: true,
  },
  {
    text: "Officials of the Ministry of Agriculture, Livestock and Fisheries met the Trade and Investment Authority.",
    has: ["ORGANIZATION Ministry of Agriculture, Livestock and Fisheries"],
    not: ["PERSON Fisheries"],
  },
  {
    text: "Erdogan Meets Scholz in Berlin",
    has: ["PERSON Erdogan", "PERSON Scholz", "LOCATION Berlin"],
    not: ["Erdogan Meets Scholz"],
    taggerOnly: true,
  },
  {
    text: "Earlier, Casper Ruud of Norway lost to Ben Shelton of the United States in four sets.",
    has: ["PERSON Casper Ruud", "LOCATION Norway", "PERSON Ben Shelton", "LOCATION United States"],
    not: ["Casper Ruud of Norway", "Ben Shelton of the United States"],
    taggerOnly: true,
  },
  {
    text: "Asante Kotoko won the Ghana Premier League on Sunday, a point ahead of Hearts of Oak.",
    has: ["MISC Ghana Premier League"],
    not: ["PERSON League", "LOCATION Ghana"],
    taggerOnly: true,
  },
  {
    text: "Makerere University Vice Chancellor Prof Barnabas Nawangwe said the campus would reopen.",
    has: ["PERSON Barnabas Nawangwe", "ORGANIZATION Makerere University"],
    not: ["Prof Barnabas Nawangwe"],
  },
  {
    text: "Tan Sri Lim Boon Keat was acquitted, Brigadier Thandi Mbambo said, as Alhaji Aliko Dangote met Datuk Seri Anwar Ibrahim.",
    has: ["PERSON Lim Boon Keat", "PERSON Thandi Mbambo", "PERSON Aliko Dangote", "PERSON Anwar Ibrahim"],
    not: ["Tan Sri Lim Boon Keat", "Brigadier Thandi Mbambo", "Alhaji Aliko Dangote", "Seri Anwar Ibrahim"],
  },
  {
    text: "Kenya Power cut supply to Mombasa, and Tokyo Electric Power said it would help.",
    has: ["ORGANIZATION Kenya Power", "ORGANIZATION Tokyo Electric Power", "LOCATION Mombasa"],
    not: ["LOCATION Kenya"],
  },
  { text: "OPEC+ ministers met in The Hague on Monday.", has: ["ORGANIZATION OPEC+", "LOCATION The Hague"] },
  {
    text: "The Norwegian Oil and Gas Association said output rose, Reuters and Bloomberg reported.",
    has: ["ORGANIZATION Norwegian Oil and Gas Association", "ORGANIZATION Reuters", "ORGANIZATION Bloomberg"],
    taggerOnly: true,
  },
  {
    text: "Former President Daniel arap Moi was treated at King's College Hospital and Queen's University Hospital.",
    has: [
      "PERSON Daniel arap Moi",
      "ORGANIZATION King's College Hospital",
      "ORGANIZATION Queen's University Hospital",
    ],
  },
  {
    text: "Moniflow, a Lagos-based start-up, hired a Kenyan-born engineer from the Paris-based bank.",
    has: ["LOCATION Lagos", "MISC Kenyan", "LOCATION Paris"],
  },
  {
    text: "Finn Valtteri Bottas was fastest in practice, ahead of Briton Lewis Hamilton and Finn Russell.",
    has: [
      "MISC Finn",
      "PERSON Valtteri Bottas",
      "MISC Briton",
      "PERSON Lewis Hamilton",
      "PERSON Finn Russell",
    ],
    not: ["Finn Valtteri Bottas", "Briton Lewis Hamilton"],
    taggerOnly: true,
  },
  {
    text: "Men's 10,000m: 1. Berihu Aregawi (Ethiopia) 26:43.82; 2. Tadese Worku 28:53.10; 3. Haftu Teklu 28:55.01",
    has: ["PERSON Berihu Aregawi", "PERSON Tadese Worku", "PERSON Haftu Teklu", "LOCATION Ethiopia"],
    taggerOnly: true,
  },
  {
    text: "Al Hilal beat Iranian champions Persepolis 4-0 on Tuesday.",
    has: ["MISC Iranian", "ORGANIZATION Persepolis"],
    not: ["ORGANIZATION Iranian"],
  },
  {
    text: "Vice-Chancellor Jane Obi met former Prime Minister Imran Khan and Deputy Governor Susan Koech.",
    has: ["PERSON Jane Obi", "PERSON Imran Khan", "PERSON Susan Koech"],
    not: ["Vice-Chancellor Jane Obi", "Prime Minister Imran Khan", "Governor Susan Koech"],
  },
  {
    text: "Finance Minister and Vice Chancellor Lars Klingbeil of the SPD called the result a good day.",
    has: ["PERSON Lars Klingbeil", "ORGANIZATION SPD"],
    not: ["Vice", "Vice Chancellor"],
  },
  {
    text: "A nurse who works on a cardiac ward at Leeds General Infirmary said many colleagues were leaving.",
    has: ["ORGANIZATION Leeds General Infirmary"],
    not: ["Infirmary", "PERSON Infirmary"],
  },
  {
    text: "Men's singles, quarter-finals (prefix denotes seeding):\n\n2-Alexander Zverev (Germany) beat 11-Holger Rune (Denmark) 6-4 6-4",
    has: ["PERSON Alexander Zverev", "PERSON Holger Rune", "LOCATION Germany", "LOCATION Denmark"],
  },
  {
    text: "Liverpool manager Arne Slot said his team were not good enough.",
    has: ["ORGANIZATION Liverpool"],
  },
  { text: "Arsenal drew with Brighton on Saturday.", has: ["ORGANIZATION Brighton"] },
  { text: "Japan beat Syria 2-1 in Tokyo.", has: ["LOCATION Japan", "LOCATION Syria", "LOCATION Tokyo"] },
  {
    text: "Liverpool is a port city in north-west England.",
    has: ["LOCATION Liverpool", "LOCATION England"],
  },
  { text: "Germany's financial watchdog BaFin declined to comment.", has: ["ORGANIZATION BaFin"] },
  { text: "Shares of carmaker Volkswagen fell 3% in Frankfurt.", has: ["ORGANIZATION Volkswagen"] },
  { text: "He thanked his rival Joe Biden.", has: ["PERSON Joe Biden"] },
  {
    text: "MANCHESTER, England (AP) - Erling Haaland scored twice on Sunday.",
    has: ["LOCATION MANCHESTER", "ORGANIZATION AP"],
  },
  { text: "NAIROBI, Oct 5 (Reuters) - Kenya's president spoke.", has: ["LOCATION NAIROBI"] },
  { text: "NASA said on Monday it would delay the launch.", has: ["ORGANIZATION NASA"] },
  // Title-case headlines: capitals tell little, prose-like reading and word lists do
  {
    text: "Deutsche Bank To Cut 3,500 Jobs As Kazakhstan Talks Stall",
    has: ["ORGANIZATION Deutsche Bank", "LOCATION Kazakhstan"],
    not: ["Cut", "Jobs", "Talks Stall", "Stall"],
    taggerOnly: true,
  },
  // A title that starts inside a name is the next person's role; a weekday is never part of a name
  {
    text: "Treasury Cabinet Secretary John Mbadi met the IMF team.",
    has: ["PERSON John Mbadi", "ORGANIZATION IMF"],
    not: ["Treasury Cabinet"],
  },
  {
    text: "The Council on Foreign Relations met officials of the Bank of England on Tuesday.",
    has: ["ORGANIZATION Council on Foreign Relations", "ORGANIZATION Bank of England"],
  },
  { text: "He told the Cabinet on Monday that talks had failed.", has: [], not: ["Cabinet on Monday"] },
  // A plural noun's possessive inside a name; a place's acronym must spell its initials
  {
    text: "Li Qiang spoke as the National People's Congress opened in Beijing.",
    has: ["ORGANIZATION National People's Congress", "LOCATION Beijing"],
    not: ["National People", "Congress"],
    taggerOnly: true,
  },
  {
    text: "Kazakhstan's Foreign Ministry and Trump's Republican Party disagreed.",
    has: ["LOCATION Kazakhstan", "ORGANIZATION Foreign Ministry", "ORGANIZATION Republican Party"],
  },
  {
    text: "SAN FRANCISCO (AP) - Nvidia Corp. reported record revenue, AP reported.",
    has: ["LOCATION SAN FRANCISCO", "ORGANIZATION AP"],
  },
  {
    text: "The United Arab Emirates (UAE) said the UAE would invest.",
    has: ["LOCATION United Arab Emirates", "LOCATION UAE"],
  },
  // Two organizations joined by "and" are two, unless "of" binds the "and" or an organization word ends it
  {
    text: "Analysts at Goldman Sachs and Nomura said the target was ambitious.",
    has: ["ORGANIZATION Goldman Sachs", "ORGANIZATION Nomura"],
    not: ["Goldman Sachs and Nomura"],
    taggerOnly: true,
  },
  {
    text: "The Securities and Exchange Commission and the Department of Health and Human Services agreed.",
    has: [
      "ORGANIZATION Securities and Exchange Commission",
      "ORGANIZATION Department of Health and Human Services",
    ],
    taggerOnly: true,
  },
  {
    text: "Demand from Microsoft, Meta Platforms and Vertex Therapeutics stayed strong.",
    has: ["ORGANIZATION Meta Platforms", "ORGANIZATION Vertex Therapeutics"],
  },
  {
    text: "Saudi Crown Prince Mohammed bin Salman met Egyptian President Abdel Fattah al-Sisi in Riyadh.",
    has: ["PERSON Mohammed bin Salman", "PERSON Abdel Fattah al-Sisi", "LOCATION Riyadh"],
  },
  {
    text: "He wrote for The Economist magazine in London.",
    has: ["ORGANIZATION The Economist", "LOCATION London"],
    not: ["The Economist magazine"],
    taggerOnly: true,
  },
  {
    text: "Shares of Samsung rose 1.8% on the KOSPI, while SK hynix gained 2.6% and LG Energy Solution fell.",
    has: ["ORGANIZATION SK hynix", "ORGANIZATION Samsung"],
    not: ["SK", "LOCATION SK"],
    taggerOnly: true,
  },
  { text: "He loved Miss Chaworth deeply.", has: ["PERSON Chaworth"], not: ["Miss Chaworth"] },
  { text: "Ah, the weather in Oslo was fine.", has: ["LOCATION Oslo"], not: ["Ah"] },
  // Products and works: a product noun before a name, a title in quotes after a work's cue.
  {
    text: "Sales of the diabetes drug Ozempra rose again.",
    has: ["MISC Ozempra"],
    not: ["PERSON Ozempra", "LOCATION Ozempra"],
  },
  { text: "She stars in the film Halvorsen, out in May.", has: ["MISC Halvorsen"] },
  {
    text: 'Lena Brook\'s "Nights at the Palladium" won two awards.',
    has: ["MISC Nights at the Palladium"],
    not: ["Palladium"],
  },
  {
    text: 'Marlowe was a spy. The studio released "Marlowe" in June.',
    has: ["MISC Marlowe"],
  },
  // In a sentence only sports copy writes, a city in a team's place is the club; not after "in", nor
  // before a noun it modifies ("the Istanbul derby").
  { text: "Midfielder Jonas Berg scored twice for Liverpool on Saturday.", has: ["ORGANIZATION Liverpool"] },
  { text: "The striker moved to Barcelona's squad in July.", has: ["ORGANIZATION Barcelona"] },
  { text: "The striker was born in Liverpool.", has: ["LOCATION Liverpool"] },
  { text: "Besiktas won the Istanbul derby after a late goal.", has: ["LOCATION Istanbul"] },
  // "St." and the saint's name are one name; a count before a name is no part of it.
  {
    text: "Voters in St. Charles Parish approved the levy.",
    has: ["LOCATION St. Charles Parish"],
    not: ["PERSON Charles Parish"],
    taggerOnly: true,
  },
  {
    text: "The St. Paul City Council met on Monday.",
    has: ["ORGANIZATION St. Paul City Council"],
    not: ["PERSON Paul"],
    taggerOnly: true,
  },
  {
    text: "Democrats won 38 Senate seats.",
    has: ["ORGANIZATION Senate"],
    not: ["38 Senate"],
    taggerOnly: true,
  },
  // A single word that owns a company title is the company; month ranges and credit ratings name nothing.
  {
    text: "Rosenergo CEO Pavel Dunin said output fell.",
    has: ["ORGANIZATION Rosenergo", "PERSON Pavel Dunin"],
    not: ["PERSON Rosenergo"],
    taggerOnly: true,
  },
  { text: "Exports in January-September rose 5%.", has: [], not: ["January-September"] },
  {
    text: "Fitch rates Ecopetrol BB+ with a stable outlook.",
    has: [],
    not: ["Ecopetrol BB+", "BB+"],
    taggerOnly: true,
  },
  {
    text: "Figures compiled by the daily Página Doce showed prices rose.",
    has: ["ORGANIZATION Página Doce"],
    taggerOnly: true,
  },
  // A company named with its possessive keeps it; a person's possessive does not.
  {
    text: "Moody's cut the rating on Friday.",
    has: ["ORGANIZATION Moody's"],
    not: ["Moody"],
    taggerOnly: true,
  },
  { text: "Sarah Moody's book sold well.", has: ["PERSON Sarah Moody"], not: ["Sarah Moody's"] },
  // An apposition headed by an organization noun types the name before it; a person's job does not.
  {
    text: "Veltronik, the Finnish state power company, said on Monday it would close two plants.",
    has: ["ORGANIZATION Veltronik"],
    not: ["PERSON Veltronik"],
    taggerOnly: true,
  },
  {
    text: "Orsalia Venn, a party member since 1990, said the vote was fair.",
    has: ["PERSON Orsalia Venn"],
    not: ["ORGANIZATION Orsalia Venn"],
    taggerOnly: true,
  },
  {
    text: "Dario Kessel, the union's chief negotiator, said talks had failed.",
    has: ["PERSON Dario Kessel"],
    taggerOnly: true,
  },
  // An acronym the article defines by lower-case words is a term, not an organization, wherever it stands.
  {
    text: "Adjusted operating income (AOI) rose 4%. AOI margins widened, and net interest margin (NIM) held.",
    has: [],
    not: ["AOI", "NIM"],
  },
  {
    text: "The National Grid Authority (NGA) said demand rose. The NGA will add capacity.",
    has: ["ORGANIZATION National Grid Authority"],
  },
  // An amount with its currency glued on names nothing.
  {
    text: "Officials said RM7 billion went missing and P30 million was returned.",
    has: [],
    not: ["RM7", "P30"],
  },
  // An apposition that names a company's trade makes the name before it an organization.
  {
    text: "Patrick Terminals, the stevedore, said costs rose.",
    has: ["ORGANIZATION Patrick Terminals"],
    not: ["PERSON Patrick Terminals"],
  },
  // A place or body named after a titled person keeps the title in its name and is no person.
  {
    text: "Flights to King Salman International Airport start in 2030. Patients at Queen Elizabeth Hospital waited.",
    has: ["LOCATION King Salman International Airport", "ORGANIZATION Queen Elizabeth Hospital"],
    not: ["PERSON Salman International Airport", "PERSON Elizabeth Hospital"],
  },
  // Terms written in capitals or with "&" name nothing; German names join with "und".
  {
    text: "Global M&A volumes rose, PE firms grew and R&D spending rose. LFP batteries and ETF inflows and PGM prices rose.",
    has: [],
    not: ["M&A", "PE", "R&D", "LFP", "ETF", "PGM"],
  },
  {
    text: "Hamburger Hafen und Logistik AG (HHLA) said volumes rose.",
    has: ["ORGANIZATION Hamburger Hafen und Logistik AG"],
    not: ["ORGANIZATION Logistik", "ORGANIZATION Hamburger Hafen"],
  },
  // Builders, consultancies and brands a tagger mistypes are known names.
  {
    text: "Vinci and Laing O'Rourke won the contract, Drewry said. Suzuki sold 84,000 cars, according to Lightstone.",
    has: [
      "ORGANIZATION Vinci",
      "ORGANIZATION Laing O'Rourke",
      "ORGANIZATION Drewry",
      "ORGANIZATION Suzuki",
      "ORGANIZATION Lightstone",
    ],
    not: ["PERSON Laing O'Rourke", "PERSON Drewry", "PERSON Suzuki", "PERSON Lightstone"],
  },
  // Holidays and shopping days are events, also when a weekday is part of the name.
  {
    text: "Shoppers spent $10.8 billion on Black Friday and $14.2 billion on Cyber Monday, before Diwali and Eid al-Fitr sales.",
    has: ["MISC Black Friday", "MISC Cyber Monday", "MISC Diwali", "MISC Eid al-Fitr"],
    not: ["PERSON Diwali", "LOCATION Diwali"],
  },
  // Market indices are MISC, whole across a slash, and no mention of the ratings firm S&P.
  {
    text: "The S&P/ASX 200 fell 1.2%, the S&P/TSX composite index slipped and the S&P 500 gained 0.4%, while the FTSE/JSE Top 40 and the Stoxx 600 rose. S&P Global Ratings cut Ghana.",
    has: ["MISC S&P/ASX 200", "MISC S&P/TSX", "MISC S&P 500", "MISC FTSE/JSE Top 40", "MISC Stoxx 600"],
    not: ["ORGANIZATION S&P", "ORGANIZATION S&P 500", "TSX", "FTSE"],
  },
  // Accounting terms, benchmark rates, classes of bonds and a legal form cut off by a comma name nothing;
  // exchanges are organizations.
  {
    text: "BASF posted Ebit of 1.2 billion euros, and SSI Group, Inc. said margins rose. The 91-day Treasury bill rate rose 5 basis points over BBSW and the Selic. Shares rose on the ASX and the Dubai Financial Market.",
    has: ["ORGANIZATION ASX", "ORGANIZATION Dubai Financial Market", "ORGANIZATION SSI Group"],
    not: ["Ebit", "Inc", "Treasury", "BBSW", "Selic", "LOCATION Dubai Financial Market"],
  },
  // ... so does a country's dollar in cents.
  {
    text: "The kiwi bought US57.4 cents, and the Australian dollar fetched US65.2c.",
    has: [],
    not: ["US57.4", "US65.2c", "LOCATION US65.2c"],
  },
  // Credit lines name people, whatever the names look like.
  {
    text: "Rates rose.\n\n(Reporting by Lars Brenner and Mai Tran; Editing by Sophie Vale)",
    has: ["PERSON Lars Brenner", "PERSON Mai Tran", "PERSON Sophie Vale"],
    taggerOnly: true,
  },
  { text: "Crowds gathered. (AFP Photo/Omar Haidari)", has: ["PERSON Omar Haidari"], taggerOnly: true },
  // A dollar's country letters glued to its sign name no place.
  { text: "Profit was 2 trillion won (US$1.4 billion).", has: [], not: ["US", "LOCATION United States"] },
  // A company's first word joins it when the full name has a legal form, even where read as a place.
  {
    text: "Halvorsen Marine Logistics Ltd said it would cut jobs. Halvorsen shares fell, and Halvorsen said more cuts may come.",
    has: ["ORGANIZATION Halvorsen Marine Logistics Ltd", "ORGANIZATION Halvorsen"],
    not: ["LOCATION Halvorsen", "PERSON Halvorsen"],
    taggerOnly: true,
  },
  {
    text: "Boston Scientific Corp said sales rose. In Boston, shares rose.",
    has: ["ORGANIZATION Boston Scientific Corp", "LOCATION Boston"],
  },
  // An acronym sets its name's extent across commas and possessives, and cuts a name run into it.
  {
    text: "The Department for Energy, Mines and Water (DEMW) said output rose.",
    has: ["ORGANIZATION Department for Energy, Mines and Water", "ORGANIZATION DEMW"],
  },
  {
    text: "Ferrovia and Northern Grain Transport (NGT) halted trains.",
    has: ["ORGANIZATION Northern Grain Transport", "ORGANIZATION NGT"],
    not: ["ORGANIZATION Ferrovia and Northern Grain Transport"],
    taggerOnly: true,
  },
  // Session 7: a descriptor noun before a company's name, at a sentence's start too; one word with a
  // capital inside is a company; every name of a credit line is whole.
  {
    text: "Freight rates doubled, according to shipbroker Clarkfield.",
    has: ["ORGANIZATION Clarkfield"],
    not: ["LOCATION Clarkfield", "PERSON Clarkfield"],
  },
  {
    text: "Pollster Demoskopia Nord put the party at 31%.",
    has: ["ORGANIZATION Demoskopia Nord"],
    not: ["PERSON Demoskopia Nord", "Pollster Demoskopia Nord"],
  },
  // A company named with its possessive and more; an acronym's extent over "on" and a short word in capitals.
  {
    text: "Sainsbury's Bank raised its savings rate.",
    has: ["ORGANIZATION Sainsbury's Bank"],
    not: ["Bank"],
    taggerOnly: true,
  },
  {
    text: "The Institute on Rural Justice (IRJ) said arrests fell.",
    has: ["ORGANIZATION Institute on Rural Justice", "ORGANIZATION IRJ"],
    not: ["ORGANIZATION Institute on Rural"],
  },
  {
    text: "Duty was collected by HM Excise and Tariffs (HMET) on Tuesday.",
    has: ["ORGANIZATION HM Excise and Tariffs"],
    not: ["ORGANIZATION HM Excise", "ORGANIZATION Tariffs"],
  },
  // An acronym that spells a name exactly does not reach back over a phrase before it.
  {
    text: "In Norway, the Norwegian Statistics Office (NSO) said prices rose.",
    has: ["ORGANIZATION Norwegian Statistics Office", "LOCATION Norway"],
    not: ["ORGANIZATION Norway, the Norwegian Statistics Office"],
  },
  // Airlines and reinsurers named like places.
  {
    text: "Emirates said it would hire 5,000 crew, and Swiss Re cut its forecast.",
    has: ["ORGANIZATION Emirates", "ORGANIZATION Swiss Re"],
    not: ["LOCATION Emirates", "MISC Swiss"],
  },
  // Data firms, property brokers and drugmakers named bare.
  {
    text: "Prescriptions rose 38%, according to data from IQVIA, while Knight Frank and Anarock said prices rose and Eisai cut its forecast.",
    has: ["ORGANIZATION IQVIA", "ORGANIZATION Knight Frank", "ORGANIZATION Anarock", "ORGANIZATION Eisai"],
  },
  // Reinsurers and mutual insurers by their suffix, unknown names included.
  {
    text: "Brokers at Tamsin Re said prices fell, and Kestrel Mutual raised its reserves.",
    has: ["ORGANIZATION Tamsin Re", "ORGANIZATION Kestrel Mutual"],
  },
  // Armed groups and commodity traders of the word lists.
  {
    text: "M23 said it took the town, while al-Shabaab and Boko Haram stayed silent.",
    has: ["ORGANIZATION M23", "ORGANIZATION al-Shabaab", "ORGANIZATION Boko Haram"],
    not: ["LOCATION M23", "PERSON al-Shabaab"],
  },
  {
    text: "Cargoes rose, according to Kpler and Vortexa, and Vitol bought two.",
    has: ["ORGANIZATION Kpler", "ORGANIZATION Vortexa", "ORGANIZATION Vitol"],
  },
  // Units, accounting words and fiscal labels in capitals name nothing; "Korea" is South Korea.
  { text: "The park adds 4 gigawatts (GW). Another 2 GW is due.", has: [], not: ["GW"] },
  { text: "Toyota Lifts Capex as EV Sales Climb", has: ["ORGANIZATION Toyota"], not: ["Capex"] },
  { text: "The FY27 target is 4.4%, down from FY26.", has: [], not: ["FY27", "FY26"] },
  // A portfolio's last word is no part of the minister's name after it.
  {
    text: "Union Minister of Ports, Shipping and Waterways Sarbananda Sonowal said traffic rose.",
    has: ["PERSON Sarbananda Sonowal"],
    not: ["Waterways Sarbananda Sonowal"],
  },
  // A body named by fields listed with commas before its place, or after "Authority for", is one name.
  {
    text: "Permits fell, according to Immigration, Refugees and Citizenship Canada and the Federal Authority for Identity, Citizenship, Customs and Port Security.",
    has: [
      "ORGANIZATION Immigration, Refugees and Citizenship Canada",
      "ORGANIZATION Federal Authority for Identity, Citizenship, Customs and Port Security",
    ],
    not: ["Immigration", "Port Security"],
    taggerOnly: true,
  },
  // Water units in capitals name nothing.
  {
    text: "The plant adds 200 MLD, the city gets 550 MGD and Dubai 495 MIGD.",
    has: [],
    not: ["MLD", "MGD", "MIGD"],
  },
  // An article opening a sentence is no part of a body's name; an initial or a title's first word is.
  {
    text: "A Retail Council of Canada survey found that shoppers would spend less, as A&E waits grew.",
    has: ["ORGANIZATION Retail Council of Canada"],
    not: ["A Retail Council of Canada", "&E"],
  },
  // An acronym written with "&" in parentheses joins the name before it and is its alias.
  {
    text: "Procter and Gamble (P&G) said sales rose. P&G shares climbed.",
    has: ["ORGANIZATION Procter and Gamble", "ORGANIZATION P&G"],
    not: ["Gamble"],
    taggerOnly: true,
  },
  // Survey and bank measures, classes of firms and capital-letter units name nothing either.
  {
    text: "The manufacturing PMI rose to 51.2, while the lender's common equity tier 1 (CET1) ratio and its return on assets (RoA) improved.",
    has: [],
    not: ["PMI", "CET1", "RoA"],
  },
  {
    text: "Nigeria's 11 distribution companies (DisCos) owe the generation companies (GenCos) N4 trillion.",
    has: ["LOCATION Nigeria"],
    not: ["DisCos", "GenCos"],
  },
  {
    text: "The Index of Industrial Production (IIP) grew 3.7 per cent in September.",
    has: ["MISC Index of Industrial Production"],
  },
  {
    text: "The authority's Director-General, Bashir Are, said revenue rose. The Director-General added more.",
    has: [],
    not: ["Director-General"],
  },
  {
    text: "Swiggy reported a smaller loss in Q2FY26, and its H1FY27 guidance held.",
    has: [],
    not: ["Q2FY26", "Q2fy26", "H1FY27"],
  },
  {
    text: "The Korean won fell as Korea's exports slowed.",
    has: ["LOCATION Korea", "MISC Korean"],
  },
  {
    text: "Shipments fell, according to market researcher DataHarbor.",
    has: ["ORGANIZATION DataHarbor"],
    not: ["PERSON DataHarbor"],
  },
  {
    text: "Ron DeSantis spoke. Sales rose, said Ann McDonald.",
    has: ["PERSON Ron DeSantis", "PERSON Ann McDonald"],
    taggerOnly: true,
  },
  {
    text: "Rates rose.\n\n(Reporting by Kate M. Lowry and Tom More; Editing by Ian Winning)",
    has: ["PERSON Kate M. Lowry", "PERSON Tom More", "PERSON Ian Winning"],
    not: ["PERSON Kate", "PERSON Tom", "PERSON Ian"],
  },
  // The outlet a dateline credits in parentheses after its date is an organization.
  {
    text: "JOHANNESBURG, 19 November 2026 (Business Day) - South Africa froze R1.4bn of assets.",
    has: ["ORGANIZATION Business Day", "LOCATION South Africa"],
    not: ["MISC Business Day"],
  },
  // Two known places joined by a hyphen are two places; a place of its own stays whole.
  {
    text: "Fares on the Cairo-Alexandria route rose as Iran-Iraq trade slowed.",
    has: ["LOCATION Cairo", "LOCATION Alexandria", "LOCATION Iran", "LOCATION Iraq"],
    not: ["Cairo-Alexandria", "Iran-Iraq"],
  },
  { text: "Exports from Guinea-Bissau rose.", has: ["LOCATION Guinea-Bissau"], not: ["LOCATION Guinea"] },
  // (Before a shipping lane or trade, places joined by hyphens are the lane's ends, known or not.)
  {
    text: "Spot rates on the Ningbo-Valencia lane fell 6% this week.",
    has: ["LOCATION Ningbo", "LOCATION Valencia"],
    not: ["Ningbo-Valencia"],
  },
  // A title that is also a given name, after a role, is the name's.
  {
    text: "Energy Minister Sultan bin Ahmed al-Mansoori met the Sultan of Oman.",
    has: ["PERSON Sultan bin Ahmed al-Mansoori"],
  },
  // Crypto exchanges and steelmakers named bare.
  {
    text: "Bybit and Kraken listed the token, and Ternium bought Erdemir's stake.",
    has: ["ORGANIZATION Bybit", "ORGANIZATION Kraken", "ORGANIZATION Ternium", "ORGANIZATION Erdemir"],
  },
  // A state company keeps its "Corporation"; a company's canonical name drops it.
  {
    text: "Sonangol and the Ghana National Petroleum Corporation signed a deal with Acme Corporation.",
    has: ["ORGANIZATION Ghana National Petroleum Corporation", "ORGANIZATION Acme Corporation"],
  },
  // An institution's list of fields runs to the item after "and", "the" and several words too.
  {
    text: "The Ministry of Economy, Trade and Industry said the Department of Water, Sanitation and the Environment agreed.",
    has: [
      "ORGANIZATION Ministry of Economy, Trade and Industry",
      "ORGANIZATION Department of Water, Sanitation and the Environment",
    ],
    not: ["PERSON Industry", "PERSON Environment"],
  },
  {
    text: "The Institute of Geology, Mining and Earth Sciences (IGME) said the Ministry of Finance, Kenya and Uganda met.",
    has: [
      "ORGANIZATION Institute of Geology, Mining and Earth Sciences",
      "LOCATION Kenya",
      "LOCATION Uganda",
    ],
  },
  // Bookmakers, luxury houses, venture data firms and launch companies named bare.
  {
    text: "Betika and William Hill gained, Cartier owner Richemont said, citing Tracxn and Rocket Lab data.",
    has: [
      "ORGANIZATION Betika",
      "ORGANIZATION William Hill",
      "ORGANIZATION Cartier",
      "ORGANIZATION Richemont",
      "ORGANIZATION Tracxn",
      "ORGANIZATION Rocket Lab",
    ],
  },
  // Danish and Norwegian legal forms written with a slash: one word, part of the company's mention.
  {
    text: "Novo Nordisk A/S shares fell after Femern A/S said the tunnel would open in 2031.",
    has: ["ORGANIZATION Novo Nordisk A/S", "ORGANIZATION Femern A/S"],
    not: ["A/S", "S", "ORGANIZATION Femern A"],
  },
  // A sentence's first word the article also writes in lower case is no short name of an organization.
  {
    text: "The Debt Management Office said it sold bonds. Debt service rose as public debt climbed.",
    has: ["ORGANIZATION Debt Management Office"],
    not: ["Debt"],
  },
  // Classes of government bonds name nothing.
  {
    text: "The ten-year Bund yield rose as Ghana sold Eurobonds and the 30-year JGB fell.",
    has: ["LOCATION Ghana"],
    not: ["Bund", "Eurobonds", "JGB"],
  },
  // A company's first word joins it when a generic company word follows ("Property", "Estates"), whatever
  // the tagger made of it; a country's name does not ("Kenya" beside "Kenya Airways").
  {
    text: "Meridian Property Group posted a loss. Meridian has about $A2.1 billion in debt. Meridian securities fell 2%. Kenya Airways flew more. Kenya grew 5%.",
    has: ["ORGANIZATION Meridian Property Group", "ORGANIZATION Kenya Airways", "LOCATION Kenya"],
    not: ["LOCATION Meridian"],
  },
  // Two words join the company too ("Aurion Ridge" for "Aurion Ridge Resources"), not a place's name
  // ("Changi Airport" beside "Changi Airport Group").
  {
    text: "Aurion Ridge Resources raised C$18 million. Aurion Ridge shares rose 4%. Changi Airport Group said Changi Airport handled 5 million passengers.",
    has: ["ORGANIZATION Aurion Ridge Resources", "LOCATION Changi Airport"],
    not: ["LOCATION Aurion Ridge"],
  },
  // "the Kingdom" alone names no entity of its own; "United Kingdom" and "Kingdom Holding" do.
  {
    text: "Saudi Arabia said the Kingdom would keep spending, as the United Kingdom and Kingdom Holding agreed.",
    has: ["LOCATION Saudi Arabia", "LOCATION United Kingdom", "ORGANIZATION Kingdom Holding"],
    not: ["Kingdom"],
  },
  // A name that ends in an industry's word is a company's, after a job word too ("promoter X").
  {
    text: "The tour grossed $18.4 million, promoter Flytime Promotions said. Henry Butcher Auctioneers sold 120 lots.",
    has: ["ORGANIZATION Flytime Promotions", "ORGANIZATION Henry Butcher Auctioneers"],
    not: ["PERSON Flytime Promotions", "PERSON Henry Butcher"],
  },
  // A name that owns its staff, a person named after them, is their firm; a shipbuilder's, a refinery's,
  // investors' or a finance company's word ends a company's name.
  {
    text: "Prices rose 9%, said Harcourts agent Tim Ward. Grant Thornton partners Ann Lee and Sam Roe were named receivers.",
    has: ["ORGANIZATION Harcourts", "ORGANIZATION Grant Thornton", "PERSON Tim Ward", "PERSON Ann Lee"],
    not: ["PERSON Harcourts", "PERSON Grant Thornton"],
    taggerOnly: true,
  },
  {
    text: "Garden Reach Shipbuilders reported an order book of Rs 22,000 crore. Australian manager Palisade Investors bought a stake.",
    has: ["ORGANIZATION Garden Reach Shipbuilders", "ORGANIZATION Palisade Investors"],
    not: ["LOCATION Garden Reach Shipbuilders", "PERSON Palisade Investors"],
  },
  // Air force ranks, "Brig", "Taoiseach" are titles, and "BL" a barrister's letters, no part of a name.
  {
    text: "Brig Hillary Kipkosgei said the satellite cost Sh3bn. Group Captain Ahmed Raza flew. Taoiseach Micheál Martin spoke. Counsel Shane Geraghty BL replied.",
    has: ["PERSON Hillary Kipkosgei", "PERSON Ahmed Raza", "PERSON Micheál Martin", "PERSON Shane Geraghty"],
    not: [
      "Group",
      "PERSON Brig Hillary Kipkosgei",
      "PERSON Taoiseach Micheál Martin",
      "PERSON Shane Geraghty BL",
    ],
    taggerOnly: true,
  },
  // A name ending in a hyphen and a serial number is a thing made, not a place; a road's short code stays.
  {
    text: "EIRSAT-1 and EIRSAT-2 were built in Dublin.",
    has: ["MISC EIRSAT-1", "MISC EIRSAT-2", "LOCATION Dublin"],
    not: ["LOCATION EIRSAT-1"],
    taggerOnly: true,
  },
  // (A firm's capitals are no rank: "COL Financial".)
  {
    text: "Analysts at COL Financial said the beer business was on track.",
    has: ["ORGANIZATION COL Financial"],
    not: ["PERSON Financial"],
  },
  // An election named is an event, not a person with the title "General".
  {
    text: "Candidates in the 2027 General Election may spend up to Sh433 million, the commission said.",
    has: ["MISC General Election"],
    not: ["PERSON Election"],
  },
  // A word before a name its acronym spells exactly is no part of it, though its capital repeats a letter.
  {
    text: "Separately, the Social Security System (SSS) said its reserve fund grew 12.3 percent.",
    has: ["ORGANIZATION Social Security System"],
    not: ["ORGANIZATION Separately, the Social Security System"],
    taggerOnly: true,
  },
  // Papers and journals the tagger misses or reads as a person.
  {
    text: "He told PUNCH on Monday, and a study in JAMA agreed, News24 reported.",
    has: ["ORGANIZATION PUNCH", "ORGANIZATION JAMA", "ORGANIZATION News24"],
    not: ["PERSON JAMA"],
  },
  // A term's acronym names nothing, also where a capitalized word opens the term.
  {
    text: "A new wave of African swine fever (ASF) has killed 3,000 pigs. The ASF outbreak spread to Kiambu.",
    has: ["LOCATION Kiambu"],
    not: ["ORGANIZATION ASF"],
  },
  // Court ranks and Malaysia's second finance minister are titles, no part of the name.
  {
    text: "Chief District Court Judge Heemi Taumaunu said so. Finance Minister II Datuk Seri Amir Hamzah Azizan agreed.",
    has: ["PERSON Heemi Taumaunu", "PERSON Amir Hamzah Azizan"],
    not: ["PERSON District Court Judge Heemi Taumaunu", "PERSON II Datuk Seri Amir Hamzah Azizan"],
  },
  // An apposition headed by an organization noun makes a company, past the world's or a country's
  // ranking and before what the head is for; a person's role stays a person's.
  {
    text: "Kalvora, the world's largest potash company, reported higher sales. Plastrix, the organisation for polyolefin recyclers, said volumes fell.",
    has: ["ORGANIZATION Kalvora", "ORGANIZATION Plastrix"],
    not: ["PERSON Kalvora", "PERSON Plastrix"],
  },
  {
    text: "Ann Kimathi, the country's first female finance minister, said revenue rose.",
    has: ["PERSON Ann Kimathi"],
  },
  // British papers' mixed-case "Covid" names nothing, as "COVID" does not.
  {
    text: "Prices are still 20% above where they were before Covid, said Ann Kimathi.",
    has: ["PERSON Ann Kimathi"],
    not: ["Covid"],
  },
  // Capitalized words no proposer named, right before a country or a region, name a national body with
  // it, and join the company named before them; a place's own lead word or a function word does not.
  {
    text: "Prices rose, according to Fertilizers Europe, the industry body. Grain Producers Australia chairman Barry Large said so. The Stanbic Bank Kenya index rose.",
    has: [
      "ORGANIZATION Fertilizers Europe",
      "ORGANIZATION Grain Producers Australia",
      "ORGANIZATION Stanbic Bank Kenya",
    ],
    not: ["LOCATION Europe", "LOCATION Australia", "ORGANIZATION Bank Kenya"],
  },
  {
    text: 'Demand in Peninsular Malaysia and Greater China fell, while "Our Queensland assets grew," he said. Across Europe, prices rose.',
    has: ["LOCATION Malaysia", "LOCATION Queensland", "LOCATION Europe"],
    not: [
      "ORGANIZATION Peninsular Malaysia",
      "ORGANIZATION Greater China",
      "ORGANIZATION Our Queensland",
      "ORGANIZATION Across Europe",
    ],
  },
  // (A name that goes on past the place is another kind of name: an event's.)
  {
    text: "Hotels expect more guests during Visit Malaysia Year 2026, the minister said.",
    has: [],
    not: ["ORGANIZATION Visit Malaysia"],
  },
  // Letters before a company's generic or industry word name the company, not a titled person ("MP" is
  // also a member of parliament); a lone one-word name a source is "according to" is a company.
  {
    text: "Shares of MP Materials rose 12%.",
    has: ["ORGANIZATION MP Materials"],
    not: ["PERSON Materials"],
  },
  {
    text: "Fund sales fell 5%, according to Calastone.",
    has: ["ORGANIZATION Calastone"],
    not: ["PERSON Calastone"],
    taggerOnly: true,
  },
  {
    text: "Revenue rose 4%, according to Thandiwe Mokoena, the finance chief. Mokoena said the city would borrow.",
    has: ["PERSON Thandiwe Mokoena"],
  },
  // A kind of body capitalized alone names none: "League chairman", "Club officials".
  {
    text: "League chairman Patrick Kauta said the money would help. Club officials welcomed the cash.",
    has: ["PERSON Patrick Kauta"],
    not: ["ORGANIZATION League", "ORGANIZATION Club"],
  },
  // A descriptor that opens the sentence before a company's name is no part of it (session 43).
  {
    text: "Outsourcer Cardale Group said revenue fell. Newcomer DITO Telecommunity said it had hit 11 million users.",
    has: ["ORGANIZATION Cardale Group", "ORGANIZATION DITO Telecommunity"],
    not: ["ORGANIZATION Outsourcer Cardale Group", "ORGANIZATION Newcomer DITO Telecommunity"],
  },
  // Session 46: names a business trades under, in a list before a plural noun of brands or shops, or
  // after "such as" and a plural noun of companies, are organizations, whatever a tagger read.
  {
    text: "Sales in the Kingdom rose 4.1 percent, driven by its Zara, Massimo Dutti and Bershka franchises.",
    has: ["ORGANIZATION Zara", "ORGANIZATION Massimo Dutti", "ORGANIZATION Bershka"],
    not: ["PERSON Massimo Dutti", "LOCATION Bershka"],
  },
  {
    text: "Bonia Corp Bhd, which owns the Bonia and Braun Buffel labels, posted a 12.7% decline in net profit.",
    has: ["ORGANIZATION Braun Buffel"],
    not: ["PERSON Braun Buffel"],
  },
  {
    text: "Mavazi sells clothes under franchises including Hugo Boss, Guess and Swarovski, it said.",
    has: ["ORGANIZATION Hugo Boss", "ORGANIZATION Swarovski"],
    not: ["PERSON Hugo Boss"],

    taggerOnly: true,
  },
  {
    text: "More residents used apps such as Careem and Uber to book rides. Competition from new entrants such as Keeta rose.",
    has: ["ORGANIZATION Careem", "ORGANIZATION Keeta"],
    not: ["PERSON Keeta", "LOCATION Careem"],
  },
  // ... but not an adjective opening the sentence, nor a place where the shops are, nor a people.
  {
    text: "Traditional chains have suffered. Its Lagos and Abuja stores did well. Orders from European brands such as Inditex rose.",
    has: ["LOCATION Lagos", "LOCATION Abuja", "ORGANIZATION Inditex"],
    not: ["ORGANIZATION Traditional", "ORGANIZATION European", "ORGANIZATION Lagos"],
  },
  // A company that shut or closed its business, one a funding round was led by, a tech investor, and a
  // name set off after an organization noun its owner opens.
  {
    text: "DoorDash became the leader after Menulog closed its Australian business. Rapido raised $300 million in a round led by Prosus.",
    has: ["ORGANIZATION Menulog", "ORGANIZATION Prosus"],
    not: ["PERSON Menulog", "PERSON Prosus"],
    taggerOnly: true,
  },
  {
    text: "Just Eat, which was acquired by Dutch tech investor Prosus, said it would cut 450 jobs.",
    has: ["ORGANIZATION Prosus"],
    not: ["PERSON Prosus"],

    taggerOnly: true,
  },
  {
    text: "The company's ride-hailing subsidiary, Logi, reported a loss of SR8.6 million.",
    has: ["ORGANIZATION Logi"],
    not: ["PERSON Logi"],
  },
  {
    text: "In 1976 he met with a friend who worked with his record label The Rocket Record Company, Kiki Dee, to record a song.",
    has: ["PERSON Kiki Dee"],
    not: ["ORGANIZATION Kiki Dee"],
    taggerOnly: true,
  },
  {
    text: "The Managing Director of the fund, Akintunde Sawyerr, disclosed this on Wednesday.",
    has: ["PERSON Akintunde Sawyerr"],
    not: ["ORGANIZATION Akintunde Sawyerr"],
  },
  // What a company makes, left out of a second mention: "Bega" for "Bega Cheese".
  {
    text: "Bega Cheese said profit rose. Bega shares fell 3 percent. Nine Dragons Paper Holdings raised prices. Nine Dragons shares rose.",
    has: ["ORGANIZATION Bega Cheese", "ORGANIZATION Nine Dragons Paper Holdings"],
  },
  // Cities whose names open with a title word.
  {
    text: "The plant in General Trias, Cavite, will employ 2,000 people, and a second one in General Santos 800.",
    has: ["LOCATION General Trias", "LOCATION General Santos"],
    not: ["PERSON Trias", "PERSON Santos"],
  },
  // Large retailers, delivery apps and consumer, tyre, rail and game companies are known by name
  // (session 46), and a listed company's name before a country is its local arm.
  {
    text: "Lidl grew sales 9 per cent, Asda remained the laggard and Aldi held roughly 10 per cent, Worldpanel said.",
    has: ["ORGANIZATION Lidl", "ORGANIZATION Asda", "ORGANIZATION Aldi"],
    not: ["PERSON Lidl", "PERSON Asda", "LOCATION Aldi"],
  },
  {
    text: "Heineken Malaysia shares rose 12 sen, while Toyota Kenya held 24.1% of the market.",
    has: ["ORGANIZATION Heineken Malaysia", "ORGANIZATION Toyota Kenya"],
    not: ["LOCATION Malaysia", "LOCATION Kenya"],
  },
  // Session 46: places of a line's section or of a railway described before its noun are two places; a
  // border agency is one name with "and" inside.
  {
    text: "The Kota Bharu-Dungun section is late, and Indonesia's Jakarta-Bandung high-speed railway carried 6 million people.",
    has: ["LOCATION Kota Bharu", "LOCATION Dungun", "LOCATION Jakarta", "LOCATION Bandung"],
  },
  {
    text: "U.S. Customs and Border Protection said imports rose. CBP said it had seized 12 tonnes.",
    has: ["ORGANIZATION U.S. Customs and Border Protection", "ORGANIZATION CBP"],
    not: ["ORGANIZATION Border Protection"],
  },
  // A list of places after "towns like", "cities such as"; a name after "the city of".
  {
    text: "Towns like Kitale, Nanyuki and Kericho saw the biggest rises. The plant is in the city of Friedrichshafen.",
    has: ["LOCATION Kitale", "LOCATION Nanyuki", "LOCATION Kericho", "LOCATION Friedrichshafen"],
    not: ["PERSON Nanyuki", "ORGANIZATION Friedrichshafen"],
  },
  {
    text: "The budget includes N95 billion for the Kano-Maradi line and N62 billion for the Port Harcourt-Maiduguri railway.",
    has: ["LOCATION Kano", "LOCATION Maradi", "LOCATION Port Harcourt", "LOCATION Maiduguri"],
  },
  // A name glued to "-based" says where; a name numbered in Roman numerals is a work, not a body's fund.
  {
    text: "The Kobe-based company said Grand Theft Auto VI sold 25 million copies, while Kijani Fund II raised $50 million.",
    has: ["LOCATION Kobe", "MISC Grand Theft Auto VI", "ORGANIZATION Kijani Fund II"],
    not: ["ORGANIZATION Kobe", "ORGANIZATION Grand Theft Auto VI"],
  },
  {
    text: "Shoprite has 74 stores in 18 states and the Federal Capital Territory.",
    has: ["LOCATION Federal Capital Territory"],
  },
  // A proposer's place over common words and a country is a national body ("Housing Australia"), not
  // "South-east Asia"; an organization noun that ends a name sets off one word after it ("The European
  // Steel Association, Eurofer,").
  {
    text: "Money from Housing Australia rose, Wine Australia said exports rose, and growth in South-east Asia slowed.",
    has: ["ORGANIZATION Housing Australia", "ORGANIZATION Wine Australia", "LOCATION South-east Asia"],
    taggerOnly: true,
  },
  {
    text: "The European Steel Association, Eurofer, welcomed the proposal.",
    has: ["ORGANIZATION Eurofer"],
    not: ["PERSON Eurofer"],
    taggerOnly: true,
  },
  // A list of two or more after "the owner of" or "holdings in" names companies (session 46).
  {
    text: "The owner of Kay, Zales and Jared earned $21.6 million. Frasers cut its holdings in ASOS and Hugo Boss.",
    has: ["ORGANIZATION Zales", "ORGANIZATION Jared", "ORGANIZATION Hugo Boss"],
    not: ["PERSON Jared", "LOCATION Zales"],
    taggerOnly: true,
  },
  // Payment apps, motorcycle makers, data-centre, cement, chemical, gold and hospital companies that news
  // names bare, which a tagger reads as people or places (session 47).
  {
    text: "Easypaisa reported a profit, while Zelle said volumes rose and Wealthsimple raised funds.",
    has: ["ORGANIZATION Easypaisa", "ORGANIZATION Zelle", "ORGANIZATION Wealthsimple"],
    not: ["PERSON Easypaisa", "PERSON Zelle", "PERSON Wealthsimple"],
  },
  {
    text: "Modenas sold 9% of the bikes, behind Harley-Davidson, and Fletcher Building expects earnings to fall.",
    has: ["ORGANIZATION Modenas", "ORGANIZATION Harley-Davidson", "ORGANIZATION Fletcher Building"],
    not: ["PERSON Modenas", "LOCATION Fletcher Building"],
  },
  // A name ending in "Index" is an index, no body; more market indices by name (session 47).
  {
    text: "The NGX Insurance Index rose 3%, while the NGX Oil and Gas Index fell 1% and the NYSE Arca Gold Miners Index gained.",
    has: ["MISC NGX Insurance Index", "MISC NGX Oil and Gas Index", "MISC NYSE Arca Gold Miners Index"],
    not: ["ORGANIZATION NGX Insurance Index", "ORGANIZATION NGX Oil", "ORGANIZATION NYSE Arca"],
  },
  {
    text: "The Korea Composite Stock Price Index (KOSPI) rose 1.2%, and the benchmark S&P/ASX200 rose 0.4%.",
    has: ["MISC Korea Composite Stock Price Index", "MISC KOSPI", "MISC S&P/ASX200"],
    not: ["ORGANIZATION S&P"],
  },
  // National payment systems are products, not the bodies that run them (session 47).
  {
    text: "UPI transactions rose 3%, IMPS transactions fell and QRIS payments grew, while DuitNow QR transactions rose 73%.",
    has: ["MISC UPI", "MISC IMPS", "MISC QRIS", "MISC DuitNow"],
    not: ["ORGANIZATION UPI", "ORGANIZATION QRIS"],
  },
  // Plastics and mining terms in capitals are no organizations (session 47).
  {
    text: "PVC prices fell 8%, the MMA segment lost money, the miner kept its AISC guidance and BNPL users grew.",
    has: [],
    not: ["ORGANIZATION PVC", "ORGANIZATION MMA", "MISC AISC", "ORGANIZATION BNPL", "MISC BNPL"],
  },
  // A title "of" a body is no part of the body's name; an office's own name keeps it (session 47).
  {
    text: "The Chairman of BUA Group, Abdul Samad Rabiu, said the Director of the Fintech and Innovation Office agreed.",
    has: ["ORGANIZATION BUA Group", "ORGANIZATION Fintech and Innovation Office", "PERSON Abdul Samad Rabiu"],
    not: ["ORGANIZATION Chairman of BUA Group", "ORGANIZATION Director of the Fintech and Innovation Office"],
    taggerOnly: true,
  },
  // Ticker symbols name no one of their own (session 48).
  {
    text: "Lassonde Industries Inc. (TSX: LAS.A) said sales rose, and Raahdari Auto Leasing (PSX: RALL) shares, traded under the ticker WRNA in Jakarta, fell.",
    has: ["ORGANIZATION Raahdari Auto Leasing"],
    not: ["LOCATION LAS", "ORGANIZATION LAS", "ORGANIZATION RALL", "ORGANIZATION WRNA"],
    taggerOnly: true,
  },
  // An expense line, air conditioners and a company's region (session 48).
  {
    text: "Selling, general and administrative expenses rose 4%, room AC sales grew, inverter ACs sold out and sales in EMEA fell.",
    has: ["LOCATION EMEA"],
    not: ["PERSON Selling", "ORGANIZATION AC", "ORGANIZATION ACs", "ORGANIZATION EMEA"],
  },
  // A trade that opens a sentence is no part of the company's name after it (session 48).
  {
    text: "Whitegoods maker Harcourt Appliances cut its forecast. Brickmaker Claymore Building Products said sales fell.",
    has: ["ORGANIZATION Harcourt Appliances", "ORGANIZATION Claymore Building Products"],
    not: [
      "ORGANIZATION Whitegoods maker Harcourt Appliances",
      "ORGANIZATION Brickmaker Claymore Building Products",
    ],
    taggerOnly: true,
  },
  // A town before its state, and a plant's place (session 48).
  {
    text: "The Richardson, Texas-based maker will close its Tracy, Calif., plant and the Clyde, Ohio, plant, and expand its Shah Alam plant.",
    has: ["LOCATION Richardson", "LOCATION Tracy", "LOCATION Clyde", "LOCATION Shah Alam"],
    not: ["PERSON Richardson", "PERSON Tracy", "PERSON Clyde", "PERSON Shah Alam"],
    taggerOnly: true,
  },
  {
    text: "Rep. Jane Doe, Texas Democrat, said so.",
    has: ["PERSON Jane Doe"],
    not: ["LOCATION Jane Doe"],
  },
  // A trade's word ends a company's name, not a person's or a place's (session 48).
  {
    text: "Market leader Surya Paints posted a net profit, Kestrel Paints said, and rival Gulf Can Manufacturing said profit rose.",
    has: ["ORGANIZATION Surya Paints", "ORGANIZATION Kestrel Paints", "ORGANIZATION Gulf Can Manufacturing"],
    not: ["PERSON Surya Paints", "PERSON Kestrel Paints", "LOCATION Gulf Can Manufacturing"],
  },
  // "co-" makes a title of a capitalized title only ("a co-author" is none) (session 48).
  {
    text: "Prof Lars Engström of the University of Gothenburg, a co-author, said the findings did not mean collapse was imminent.",
    has: ["PERSON Lars Engström", "ORGANIZATION University of Gothenburg"],
    not: ["PERSON University of Gothenburg"],
    taggerOnly: true,
  },
  // A given name written short keeps the person's name whole, across a sentence's end too (session 49).
  {
    text: "EHI President Jose Ma. Ramirez said sales rose. Ma. Teresa L. Villanueva, its chief executive, and adviser Md. Abdul Karim agreed.",
    has: ["PERSON Jose Ma. Ramirez", "PERSON Ma. Teresa L. Villanueva", "PERSON Md. Abdul Karim"],
    not: ["PERSON Jose Ma", "PERSON Teresa L. Villanueva", "PERSON Abdul Karim"],
  },
  // A trade or a parent before a company's name at a sentence's start is no part of it (session 49).
  {
    text: "Recruiter Hays said net fees fell. Broker Bell Financial Group said profit rose. Parent InterGlobe Aviation Ltd reported a profit.",
    has: ["ORGANIZATION Hays", "ORGANIZATION Bell Financial Group", "ORGANIZATION InterGlobe Aviation Ltd"],
    not: [
      "ORGANIZATION Recruiter Hays",
      "ORGANIZATION Broker Bell Financial Group",
      "ORGANIZATION Parent InterGlobe Aviation Ltd",
    ],
  },
];
