// Generates src/types/minutes.ts from schemas/minutes.schema.json, so the TypeScript types cannot drift from the schema.
// `node scripts/gen-types.mjs --check` exits 1 when the committed file is stale (run by the test suite).
import { readFile, writeFile } from "node:fs/promises";
import { compile } from "json-schema-to-typescript";

const schemaPath = new URL("../schemas/minutes.schema.json", import.meta.url);
const outPath = new URL("../src/types/minutes.ts", import.meta.url);

export async function generate() {
  const schema = JSON.parse(await readFile(schemaPath, "utf8"));
  return compile(schema, "MinutesDocument", {
    bannerComment:
      "// Types of the minutes JSON, generated from schemas/minutes.schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen:types`.",
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: false },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generate();
  if (process.argv.includes("--check")) {
    const current = await readFile(outPath, "utf8").catch(() => "");
    if (current !== text) {
      console.error("src/types/minutes.ts is stale: run npm run gen:types");
      process.exit(1);
    }
  } else {
    await writeFile(outPath, text);
  }
}
