/**
 * National payment systems, card schemes and instant-payment rails: products (MISC), not the bodies that
 * run them, which a tagger reads as organizations ("UPI transactions rose", "QRIS payments"). Names that
 * are also ordinary words ("Swish") are left out. Data only: gazetteer.ts builds the look-up.
 */
export const PAYMENT_SYSTEM_NAMES: readonly string[] = [
  // India
  "UPI",
  "Unified Payments Interface",
  "IMPS",
  "Immediate Payment Service",
  "NEFT",
  "National Electronic Funds Transfer",
  "RTGS",
  "FASTag",
  "BHIM",
  "RuPay",
  // South-east Asia
  "QRIS",
  "BI-FAST",
  "InstaPay",
  "PESONet",
  "DuitNow",
  "PayNow",
  "PromptPay",
  // Americas
  "Pix",
  "FedNow",
  // Africa and the Middle East
  "PayShap",
  "Lipa na M-Pesa",
  "NIBSS Instant Payment",
  "Raast",
  // Europe
  "Bizum",
  "Faster Payments",
];
