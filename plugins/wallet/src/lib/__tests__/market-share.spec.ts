import { marketShareOfRefunds } from "../market-share"

describe("marketShareOfRefunds", () => {
  it("takes back the market's share of what was refunded, in whole rials", () => {
    // 1,000,000 order, 8% commission: the market earned 920,000.
    expect(marketShareOfRefunds(250_000, 1_000_000, 920_000)).toBe("230000")
    expect(marketShareOfRefunds(333_333, 1_000_000, 920_000)).toBe("306666")
  })

  it("reaches exactly the earning on a full refund, whatever the partial steps rounded", () => {
    expect(marketShareOfRefunds(1_000_000, 1_000_000, 920_000)).toBe("920000")
    expect(marketShareOfRefunds(1_000_001, 1_000_000, 920_000)).toBe("920000")
  })

  it("is zero for a zero-total order", () => {
    expect(marketShareOfRefunds(10, 0, 0)).toBe("0")
  })
})
