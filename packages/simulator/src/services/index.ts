import type { SimulatedService } from "../core/context"
import { kavenegar } from "./kavenegar"
import { smsir } from "./smsir"
import { smsOutboxService } from "./sms-outbox"
import { mellat } from "./mellat"
import { parsian } from "./parsian"
import { zarinpal } from "./zarinpal"

/** Every simulated gateway and SMS service. Each lives in its own file in this folder. */
export const services: SimulatedService[] = [
  kavenegar,
  smsir,
  smsOutboxService,
  zarinpal,
  mellat,
  parsian,
]
