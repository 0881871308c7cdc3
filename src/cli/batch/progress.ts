// Progress on stderr: a redrawn bar on a terminal, a plain line every few seconds otherwise, nothing with --quiet.
export interface ProgressState {
  done: number;
  total: number;
  failed: number;
  elapsedMs: number;
}

/** "1.2 s", "3 min 05 s", "1 h 02 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "?";
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")} min`;
}

/** Files per second and the time left, from the pace so far. */
export function pace(state: ProgressState): { rate: number; etaMs: number } {
  const rate = state.elapsedMs > 0 ? (state.done * 1000) / state.elapsedMs : 0;
  const etaMs = rate > 0 ? ((state.total - state.done) / rate) * 1000 : Number.NaN;
  return { rate, etaMs };
}

/** "  412/2000 files, 3 failed, 38.2/s, ETA 41.6 s" — the words shared by the bar and the plain line. */
function figures(state: ProgressState): string {
  const { rate, etaMs } = pace(state);
  const eta = state.done >= state.total ? "done" : `ETA ${formatDuration(etaMs)}`;
  return `${state.done}/${state.total} files, ${state.failed} failed, ${rate.toFixed(1)}/s, ${eta}`;
}

/** The terminal line: `[#########.........]  45%  412/2000 files, …`, cut to the terminal's width. */
export function formatBar(state: ProgressState, columns: number): string {
  const ratio = state.total > 0 ? Math.min(1, state.done / state.total) : 1;
  const width = Math.max(10, Math.min(30, columns - 70));
  const filled = Math.round(ratio * width);
  const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}%  ${figures(state)}`;
  return line.slice(0, Math.max(0, columns - 1));
}

/** The line for logs: `minutes: 412/2000 files, 3 failed, 38.2/s, ETA 41.6 s`. */
export function formatPlain(state: ProgressState): string {
  return `minutes: ${figures(state)}`;
}

export interface ProgressOptions {
  write: (text: string) => void;
  mode: "bar" | "plain" | "none";
  columns: number;
  /** Least time between plain lines. */
  plainEveryMs?: number;
  /** Least time between redraws of the bar. */
  barEveryMs?: number;
  now?: () => number;
}

/** Draws progress; other messages go through `message` so that they do not tangle with the bar. */
export class Progress {
  private state: ProgressState = { done: 0, total: 0, failed: 0, elapsedMs: 0 };
  private readonly start: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private shown = false;
  private readonly timer: NodeJS.Timeout | null;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
    this.lastDraw = options.mode === "plain" ? this.start : this.lastDraw; // the first plain line after a full interval
    const every = options.mode === "plain" ? (options.plainEveryMs ?? 5000) : (options.barEveryMs ?? 100);
    // a timer too, so that a long file still moves the clock and the ETA
    this.timer = options.mode === "none" ? null : setInterval(() => this.draw(false), every);
    this.timer?.unref();
  }

  update(done: number, total: number, failed: number): void {
    this.state = { done, total, failed, elapsedMs: this.now() - this.start };
    this.draw(false);
  }

  /** Print a line of its own (a warning, a failure) above the bar. */
  message(line: string): void {
    if (this.shown) this.options.write("\r\x1b[K");
    this.options.write(`${line}\n`);
    this.shown = false;
    if (this.options.mode === "bar") this.draw(true);
  }

  /** Remove the bar (before the summary); no more drawing. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.shown) this.options.write("\r\x1b[K");
    this.shown = false;
  }

  private draw(force: boolean): void {
    const { mode } = this.options;
    if (mode === "none") return;
    const now = this.now();
    const every = mode === "plain" ? (this.options.plainEveryMs ?? 5000) : (this.options.barEveryMs ?? 100);
    if (!force && now - this.lastDraw < every) return;
    this.lastDraw = now;
    const state = { ...this.state, elapsedMs: now - this.start };
    if (mode === "plain") this.options.write(`${formatPlain(state)}\n`);
    else {
      this.options.write(`\r${formatBar(state, this.options.columns)}\x1b[K`);
      this.shown = true;
    }
  }
}
