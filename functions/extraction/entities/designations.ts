/**
 * A name that ends in a hyphen and a serial number is a craft's, a model's or a mission's designation
 * ("EIRSAT-1", "NigComSat-2R", "PRSS-2"): a thing made (MISC), not a place or a person the tagger took it
 * for.
 */
import { PLACES_AND_NAMES } from "./gazetteer.ts";
import { type Group, outvote, typeOf } from "./name-groups.ts";

/**
 * A serial number glued by a hyphen to a name of three letters or more, at its end: "-1", "-2R", "-3a"
 * (not a road's or a constituency's short code: "N-5", "BR-040", "NA-129").
 */
const SERIAL_END = /\p{L}{3,}-\d{1,3}[A-Za-z]?$/u;

/** Retypes place and person groups whose every name ends in a serial number as MISC. */
export function retypeDesignations(groups: Iterable<Group>): void {
  for (const group of groups) {
    const type = typeOf(group);
    if (type !== "LOCATION" && type !== "PERSON") continue;
    const serial = group.members.every((m) => {
      const name = m.words.join(" ").replace(/ - /g, "-").replace(/ -/g, "-");
      return SERIAL_END.test(name) && PLACES_AND_NAMES.match(m.words, 0, "exact")?.end !== m.words.length;
    });
    if (group.members.length === 0 || !serial) continue;
    outvote(group, "MISC");
  }
}
