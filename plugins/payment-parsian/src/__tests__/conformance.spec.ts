import { startSimulator, type Simulator } from "@asoud/simulator"
import { describeGatewayConformance } from "@asoud/iran-payments/conformance"
import ParsianProviderService from "../service"

const PIN = "SIMPARSIANPIN7001"
let simulator: Simulator

beforeAll(async () => {
  simulator = await startSimulator()
})
afterAll(() => simulator.close())

describeGatewayConformance({
  name: "Parsian",
  providerClass: ParsianProviderService,
  createProvider: (kit) => new ParsianProviderService({}, { ...kit, pin: PIN, base_url: simulator.url }),
  secrets: [PIN],
  armAmountMismatch: (amount) => simulator.faults.arm("parsian", "pay", { kind: "amount", value: amount, times: 1 }),
  armLostReversal: () => simulator.faults.arm("parsian", "ReversalRequest", { kind: "reset", times: 1 }),
})
