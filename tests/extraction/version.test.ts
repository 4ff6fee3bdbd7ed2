import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRACTION_VERSION } from "../../functions/extraction/version.ts";

const EXTRACTION = join(import.meta.dirname, "../../functions/extraction");

/** The data extract() reads: the NER model and the word lists of entities and figures. */
const DATA_DIRS = ["entities/model", "entities/lexicon", "figures/data"];

/**
 * The fingerprint of that data for each EXTRACTION_VERSION that shipped. Changing the model or a word
 * list changes results, so it needs a new version (stored articles are extracted again on backfill):
 * bump EXTRACTION_VERSION and add its line here; never edit a line that shipped.
 */
const DATA_FINGERPRINTS: Readonly<Record<string, string>> = {
  "1": "875f33fb7744c477",
  "2": "dac71e47d1d68fef",
  "3": "36f0d7b6040565e4",
  "4": "55b6d634b83182d2",
  "5": "270fd10d08d39e2c",
  "6": "f1b2ae3293b0b88c",
  "7": "84b30e22914f2ac2",
  "8": "35aa8433e042d260",
  "9": "ed152aad94ba8bbb",
  "10": "627f62781cb7133b",
  "11": "749018166f3bc493",
  "12": "024d1d61fc2dc6b8",
  "13": "4e7451afb7d0a8e8",
  "14": "03137563de2efb4e",
  "15": "3246f0cdc3b51ca1",
  "16": "937cc5a8d04a290c",
  "17": "21ecd89ab13156b4",
  "18": "4a0713b1eda02c93",
  "19": "793f4e95ea3e080b",
  "20": "62e1fe54801f733e",
  "21": "a409d917c45588a1",
  "22": "05b206128709c688",
  "23": "4ee9c74f720e1014",
  "24": "d74d78e1617ffa29",
  "25": "39d0608bb24093e7",
  "26": "7f21d43a80063637",
  "27": "0894592ee65a5071",
  "28": "416713abe00a7d6f",
  "29": "beb4f82a362d4939",
  "30": "904ac4532769d08d",
  "31": "e377b8a772ff0353",
  "32": "50a30e02603b9e17",
  "33": "e9b6b114c7ffc432",
  "34": "6f2d949b779b8588",
  "35": "a7ed7d1a401521ec",
  "36": "e0733ab30aab7581",
  "37": "fdfe7e96babe22be",
  "38": "0b861ef9021a0429",
  "39": "82e07a67ea7374a8",
  "40": "869a7ce7403227cb",
  "41": "5b71de53e3e4ed97",
  "42": "6b73cc2096fa4444",
  "43": "eb9dd0c471d4b128",
  "44": "78609c9fe942aec8",
  "45": "b96dd3fddd45a221",
  "46": "a6ecf25cdd26533e",
  "47": "751c9745cb7d8c7f",
  "48": "b77af874c98d2d35",
  "49": "4d666a2cfc70cde9",
  "50": "cd86ddc16ba29459",
  "51": "3b19a63c91f3d124",
  "52": "0832835778b4a655",
  "53": "9be5e5fd01a45718",
  "54": "b7486c682dff326a",
  "55": "b7f0c8875c4c7676",
  "56": "2755838c636663eb",
  "57": "f57edb442a4c6beb",
  "58": "881eb548f487b255",
  "59": "11e9198f801ba0f8",
  "60": "c6dac1a5cfe4e903",
  "61": "722b5969da7832b1",
  "62": "275233418d74da02",
  "63": "14e749dcb75f6f85",
  "64": "7631ab1182911e56",
  "65": "d017c42995b57bf6",
  "66": "61d0d57515189c6a",
  "67": "402c358d75747d03",
  "68": "b7976a700957f4db",
  "69": "faf249e91cd97af2",
  "70": "a04a01eafa45a553",
  "71": "20fd7824649c931d",
  "72": "45ede8fe614ce19c",
  "73": "70c42ac4889f47b4",
  "74": "6170b83f4848bfd4",
  "75": "111bb963148f2485",
  "76": "5df9b915ebad3cfb",
  "77": "7d4ee9d35857017c",
  "78": "8402c80300209509",
  "79": "534407bf6697aa0e",
  "80": "f74feb9c0af8bf23",
  "81": "2cc934f9d9088a15",
};

function dataFingerprint(): string {
  const hash = createHash("sha256");
  for (const dir of DATA_DIRS) {
    for (const name of readdirSync(join(EXTRACTION, dir)).sort()) {
      hash.update(`${dir}/${name}\n`);
      hash.update(readFileSync(join(EXTRACTION, dir, name)));
    }
  }
  return hash.digest("hex").slice(0, 16);
}

describe("EXTRACTION_VERSION", () => {
  it("names the extraction data it shipped with: a changed model or word list needs a new version", () => {
    expect(dataFingerprint(), "bump EXTRACTION_VERSION and record its fingerprint").toBe(
      DATA_FINGERPRINTS[EXTRACTION_VERSION],
    );
  });

  it("was never reused for other data", () => {
    const fingerprints = Object.values(DATA_FINGERPRINTS);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });
});
