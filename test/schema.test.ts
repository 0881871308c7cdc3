// The schema: a valid 2020-12 schema with an $id, every object closed, and the TypeScript types generated from it up to date.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDocument } from "../src/validate.js";

const ROOT = new URL("../", import.meta.url).pathname;
const schema = JSON.parse(readFileSync(`${ROOT}schemas/minutes.schema.json`, "utf8"));

function objects(node: unknown, path = "#", out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) node.forEach((child, i) => objects(child, `${path}/${i}`, out));
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "object") out.push([path, record]);
    for (const [key, value] of Object.entries(record)) objects(value, `${path}/${key}`, out);
  }
  return out;
}

describe("schemas/minutes.schema.json", () => {
  it("is draft 2020-12 with an $id", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it("closes every object, and requires every property (a field is never missing)", () => {
    const found = objects(schema);
    expect(found.length).toBeGreaterThan(15);
    for (const [path, object] of found) {
      expect(object.additionalProperties, path).toBe(false);
      expect([...((object.required as string[]) ?? [])].sort(), path).toEqual(Object.keys(object.properties as object).sort());
    }
  });

  it("has TypeScript types generated from it and up to date (npm run gen:types)", () => {
    expect(() => execFileSync(process.execPath, [`${ROOT}scripts/gen-types.mjs`, "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("rejects documents that break it", () => {
    expect(validateDocument({}).valid).toBe(false);
    const result = validateDocument({ schema_version: "1.0.0", document_type: "memo" });
    expect(result.errors.join("\n")).toMatch(/document_type must be equal to one of the allowed values/);
  });
});
