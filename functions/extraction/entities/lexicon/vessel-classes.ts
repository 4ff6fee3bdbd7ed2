/**
 * Size classes of ships, products of the shipyards (MISC): "about 40 VLCCs", "three older LR1 vessels",
 * "nine Handymaxes", "Suezmax rates". Each plural is its singular's mention. Data only: gazetteer.ts builds
 * the look-up. ("MR" and "Medium Range" are left out: initials and words of much else.)
 */
export const VESSEL_CLASSES: ReadonlyArray<readonly [string, string]> = [
  ["VLCC", "VLCCs"],
  ["ULCC", "ULCCs"],
  ["Suezmax", "Suezmaxes"],
  ["Aframax", "Aframaxes"],
  ["Panamax", "Panamaxes"],
  ["Neopanamax", "Neopanamaxes"],
  ["Capesize", "Capesizes"],
  ["Newcastlemax", "Newcastlemaxes"],
  ["Kamsarmax", "Kamsarmaxes"],
  ["Ultramax", "Ultramaxes"],
  ["Supramax", "Supramaxes"],
  ["Handymax", "Handymaxes"],
  ["Handysize", "Handysizes"],
  ["LR1", "LR1s"],
  ["LR2", "LR2s"],
  ["LR3", "LR3s"],
];
