// The library: parseMinutes and its types, for use from code.
export { parseMinutes, parseMinutesText, buildDocument, SCHEMA_VERSION, type ParseOptions } from "./document.js";
export { MinutesError, isMinutesError, EXIT_CODES, type MinutesErrorCode } from "./errors.js";
export { ingest, type IngestOptions } from "./ingest/index.js";
export type { SourceText, SourceLine, InputFormat } from "./ingest/source-text.js";
export { parseLines, createProcessor } from "./parse/index.js";
export { recognize } from "./recognize/index.js";
export { validateDocument, minutesSchema } from "./validate.js";
export type * from "./types/minutes.js";
