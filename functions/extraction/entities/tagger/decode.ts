import { TAGS } from "./types.ts";

const T = TAGS.length;

/**
 * allowed[(prev + 1) * T + cur]: whether tag `cur` may follow tag `prev` (prev -1 = sentence start)
 * in BIO2: I-X only continues B-X or I-X.
 */
export const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array((T + 1) * T);
  for (let prev = -1; prev < T; prev++) {
    for (let cur = 0; cur < T; cur++) {
      const inside = cur > 0 && cur % 2 === 0;
      const ok = !inside || prev === cur || prev === cur - 1;
      allowed[(prev + 1) * T + cur] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/**
 * Best BIO-valid tag sequence (first-order Viterbi). `emissions` is n x T, `transitions` (T + 1) x T with
 * row 0 for the sentence start. Returns tag indices. O(n T^2).
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, n: number): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  forward(emissions, transitions, n, score, back);
  return backtrack(score, back, n, path);
}

/** viterbi() and margins() of the same emissions, with one forward pass for both. */
export function viterbiScored(
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  n: number,
): { path: Int32Array; margins: Float64Array } {
  const path = new Int32Array(n);
  if (n === 0) return { path, margins: new Float64Array(0) };
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  forward(emissions, transitions, n, score, back);
  backtrack(score, back, n, path);
  return { path, margins: marginsFrom(score, emissions, transitions, n, path) };
}

function backtrack(score: Float64Array, back: Int32Array, n: number, path: Int32Array): Int32Array {
  let best = 0;
  for (let t = 1; t < T; t++) if ((score[(n - 1) * T + t] ?? 0) > (score[(n - 1) * T + best] ?? 0)) best = t;
  for (let i = n - 1; i >= 0; i--) {
    path[i] = best;
    best = back[i * T + best] ?? 0;
  }
  return path;
}

/** Forward max-product pass; fills score (best prefix score ending in each tag) and back pointers. */
function forward(
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  n: number,
  score: Float64Array,
  back: Int32Array,
): void {
  for (let t = 0; t < T; t++) {
    score[t] = ALLOWED[t] ? (emissions[t] ?? 0) + (transitions[t] ?? 0) : Number.NEGATIVE_INFINITY;
  }
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED[(p + 1) * T + t]) continue;
        const s = (score[(i - 1) * T + p] ?? 0) + (transitions[(p + 1) * T + t] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + (emissions[i * T + t] ?? 0);
      back[i * T + t] = arg;
    }
  }
}

/**
 * Per token, the max-marginal of `path[i]` minus the best max-marginal of any other tag: how much the
 * best whole-sentence score would drop if that token had to take another tag.
 */
export function margins(
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  n: number,
  path: Int32Array,
): Float64Array {
  if (n === 0) return new Float64Array(0);
  const alpha = new Float64Array(n * T);
  forward(emissions, transitions, n, alpha, new Int32Array(n * T));
  return marginsFrom(alpha, emissions, transitions, n, path);
}

/** margins() from the forward scores `alpha` of the same emissions. */
function marginsFrom(
  alpha: Float64Array,
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  n: number,
  path: Int32Array,
): Float64Array {
  const out = new Float64Array(n);
  const beta = new Float64Array(n * T);
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < T; c++) {
        if (!ALLOWED[(t + 1) * T + c]) continue;
        const s =
          (transitions[(t + 1) * T + c] ?? 0) +
          (emissions[(i + 1) * T + c] ?? 0) +
          (beta[(i + 1) * T + c] ?? 0);
        if (s > best) best = s;
      }
      beta[i * T + t] = best;
    }
  }
  for (let i = 0; i < n; i++) {
    const chosen = path[i] ?? 0;
    const mine = (alpha[i * T + chosen] ?? 0) + (beta[i * T + chosen] ?? 0);
    let other = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < T; t++) {
      if (t === chosen) continue;
      const s = (alpha[i * T + t] ?? 0) + (beta[i * T + t] ?? 0);
      if (s > other) other = s;
    }
    out[i] = Number.isFinite(other) ? mine - other : Number.POSITIVE_INFINITY;
  }
  return out;
}
