import { commissionFor } from "../commission"
import { planSplit } from "../split-plan"

describe("planSplit", () => {
  const marketOfProduct = new Map([
    ["prod_a1", "mkt_a"],
    ["prod_a2", "mkt_a"],
    ["prod_b1", "mkt_b"],
  ])
  const marketOfProfile = new Map([
    ["sp_a", "mkt_a"],
    ["sp_b", "mkt_b"],
  ])

  it("gives each market its items and the shipping method of its own profile", () => {
    const parts = planSplit(
      [{ id: "i1", product_id: "prod_a1" }, { id: "i2", product_id: "prod_b1" }, { id: "i3", product_id: "prod_a2" }],
      [{ id: "sm_b", shipping_profile_id: "sp_b" }, { id: "sm_a", shipping_profile_id: "sp_a" }],
      marketOfProduct,
      marketOfProfile
    )
    expect(parts.map((p) => [p.market_id, p.items.map((i) => i.id), p.shipping_methods.map((m) => m.id)])).toEqual([
      ["mkt_a", ["i1", "i3"], ["sm_a"]],
      ["mkt_b", ["i2"], ["sm_b"]],
    ])
  })

  it("keeps platform items apart and puts a shared-profile method on the first part", () => {
    const parts = planSplit(
      [{ id: "i1", product_id: "prod_x" }, { id: "i2", product_id: "prod_b1" }],
      [{ id: "sm_shared", shipping_profile_id: "sp_default" }],
      marketOfProduct,
      marketOfProfile
    )
    expect(parts.map((p) => [p.market_id, p.items.length, p.shipping_methods.length])).toEqual([
      [null, 1, 1],
      ["mkt_b", 1, 0],
    ])
  })
})

describe("commissionFor", () => {
  it("rounds half up to whole rials", () => {
    expect(commissionFor(1_234_567, 10)).toBe("123457")
    expect(commissionFor(1_000_005, 2.5)).toBe("25000")
    expect(commissionFor(0, 12)).toBe("0")
  })
})
