import { gatewayAmountToRial, rialToGatewayAmount, toRialInteger } from "../money"

describe("Rial and Toman at the gateway edge", () => {
  it("turns Medusa amounts into exact Rial integers and refuses fractions", () => {
    expect(toRialInteger(1_250_000)).toBe(1_250_000)
    expect(toRialInteger("320000000")).toBe(320_000_000)
    expect(() => toRialInteger(10.5)).toThrow(/whole/)
    expect(() => toRialInteger(-1)).toThrow(/non-negative/)
  })

  it("converts to Toman only when the amount is a whole number of Toman", () => {
    expect(rialToGatewayAmount(1_250_000, "IRR")).toBe(1_250_000)
    expect(rialToGatewayAmount(1_250_000, "IRT")).toBe(125_000)
    expect(() => rialToGatewayAmount(1_250_005, "IRT")).toThrow(/whole number of Toman/)
    expect(gatewayAmountToRial(125_000, "IRT")).toBe(1_250_000)
    expect(gatewayAmountToRial(125_000, "IRR")).toBe(125_000)
  })
})
