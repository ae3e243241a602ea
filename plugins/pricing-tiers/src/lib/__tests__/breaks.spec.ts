import { effectiveBreaks, invalidBreaksReason, toPriceWindows, type TierPriceRow } from "../breaks"

const row = (tier_id: string, amount: number, min_quantity: number | null, max_quantity: number | null = null): TierPriceRow => ({
  tier_id,
  amount,
  min_quantity,
  max_quantity,
})

describe("effectiveBreaks", () => {
  it("takes the lowest entitled row at each break across retail and tiers", () => {
    const rows = [
      row("retail", 100, 1, 9),
      row("retail", 95, 10),
      row("colleague", 90, 1, 9),
      row("colleague", 85, 10, 49),
      row("colleague", 80, 50),
      row("marketer", 88, 1, 9),
      row("marketer", 87, 10),
    ]
    expect(effectiveBreaks(rows, ["retail", "colleague", "marketer"])).toEqual([
      { min_quantity: 1, amount: 88, tier_id: "marketer" },
      { min_quantity: 10, amount: 85, tier_id: "colleague" },
      { min_quantity: 50, amount: 80, tier_id: "colleague" },
    ])
  })

  it("lets a cheaper retail break win over a tier's flat price", () => {
    expect(effectiveBreaks([row("retail", 100, 1, 9), row("retail", 90, 10), row("colleague", 95, 1)], ["retail", "colleague"])).toEqual([
      { min_quantity: 1, amount: 95, tier_id: "colleague" },
      { min_quantity: 10, amount: 90, tier_id: "retail" },
    ])
  })

  it("breaks ties by tier order, whatever the row order, and merges equal neighbours", () => {
    const rows = [row("marketer", 90, 1), row("colleague", 90, 1), row("colleague", 90, 10)]
    expect(effectiveBreaks(rows, ["retail", "colleague", "marketer"])).toEqual([{ min_quantity: 1, amount: 90, tier_id: "colleague" }])
    expect(effectiveBreaks([...rows].reverse(), ["retail", "colleague", "marketer"])).toEqual([{ min_quantity: 1, amount: 90, tier_id: "colleague" }])
  })

  it("treats a base price without bounds as a 1+ break", () => {
    expect(effectiveBreaks([row("retail", 100, null)], ["retail"])).toEqual([{ min_quantity: 1, amount: 100, tier_id: "retail" }])
  })
})

describe("toPriceWindows", () => {
  it("closes each break where the next one starts and leaves the last open", () => {
    expect(toPriceWindows([{ min_quantity: 50, amount: 80 }, { min_quantity: 1, amount: 90 }, { min_quantity: 10, amount: 85 }])).toEqual([
      { min_quantity: 1, amount: 90, max_quantity: 9 },
      { min_quantity: 10, amount: 85, max_quantity: 49 },
      { min_quantity: 50, amount: 80, max_quantity: null },
    ])
  })
})

describe("invalidBreaksReason", () => {
  it("accepts a clean table and names what is wrong with a bad one", () => {
    expect(invalidBreaksReason([{ min_quantity: 1, amount: 100 }, { min_quantity: 10, amount: 90 }], true, "irr")).toBeNull()
    expect(invalidBreaksReason([{ min_quantity: 10, amount: 90 }], true, "irr")).toMatch(/min_quantity 1/)
    expect(invalidBreaksReason([], true, "irr")).toMatch(/min_quantity 1/)
    expect(invalidBreaksReason([], false, "irr")).toBeNull()
    expect(invalidBreaksReason([{ min_quantity: 10, amount: 90 }], false, "irr")).toBeNull()
    expect(invalidBreaksReason([{ min_quantity: 1, amount: 1 }, { min_quantity: 1, amount: 2 }], false, "irr")).toMatch(/only once/)
    expect(invalidBreaksReason([{ min_quantity: 0, amount: 1 }], false, "irr")).toMatch(/1 or more/)
    expect(invalidBreaksReason([{ min_quantity: 1, amount: 10.5 }], false, "irr")).toMatch(/whole/)
    expect(invalidBreaksReason([{ min_quantity: 1, amount: 10.5 }], false, "usd")).toBeNull()
    expect(invalidBreaksReason([{ min_quantity: 1, amount: -1 }], false, "usd")).toMatch(/non-negative/)
  })
})
