// Validation against schemas/minutes.schema.json with ajv; the compiled validator is built once, on first use.
import { readFileSync } from "node:fs";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import type { MinutesDocument } from "./types/minutes.js";

const SCHEMA_URL = new URL("../schemas/minutes.schema.json", import.meta.url);

let schema: object | null = null;
let validator: ValidateFunction<MinutesDocument> | null = null;

/** The JSON Schema, as published. */
export function minutesSchema(): object {
  schema ??= JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as object;
  return schema;
}

function compiled(): ValidateFunction<MinutesDocument> {
  validator ??= new Ajv2020({ allErrors: true, strict: true }).compile<MinutesDocument>(minutesSchema());
  return validator;
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
  const validate = compiled();
  const valid = validate(value);
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}
