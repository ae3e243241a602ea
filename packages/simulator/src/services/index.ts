import type { SimulatedService } from "../core/context"

/** Every simulated gateway and SMS service. Each lives in its own file in this folder. */
export const services: SimulatedService[] = []
