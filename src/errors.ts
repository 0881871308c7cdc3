// The one error class of the tool: every refusal of an input carries a stable code, a one-line message and an exit code.

/** Stable error codes, documented in the README. */
export type MinutesErrorCode =
  | "E_USAGE"
  | "E_IO"
  | "E_EMPTY"
  | "E_BINARY"
  | "E_ENCODING"
  | "E_PDF_CORRUPT"
  | "E_PDF_ENCRYPTED"
  | "E_PDF_NO_TEXT"
  | "E_PDF_UNREADABLE_TEXT"
  | "E_DOCX_CORRUPT"
  | "E_TOO_LARGE"
  | "E_NOT_MINUTES"
  | "E_INVALID_DOCUMENT"
  | "E_SQLITE_UNAVAILABLE"
  | "E_OCR_UNAVAILABLE"
  | "E_TIMEOUT"
  | "E_OUT_OF_MEMORY"
  | "E_INVALID_OUTPUT"
  | "E_INTERNAL";

/** Exit code of the CLI for each error code. */
export const EXIT_CODES: Record<MinutesErrorCode, number> = {
  E_USAGE: 2,
  E_IO: 66,
  E_EMPTY: 65,
  E_BINARY: 65,
  E_ENCODING: 65,
  E_PDF_CORRUPT: 65,
  E_PDF_ENCRYPTED: 65,
  E_PDF_NO_TEXT: 65,
  E_PDF_UNREADABLE_TEXT: 65,
  E_DOCX_CORRUPT: 65,
  E_TOO_LARGE: 65,
  E_NOT_MINUTES: 65,
  E_INVALID_DOCUMENT: 65,
  E_SQLITE_UNAVAILABLE: 69,
  E_OCR_UNAVAILABLE: 69,
  E_TIMEOUT: 75,
  E_OUT_OF_MEMORY: 75,
  E_INVALID_OUTPUT: 70,
  E_INTERNAL: 70,
};

export class MinutesError extends Error {
  readonly code: MinutesErrorCode;
  readonly details: unknown;

  constructor(code: MinutesErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "MinutesError";
    this.code = code;
    this.details = options.details;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

export function isMinutesError(error: unknown): error is MinutesError {
  return error instanceof MinutesError;
}
