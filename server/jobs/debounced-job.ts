// A background job that runs a moment after the last call to `schedule()` and never twice at once:
// calls while a run is in progress make exactly one more run after it. The stored layout job
// (server/layout/) and the first view's warm-up (server/warmup/) are both this.
export abstract class DebouncedJob<Report> {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<Report | null> | null = null;
  private again = false;
  protected stopped = false;
  /** Runs that gave a report, and the last one's. */
  runs = 0;
  last: Report | null = null;

  constructor(private readonly debounceMs: number) {}

  /** One run, or null when it failed (the subclass logs why) or the job stopped. */
  protected abstract runOnce(): Promise<Report | null>;

  /** Something changed: run soon. Never throws, never waits. */
  schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.again = true;
      else void this.start();
    }, this.debounceMs);
    this.timer.unref();
  }

  /** One run now (after the one in progress, if any); null once stopped. */
  async run(): Promise<Report | null> {
    while (this.running) await this.running;
    return this.start();
  }

  /** A change is waiting for its debounce to pass. */
  get pending(): boolean {
    return this.timer !== null;
  }

  /** Resolves when no run is pending or in progress. */
  async idle(): Promise<void> {
    while (this.timer || this.running) await (this.running ?? new Promise((resolve) => setTimeout(resolve, 20)));
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private start(): Promise<Report | null> {
    const running = (this.stopped ? Promise.resolve(null) : this.runOnce())
      .then((report) => {
        if (report !== null) {
          this.runs++;
          this.last = report;
        }
        return report;
      })
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          void this.start();
        }
      });
    this.running = running;
    return running;
  }
}
