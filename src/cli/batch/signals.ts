// Interrupts: the first SIGINT/SIGTERM (or a closed stdout pipe) asks the batch to stop cleanly; a second one removes temporary files and exits at once.
import { rmSync } from "node:fs";

export interface Interrupts {
  signal: AbortSignal;
  /** "SIGINT", "SIGTERM" or "EPIPE" once stopped, else null. */
  reason(): string | null;
  /** 130 for SIGINT, 143 for SIGTERM, 141 for a closed pipe. */
  exitCode(): number;
  dispose(): void;
}

const CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, EPIPE: 141 };

/** Watch for interrupts. `temps` holds the temporary files in flight, removed on a forced exit. */
export function watchInterrupts(temps: Set<string>, stdout: NodeJS.WriteStream = process.stdout): Interrupts {
  const controller = new AbortController();
  let why: string | null = null;
  const stop = (reason: string): void => {
    if (why === null) {
      why = reason;
      controller.abort(reason);
      return;
    }
    if (reason === "EPIPE") return;
    // asked twice: do not wait for the workers
    for (const temp of temps) rmSync(temp, { force: true });
    process.exit(CODES[reason] ?? 130);
  };
  const onInt = (): void => stop("SIGINT");
  const onTerm = (): void => stop("SIGTERM");
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === "EPIPE") stop("EPIPE");
    else throw error;
  };
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  stdout.on("error", onStdoutError);
  return {
    signal: controller.signal,
    reason: () => why,
    exitCode: () => CODES[why ?? "SIGINT"] ?? 130,
    dispose: () => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      stdout.off("error", onStdoutError);
    },
  };
}
