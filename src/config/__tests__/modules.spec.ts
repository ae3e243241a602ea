import { moduleWithProviders } from "../modules"

describe("moduleWithProviders", () => {
  it("keeps Medusa's default module when no provider is configured", () => {
    expect(moduleWithProviders("@medusajs/medusa/payment", [])).toEqual([])
  })

  it("lifts the modules providers depend on onto the module, each once, where Medusa injects them", () => {
    const [entry] = moduleWithProviders("@medusajs/medusa/payment", [
      { resolve: "@asoud/payment-zarinpal", id: "zarinpal", options: { merchant_id: "x" } },
      { resolve: "@asoud/wallet/providers/wallet", id: "wallet", dependencies: ["wallet"] },
      { resolve: "@asoud/wallet/providers/other", id: "other", dependencies: ["wallet"] },
    ]) as [{ dependencies: string[]; options: { providers: object[] } }]

    expect(entry.dependencies).toEqual(["wallet"])
    expect(entry.options.providers).toEqual([
      { resolve: "@asoud/payment-zarinpal", id: "zarinpal", options: { merchant_id: "x" } },
      { resolve: "@asoud/wallet/providers/wallet", id: "wallet" },
      { resolve: "@asoud/wallet/providers/other", id: "other" },
    ])
  })
})
