/**
 * A fault armed for one service operation: what the service does instead of its normal answer.
 * Each service documents which kinds it honours (e.g. `code` forces a result code, `timeout` answers
 * after the client gave up but still commits, `tamper` alters the browser return).
 */
export type Fault = {
  kind: string
  /** Kind-specific value, e.g. the result code to force or the delay in ms. */
  value?: string | number
  /** How many calls it affects; unset means every call until cleared. */
  times?: number
}

type ArmedFault = Fault & { service: string; operation: string }

export class FaultSwitches {
  private armed: ArmedFault[] = []

  arm(service: string, operation: string, fault: Fault): void {
    this.armed.push({ ...fault, service, operation })
  }

  /** Returns the fault for this call, if any, and uses up one of its `times`. */
  take(service: string, operation: string): Fault | undefined {
    const index = this.armed.findIndex((f) => f.service === service && f.operation === operation)
    if (index < 0) {
      return undefined
    }
    const fault = this.armed[index]
    if (fault.times !== undefined) {
      fault.times -= 1
      if (fault.times <= 0) {
        this.armed.splice(index, 1)
      }
    }
    return { kind: fault.kind, value: fault.value }
  }

  list(): ArmedFault[] {
    return [...this.armed]
  }

  clear(): void {
    this.armed = []
  }
}
