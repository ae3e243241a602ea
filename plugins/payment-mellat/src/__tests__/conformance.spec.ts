import { startSimulator, type Simulator } from "@asoud/simulator"
import { describeGatewayConformance } from "@asoud/iran-payments/conformance"
import MellatProviderService from "../service"

const CREDENTIALS = { terminal_id: 7001, username: "asoud-demo", password: "sim-mellat-secret" }
let simulator: Simulator

beforeAll(async () => {
  simulator = await startSimulator()
})
afterAll(() => simulator.close())

describeGatewayConformance({
  name: "Mellat",
  providerClass: MellatProviderService,
  createProvider: (kit) => new MellatProviderService({}, { ...kit, ...CREDENTIALS, base_url: simulator.url }),
  secrets: [CREDENTIALS.password],
  armAmountMismatch: (amount) => simulator.faults.arm("mellat", "pay", { kind: "amount", value: amount, times: 1 }),
  armLostReversal: () => simulator.faults.arm("mellat", "bpReversalRequest", { kind: "reset", times: 1 }),
})
