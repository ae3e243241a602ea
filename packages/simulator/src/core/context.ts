import type { CallLog } from "./call-log"
import type { Clock } from "./clock"
import type { FaultSwitches } from "./faults"
import type { Router } from "./http"

/** What every simulated service gets: where to mount its routes and the shared test controls. */
export type SimulatorContext = {
  router: Router
  clock: Clock
  calls: CallLog
  faults: FaultSwitches
  /** The simulator's own base URL, for pay pages and redirects. */
  baseUrl: () => string
}

export type SimulatedService = {
  name: string
  register: (context: SimulatorContext) => void
  /** Forgets every payment, token and message (called by POST /__sim/reset). */
  reset?: () => void
}
