import { formatToman, renderSmsText, templateParams } from "../templates"

describe("SMS templates", () => {
  it("renders the Persian order text with Toman", () => {
    const text = renderSmsText("order-placed", { name: "سارا", order: 1024, total: formatToman(1_520_000) })
    expect(text).toContain("سارا عزیز")
    expect(text).toContain("1024")
    expect(text).toContain("152٬000 تومان")
  })

  it("converts IRR to Toman without floats", () => {
    expect(formatToman("123456789")).toBe("12٬345٬678")
    expect(formatToman(0)).toBe("0")
  })

  it("refuses an unknown template and an empty text", () => {
    expect(() => renderSmsText("no-such-template", {})).toThrow(/unknown SMS template/)
    expect(() => renderSmsText("text", { text: "  " })).toThrow(/empty/)
  })

  it("maps our data onto provider parameters and reports what is missing", () => {
    expect(templateParams({ id: "otp", params: { token: "code" } }, { code: "1234" })).toEqual({ token: "1234" })
    expect(() => templateParams({ id: "otp", params: { token: "code" } }, {})).toThrow(/needs "code"/)
  })
})
