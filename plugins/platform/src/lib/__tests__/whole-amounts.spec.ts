import { fractionalAmountReason } from "../whole-amounts"

describe("fractionalAmountReason", () => {
  it("explains an IRR total in fractions of a rial", () => {
    expect(fractionalAmountReason(531_666.3, "irr")).toMatch(/531666\.3 IRR is not a whole number of rials/)
    expect(fractionalAmountReason("0.5", "IRR")).toBeDefined()
  })

  it("accepts whole rials and leaves other currencies alone", () => {
    expect(fractionalAmountReason(531_667, "irr")).toBeUndefined()
    expect(fractionalAmountReason("1000.00", "irr")).toBeUndefined()
    expect(fractionalAmountReason(10.5, "usd")).toBeUndefined()
    expect(fractionalAmountReason(undefined, "irr")).toBeUndefined()
  })
})
