import { expect } from "vitest";

/** Below this, a run is too short for its ratio to mean anything, and fast enough not to matter. */
const NOISE_FLOOR_MS = 300;
/** Four times the input may take at most this many times as long: linear gives about 4, quadratic 16. */
const MAX_RATIO = 8;
/** A bound no linear run comes near even on a loaded machine: catches a hang when the quarter is slow too. */
const HANG_MS = 60_000;

/**
 * Asserts that `run` takes linear time on inputs like `make(size)`, as a ratio (the full size against a
 * quarter of it, best of two runs each, run back to back, measured again once if the ratio is off)
 * rather than a wall-clock bound, so that a loaded or slow machine does not fail it and a quadratic step does.
 */
export function expectLinear(
  make: (size: number) => string,
  size: number,
  run: (text: string) => void,
): void {
  let [quarter, full] = measure(make, size, run);
  expect(full, "a hang").toBeLessThan(HANG_MS);
  // A collection or another process can stall both full runs on a busy machine: measure once more
  // before calling it superlinear (a quadratic step fails both times).
  if (full >= NOISE_FLOOR_MS && full / Math.max(quarter, 1) >= MAX_RATIO)
    [quarter, full] = measure(make, size, run);
  if (full < NOISE_FLOOR_MS) return;
  expect(
    full / Math.max(quarter, 1),
    `${full.toFixed(0)} ms against ${quarter.toFixed(0)} ms for a quarter`,
  ).toBeLessThan(MAX_RATIO);
}

/** The best of two runs on a quarter of the size, then the best of two on the whole. */
function measure(
  make: (size: number) => string,
  size: number,
  run: (text: string) => void,
): [number, number] {
  const best = (text: string) => Math.min(timed(text, run), timed(text, run));
  const quarter = best(make(Math.floor(size / 4)));
  return [quarter, best(make(size))];
}

function timed(text: string, run: (text: string) => void): number {
  const started = performance.now();
  run(text);
  return performance.now() - started;
}
