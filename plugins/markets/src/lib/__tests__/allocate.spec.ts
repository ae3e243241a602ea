import { allocate } from "../allocate"

describe("allocate", () => {
  it("splits in proportion and adds up exactly", () => {
    expect(allocate(100, [1, 1, 1])).toEqual(["34", "33", "33"])
    expect(allocate(1_000_001, [700_000, 300_001])).toEqual(["700000", "300001"])
    const parts = allocate(531_667, [33_333, 499_999, 7])
    expect(parts.reduce((s, p) => s + Number(p), 0)).toBe(531_667)
  })

  it("gives nothing to a zero weight, and nothing at all for nothing", () => {
    expect(allocate(10, [0, 5])).toEqual(["0", "10"])
    expect(allocate(0, [1, 2])).toEqual(["0", "0"])
    expect(allocate(10, [0, 0])).toEqual(["0", "0"])
  })
})
