import { computeCommission, reducedCommission, type CommissionRule } from "../commission"

const rule = (scope: CommissionRule["scope"], fields: Partial<CommissionRule>): CommissionRule => ({
  id: `rule_${scope}`,
  scope,
  market_id: null,
  target_id: null,
  type: "percent",
  value: 5,
  cap: null,
  ...fields,
})

const line = { item_id: "item_1", product_id: "prod_1", category_ids: ["cat_1"], quantity: 2, base: 1_000_001 }
const context = { market_id: "mkt_1", affiliate_id: "aff_1" }

describe("computeCommission", () => {
  const rules = [
    rule("default", { value: 1 }),
    rule("affiliate", { target_id: "aff_1", value: 2 }),
    rule("market", { market_id: "mkt_1", value: 3 }),
    rule("category", { market_id: "mkt_1", target_id: "cat_1", value: 4 }),
    rule("product", { market_id: "mkt_1", target_id: "prod_1", value: 5 }),
  ]

  it("uses the most specific rule: product, category, market, affiliate, default", () => {
    const expected = { product: "50000", category: "40000", market: "30000", affiliate: "20000", default: "10000" }
    for (const [scope, amount] of Object.entries(expected)) {
      const from = rules.findIndex((r) => r.scope === scope)
      const result = computeCommission([line], rules.slice(0, from + 1), context)
      expect({ scope, amount: result.amount, used: result.lines[0].scope }).toEqual({ scope, amount, used: scope })
    }
  })

  it("ignores another market's product, category and market rules", () => {
    const foreign = rules.map((r) => (r.market_id ? { ...r, market_id: "mkt_2" } : r))
    expect(computeCommission([line], foreign, context).lines[0].scope).toBe("affiliate")
  })

  it("pays a fixed amount per unit, caps a line, and rounds the sum half-up once", () => {
    expect(computeCommission([line], [rule("default", { type: "fixed", value: 7_000 })], context).amount).toBe("14000")
    expect(computeCommission([line], [rule("default", { value: 10, cap: 60_000 })], context).amount).toBe("60000")
    // 1,000,001 × 2.5% = 25,000.025 and 3 × 0.5 = 1.5 per line: the sum 25,001.525 rounds to 25,002
    const lines = [line, { ...line, item_id: "item_2", product_id: "prod_2", category_ids: [], base: 30 }]
    const mixed = [rule("default", { value: 5 }), rule("product", { target_id: "prod_1", value: 2.5 })]
    expect(computeCommission(lines, mixed, context)).toMatchObject({ base: "1000031", amount: "25002" })
  })

  it("earns nothing without a rule", () => {
    expect(computeCommission([line], [], context).amount).toBe("0")
  })
})

describe("reducedCommission", () => {
  it("keeps the unrefunded share, half-up, and nothing after a full refund", () => {
    expect(reducedCommission(10_001, 200_000, 100_000)).toBe("5001")
    expect(reducedCommission(10_001, 200_000, 200_000)).toBe("0")
    expect(reducedCommission(10_001, 200_000, 250_000)).toBe("0")
  })
})
