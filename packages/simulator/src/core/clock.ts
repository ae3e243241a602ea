/**
 * The simulator's time. Gateways expire tokens and auto-reverse unsettled payments against this
 * clock, so tests move it forward instead of waiting twenty minutes.
 */
export class Clock {
  private offsetMs = 0

  now(): number {
    return Date.now() + this.offsetMs
  }

  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new Error("the clock only moves forward by a finite number of milliseconds")
    }
    this.offsetMs += ms
    return this.now()
  }

  reset(): void {
    this.offsetMs = 0
  }
}
