import { formatMoney, formatNumber, formatPercent, rialToToman, toDecimal } from "../money"

describe("IRR amounts on screen", () => {
  it("groups rials with the language's digits and separators, next to the unit", () => {
    expect(formatMoney(12345000, { language: "en", unit: "IRR", unitLabel: "IRR" })).toBe("12,345,000\u00A0IRR")
    expect(formatMoney("12345000", { language: "fa", unit: "IRR", unitLabel: "ریال" })).toBe("۱۲٬۳۴۵٬۰۰۰\u00A0ریال")
  })

  it("shows Toman as rials with the point moved one place, exactly, even past 2^53", () => {
    expect(formatMoney(12345, { language: "en", unit: "IRT", unitLabel: "Toman" })).toBe("1,234.5\u00A0Toman")
    expect(formatMoney(120000, { language: "fa", unit: "IRT", unitLabel: "تومان" })).toBe("۱۲٬۰۰۰\u00A0تومان")
    expect(formatMoney("90071992547409931", { language: "en", unit: "IRT", unitLabel: "Toman" })).toBe(
      "9,007,199,254,740,993.1\u00A0Toman"
    )
    expect(rialToToman(5)).toEqual({ negative: false, whole: "0", fraction: "5" })
  })

  it("reads every shape the API sends an amount in", () => {
    expect(toDecimal({ value: "1500.000" })).toEqual({ negative: false, whole: "1500", fraction: "" })
    expect(toDecimal(null)).toEqual({ negative: false, whole: "0", fraction: "" })
    expect(toDecimal("-20")).toEqual({ negative: true, whole: "20", fraction: "" })
    expect(formatMoney(-2000, { language: "en", unit: "IRR", unitLabel: "IRR" })).toBe("\u22122,000\u00A0IRR")
  })

  it("formats counts and percentages without a float division", () => {
    expect(formatNumber(1234, "fa")).toBe("۱٬۲۳۴")
    expect(formatPercent(7.5, "fa")).toBe("۷٫۵٪")
    expect(formatPercent("10", "en")).toBe("10%")
  })
})
