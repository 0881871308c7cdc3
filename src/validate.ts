// Validation against schemas/minutes.schema.json, by the validator ajv precompiled from it (scripts/gen-types.mjs):
// no schema compilation at start-up.
import { readFileSync } from "node:fs";
import type { ErrorObject } from "ajv";
import { validate } from "../schemas/minutes.validate.mjs";

const SCHEMA_URL = new URL("../schemas/minutes.schema.json", import.meta.url);

let schema: object | null = null;

/** The JSON Schema, as published. */
export function minutesSchema(): object {
  schema ??= JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
  return schema;
}

export interface ValidationResult {
  valid: boolean;
  errors: string[];
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || "/"} ${error.message ?? "is invalid"}`;
}

/** Check any value against the schema. */
export function validateDocument(value: unknown): ValidationResult {
  const valid = validate(value);
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}
