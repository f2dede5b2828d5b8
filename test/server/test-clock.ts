/** A clock the test moves, so lifetimes are tested without waiting. */
export class TestClock {
  private ms: number;
  constructor(start = '2026-03-02T08:00:00.000Z') {
    this.ms = Date.parse(start);
  }
  now = (): Date => new Date(this.ms);
  advance(ms: number): void {
    this.ms += ms;
  }
}
