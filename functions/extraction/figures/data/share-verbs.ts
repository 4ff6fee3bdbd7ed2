/**
 * Present-tense verbs that end the noun phrase of a share: "41% of third-graders read at grade level",
 * "a third of households lack internet access", "20% of its revenue comes from China" (a past tense in
 * -ed ends it anyway, and so do IRREGULAR_PAST_TENSES: "two in five graduates left the region"). Forms
 * that are also common plural nouns ("votes", "needs", "accounts") are left out: "52% of the votes cast".
 */
export const SHARE_VERBS: readonly string[] = [
  // after a plural noun
  "say", "believe", "think", "expect", "support", "back", "oppose", "favor", "favour", "prefer",
  "want", "plan", "live", "lack", "own", "use", "read", "earn", "rely", "depend", "receive", "pay",
  "face", "need", "feel", "agree", "disagree", "approve", "disapprove", "struggle", "consider", "fear",
  "worry", "identify", "attend", "speak", "fail", "trust", "come", "go", "get",
  // after a singular noun
  "says", "believes", "thinks", "expects", "comes", "goes", "relies", "depends", "receives", "agrees",
  "considers", "identifies", "speaks", "carries", "prefers", "favors", "favours", "opposes", "wants",
  "lacks", "owns", "earns", "passes", "gets",
];

/**
 * Irregular past tenses: they end a share's noun phrase too ("two in five graduates left the region"), and
 * make a subordinate clause a clause with its own period ("a saga that began when ...").
 */
export const IRREGULAR_PAST_TENSES: readonly string[] = [
  "left", "went", "took", "got", "said", "made", "came", "became", "saw", "felt", "fell", "rose",
  "grew", "kept", "lost", "spent", "paid", "won", "gave", "found", "thought", "told", "knew", "chose",
  "ran", "bought", "sold", "sent", "quit", "began", "drove", "fled", "slept", "ate", "wrote", "struck",
  "drew", "caught", "brought", "built", "sought", "threw", "stood", "held", "shrank", "swung", "slid",
  "sank", "froze", "meant",
];

/** Of those, the ones never a participle: a main verb, not a phrase about a noun ("A 3% levy took effect"). */
export const PAST_TENSES_ONLY: readonly string[] = [
  "went", "took", "came", "became", "saw", "fell", "rose", "grew", "gave", "knew", "chose", "ran", "began",
  "drove", "ate", "wrote", "drew", "threw", "shrank", "sank", "froze",
];
