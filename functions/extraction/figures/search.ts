/** The first index whose key is >= `value` in an array sorted by that key (binary search). */
export function firstAtOrAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
