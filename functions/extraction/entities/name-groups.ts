import type { Candidate } from "./refine.ts";
import type { EntityType } from "./types.ts";

/** The candidates of one article that name one entity, with the votes for its type. */
export interface Group {
  key: string;
  votes: Map<EntityType, number>;
  members: Candidate[];
}

/** The type with the most votes (the first member's type when none voted). */
export function typeOf(group: Group): EntityType {
  let best: EntityType = group.members[0]?.type ?? "MISC";
  let bestVotes = 0;
  for (const [type, votes] of group.votes) {
    if (votes > bestVotes) {
      best = type;
      bestVotes = votes;
    }
  }
  return best;
}

/** Gives `type` more votes than all the group's votes together, so it wins whatever was voted. */
export function outvote(group: Group, type: EntityType): void {
  let total = 0;
  for (const votes of group.votes.values()) total += votes;
  group.votes.set(type, total + 1);
}

export function longestWords(group: Group): number {
  let most = 0;
  for (const member of group.members) most = Math.max(most, member.words.length);
  return most;
}

/** Where the article first names the group's entity (no mention: never). */
export function firstStart(group: Group): number {
  let first = Number.POSITIVE_INFINITY;
  for (const member of group.members) first = Math.min(first, member.start);
  return first;
}

/** Moves every member of `from` into `to` (retyped to `type` if given) and drops `from`. */
export function moveInto(from: Group, to: Group, groups: Map<string, Group>, type?: EntityType): void {
  for (const member of from.members) to.members.push(type ? { ...member, type } : member);
  for (const [votedType, votes] of from.votes) {
    const target = type ?? votedType;
    to.votes.set(target, (to.votes.get(target) ?? 0) + votes);
  }
  groups.delete(from.key);
}
