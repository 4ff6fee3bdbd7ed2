/**
 * Change words: [word, direction, example]. Rules live in ../changes.ts.
 * VERBS come before the figure ("increased by 58.8 percent"); ADJECTIVES after it ("37.2 percent
 * higher"); NOUNS after it ("a 5% rise") or before "of" ("an increase of 5%"); ADDITIVES before it
 * ("an additional $25 million").
 */
export type Direction = "increase" | "decrease";

export const CHANGE_VERBS: ReadonlyArray<readonly [string, Direction]> = [
  ...forms(["rose", "rise", "rises", "rising", "risen"], "increase"),
  ...forms(["increased", "increase", "increases", "increasing"], "increase"),
  ...forms(["grew", "grow", "grows", "growing", "grown"], "increase"),
  ...forms(["climbed", "climb", "climbs", "climbing"], "increase"),
  ...forms(["jumped", "jump", "jumps", "jumping"], "increase"),
  ...forms(["surged", "surge", "surges", "surging"], "increase"),
  ...forms(["soared", "soar", "soars", "soaring"], "increase"),
  ...forms(["gained", "gain", "gains", "gaining"], "increase"),
  ...forms(["advanced", "advance", "advances", "advancing"], "increase"),
  ...forms(["rallied", "rally", "rallies", "rallying"], "increase"),
  ...forms(["expanded", "expand", "expands", "expanding"], "increase"),
  ...forms(["spiked", "spike", "spikes", "rebounded", "rebound", "rebounds", "recovered"], "increase"),
  ...forms(["added", "adds", "boosted", "boost", "raised", "raise", "raises", "raising"], "increase"),
  ...forms(["hiked", "hike", "hikes", "lifted", "lift", "accelerated", "skyrocketed", "doubled"], "increase"),
  ...forms(["lifts", "lifting", "boosts", "boosting"], "increase"),
  // "The cost has blown out by $3.5 billion", "costs ballooned by 40%".
  ...forms(["ballooned", "balloon", "balloons", "ballooning", "blown", "blew"], "increase"),
  ...forms(["up", "higher"], "increase"),
  ...forms(["fell", "fall", "falls", "falling", "fallen"], "decrease"),
  ...forms(["decreased", "decrease", "decreases", "decreasing"], "decrease"),
  ...forms(["declined", "decline", "declines", "declining"], "decrease"),
  ...forms(["dropped", "drop", "drops", "dropping"], "decrease"),
  ...forms(["slid", "slide", "slides", "sliding", "slipped", "slip", "slips"], "decrease"),
  ...forms(["plunged", "plunge", "plunges", "plummeted", "plummet", "tumbled", "tumble", "tumbles"], "decrease"),
  ...forms(["collapsed", "collapse", "collapses", "collapsing"], "decrease"),
  ...forms(["sank", "sink", "sinks", "sinking", "sunk", "slumped", "slump", "slumps", "shed", "sheds"], "decrease"),
  ...forms(["shrank", "shrink", "shrinks", "shrunk", "contracted"], "decrease"),
  ...forms(["dipped", "dip", "dips", "eased", "ease", "eases", "lost", "lose", "loses"], "decrease"),
  ...forms(["cut", "cuts", "cutting", "reduced", "reduce", "reduces", "slashed", "slash", "lowered"], "decrease"),
  ...forms(["retreated", "retreat", "weakened", "narrowed", "down", "lower", "crashed", "halved"], "decrease"),
  ...forms(["tanked", "crash", "crashes", "nosedived", "nosedives", "sagged", "slumps"], "decrease"),
  ...forms(["trimmed", "trims", "pared", "shaved", "sheds", "dived", "dove", "dives"], "decrease"),
  ...forms(["trim", "trimming", "pare", "pares", "paring", "shave", "shaves"], "decrease"),
  // "axe 1,800 jobs", "eliminating about 1,150 jobs": what "cut 1,800 jobs" says.
  ...forms(["axe", "axes", "axed", "axing", "eliminate", "eliminates", "eliminated", "eliminating"], "decrease"),
  // "will retrench 850 workers", "disengages 1,500 staff", "sacked 400 miners": job cuts in South African,
  // Nigerian and British papers' words.
  ...forms(["retrench", "retrenches", "retrenched", "retrenching", "sacked", "sacking"], "decrease"),
  ...forms(["disengage", "disengages", "disengaged", "disengaging"], "decrease"),
  ...forms(["extended", "extend", "extends", "extending"], "increase"),
  ...forms(["narrow", "narrows", "narrowing"], "decrease"),
  ...forms(["widen", "widens", "widening"], "increase"),
  ...forms(["losing", "easing", "dipping", "slipping", "shedding", "tumbling", "plunging"], "decrease"),
  ...forms(["leapt", "leaped", "leaps", "zoomed", "rocketed", "firmed", "widened", "swelled"], "increase"),
  ...forms(["doubles", "doubling", "tripled", "triples", "tripling", "quadrupled", "quadruples"], "increase"),
  ...forms(["strengthened", "strengthens", "appreciated", "appreciates", "quickened", "quickens"], "increase"),
  // "The naira closed at 1,418.50 per dollar, firming 0.6% from a week earlier".
  ...forms(["firming", "strengthening", "appreciating"], "increase"),
  ...forms(["depreciating"], "decrease"),
  ...forms(["accelerates", "accelerating"], "increase"),
  ...forms(["depreciated", "depreciates", "weakens", "weakening", "slowed", "slows", "slowing"], "decrease"),
  ...forms(["moderated", "moderates", "cooled", "cools", "decelerated", "decelerates"], "decrease"),
  ...forms(["warmed", "warms", "heated"], "increase"),
  ...forms(["lengthened", "lengthens", "lengthening", "lengthen"], "increase"),
  // "expected to slow to 3.1%", "will weaken to 1,650 per dollar": the base forms after "to" and modals.
  ...forms(["slow", "decelerate", "weaken", "depreciate", "soften"], "decrease"),
  ...forms(["accelerate", "quicken", "strengthen", "appreciate"], "increase"),
  // "will add 5.6 million tonnes a year of capacity", "could add $10,900 to the cost of a home".
  ...forms(["add", "adding"], "increase"),
  ...forms(["shortened", "shortens", "shortening", "shorten"], "decrease"),
  // "The 10-year bond yield softened 4 basis points to 6.71 per cent".
  ...forms(["softened", "softens", "softening"], "decrease"),
  // "Occupancy improved by 1.5 percentage points to 74 per cent".
  ...forms(["improved", "improve", "improves", "improving"], "increase"),
];

/**
 * Verbs that measure a figure against a target or an estimate before "by": "exceeding the target by 12%",
 * "tailing the when-issued level by 1.2 basis points" (alone they set a bound: "exceeded $3 billion").
 */
export const OVERSHOOT_VERBS: ReadonlyArray<readonly [string, Direction]> = [
  ...forms(["exceeded", "exceed", "exceeds", "exceeding", "beat", "beats", "beating", "topped", "topping"], "increase"),
  ...forms(["surpassed", "surpassing", "outpaced", "outpacing", "outstripped", "overshot", "overshooting"], "increase"),
  ...forms(["missed", "missing", "trailed", "trailing", "tailed", "tailing", "undershot", "lagged", "lagging"], "decrease"),
];

export const CHANGE_ADJECTIVES: ReadonlyArray<readonly [string, Direction]> = [
  ["higher", "increase"], ["more", "increase"], ["up", "increase"], ["above", "increase"],
  ["larger", "increase"], ["bigger", "increase"], ["greater", "increase"],
  ["lower", "decrease"], ["less", "decrease"], ["fewer", "decrease"], ["down", "decrease"],
  ["smaller", "decrease"], ["below", "decrease"], ["cheaper", "decrease"],
  ["stronger", "increase"], ["firmer", "increase"], ["heavier", "increase"],
  ["weaker", "decrease"], ["softer", "decrease"], ["lighter", "decrease"],
];

export const CHANGE_NOUNS: ReadonlyArray<readonly [string, Direction]> = [
  ["increase", "increase"], ["rise", "increase"], ["growth", "increase"], ["jump", "increase"],
  ["gain", "increase"], ["hike", "increase"], ["surge", "increase"], ["rebound", "increase"],
  ["climb", "increase"], ["upturn", "increase"], ["uptick", "increase"], ["expansion", "increase"],
  ["spike", "increase"], ["boost", "increase"], ["appreciation", "increase"], ["raise", "increase"],
  ["decrease", "decrease"], ["decline", "decrease"], ["drop", "decrease"], ["fall", "decrease"],
  ["cut", "decrease"], ["reduction", "decrease"], ["slump", "decrease"], ["contraction", "decrease"],
  ["plunge", "decrease"], ["dip", "decrease"], ["slide", "decrease"], ["downturn", "decrease"],
  ["depreciation", "decrease"], ["loss", "decrease"], ["shrinkage", "decrease"], ["slowdown", "decrease"],
];

/** Words before a figure that make it an addition: "an additional $25 million". */
export const ADDITIVES: readonly string[] = ["additional", "extra", "another", "further", "added"];

/** Words that open the base of a comparison: "compared to the results of the previous year". */
export const BASE_OPENERS: readonly string[] = [
  "compared to", "compared with", "in comparison with", "in comparison to", "as compared to",
  "as compared with", "versus", "vs", "vs.", "against", "from", "over", "than", "on", "relative to",
];

/** Phrases after a change that give its cause, not its base: "grew 3.8% on the back of a good monsoon". */
export const CAUSE_PHRASES: readonly string[] = [
  "on the back of", "on the strength of", "on the heels of", "on the eve of", "on the news", "on news",
  "on hopes", "on fears", "on concerns", "on worries", "on expectations", "on optimism", "on the prospect",
];

/** Whole bases written after a figure: "up 5% year-on-year". */
export const BASE_PHRASES: readonly string[] = [
  "year-on-year", "year on year", "year-over-year", "year over year", "y/y", "yoy", "y-o-y",
  "month-on-month", "month on month", "month-over-month", "m/m", "mom", "quarter-on-quarter",
  "quarter on quarter", "quarter-over-quarter", "q/q", "qoq", "on-year", "on-month", "on the year",
  "on the month", "on the quarter", "on the week", "on the day",
];

function forms(words: readonly string[], direction: Direction): ReadonlyArray<readonly [string, Direction]> {
  return words.map((w) => [w, direction] as const);
}

/**
 * Verbs that "up" completes into a rise, so that "up to" after them is no bound: "inflation edged up to
 * 3.1%", "unemployment picked up to 5%" ("fined up to $5 million" is one).
 */
export const UP_VERBS: readonly string[] = [
  "edge", "edged", "edges", "tick", "ticked", "ticks", "pick", "picked", "picks", "creep", "crept", "creeps",
  "inch", "inched", "inches", "move", "moved", "moves", "go", "went", "goes", "gone", "shoot", "shot", "shoots",
  "revise", "revised", "revises", "ramp", "ramped", "ramps", "step", "stepped", "steps", "firm", "firmed",
  "firms", "bump", "bumped", "bumps", "nudge", "nudged", "nudges", "push", "pushed", "pushes", "drift",
  "drifted", "drifts", "ratchet", "ratcheted", "ratchets", "tilt", "tilted", "tilts",
  // "The credit-deposit ratio came down to 95.5 per cent".
  "came", "comes", "come",
];

/** Adjectives that judge a change's size between the verb and the figure: "grew a healthy 6%". */
export const JUDGED_SIZES: readonly string[] = [
  "modest",
  "marginal",
  "steep",
  "solid",
  "strong",
  "massive",
  "whopping",
  "sharp",
  "slight",
  "hefty",
  "healthy",
  "robust",
  "meagre",
  "meager",
  "paltry",
  "sizeable",
  "sizable",
  "impressive",
  "dramatic",
  "staggering",
  // Compared with another change: "a much sharper 2.1% gain", "a smaller 0.2% rise".
  "sharper",
  "steeper",
  "stronger",
  "weaker",
  "smaller",
  "bigger",
  "larger",
  "milder",
  "softer",
];

/** Labels of a table's column that holds each row's change: "Change", "% chg", "y/y". */
export const CHANGE_COLUMN_LABELS: readonly string[] = [
  "change", "chg", "var", "variance", "variation", "growth", "y/y", "yoy", "+/-",
];
