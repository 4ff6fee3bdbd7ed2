import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");

/** A fixture file's text, by path under tests/fixtures. */
export function fixtureText(path: string): string {
  return readFileSync(resolve(FIXTURES, path), "utf8");
}

export function fixtureBytes(path: string): Buffer {
  return readFileSync(resolve(FIXTURES, path));
}

/** A JSON fixture, e.g. `events/s3/object-created-put.json`. */
export function fixtureJson<T = unknown>(path: string): T {
  return JSON.parse(fixtureText(path)) as T;
}
