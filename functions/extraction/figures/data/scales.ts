/**
 * Scale words and abbreviations: [word, multiplier, example]. Lower-cased. `attached` words count only
 * when written right after the digits ("$5m", "5k", "5bn"), never as separate words ("5 m" is metres).
 */
export const SCALES: ReadonlyArray<readonly [string, number, string]> = [
  ["hundred", 1e2, "two hundred"],
  ["thousand", 1e3, "5 thousand tonnes"],
  ["million", 1e6, "$25 million"],
  ["millions", 1e6, "3 millions d'euros (French style)"],
  ["mln", 1e6, "5 mln tenge"],
  ["mn", 1e6, "$5 mn"],
  ["mil", 1e6, "$5 mil"],
  ["bil", 1e9, "RM2.7bil (Malaysian papers)"],
  ["milhão", 1e6, "R$ 1 milhão (Brazilian and Portuguese copy)"],
  ["milhões", 1e6, "R$ 4,5 milhões"],
  ["millón", 1e6, "1 millón de pesos (Spanish copy)"],
  ["millones", 1e6, "4,5 millones de pesos"],
  ["billion", 1e9, "$50 billion"],
  ["bilhão", 1e9, "R$ 1,2 bilhão"],
  ["bilhões", 1e9, "R$ 3 bilhões"],
  ["bn", 1e9, "£2bn"],
  ["bln", 1e9, "1.2 bln euros"],
  ["trillion", 1e12, "$1.3 trillion"],
  ["quadrillion", 1e15, "12.7 quadrillion dong"],
  ["tn", 1e12, "$1.3tn"],
  ["trn", 1e12, "1.3 trn yen"],
  ["trln", 1e12, "1.3 trln rupiah (Indonesian and Russian wires)"],
  ["lakh", 1e5, "Rs 5 lakh"],
  ["lakhs", 1e5, "Rs 5 lakhs"],
  ["lac", 1e5, "Rs 5 lac"],
  ["crore", 1e7, "Rs 500 crore"],
  ["crores", 1e7, "Rs 500 crores"],
];

/**
 * German scale abbreviations, which count only with their point ("EUR 4,5 Mio.", "13,8 Mrd. Euro"):
 * without it "Mio" is a name ("the Yamaha Mio Gear").
 */
export const POINTED_SCALES: ReadonlyArray<readonly [string, number, string]> = [
  ["mio", 1e6, "EUR 4,5 Mio."],
  ["mrd", 1e9, "13,8 Mrd. Euro"],
];

/** Scale letters that count only when attached to the digits: "$5m", "5k", "$3b", "Rs 50cr". */
export const ATTACHED_SCALES: ReadonlyArray<readonly [string, number, string]> = [
  ["k", 1e3, "$5k"],
  ["m", 1e6, "£5m"],
  ["b", 1e9, "$3b"],
  ["cr", 1e7, "Rs 50cr"],
  ["tr", 1e12, "Rs3.4tr (Pakistani papers)"],
];
