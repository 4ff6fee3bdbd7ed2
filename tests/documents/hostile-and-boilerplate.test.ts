import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dropBoilerplateLines } from "../../functions/documents/clean-plain-text.ts";
import { datelineOf } from "../../functions/documents/dateline.ts";
import { decodeArticle } from "../../functions/documents/decode-article.ts";
import { flattenHtml, measureHtml } from "../../functions/documents/html-scan.ts";
import { DEFAULT_LIMITS, MAX_HTML_DEPTH } from "../../functions/documents/limits.ts";
import { normalizeControls } from "../../functions/documents/normalize-text.ts";
import { fixtureBytes } from "../helpers/fixtures.ts";

const limits = DEFAULT_LIMITS;
const utf8 = (text: string) => new TextEncoder().encode(text);
const PARAGRAPH =
  "<p>Ghana's cocoa output fell 30 percent in the 2023/24 season as disease spread across farms in the west, officials said.</p>";

describe("datelines give the date of text with no metadata", () => {
  const october = new Date("2024-10-16T09:00:00Z");
  it.each([
    ["LAGOS, Oct 15 (Reuters) - Nigeria raised fuel prices.", october, "2024-10-15"],
    ["WASHINGTON, Jan. 5 (AP) — Congress met.", new Date("2024-01-06T00:00:00Z"), "2024-01-05"],
    ["LONDON, Dec 30 (Reuters) - Year end.", new Date("2025-01-02T00:00:00Z"), "2024-12-30"],
    ["Title\n\nJan. 5, 2024\n\nThe senate voted.", undefined, "2024-01-05"],
    ["Title\n\nWASHINGTON, January 5, 2024 — The senate voted.", undefined, "2024-01-05"],
    ["Published 5 January 2024\nThe senate voted.", undefined, "2024-01-05"],
    ["Title\n\n2024-01-05\n\nThe senate voted.", undefined, "2024-01-05"],
    ["Updated: 2024-01-05T10:30:00Z\nThe senate voted.", undefined, "2024-01-05"],
    // The dateline's line wins over a date the body quotes after it; a province may follow the city.
    [
      "Title\n\nFRANKFURT, Oct 10 (Reuters) - Sales fell.\n\nThe year ends 28 February 2025.",
      october,
      "2024-10-10",
    ],
    ["SASKATOON, Saskatchewan, Oct 5 (Reuters) - Potash rose.", october, "2024-10-05"],
    // An agency's credit marks a dateline that leaves out its dash or its city.
    ["Title\n\nNEW DELHI, Oct 6 (PTI) India's exports rose.", october, "2024-10-06"],
    ["Oct 7 (Reuters) - Lennar said sales rose.", october, "2024-10-07"],
    // A colon may end a dateline.
    ["KARACHI, Oct 3: Engro's profit rose.", october, "2024-10-03"],
    // An agency's letters may stand without parentheses (Australian Associated Press).
    ["Title\n\nPERTH, Oct 8 AAP - Australia won by 281 runs.", october, "2024-10-08"],
    // The city's state may stand in parentheses after it (Indian wires).
    ["Title\n\nANAND (Gujarat), Oct 4 (PTI): Amul's procurement rose.", october, "2024-10-04"],
    // The first date of the dateline's line wins, whatever its style: not the lede's later one.
    [
      "Title\n\nWELLINGTON, 9 March 2026 (RNZ) - The union lost $2m for the year to October 31, 2025.",
      undefined,
      "2026-03-09",
    ],
    // A weekday may stand before the month (Kenyan papers).
    ["Title\n\nMOMBASA, Tuesday October 13 — Pilgrims paid more.", october, "2024-10-13"],
    // The day in parentheses after the city (Malaysian papers).
    ["Title\n\nKUALA LUMPUR (Oct 8): Vape excise rose.", october, "2024-10-08"],
    // A line of its own with only a place and a day (Indian papers).
    ["Sugar output seen higher\n\nNew Delhi, Oct 4\n\nMills crushed more cane.", october, "2024-10-04"],
    // ... also after an outlet's name and a bar (local business sites).
    ["Tissue prices rise\n\nJakarta Globe | Jakarta, Oct 9\n\nMills raised prices.", october, "2024-10-09"],
    // The day before the month (British papers).
    ["Title\n\nLONDON, 14 October — MPs were told the cost rose.", october, "2024-10-14"],
    // A short credit line with a full date closes a text whose dateline has none.
    [
      "Title\n\nBy A Reporter\n\nKilns were sealed.\n\nPublished in Dawn, October 15th, 2024",
      undefined,
      "2024-10-15",
    ],
    ["Title\n\nFines rose.\n\nPhilippine Daily Inquirer / October 12, 2024\n", undefined, "2024-10-12"],
    [
      "Title\n\nTHE CANADIAN PRESS\n\nA fine was set.\n\nThe Canadian Press, Oct. 9, 2024",
      undefined,
      "2024-10-09",
    ],
    // A credit after a colon, a date alone or opening the paper's name, and the Canadian Press's closing line.
    ["Title\n\nCAIRO: The loan was cleared.\n\nPublished: October 23, 2024", undefined, "2024-10-23"],
    ["Title\n\nThe waiver was approved.\n\nOct 29, 2024\n", undefined, "2024-10-29"],
    ["Title\n\nDebt will peak.\n\nOct 11, 2024 — Business Day", undefined, "2024-10-11"],
    [
      "Title\n\nOTTAWA — Crime fell.\n\nThis report by The Canadian Press was first published Oct. 18, 2024.",
      undefined,
      "2024-10-18",
    ],
    // A day written in figures, where a part over 12 says which is the day; a time may follow.
    [
      "Title\n\nPublished on 20/10/2024 - 15:41 By Pedro Peduzzi - Brasília\n\nFires grew.",
      october,
      "2024-10-20",
    ],
    ["Title\n\nPublished on: 13/10/2024 - 16:42\n\nFires grew.", undefined, "2024-10-13"],
    // A closing line that says when the story was published, with a time or an update after the date.
    ["Title\n\nFires grew.\n\nPublished on October 28, 2024", undefined, "2024-10-28"],
    ["Title\n\nFires grew.\n\n- Story published October 12, 2024, 5:00am", undefined, "2024-10-12"],
    [
      "Title\n\nFires grew.\n\nPublished: October 3, 2024 — Updated Oct 3, 2024 09:15 AM ET",
      undefined,
      "2024-10-03",
    ],
    [
      "Title\n\nFires grew.\n\nThis article was first published on Business Day on 2 October 2024.",
      undefined,
      "2024-10-02",
    ],
    ["Title\n\nFires grew.\n\n(Nikkei Asia, October 27, 2024)", undefined, "2024-10-27"],
    // Interfax's point after the city; the Jordan Times's comma with no space before the year.
    ["Title\n\nASTANA. Oct 14 (Interfax-Kazakhstan) - Output fell.", october, "2024-10-14"],
    ["Title\n\nBy JT - Oct 10,2024 - Last updated at Oct 10,2024\n\nExports rose.", undefined, "2024-10-10"],
    // The day of the news, deep in the lede, after "on" or a saying.
    [
      "Title\n\nDUBAI: An expatriate won the Dh100 million jackpot of the lottery, the operator announced on Saturday, October 26, 2024.",
      undefined,
      "2024-10-26",
    ],
    // A day written in figures that reads both ways is the reading in the month up to the object's time;
    // dots are day first; a closing credit's date may open with its weekday.
    ["Title\n\nPublished on 03/10/2024 - 17:45\n\nParis (AFP) - Output fell.", october, "2024-10-03"],
    ["Title\n\nIssued on: 10/04/2024 - 14:32\n\nOutput fell.", october, "2024-10-04"],
    ["Title\n\n02.10.2024 - 11:05\n\nBERLIN (dpa-AFX) - Output fell.", undefined, "2024-10-02"],
    ["Title\n\nOutput fell.\n\nBy Joanna Parks, Thursday 3 October 2024", undefined, "2024-10-03"],
    // A results release's title names the period's end, not the day of the news.
    [
      "Albion plc\nFinal results for the year ended 31 December 2023\n\nLONDON, 10 March 2024 - Albion today announces its results.",
      undefined,
      "2024-03-10",
    ],
    [
      "Harland plc - Final Results for the 52 weeks ended 28 September 2024\n\nRNS Number : 4821Q\nHarland plc\n25 November 2024\n\nHarland announces its results.",
      undefined,
      "2024-11-25",
    ],
    // Nor a span the title names from date to date; a transcript's "broadcast <date>" is its day.
    [
      "Nordvik Dans AB (publ) – Year-end report, 1 September 2025 – 31 August 2026\n\nStockholm, 3 December 2026\n\nNet sales rose.",
      undefined,
      "2026-12-03",
    ],
    [
      "Interim report, January 1, 2026 - September 30, 2026\nOslo, November 5, 2026\n\nNet sales rose.",
      undefined,
      "2026-11-05",
    ],
    [
      'TRANSCRIPT: "Out of Tune? Canada\'s vanishing piano technicians" - CBC Radio, Cost of Living, broadcast December 6, 2026\n\nHOST: Good morning.',
      undefined,
      "2026-12-06",
    ],
    // Spanish, Portuguese, French and German datelines write their month in their language.
    ["Title\n\nCIUDAD DE MÉXICO, 7 de diciembre de 2026.- Los talleres cerraron.", undefined, "2026-12-07"],
    ["Title\n\nSÃO PAULO, 3 de dezembro de 2026 - Output fell.", undefined, "2026-12-03"],
    ["Title\n\nPARIS, 2 décembre 2026 - Output fell.", undefined, "2026-12-02"],
    ["Title\n\nBERLIN, 4. Dezember 2026 - Output fell.", undefined, "2026-12-04"],
  ])("%j -> %s", async (text, reference, expected) => {
    expect(datelineOf(text, reference)).toBe(expected);
  });

  it.each([
    ["WASHINGTON — The senate voted on the budget.", october],
    // (Both readings far from the object's time, or no object time: no date.)
    ["Title\n\nPublished on 05/01/2024 - 17:45\n\nOutput fell.", october],
    ["Title\n\nPublished on 03/10/2024 - 17:45\n\nOutput fell.", undefined],
    ["LAGOS, Oct 15 (Reuters) - no year and no object time", undefined],
    ["Feb. 30, 2024 is no date", undefined],
    [`${"The senate voted on the budget.\n".repeat(6)}It met on Jan. 5, 2024.`, undefined],
    // A dateline without its year ends the search: no date the lede quotes stands for the article's.
    ["Title\n\nMumbai, Nov 20 (PTI) The BMC will raise property tax from April 1, 2027.", undefined],
    ["KARACHI, Nov 3: Profit for the nine months ended Sept 30, 2026 rose.", undefined],
    // A body sentence that closes the text is no credit line, whatever date it quotes.
    [`${"The plant closes.\n".repeat(6)}The ban takes effect on Jan. 5, 2025.`, undefined],
    [
      `${"The plant closes.\n".repeat(6)}It has run since March 3, 2011, the company said in a filing to the exchange`,
      undefined,
    ],
    [`${"The plant closes.\n".repeat(6)}Since March 3, 2011`, undefined],
    [`${"The plant closes.\n".repeat(6)}Oct 29, 2024 was the day the plant closed for good.`, undefined],
    [
      `${"The plant closes.\n".repeat(6)}The plan was first published Oct. 18, 2019, in draft form.`,
      undefined,
    ],
    // A date deep in a sentence of the lede is one it quotes; a date after the object's time is one ahead.
    [
      "Title\n\nThe authority said it would issue a determination in March, backdated to 1 July 2024, at a cost to operators.",
      undefined,
    ],
    [
      "Title\n\nKUALA LUMPUR: Profit fell 9 per cent in the first quarter ended Sept 30, 2024, from a year earlier.",
      undefined,
    ],
    ["Title\n\nRIYADH: Fines are waived until June 30, 2025, the authority announced.", october],
    // 05/01/2024 is 5 January or 1 May: no date.
    ["Title\n\nPublished 05/01/2024\n\nFires grew.", undefined],
  ])("none in %j", async (text, reference) => {
    expect(datelineOf(text, reference)).toBeUndefined();
  });

  it("metadata wins over the dateline, the dateline over nothing", async () => {
    const wire = fixtureBytes("articles/wire-lagos-fuel.txt");
    const json = utf8(
      JSON.stringify({ body: "LAGOS, 5 January 2024 - Prices rose.", publishedAt: "2023-12-01T00:00:00Z" }),
    );

    expect(
      (await decodeArticle(wire, { key: "w.txt", lastModified: new Date("2024-10-16T09:00:00Z") }, limits))
        .publishedAt,
    ).toBe("2024-10-15");
    expect((await decodeArticle(wire, { key: "w.txt" }, limits)).publishedAt).toBeUndefined();
    expect((await decodeArticle(json, { key: "a.json" }, limits)).publishedAt).toBe("2023-12-01T00:00:00Z");
  });
});

describe("boilerplate lines", () => {
  it.each([
    "Click here to subscribe",
    "Click here to subscribe to our Africa newsletter",
    "Follow us on Twitter and Facebook",
    "Follow us on Google News.",
    "Photo: Reuters/Francis Kokoroko",
    "Image credit: Getty Images",
    "Image credit",
    "Photo source — AFP",
    "Photo courtesy of the family",
    "Listen to this article",
    "Listen to this article · 3 min",
    "4 min read",
    "5-minute read",
    "Updated 2 hours ago",
    "Published: 3 days ago",
    "Sign in",
    "Subscribe now",
    "Get our Business newsletter",
    "Enter your email address",
  ])("drops %j", async (line) => {
    expect(dropBoilerplateLines(`First paragraph of the story.\n${line}\nLast paragraph.`)).toBe(
      "First paragraph of the story.\nLast paragraph.",
    );
  });

  it.each([
    "Sign in sheets were collected by the police at the gate.",
    "Follow us on this road to recovery, the minister told supporters.",
    "Updated figures were released two days ago",
    "Photographs of the site show the damage to the dam.",
    "Related companies also reported losses in the quarter.",
    "Listen to this article's critics and you hear a different story.",
    "Click here to find the full report, the ministry said in a statement.",
    "Subscribe now or lose access, the company told 2 million users.",
    "Image credit ratings were cut by Moody's on Friday.",
    "Enter your email and the bank sends a code, the regulator found.",
    "The newsletter reached 40,000 readers in 2023.",
    "5 min read times are standard for the site, the editor said.",
    "Related: the article is not about this.",
  ])("keeps the sentence %j", async (sentence) => {
    const text = `First paragraph.\n\n${sentence}\n\nLast paragraph of the story.`;
    expect(dropBoilerplateLines(text)).toBe(text);
  });

  it("drops a trailing list of related links, even with a footer after it", async () => {
    const text = [
      "Prices rose 5 percent.",
      "",
      "Related:",
      "Nigeria's inflation rises for a 21st month",
      "Naira hits record low",
      "",
      "© 2024 Thomson Reuters. All rights reserved.",
    ].join("\n");

    expect(dropBoilerplateLines(text)).toBe("Prices rose 5 percent.");
  });

  it("keeps a 'Related' line followed by article sentences", async () => {
    const text = "Intro.\n\nRead more\n\nThe central bank raised rates by 2 points in March.";
    expect(dropBoilerplateLines(text)).toBe("Intro.\n\nThe central bank raised rates by 2 points in March.");
  });

  it("keeps every sentence of the sample articles", async () => {
    for (const [path, key] of [
      ["articles/kazakhstan-us-cooperation.txt", "k.txt"],
      ["articles/wire-lagos-fuel.txt", "w.txt"],
    ] as const) {
      const source = fixtureBytes(path).toString("utf8");
      const sentences = source.split("\n").filter((line) => /[.”"]$/.test(line.trim()) && line.length > 80);
      const { text } = await decodeArticle(fixtureBytes(path), { key }, limits);
      for (const sentence of sentences) expect(text).toContain(sentence.trim());
    }
  });
});

describe("control characters and entities", () => {
  it("normalizes line breaks and removes controls other than tab and newline", async () => {
    expect(normalizeControls("a\r\nb\rc\u2028d\fe")).toBe("a\nb\nc\nd\ne");
    expect(normalizeControls("Bra\u00adzil\u0007 ex\u200bported\u0000 \u202ecoffee\ufeff\t5\u0085%")).toBe(
      "Brazil exported coffee\t5\n%",
    );
  });

  it("cleans controls that come back through JSON escapes and HTML references", async () => {
    const json = await decodeArticle(
      utf8(JSON.stringify({ title: "T\u0007itle", body: "Peru\u0000 grew 3\u001b percent." })),
      { key: "a.json" },
      limits,
    );
    const html = await decodeArticle(
      utf8(
        `<html><body><article>${PARAGRAPH}<p>Peru&#7; grew 3&#x1b; percent &amp; more.</p></article></body></html>`,
      ),
      { key: "a.html" },
      limits,
    );

    expect(json.title).toBe("Title");
    expect(json.text).toBe("Peru grew 3 percent.");
    expect(html.text).toContain("Peru grew 3 percent & more.");
  });

  it("keeps a surrogate pair whole when it truncates", async () => {
    const article = await decodeArticle(
      utf8(`ab${"😀".repeat(10)}`),
      { key: "a.txt" },
      { ...limits, maxTextChars: 5 },
    );
    expect(article.text).toBe("ab😀");
    expect(article.truncated).toBe(true);
  });
});

describe("hostile HTML", () => {
  it("measures depth and size in one pass, with optional end tags and void elements", async () => {
    expect(
      measureHtml("<html><body><div><p>a<p>b<br><img src=x><ul><li>1<li>2</ul></div></body></html>"),
    ).toEqual({
      depth: 5,
      elements: 10,
    });
    expect(measureHtml(`${"<div>".repeat(5000)}x`).depth).toBe(5000);
    expect(measureHtml(`<script>${"<div>".repeat(5000)}</script><!-- <div><div> -->`).depth).toBe(0);
  });

  it.each([
    ["5,000 nested divs", `${"<div>".repeat(5000)}${PARAGRAPH.repeat(3)}${"</div>".repeat(5000)}`],
    ["200,000 unclosed divs", `${"<div>".repeat(200_000)}${PARAGRAPH.repeat(3)}`],
    ["20,000 unclosed inline tags", `${"<b><i>".repeat(10_000)}${PARAGRAPH.repeat(3)}`],
  ])("reads %s by the flat reader, quickly", async (_name, body) => {
    const started = performance.now();
    const article = await decodeArticle(
      utf8(
        `<html><head><title>Cocoa</title><meta name="date" content="2024-03-12"></head><body><nav>Home</nav>${body}</body></html>`,
      ),
      { key: "a.html" },
      limits,
    );

    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.text).toContain("Ghana's cocoa output fell 30 percent");
    expect(article.text).not.toContain("Home");
    expect(article).toMatchObject({ title: "Cocoa", publishedAt: "2024-03-12" });
  });

  it("flattens without running or keeping scripts, styles or comments", async () => {
    const flat = flattenHtml(
      `<title>A &amp; B</title><style>p{}</style><script>document.write("<p>evil</p>")</script><!-- hidden --><p>One &lt;two&gt; &#8364;3</p><footer>Foot</footer>`,
      parseHTML,
    );

    expect(flat).toMatchObject({ title: "A & B", text: "One <two> €3" });
  });

  it(`falls back beyond MAX_HTML_DEPTH (${MAX_HTML_DEPTH}) and keeps Readability below it`, async () => {
    const shallow = await decodeArticle(
      utf8(`<html><body>${"<div>".repeat(20)}<article>${PARAGRAPH.repeat(3)}</article></body></html>`),
      { key: "a.html" },
      limits,
    );
    expect(shallow.text).toContain("Ghana's cocoa output");
  });

  it("reads the scraped page without the cookie banner, navigation, ads, newsletter prompt or scripts", async () => {
    const article = await decodeArticle(
      fixtureBytes("articles/scraped-ghana-cocoa.html"),
      { key: "g.html" },
      limits,
    );

    expect(article).toMatchObject({
      title: "Ghana’s cocoa output falls 30% as disease spreads",
      publishedAt: "2024-03-12T07:45:00+00:00",
      language: "en-GB",
    });
    expect(article.text).toContain(
      "fell by about 30 percent in the 2023/24 season as swollen shoot disease spread across farms",
    );
    expect(article.text).toContain("above £6,000 a tonne & set a record.");
    expect(article.text).not.toMatch(
      /cookie|Advertisement|cheap flights|Subscribe|Sign in|newsletter|Injected|analytics|Related|All rights/i,
    );
  });
});

describe("offsets index into the decoded text (what `factwire extract` prints)", () => {
  it.each([
    ["articles/eu-budget.md", "e.md"],
    ["articles/scraped-ghana-cocoa.html", "g.html"],
    ["articles/wire-lagos-fuel.txt", "w.txt"],
  ])("%s", async (path, key) => {
    const { extract } = await import("../../functions/extraction/index.ts");
    const article = await decodeArticle(fixtureBytes(path), { key }, limits);
    const result = extract(article.text);
    const spans = [...result.figures, ...result.entities.flatMap((entity) => entity.mentions)];

    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(article.text.slice(span.start, span.end)).toBe(span.text);
  });
});
