import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { eventJsonSchemas } from "./event-json-schemas.ts";

// Writes docs/schemas/*.schema.json from the zod schemas (a test fails when they are out of date).
const dir = resolve(import.meta.dirname, "../docs/schemas");
for (const [name, schema] of Object.entries(eventJsonSchemas())) {
  await writeFile(resolve(dir, name), `${JSON.stringify(schema, null, 2)}\n`);
}
