import { planMarketEarning, type MarketEarningState } from "../market-earning-plan"

// A 1,000,000-rial market order, 8% commission: the market earns 920,000.
const order = (state: Partial<MarketEarningState>): MarketEarningState => ({
  total: 1_000_000,
  earned: 920_000,
  refunded: 0,
  status: "pending",
  credited: 0,
  debited: 0,
  has_credit: false,
  ...state,
})

describe("planMarketEarning", () => {
  it("credits nothing before the order is completed", () => {
    expect(planMarketEarning(order({ refunded: 250_000 }))).toEqual({ type: "none" })
  })

  it("credits the earning on completion, less the share of what was refunded before it", () => {
    expect(planMarketEarning(order({ status: "completed" }))).toEqual({ type: "credit", amount: "920000", refunded_share: "0" })
    expect(planMarketEarning(order({ status: "completed", refunded: 333_333 }))).toEqual({ type: "credit", amount: "613334", refunded_share: "306666" })
    expect(planMarketEarning(order({ status: "completed", refunded: 1_000_000 }))).toEqual({ type: "none" })
  })

  it("takes back the difference of a refund after the credit, once", () => {
    const credited = order({ status: "completed", has_credit: true, credited: 920_000 })
    expect(planMarketEarning({ ...credited, refunded: 250_000 })).toEqual({ type: "debit", amount: "230000", reference: "refunded-250000" })
    expect(planMarketEarning({ ...credited, refunded: 250_000, debited: 230_000 })).toEqual({ type: "none" })
    expect(planMarketEarning({ ...credited, refunded: 1_000_000, debited: 230_000 })).toEqual({ type: "debit", amount: "690000", reference: "refunded-1000000" })
  })

  it("arrives at the same balance when the refund came before the completion's credit", () => {
    const creditedNet = order({ status: "completed", has_credit: true, credited: 613_334, refunded: 333_333 })
    expect(planMarketEarning(creditedNet)).toEqual({ type: "none" })
    expect(planMarketEarning({ ...creditedNet, refunded: 1_000_000 })).toEqual({ type: "debit", amount: "613334", reference: "refunded-1000000" })
  })

  it("takes back everything still held for a canceled order", () => {
    expect(planMarketEarning(order({ status: "canceled", has_credit: true, credited: 920_000, debited: 230_000, refunded: 250_000 }))).toEqual({
      type: "debit",
      amount: "690000",
      reference: "cancel",
    })
    expect(planMarketEarning(order({ status: "canceled" }))).toEqual({ type: "none" })
  })
})
