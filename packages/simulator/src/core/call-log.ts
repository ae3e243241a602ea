export type LoggedCall = {
  seq: number
  service: string
  operation: string
  request: unknown
  response: unknown
  at: number
}

/** Every call the platform made to a simulated service, for tests to assert on. */
export class CallLog {
  private calls: LoggedCall[] = []
  private seq = 0

  record(call: Omit<LoggedCall, "seq">): LoggedCall {
    const entry = { ...call, seq: ++this.seq }
    this.calls.push(entry)
    return entry
  }

  list(filter: { service?: string; operation?: string } = {}): LoggedCall[] {
    return this.calls.filter(
      (call) =>
        (!filter.service || call.service === filter.service) &&
        (!filter.operation || call.operation === filter.operation)
    )
  }

  clear(): void {
    this.calls = []
  }
}
