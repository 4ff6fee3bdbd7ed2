/** The unit noun after a number, past its modifiers: "590 enterprises", "17 serious adverse events", "44C". */
import { DEMONYM_PLURALS, DEMONYMS } from "../entities/lexicon/demonyms.ts";
import type { Amount } from "./amounts.ts";
import { DETERMINERS, FUNCTION_WORDS } from "./data/number-neighbours.ts";
import { HELPER_VERBS } from "./data/subject-words.ts";
import {
  CHANGE_NOUN_UNITS,
  COUNTED_CHANGE_NOUNS,
  DATING_WORDS,
  DAYS_SPENT_WORDS,
  FAITH_PLURALS,
  HOURS_WORKED_WORDS,
  METRE_WORDS,
  NOT_PARTICIPLE_MODIFIERS,
  RATE_WORDS,
  SINGULAR_NOUNS_IN_MEN,
  TONNAGE_WORDS,
} from "./data/units.ts";
import {
  CHANGE_VERB,
  IRREGULAR_UNIT,
  MEASURE_UNIT,
  NOT_UNIT,
  QUALIFIER_WORDS,
  SCALE,
  SINGULAR_NOUN_IN_S,
  TIME_UNIT,
  UNIT_MODIFIER,
} from "./lexicon.ts";
import { isCapitalized, matcherOf } from "./phrases.ts";
import { CHANGE_ADJECTIVE_WORDS, DASHES, isPastVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

const RATE = matcherOf(RATE_WORDS);

interface UnitMatch {
  unit: string;
  head: number;
  headEnd: number;
  end: number;
}

/** Container sizes written out: "twenty-foot equivalent units" are TEU, "forty-foot" FEU. */
const CONTAINER_SIZES: ReadonlyMap<string, string> = new Map([
  ["twenty", "TEU"],
  ["20", "TEU"],
  ["forty", "FEU"],
  ["40", "FEU"],
]);

/** "twenty-foot equivalent" at `j`, the container unit written out: "TEU" (or "FEU"), else undefined. */
export function containerUnitAt(t: readonly Token[], j: number): string | undefined {
  const size = CONTAINER_SIZES.get(t[j]?.norm ?? "");
  const written =
    DASHES.has(t[j + 1]?.norm ?? "") && t[j + 2]?.norm === "foot" && t[j + 3]?.norm === "equivalent";
  return written ? size : undefined;
}

/**
 * Units of shipping and mining written in words or marks: "716,619 twenty-foot equivalent units" (TEU),
 * "38.6 g/t gold", "9.8 grams per tonne" (g/t).
 */
function tradeUnitAt(t: readonly Token[], j: number): UnitMatch | undefined {
  const size = containerUnitAt(t, j);
  if (size) {
    const units = ["units", "unit"].includes(t[j + 4]?.norm ?? "") ? j + 5 : j + 4;
    return { unit: size, head: j, headEnd: units, end: units };
  }
  // "38.6 g/t": grams per tonne, glued.
  const glued = (k: number) => t[k] !== undefined && !t[k]?.spaceBefore;
  if (t[j]?.norm === "g" && t[j + 1]?.norm === "/" && t[j + 2]?.norm === "t" && glued(j + 1) && glued(j + 2))
    return { unit: "g/t", head: j, headEnd: j + 3, end: j + 3 };
  if (
    ["grams", "gram"].includes(t[j]?.norm ?? "") &&
    t[j + 1]?.norm === "per" &&
    ["tonne", "ton", "metric"].includes(t[j + 2]?.norm ?? "")
  ) {
    const end = t[j + 2]?.norm === "metric" ? j + 4 : j + 3;
    return { unit: "g/t", head: j, headEnd: end, end };
  }
  return undefined;
}

/** The unit noun after a number: "590 enterprises", "10,000 new jobs", "1.2 million barrels a day". */
export function unitAt(t: readonly Token[], j: number, amount: Amount): UnitMatch | undefined {
  // ("country risk falls below 600" + a blank line + "BUENOS AIRES": no unit across a paragraph.)
  // ("Operating profit 4,512.5 3,980.2" + a line break + "Employees 104,000": nor onto a table's next row.)
  if (t[j]?.paragraphStart || (t[j]?.lineStart && isCapitalized(t[j]))) return undefined;
  const temperature = temperatureAt(t, j);
  if (temperature) return temperature;
  const trade = tradeUnitAt(t, j);
  if (trade) return trade;
  // ("a 400g tin", "the 800g pack": grams glued on in lower case; "5G" is a network.)
  if (t[j]?.text === "g" && !t[j]?.spaceBefore && t[j + 1]?.norm !== "/")
    return { unit: "g", head: j, headEnd: j + 1, end: j + 1 };
  // ("16,200t last year": tonnes glued on in lower case, as "7.6t/ha" is read like "7.6 kg/ha"; "4T" oil and
  // "1.3T" are no tonnes.)
  if (t[j]?.text === "t" && !t[j]?.spaceBefore) return { unit: "t", head: j, headEnd: j + 1, end: j + 1 };
  // ("12 more FA-50 fighter jets", "36 additional Gripen fighters": a word of how many more before the name.)
  const planes =
    namedPlanes(t, j) ??
    namedKinds(t, j) ??
    (UNIT_MODIFIER.has(t[j]?.norm ?? "") && isCapitalized(t[j + 1]) ? namedKinds(t, j + 1) : undefined);
  if (planes) return planes;
  // "12 terawatt hours", "3,950 flight hours", "1.2 million man-hours": hours are a time unit elsewhere.
  const hours = t[j + 1]?.norm === "-" ? j + 2 : j + 1;
  if (
    (WATTS.has(t[j]?.norm ?? "") || HOURS_WORKED.has(t[j]?.norm ?? "")) &&
    (t[hours]?.norm === "hours" || t[hours]?.norm === "hour")
  ) {
    // ("man-hours" keeps its dash; "gigawatt-hours" reads as "gigawatt hours", as the corpus has it.)
    const dashed = hours === j + 2 && HOURS_WORKED.has(t[j]?.norm ?? "");
    const unit = dashed ? `${t[j]?.text}-${t[hours]?.text}` : `${t[j]?.text} ${t[hours]?.text}`;
    return { unit, head: j, headEnd: hours + 1, end: hours + 1 };
  }
  // "1.2 million skier days", "450,000 room nights", "3,000 man-days": days spent, counted, no duration.
  if (DAYS_SPENT.has(t[j]?.norm ?? "") && SPENT_DAYS.has(t[hours]?.norm ?? "")) {
    const unit = `${t[j]?.text}${hours === j + 2 ? "-" : " "}${t[hours]?.text}`;
    // ("3 million visitor nights a year": with its rate.)
    const rate = rateAt(t, hours + 1);
    if (!rate) return { unit, head: j, headEnd: hours + 1, end: hours + 1 };
    return { unit: `${unit} ${textOf(t, rate.start, rate.end)}`, head: j, headEnd: hours + 1, end: rate.end };
  }
  // "a 3.2-hectare site", "a 500-MW plant": a measure glued by a dash.
  const dash = t[j];
  const glued = t[j + 1];
  // ("a 50m-high wall", "a 10m-draught ship": metres, read by figure-core.ts, not millions of "high".)
  if (amount.letter === "m" && DASHES.has(dash?.norm ?? "") && METRE.has(glued?.norm ?? "")) return undefined;
  if (
    dash &&
    DASHES.has(dash.norm) &&
    !dash.spaceBefore &&
    glued?.kind === "word" &&
    !glued.spaceBefore &&
    MEASURE_UNIT.has(glued.norm) &&
    glued.norm.length > 1
  ) {
    // ("The 35,000-square-foot outlet": a compound unit glued on by dashes, whole.)
    const second = t[j + 3];
    if (
      COMPOUND_FIRST.has(glued.norm) &&
      DASHES.has(t[j + 2]?.norm ?? "") &&
      !t[j + 2]?.spaceBefore &&
      second?.kind === "word" &&
      !second.spaceBefore &&
      MEASURE_UNIT.has(second.norm)
    )
      return { unit: `${glued.text}-${second.text}`, head: j + 3, headEnd: j + 4, end: j + 4 };
    return { unit: glued.text, head: j + 1, headEnd: j + 2, end: j + 2 };
  }
  // "The 1,530-room integrated resort", "a 17-count charge": a count glued by a dash to the singular it
  // counts, before the noun it describes (not a time, an age or a word of a phrase: "a 2-nil win").
  const described = t[j + 2];
  // (Digits only: "a five-star hotel", "a two-seat robotaxi" are words of the noun.)
  if (
    !amount.written &&
    dash &&
    DASHES.has(dash.norm) &&
    !dash.spaceBefore &&
    glued?.kind === "word" &&
    !glued.spaceBefore &&
    /^[a-z]{3,}$/.test(glued.text) &&
    !TIME_UNIT.has(glued.norm) &&
    !FUNCTION_WORDS.has(glued.norm) &&
    !NOT_GLUED_COUNTS.has(glued.norm) &&
    described?.kind === "word" &&
    /^[a-z]+$/.test(described.text) &&
    !FUNCTION_WORDS.has(described.norm)
  )
    return { unit: glued.text, head: j + 1, headEnd: j + 2, end: j + 2 };
  // ("sold 4,100 e-bikes", "2,000 two-wheelers": a plural glued by a dash to the word before it is one noun.)
  // (Not a modifier of the noun after it: "4,700 auto-parts jobs".)
  const dashed = compoundModifier(t, j) ? undefined : dashedPlural(t, j);
  if (dashed) return dashed;
  // ("22,000 unsold e-bikes", "300 new two-wheelers": after one lower-case word that describes it.)
  const describedDashed =
    /^[a-z]{3,}$/.test(t[j]?.text ?? "") &&
    !FUNCTION_WORDS.has(t[j]?.norm ?? "") &&
    !compoundModifier(t, j + 1)
      ? dashedPlural(t, j + 1)
      : undefined;
  if (describedDashed) return describedDashed;
  let k = j;
  let modifiers = 0;
  let limit = 2;
  while (modifiers < limit) {
    // ("5,830 new and pre-owned holiday homes", "110 year-round and seasonal indoor rinks": two words that
    // describe the noun, joined, count as one more; "11 industrial and logistics hubs": a noun after the
    // joined one is the head.)
    const joined = t[k]?.norm === "and" || t[k]?.norm === "or";
    if (modifiers > 0 && limit === 2 && joined && t[k + 1]?.kind === "word") {
      const after = t[k + 2];
      k += after?.kind === "word" && isUnitHead(after, t[k + 3]) ? 2 : 1;
      limit++;
      continue;
    }
    // "30 737 MAX jets", "12 Mi-24 helicopters", "62 million 60-kg bags": a model or a measure names them.
    // ("123,000 subsidised 6kg cylinders": a measure may follow one word that describes them.)
    const model = modifiers === 0 ? modelLength(t, k) || aircraftModel(t, k) : 0;
    const measure = measureModifier(t, k);
    if (model > 0 || measure > 0) {
      k += model || measure;
      modifiers++;
      continue;
    }
    const tok = t[k];
    if (tok?.kind !== "word") break;
    const next = t[k + 1];
    // "12,000 square metres", "5 cubic metres": the measure word leads a compound unit.
    const compound = leadsCompoundUnit(tok, next) && next !== undefined && isUnitHead(next, t[k + 2]);
    if (isUnitHead(tok, next) && !compound) break;
    // ("4,300 public-welfare cemeteries": a modifier's word opening a dash compound opens the compound.)
    const dashCompound = compoundModifier(t, k);
    if (dashCompound > 0) {
      k += dashCompound;
      modifiers++;
      // ("30 remote-controlled quay cranes", "40 battery-powered guided vehicles", "22 remote-controlled
      // ship-to-shore cranes": one more word or compound may describe the noun after the compound.)
      const more = freeModifier(t, k, k) || participleBefore(t, k) ? 1 : dashSpan(t, k);
      if (more > 0) {
        k += more;
        modifiers++;
      }
      continue;
    }
    // ("10 hybrid rubber-tyred gantry cranes": a plain word before a compound that describes the noun.)
    if (k === j && plainModifierBefore(t, k)) {
      k++;
      modifiers++;
      continue;
    }
    const modifier =
      compound ||
      UNIT_MODIFIER.has(tok.norm) ||
      // ("350 New Zealanders", "1,200 South Africans": the first word of a people's name.)
      (isCapitalized(tok) && MULTIWORD_PEOPLES.has(`${tok.norm} ${next?.norm ?? ""}`)) ||
      (isCapitalized(tok) &&
        /(an|ese|ish|ian|i|ch)$/.test(tok.norm) &&
        next !== undefined &&
        isUnitHead(next, t[k + 2])) ||
      freeModifier(t, k, j);
    // "five Texas city officials": the name and the lower-case word after it.
    const place = modifier ? 0 : placeModifier(t, k);
    if (place > 0) {
      k += place;
      modifiers += place;
      continue;
    }
    if (!modifier) {
      // "12 methanol-powered vessels", "5 low-income countries": a dash compound as one modifier.
      const span = compoundModifier(t, k);
      if (!span) break;
      k += span;
      modifiers++;
      continue;
    }
    k++;
    modifiers++;
  }
  // ("350 additional public health officers": a chain after a word of how many more.)
  if (t[k]?.kind !== "word" || !isUnitHead(t[k] as Token, t[k + 1]))
    k =
      modifierChain(t, j) ?? (UNIT_MODIFIER.has(t[j]?.norm ?? "") ? modifierChain(t, j + 1) : undefined) ?? k;
  const head = t[k];
  // ("12 Boeing 787-9 Dreamliners with options": a model's own name after its model.)
  const modelName = k > j && /^\p{Lu}\p{Ll}{2,}s$/u.test(head?.text ?? "") && aircraftModel(t, j) === k - j;
  if (head?.kind !== "word" || !(isUnitHead(head, t[k + 1]) || modelName || (k > j && isChangeNoun(head))))
    return undefined;
  // "5 km" but not "5 m": single letters count only attached.
  if (head.norm.length === 1 && head.spaceBefore && k === j) return undefined;
  // "ahead of the 828 million analysts had forecast": the noun opens a clause of its own, no unit.
  // (Not "1,000 people have died": only forecasters' verbs.)
  if (k === j && ["had", "have"].includes(t[k + 1]?.norm ?? "") && FORECASTING.has(t[k + 2]?.norm ?? ""))
    return undefined;
  // ("25m surgical gowns": one lower-case modifier before a plural counts in millions.)
  if (amount.letter && k !== j && !(k === j + 1 && /^[a-z]{3,}s$/.test(head.text))) return undefined;
  let headEnd = k + 1;
  let unit = head.text;
  const people = t[k - 1];
  const twoWords = k > j && people !== undefined && MULTIWORD_PEOPLES.has(`${people.norm} ${head.norm}`);
  if (twoWords) unit = `${people.text} ${head.text}`;
  // "330 km/h", "7.2 bcf/d", "12.2 million boe/d": a speed or a flow written with a slash.
  const per = t[k + 2]?.norm ?? "";
  if (t[k + 1]?.norm === "/" && SLASH_RATES.has(per) && !t[k + 1]?.spaceBefore && !t[k + 2]?.spaceBefore) {
    unit = `${head.text}/${t[k + 2]?.text}`;
    headEnd = k + 3;
  }
  // "512,000 acre-feet": a volume, not an area.
  if (
    head.norm === "acre" &&
    DASHES.has(t[k + 1]?.norm ?? "") &&
    /^(?:feet|foot)$/.test(t[k + 2]?.norm ?? "")
  ) {
    unit = `${head.text}-${t[k + 2]?.text}`;
    headEnd = k + 3;
  }
  const first = t[j];
  if (k > j && first && leadsCompoundUnit(first, head)) {
    unit = `${first.text} ${head.text}`;
  }
  // "94.6 million deadweight tonnes", "289.6 million gross tonnes", "498 million long tons": shipping's
  // tonnages are units of their own.
  if (k === j + 1 && first && TONNAGES.has(first.norm) && TONS.has(head.norm))
    unit = `${first.text} ${head.text}`;
  // "13.2 million barrels of oil equivalent per day": the measure's name is the unit's, no subject.
  if (t[headEnd]?.norm === "of" && t[headEnd + 1]?.norm === "oil" && t[headEnd + 2]?.norm === "equivalent") {
    unit = `${unit} of oil equivalent`;
    headEnd += 3;
  }
  const rate = rateAt(t, headEnd);
  if (unit.includes("/")) return { unit, head: k, headEnd, end: headEnd };
  let end = headEnd;
  if (rate) {
    unit = `${unit} ${textOf(t, rate.start, rate.end)}`;
    end = rate.end;
    // "200 litres per person per day": a rate of a rate.
    const second = rateAt(t, rate.end);
    if (second) {
      unit = `${unit} ${textOf(t, second.start, second.end)}`;
      end = second.end;
    }
  } else {
    // "2.6 billion litres of drinking water a day": the rate after what the unit measures is the unit's.
    const later = rateAfterOf(t, headEnd);
    if (later) unit = `${unit} ${textOf(t, later.start, later.end)}`;
  }
  if (unit === head.text) headEnd = k + 1;
  return { unit, head: twoWords ? k - 1 : k, headEnd, end };
}

/**
 * The rate that starts at `k` ("a year", "per person"); not "a year" before "earlier" or "ago", which dates
 * the figure ("38,900 tonnes a year earlier").
 */
function rateAt(t: readonly Token[], k: number): { start: number; end: number } | undefined {
  const found = RATE.forward(t, k);
  return found && !DATING.has(t[found.end]?.norm ?? "") ? found : undefined;
}

/** The tokens [a, b) as written, one space apart. */
function textOf(t: readonly Token[], a: number, b: number): string {
  return t
    .slice(a, b)
    .map((x) => x.text)
    .join(" ");
}

/** Plural particles that end a noun made of a verb and a dash: "break-ins", "start-ups", "write-offs". */
const PARTICLE_PLURALS = new Set(["ins", "ups", "outs", "offs", "overs", "downs", "ons", "aways", "backs"]);

/**
 * "e-bikes", "two-wheelers", "e-scooters": a lower-case word, a dash and a plural unit noun, glued; "break-ins",
 * "start-ups", "break-and-enters": a verb's noun with its particle, or two verbs joined by "and".
 */
function dashedPlural(t: readonly Token[], j: number): UnitMatch | undefined {
  const [a, dash, b] = [t[j], t[j + 1], t[j + 2]];
  if (a?.kind !== "word" || b?.kind !== "word" || !dash || !DASHES.has(dash.norm)) return undefined;
  if (dash.spaceBefore || b.spaceBefore || !/^[a-z]+$/.test(a.text)) return undefined;
  if (PARTICLE_PLURALS.has(b.text) && a.text.length >= 3 && !FUNCTION_WORDS.has(a.norm))
    return { unit: `${a.text}-${b.text}`, head: j, headEnd: j + 3, end: j + 3 };
  const [dash2, c] = [t[j + 3], t[j + 4]];
  if (b.text === "and" && dash2 && DASHES.has(dash2.norm) && !dash2.spaceBefore && c?.spaceBefore === false) {
    if (c.kind === "word" && /^[a-z]{3,}s$/.test(c.text))
      return { unit: `${a.text}-and-${c.text}`, head: j, headEnd: j + 5, end: j + 5 };
  }
  if (!/^[a-z]{3,}s$/.test(b.text)) return undefined;
  if (!isUnitHead(b, t[j + 3]) || MEASURE_UNIT.has(b.norm) || TIME_UNIT.has(a.norm)) return undefined;
  return { unit: `${a.text}-${b.text}`, head: j, headEnd: j + 3, end: j + 3 };
}

/** Time letters after a unit and a slash: "km/h", "bcf/d", "t/yr". */
const SLASH_RATES = new Set(["h", "d", "day", "y", "yr", "year"]);

/** Lower-case words "of" may take before a rate: "litres of drinking water a day". */
const OF_RATE_REACH = 4;

/** The rate after "of" and a few lower-case words at `k`: "of drinking water a day". */
function rateAfterOf(t: readonly Token[], k: number): { start: number; end: number } | undefined {
  if (t[k]?.norm !== "of") return undefined;
  for (let j = k + 1; j <= k + 1 + OF_RATE_REACH; j++) {
    const found = RATE.forward(t, j);
    if (found && j > k + 1) return DATING.has(t[found.end]?.norm ?? "") ? undefined : found;
    const tok = t[j];
    // ("6,100 hectares of citrus and produces roughly a quarter of ...": a share, approximated, no rate.)
    if (tok?.kind !== "word" || tok.text !== tok.norm || APPROXIMATORS.has(tok.norm)) return undefined;
  }
  return undefined;
}

/**
 * Words before "a quarter" or "a third" that make it a share: "roughly a quarter" (fewer than the qualifiers'
 * words, which hold "the" and "on": "1,000 tonnes of the material a year").
 */
const APPROXIMATORS = new Set(["roughly", "about", "nearly", "almost", "around", "some", "over", "under"]);

/** Words after "a year" or "a month" that make it a date: "a year earlier", "a month ago". */
const DATING = new Set(DATING_WORDS);

/** Words of a tonnage before "tons" or "tonnes". */
const TONNAGES: ReadonlySet<string> = new Set(TONNAGE_WORDS);
const METRE: ReadonlySet<string> = new Set(METRE_WORDS);
const TONS: ReadonlySet<string> = new Set(["tons", "tonnes", "ton", "tonne"]);

/**
 * A measure word that leads a compound unit: "cubic" of "5 cubic metres"; lumber's "board" of "400 million
 * board feet", before feet only (not "10 board seats").
 */
function leadsCompoundUnit(word: Token, head: Token | undefined): boolean {
  return (
    COMPOUND_FIRST.has(word.norm) ||
    (word.norm === "board" && (head?.norm === "feet" || head?.norm === "foot"))
  );
}

const COMPOUND_FIRST = new Set([
  // "8.1 million acre feet"
  "acre",
  "cubic",
  "square",
  "sq",
  "metric",
  "nautical",
  "terawatt",
  "gigawatt",
  "megawatt",
  "kilowatt",
  // "300,000 dozen eggs"
  "dozen",
]);

/**
 * A model's name at `k`: "737 MAX" (three or more digits and a word in capitals), "777X" (a capital glued
 * to them), "A350", "N700S" (letters and digits in one word), "Mi-24" (a name, a dash, digits). Its
 * length in tokens, or 0.
 */
export function modelLength(t: readonly Token[], k: number): number {
  const tok = t[k];
  const next = t[k + 1];
  if (!tok) return 0;
  if (tok.kind === "num") {
    // ("the Falcon 10X", "six Falcon 6X jets": after a name, fewer digits and a capital glued to them.)
    const named = /^[0-9]{1,2}$/.test(tok.norm) && isCapitalized(t[k - 1]) && t[k - 1]?.kind === "word";
    if (!(named || /^[0-9]{3,4}$/.test(tok.norm)) || !next || next.kind !== "word") return 0;
    // "777X", not "272K jobs", "116F" or "178MW": scale and temperature letters, measure units.
    if (!next.spaceBefore && /^\p{Lu}{1,2}$/u.test(next.text))
      return SCALE_LETTERS.has(next.norm) || MEASURE_UNIT.has(next.norm) ? 0 : 2;
    if (named) return 0;
    const caps = next.text.length >= 2 && /^\p{Lu}+$/u.test(next.text);
    if (!caps || isUnitHead(next, t[k + 2]) || MEASURE_UNIT.has(next.norm)) return 0;
    // "737 MAX jets", not "QUAKE KILLS 120 PEOPLE": a model's word is in capitals where the text is not.
    // ("cut about 130 DOC jobs", "its 148 KFC restaurants": an acronym before a count's noun is its
    // modifier; a model is an airliner's number or a name the text writes again, "the 407 ETR".)
    const after = t[k + 2];
    const model = AIRLINER_NUMBERS.test(tok.text) || repeatedNumberNames(t).has(`${tok.norm} ${next.text}`);
    return model && !next.lineStart && after?.kind === "word" && after.text === after.norm ? 2 : 0;
  }
  if (tok.kind !== "word") return 0;
  // "A350", "N700S", "K2": capitals glued to digits (and what is glued after them).
  if (/^\p{Lu}[\p{L}]{0,2}$/u.test(tok.text) && next?.kind === "num" && !next.spaceBefore) {
    let end = k + 2;
    while (
      end < k + 4 &&
      t[end] &&
      !t[end]?.spaceBefore &&
      (t[end]?.kind === "word" || t[end]?.kind === "num")
    )
      end++;
    return end - k;
  }
  const dash = t[k + 1];
  const digits = t[k + 2];
  if (
    isCapitalized(tok) &&
    dash?.norm === "-" &&
    !dash.spaceBefore &&
    digits?.kind === "num" &&
    !digits.spaceBefore
  )
    return 3;
  return 0;
}

/** Per text, the numbers with a word in capitals after them ("407 ETR") that it writes more than once. */
const numberNamesOf = new WeakMap<readonly Token[], ReadonlySet<string>>();

function repeatedNumberNames(t: readonly Token[]): ReadonlySet<string> {
  const known = numberNamesOf.get(t);
  if (known) return known;
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (let k = 0; k + 1 < t.length; k++) {
    const next = t[k + 1];
    if (t[k]?.kind !== "num" || next?.kind !== "word") continue;
    const pair = `${t[k]?.norm} ${next.text}`;
    (seen.has(pair) ? repeated : seen).add(pair);
  }
  numberNamesOf.set(t, repeated);
  return repeated;
}

const SCALE_LETTERS = new Set(["k", "m", "b", "t", "c", "f", "bn", "mn", "tn", "kg", "km"]);

/** Model numbers of airliners that stand alone before a noun: "24 787 Dreamliners", "10 777 freighters". */
const AIRLINER_NUMBERS = /^(?:7[0-8]7|3[0-8]0)$/;

/**
 * Airliners counted by their model's name: "five 767s", "88 Boeing 737s", "24 787 Dreamliners".
 */
function namedPlanes(t: readonly Token[], j: number): UnitMatch | undefined {
  const maker = t[j]?.kind === "word" && isCapitalized(t[j]) ? 1 : 0;
  const model = t[j + maker];
  if (model?.kind !== "num" || !AIRLINER_NUMBERS.test(model.text)) return undefined;
  const after = t[j + maker + 1];
  // "767s", "777Xs", "787-9s": the model's plural.
  const plural = pluralModelEnd(t, j + maker);
  if (plural !== undefined) return modelPlural(t, j, plural);
  // "787 Dreamliners": the model's own name, in the plural.
  if (after?.kind === "word" && /^\p{Lu}\p{Ll}+s$/u.test(after.text))
    return { unit: after.text, head: j + maker + 1, headEnd: j + maker + 2, end: j + maker + 2 };
  return undefined;
}

/** The mark that ends a model's plural: "767s", "777Xs", "777-300ERs", "A321neos". */
const MODEL_PLURAL = /^(?:\p{Lu}{0,3}|neo|ceo)s$/u;

/** The unit a model's plural from `from` to `to` names, as written: "Boeing 787-9s", "Max 10s". */
function modelPlural(t: readonly Token[], from: number, to: number): UnitMatch {
  const unit = t
    .slice(from, to)
    .map((x, i) => (i > 0 && !x.spaceBefore ? x.text : ` ${x.text}`))
    .join("")
    .trim();
  return { unit, head: from, headEnd: to, end: to };
}

/** Tokens glued after a model's number, at most: "-300ERs". */
const MODEL_SUFFIX_TOKENS = 4;

/**
 * Where a model's plural ends when the number at `k` and what is glued to it make one: "767s", "777Xs",
 * "787-9s", "72-600s", "A321neos" (from its "321"), "777-300ERs"; undefined when what is glued is no plural.
 */
function pluralModelEnd(t: readonly Token[], k: number): number | undefined {
  let end = k + 1;
  const part = (x: Token | undefined) =>
    x !== undefined && !x.spaceBefore && (x.kind === "word" || x.kind === "num" || DASHES.has(x.norm));
  while (end < k + 1 + MODEL_SUFFIX_TOKENS && part(t[end])) end++;
  const last = t[end - 1];
  if (end === k + 1 || !last || last.kind !== "word") return undefined;
  if (t[end]?.kind === "word" && !t[end]?.spaceBefore) return undefined;
  return MODEL_PLURAL.test(last.text) ? end : undefined;
}

/** Names and model codes a count's noun may follow, at most: "Boeing P-8A Poseidon". */
const NAME_WORDS = 4;
/** Tokens glued to a name word in a model code, at most ("P-8A": 3; bounded for text without spaces). */
const CODE_TOKENS = 6;
/** Lower-case words between such names and the noun, at most: "maritime patrol aircraft". */
const KIND_MODIFIERS = 3;

/**
 * Names and model codes before the noun a count counts, or a model's plural: "24 Eurofighter Typhoon
 * jets", "14 Boeing P-8A Poseidon maritime patrol aircraft", "six Super Tucano light attack planes",
 * "12 Premier League clubs", "12 KFC and Pizza Hut outlets" count the noun; "28 C-390s", "128 A400Ms" count the model.
 */
function namedKinds(t: readonly Token[], j: number): UnitMatch | undefined {
  let k = j;
  let names = 0;
  while (names < NAME_WORDS) {
    const tok = t[k];
    // ("12 KFC and Pizza Hut outlets", "40 Zara, Bershka and Massimo Dutti stores": brands listed.)
    // (Not past a model's plural: "11 additional Airbus A350-900s and ANA saying".)
    if (
      names > 0 &&
      (tok?.norm === "and" || tok?.norm === "," || tok?.norm === "&") &&
      isCapitalized(t[k + 1]) &&
      !(t[k - 2]?.kind === "num" && MODEL_PLURAL.test(t[k - 1]?.text ?? ""))
    ) {
      k++;
      continue;
    }
    // ("11 Airbus A350-900s": a capital glued to digits is a code, not the article.)
    const coded = t[k + 1]?.kind === "num" && !t[k + 1]?.spaceBefore;
    // ("30 Global 7500 jets", "six Falcon 6X jets", "8 Praetor 600 aircraft": a model's number after its name.)
    if (names > 0 && modelNumber(t, k)) {
      k++;
      if (t[k]?.kind === "word" && !t[k]?.spaceBefore) k++;
      continue;
    }
    if (tok?.kind !== "word" || !isCapitalized(tok) || (FUNCTION_WORDS.has(tok.norm) && !coded)) break;
    // ("the 1,320MW Payra and Rampal plants": a unit glued to the number is a measure's, no name.)
    if (names === 0 && !tok.spaceBefore) return undefined;
    // ("733,000 Kenyans holding", "612,000 Georgians cast ballots": a name in the plural is what is counted.)
    // ("11 Airbus A350-900s": not a maker's name before its model.)
    const maker =
      isCapitalized(t[k + 1]) && t.slice(k + 2, k + 4).some((x) => x.kind === "num" && !x.spaceBefore);
    if (/[^s]s$/.test(tok.norm) && t[k + 1]?.spaceBefore !== false && !maker) return undefined;
    names++;
    k++;
    // "P-8A", "Z-9WE", "A400M", "T129": what is glued to a name word makes one model code.
    const codeEnd = k + CODE_TOKENS;
    while (
      k < codeEnd &&
      t[k] &&
      !t[k]?.spaceBefore &&
      (t[k]?.kind !== "punct" || DASHES.has(t[k]?.norm ?? ""))
    )
      k++;
  }
  if (names === 0) return undefined;
  // "150 Max 10s", "40 ATR 72-600s": a name, then its number and the plural glued to it.
  const spaced = t[k]?.kind === "num" && t[k]?.spaceBefore ? pluralModelEnd(t, k) : undefined;
  if (spaced !== undefined && names <= 2) return modelPlural(t, j, spaced);
  // "C-390s", "A400Ms": a model code's plural counts the model.
  const last = t[k - 1];
  // ("26 Rafale-M jets": a letter glued by a dash makes a model code too.)
  const code = t.slice(j, k).some((x) => x.kind === "num" || (DASHES.has(x.norm) && !x.spaceBefore));
  // ("11 Airbus A350-900s", "12 Airbus A321neos": a maker before the code.)
  if (
    code &&
    names <= 2 &&
    last &&
    MODEL_PLURAL.test(last.text) &&
    !last.spaceBefore &&
    (t[k - 2]?.kind === "num" || /^(?:neo|ceo)s$/.test(last.text))
  )
    return modelPlural(t, j, k);
  let m = k;
  while (m < k + KIND_MODIFIERS && isModifierWord(t[m]) && !isUnitHead(t[m] as Token, t[m + 1])) m++;
  const head = t[m];
  if (head?.kind !== "word" || head.text !== head.norm || !isUnitHead(head, t[m + 1])) return undefined;
  // ("41 Ohio counties": a place before the noun is placeModifier's.)
  if (m === k && !code && names < 2) return undefined;
  return { unit: head.text, head: m, headEnd: m + 1, end: m + 1 };
}

/**
 * A model's number at `k` after the name word before it, set apart by a space: "Global 7500", "Falcon 6X",
 * "TBM 960" (digits without a comma, at most a capital or two glued on).
 */
function modelNumber(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind !== "num" || !tok.spaceBefore || !/^[0-9]{1,4}$/.test(tok.text)) return false;
  if (t[k - 1]?.kind !== "word" || !isCapitalized(t[k - 1])) return false;
  const glued = t[k + 1];
  return glued?.spaceBefore !== false || (glued.kind === "word" && /^\p{Lu}{1,2}$/u.test(glued.text));
}

/** A lower-case word that may describe a noun: "maritime", "light", "attack", "fighter". */
function isModifierWord(tok: Token | undefined): boolean {
  return (
    tok?.kind === "word" &&
    /^[a-z]{3,}$/.test(tok.text) &&
    !FUNCTION_WORDS.has(tok.norm) &&
    !CHANGE_VERB.has(tok.norm) &&
    !isPastVerb(tok)
  );
}

/**
 * A maker and a model, or an airliner's number, before the counted noun: "30 Airbus A350 jets", "10
 * Embraer E195-E2 jets", "15 Boeing 787-9 aircraft", "24 787 Dreamliners". Its length in tokens, or 0.
 */
function aircraftModel(t: readonly Token[], k: number): number {
  const maker = t[k]?.kind === "word" && isCapitalized(t[k]) && !FUNCTION_WORDS.has(t[k]?.norm ?? "") ? 1 : 0;
  const first = t[k + maker];
  if (!first) return 0;
  let end = k + maker;
  if (
    first.kind === "word" &&
    /^\p{Lu}{1,2}$/u.test(first.text) &&
    t[end + 1]?.kind === "num" &&
    !t[end + 1]?.spaceBefore
  )
    end += 2;
  else if (
    first.kind === "num" &&
    (AIRLINER_NUMBERS.test(first.text) || (maker && /^\d{3}$/.test(first.text)))
  )
    end += 1;
  else return 0;
  // "A330neo", "E195-E2", "787-9", "737-800": what is glued to the model number.
  while (end < k + maker + 6 && t[end] && !t[end]?.spaceBefore && t[end]?.norm !== "s") end++;
  // "737 MAX", "737 Max": a model word in capitals.
  if (
    t[end]?.kind === "word" &&
    /^(?:\p{Lu}{2,}|Max)$/u.test(t[end]?.text ?? "") &&
    t[end + 1]?.kind === "word"
  )
    end++;
  const noun = t[end];
  // ("12 Boeing 787-9 Dreamliners with options": a model's own name in the plural, whatever follows.)
  const named = noun !== undefined && /^\p{Lu}\p{Ll}{2,}s$/u.test(noun.text);
  return noun?.kind === "word" && (isUnitHead(noun, t[end + 1]) || named) ? end - k : 0;
}

/**
 * "60-kg bags", "40-foot containers", "6kg cylinders": a measure glued to its number (by a dash or not)
 * before the counted noun. Its length, or 0.
 */
function measureModifier(t: readonly Token[], k: number): number {
  if (t[k]?.kind !== "num") return 0;
  const dash = t[k + 1];
  const dashed = dash !== undefined && DASHES.has(dash.norm) && !dash.spaceBefore;
  const unitAt = dashed ? k + 2 : k + 1;
  const unit = t[unitAt];
  if (unit?.kind !== "word" || unit.spaceBefore || !MEASURE_UNIT.has(unit.norm)) return 0;
  const noun = t[unitAt + 1];
  return noun?.kind === "word" && isUnitHead(noun, t[unitAt + 2]) ? unitAt + 1 - k : 0;
}

/**
 * Words glued to a number by a dash that count nothing: "a 2-nil win", "a 25-year-old", "a 10-fold rise",
 * "the 21-nation currency area" (the members a group is made of).
 */
const NOT_GLUED_COUNTS = new Set([
  "nil",
  "old",
  "fold",
  "odd",
  "plus",
  "something",
  "strong",
  "nation",
  "time",
]);

/** Verbs of what forecasters expected: "the 828 million analysts had forecast". */
const FORECASTING = new Set([
  "expected",
  "forecast",
  "forecasted",
  "estimated",
  "predicted",
  "projected",
  "pencilled",
]);

/** Energy units before "hours": "12 terawatt hours", "a 40-gigawatt-hour battery" reads in watt-hours. */
const WATTS = new Set(["kilowatt", "megawatt", "gigawatt", "terawatt"]);
/** Words before "hours" that make them a count of work or use, not a duration: "flight hours", "man-hours". */
const HOURS_WORKED = new Set(HOURS_WORKED_WORDS);
const DAYS_SPENT = new Set(DAYS_SPENT_WORDS);
const SPENT_DAYS = new Set(["days", "day", "nights", "night"]);

const TEMPERATURE_SCALES: Readonly<Record<string, string>> = {
  c: "°C",
  f: "°F",
  celsius: "°C",
  fahrenheit: "°F",
  centigrade: "°C",
};

/**
 * A temperature's unit: "44C", "113F" (the letter glued to the digits or set apart: "1.9 C"), "46°C",
 * "1.2 degrees Celsius", "38 degrees C", "27.9 deg C". Plain "38 degrees" stays a measure in degrees.
 */
function temperatureAt(t: readonly Token[], j: number): UnitMatch | undefined {
  const tok = t[j];
  if (!tok || tok.kind === "num") return undefined;
  // ("1.9 C above the 1961-1990 average", "57.9 F": Canadian Press and AP set the letter apart; not
  // before a capitalized word, which makes the letter an initial or a name's part.)
  const next = t[j + 1];
  const apart = tok.spaceBefore && (next === undefined || !/^\p{Lu}/u.test(next.text) || next.lineStart);
  if (
    (tok.text === "C" || tok.text === "F") &&
    (!tok.spaceBefore || apart) &&
    !/^[-–\d]/.test(next?.text ?? "")
  ) {
    return { unit: TEMPERATURE_SCALES[tok.norm] ?? tok.text, head: j, headEnd: j + 1, end: j + 1 };
  }
  const letter = t[j + 1];
  if (tok.norm === "°" && letter && !letter.spaceBefore && (letter.text === "C" || letter.text === "F")) {
    return { unit: TEMPERATURE_SCALES[letter.norm] ?? letter.text, head: j, headEnd: j + 2, end: j + 2 };
  }
  const scale = TEMPERATURE_SCALES[letter?.norm ?? ""];
  // ("27.9 deg C": the Straits Times' abbreviation.)
  if (
    (tok.norm === "degrees" || tok.norm === "degree" || tok.norm === "deg" || tok.norm === "deg.") &&
    letter &&
    scale &&
    (letter.norm.length > 1 || letter.text !== letter.norm)
  ) {
    return { unit: scale, head: j, headEnd: j + 2, end: j + 2 };
  }
  return undefined;
}

/**
 * A capitalized name before a lower-case plural, or before one lower-case word and the plural: "41 Ohio
 * counties", "five Texas city officials", "54 Assembly seats". How many tokens it takes (1 or 2), or 0.
 */
function placeModifier(t: readonly Token[], k: number): number {
  const tok = t[k];
  const next = t[k + 1];
  if (!tok || !next || !isCapitalized(tok) || !tok.spaceBefore || next.kind !== "word" || isCapitalized(next))
    return 0;
  if (QUALIFIER_WORDS.has(tok.norm) || FUNCTION_WORDS.has(tok.norm)) return 0;
  if (isUnitHead(next, t[k + 2])) return 1;
  return freeModifier(t, k + 1, k + 1) ? 2 : 0;
}

/**
 * A word ending in "s" that describes no noun: a verb or a function word ("was", "its"); an adjective in
 * "-ous" or a singular noun ("serious", "bus") does.
 */
function notModifier(n: string): boolean {
  return NOT_UNIT.has(n) && !n.endsWith("ous") && !SINGULAR_NOUN_IN_S.has(n);
}

/** A word of grammar, a verb of change or a time word, which describes no noun counted after it. */
function grammarOrTime(n: string): boolean {
  return FUNCTION_WORDS.has(n) || DETERMINERS.has(n) || CHANGE_VERB.has(n) || TIME_UNIT.has(n);
}

/**
 * One lower-case noun or adjective right after the number and right before a plural noun: "35 league
 * appearances", "193 million wet tons". Not a function word, a verb form, an adverb or a time word.
 */
function freeModifier(t: readonly Token[], k: number, j: number): boolean {
  const tok = t[k];
  const next = t[k + 1];
  if (k !== j || !tok || !next || tok.kind !== "word" || isCapitalized(tok) || tok.spaceBefore === false)
    return false;
  const n = tok.norm;
  if (!/^[a-z]{3,}$/.test(n) || n.endsWith("ly")) return false;
  // ("470 million existing shares", "23 licensed premises": a participle before a plural unit describes it;
  // not one that opens a phrase of its own, "held 30 following protests".)
  if (/(ed|ing)$/.test(n) && !participleModifier(t, k)) return false;
  // ("150 lift engineers": a verb of change that is a counted noun too describes one.)
  if (grammarOrTime(n) && !COUNTED_CHANGES.has(`${n}s`)) return false;
  // Adjectives in -ous are never units but do modify them: "361 serious alerts"; "close" after the number
  // is no qualifier ("148 close contacts").
  const qualifier = QUALIFIER_WORDS.has(n) && n !== "close";
  if (qualifier || CHANGE_ADJECTIVE_WORDS.has(n) || notModifier(n)) return false;
  if (!isUnitHead(next, t[k + 2]) && !isChangeNoun(next)) return false;
  if (next.norm.endsWith("s") && !next.norm.endsWith("ss")) return true;
  // ("1,200 artisanal fishermen", "300 skilled staff": a plural without its "s" too; not after a verb, "230,122
  // are men", nor before the noun counted, "35,000 beef cattle farms".)
  const after = t[k + 2];
  return (
    (IRREGULAR_UNIT.has(next.norm) || menPlural(next)) &&
    !HELPER_VERBS.has(n) &&
    !(after && isUnitHead(after, t[k + 3]))
  );
}

/** The participle at `k` describes the plural unit noun right after it. */
function participleModifier(t: readonly Token[], k: number): boolean {
  const n = t[k]?.norm ?? "";
  const next = t[k + 1];
  if (next?.kind !== "word" || !next.norm.endsWith("s") || next.norm.endsWith("ss")) return false;
  return !(NOT_PARTICIPLE_MODIFIER.has(n) || CHANGE_VERB.has(n) || HELPER_VERBS.has(n));
}

const NOT_PARTICIPLE_MODIFIER: ReadonlySet<string> = new Set(NOT_PARTICIPLE_MODIFIERS);
const CHANGE_NOUN_UNIT = new Set(CHANGE_NOUN_UNITS);

/**
 * A plural change word after a noun modifier is a noun, the thing counted: "300 job cuts", "two rate
 * hikes" (alone it is the verb: "2,000 cuts" is no unit).
 */
function isChangeNoun(tok: Token | undefined): boolean {
  return tok?.kind === "word" && !isCapitalized(tok) && CHANGE_NOUN_UNIT.has(tok.norm);
}

/** Verbs a count takes as its subject, no modifiers of a unit: "11 received unqualified opinions". */
const COUNT_VERBS = new Set([
  "received",
  "got",
  "won",
  "had",
  "secured",
  "obtained",
  "earned",
  "lost",
  "gave",
  "took",
]);

/** Lower-case modifiers a plural unit noun may follow, at most: "412 newly diagnosed tuberculosis patients". */
const CHAIN_MODIFIERS = 4;

const CHAIN_CONJUNCTIONS = new Set(["and", "or"]);

/**
 * Two or more lower-case modifiers before a plural noun, where one alone is a freeModifier: "17 serious
 * adverse events", "15 grounded planes", "25,000 direct and indirect jobs", "2,500 engineering and sales
 * positions", "1,800 skilled and unskilled jobs"; not a conjunction right before the noun ("40 died and
 * dozens"); an adverb goes before a participle ("newly diagnosed"). The plural noun's index, or undefined.
 */
function modifierChain(t: readonly Token[], j: number): number | undefined {
  let conjunctions = 0;
  for (let k = j; k < j + CHAIN_MODIFIERS; k++) {
    const tok = t[k];
    if (tok?.kind !== "word" || isCapitalized(tok) || !tok.spaceBefore) return undefined;
    const n = tok.norm;
    const next = t[k + 1];
    if (CHAIN_CONJUNCTIONS.has(n)) {
      if (k === j || ++conjunctions > 1) return undefined;
      continue;
    }
    if (!/^[a-z]{3,}$/.test(n) || !next) return undefined;
    // "361 less serious alerts": "less" grades the adjective after it.
    if (k === j && n === "less") continue;
    // ("22 climbing gyms", "40 rising stars": a gerund of change right after digits describes the noun too.)
    const changeGerund = t[j - 1]?.kind === "num" && CHANGE_VERB.has(n) && n.endsWith("ing");
    if (grammarOrTime(n) && !changeGerund) return undefined;
    // ("only 11 received unqualified opinions": the count's verb and its object, no unit.)
    if (k === j && COUNT_VERBS.has(n)) return undefined;
    // Adjectives in -ous ("serious", "various") are never units but do modify them.
    if (QUALIFIER_WORDS.has(n) || CHANGE_ADJECTIVE_WORDS.has(n) || notModifier(n)) {
      return undefined;
    }
    // ("392 breeding pairs": a gerund describes the noun as a participle does.)
    // (After digits only: "the two packaging plants" stays no figure.)
    const gerund = k === j && t[j - 1]?.kind === "num" && /^[a-z]{3,}ing$/.test(n) && n !== "during";
    const participle = /(ed|en)$/.test(n) || gerund;
    if (n.endsWith("ly") && !/(ed|en)$/.test(next.norm)) return undefined;
    // One modifier alone is freeModifier's, except a participle, which it does not take: "15 grounded planes".
    const chained = k > j || participle;
    if (chained && pluralUnitAt(t, k + 1)) {
      return k + 1;
    }
    // ("123,000 subsidised 6kg cylinders", "48,000 free 13kg cylinders": the chain ends at a measure of the
    // noun after it.)
    const measure = measureModifier(t, k + 1);
    const measured = t[k + 1 + measure];
    if (measure > 0 && measured?.norm.endsWith("s") && !measured.norm.endsWith("ss")) return k + 1 + measure;
  }
  return undefined;
}

/**
 * A lower-case dash compound ("methanol-powered", "low-income", "e-scooter", "ship-to-shore") right before a
 * plural noun, or before one word that describes it ("remote-controlled quay cranes"):
 * its length in tokens (3 or 5), or 0. Not a time word ("10 year-old"), nor a number.
 */
function compoundModifier(t: readonly Token[], k: number): number {
  const span = dashSpan(t, k);
  if (span === 0) return 0;
  const headAt = k + span;
  // ("30 remote-controlled quay cranes", "22 remote-controlled ship-to-shore cranes": or one more word or
  // compound that describes the noun after it.)
  const next = dashSpan(t, headAt);
  const described =
    freeModifier(t, headAt, headAt) ||
    participleBefore(t, headAt) ||
    (next > 0 && pluralUnitAt(t, headAt + next));
  return described || pluralUnitAt(t, headAt) ? span : 0;
}

/** A plural unit noun stands at `k`: "cranes", "aircraft", "personnel", not "glass". */
function pluralUnitAt(t: readonly Token[], k: number): boolean {
  const head = t[k];
  if (head === undefined || !isUnitHead(head, t[k + 1])) return false;
  // ("24 armoured personnel carriers": an irregular plural before a noun describes it.)
  if (IRREGULAR_UNIT.has(head.norm)) {
    const next = t[k + 1];
    return !(next?.kind === "word" && isUnitHead(next, t[k + 2]));
  }
  return head.norm.endsWith("s") && !head.norm.endsWith("ss");
}

/**
 * The tokens of a lower-case dash compound at `k` ("remote-controlled" 3, "ship-to-shore" 5), or 0; not a
 * time word ("10 year-old") nor a scale.
 */
function dashSpan(t: readonly Token[], k: number): number {
  const a = t[k];
  const dash = t[k + 1];
  // ("12 ship-to-shore cranes": a compound of three words glued by two dashes.)
  const three = gluedDash(t, k + 3) && t[k + 4]?.kind === "word" && !t[k + 4]?.spaceBefore;
  const b = t[three ? k + 4 : k + 2];
  if (a?.kind !== "word" || b?.kind !== "word" || !dash) return 0;
  if (three && (t[k + 2]?.kind !== "word" || t[k + 2]?.spaceBefore || !/^[a-z]+$/.test(t[k + 2]?.norm ?? "")))
    return 0;
  if (!DASHES.has(dash.norm) || dash.spaceBefore || b.spaceBefore) return 0;
  // ("150,000 e-scooter permits": the electronic "e-" opens one too.)
  if (isCapitalized(a) || !/^(?:[a-z]{2,}|e)$/.test(a.norm) || !/^[a-z]{2,}$/.test(b.norm)) return 0;
  if (TIME_UNIT.has(a.norm) || TIME_UNIT.has(b.norm) || SCALE.has(a.norm)) return 0;
  return three ? 5 : 3;
}

/** A dash glued to the word before it and to the one after it stands at `k`. */
function gluedDash(t: readonly Token[], k: number): boolean {
  const dash = t[k];
  return dash !== undefined && DASHES.has(dash.norm) && !dash.spaceBefore && t[k + 1]?.spaceBefore === false;
}

/** A lower-case word that may describe a noun, right before a dash compound that describes it too. */
function plainModifierBefore(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  if (tok?.kind !== "word" || !tok.spaceBefore || !/^[a-z]{3,}$/.test(tok.text) || /ly$/.test(tok.norm))
    return false;
  const n = tok.norm;
  if (grammarOrTime(n) || notModifier(n)) return false;
  return compoundModifier(t, k + 1) > 0;
}

/** A lower-case participle in "-ed" right before a plural unit noun: "battery-powered guided vehicles". */
function participleBefore(t: readonly Token[], k: number): boolean {
  const tok = t[k];
  return tok?.kind === "word" && /^[a-z]{3,}ed$/.test(tok.text) && pluralUnitAt(t, k + 1);
}

/**
 * Peoples named by their demonym in the plural ("Brazilians", "Filipinos", "Frenchmen", the last word of
 * "New Zealanders") or by their faith ("Muslims", "Hindus").
 */
const PEOPLES: ReadonlySet<string> = new Set([
  ...DEMONYMS.map(([word]) => `${word.toLowerCase().split(" ").pop()}s`),
  ...DEMONYM_PLURALS.map(([plural]) => plural.toLowerCase().split(" ").pop() ?? ""),
  ...FAITH_PLURALS,
]);

/** Peoples whose demonym is two words, in the plural: "new zealanders", "south africans". */
const MULTIWORD_PEOPLES: ReadonlySet<string> = new Set(
  DEMONYMS.filter(([word]) => word.includes(" ")).map(([word]) => `${word.toLowerCase()}s`),
);

export function isUnitHead(tok: Token, next: Token | undefined): boolean {
  if (tok.kind !== "word") return false;
  const n = tok.norm;
  if (NOT_UNIT.has(n) || TIME_UNIT.has(n)) return false;
  if (MEASURE_UNIT.has(n) || IRREGULAR_UNIT.has(n)) return true;
  if (menPlural(tok)) return true;
  // ("179,210 Pakistanis performed Hajj", "420 Kenyan Muslims travel": a people, whatever its ending.)
  if (isCapitalized(tok) && PEOPLES.has(n) && next?.norm !== "’s" && next?.norm !== "'s") return true;
  if (n.length < 3 || !n.endsWith("s") || n.endsWith("ss") || n.endsWith("us") || n.endsWith("is"))
    return false;
  if (n.endsWith("’s") || n.endsWith("'s")) return false;
  // "five Texas city officials": a capitalized word before a lower-case noun modifies it ("17.7 million
  // Brazilians placed bets": not a people's name).
  // ("47 MDAs paid", "300 NGOs": an acronym's plural is a unit whatever follows.)
  if (
    isCapitalized(tok) &&
    !PEOPLES.has(n) &&
    !/^\p{Lu}{2,}s$/u.test(tok.text) &&
    next?.kind === "word" &&
    !isCapitalized(next) &&
    /^\p{Ll}{3,}$/u.test(next.text)
  )
    return false;
  return (!CHANGE_VERB.has(n) || COUNTED_CHANGES.has(n)) && next?.norm !== "’s";
}

const SINGULAR_IN_MEN: ReadonlySet<string> = new Set(SINGULAR_NOUNS_IN_MEN);

/** A plural in "-men": "fishermen", "gunmen" (not "specimen"). */
function menPlural(tok: Token): boolean {
  return /^\p{Ll}{2,}men$/u.test(tok.text) && !SINGULAR_IN_MEN.has(tok.norm);
}

/** Plural nouns counted that are also verbs of change. */
const COUNTED_CHANGES: ReadonlySet<string> = new Set(COUNTED_CHANGE_NOUNS);
