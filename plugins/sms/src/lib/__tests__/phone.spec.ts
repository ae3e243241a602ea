import { InvalidPhoneNumberError, formatIranianMobile, isIranianMobile, maskIranianMobile, normalizeIranianMobile, toAsciiDigits } from "../phone"

describe("Iranian mobile numbers", () => {
  const canonical = "09121234567"

  it.each([
    ["09121234567"],
    ["9121234567"],
    ["+989121234567"],
    ["989121234567"],
    ["00989121234567"],
    ["0912 123 4567"],
    ["0912-123-4567"],
    ["+98 (912) 123-45-67"],
    ["۰۹۱۲۱۲۳۴۵۶۷"],
    ["٠٩١٢١٢٣٤٥٦٧"],
    ["+۹۸ ۹۱۲ ۱۲۳ ۴۵۶۷"],
    ["۰۹۱۲-۱۲۳-۴۵۶۷"],
    ["\u200e09121234567\u200f"],
    ["0912\u200c123\u200c4567"],
    [" 09121234567 "],
    ["0912.123.4567"],
    ["+98 0912 123 4567"],
    ["0098-0912-123-4567"],
  ])("normalizes %j to 09121234567", (input) => {
    expect(normalizeIranianMobile(input)).toBe(canonical)
    expect(isIranianMobile(input)).toBe(true)
  })

  it.each([
    ["08121234567", "a landline prefix"],
    ["0912123456", "ten digits"],
    ["091212345678", "twelve digits"],
    ["+19121234567", "another country"],
    ["0912abc4567", "letters"],
    ["", "empty"],
    ["+98", "country code only"],
    ["989", "too short"],
    ["+98 00912 123 4567", "two zeros"],
    ["+98+989121234567", "two country codes"],
  ])("rejects %j (%s) with a message a storefront can show", (input) => {
    expect(isIranianMobile(input)).toBe(false)
    expect(() => normalizeIranianMobile(input)).toThrow(InvalidPhoneNumberError)
    expect(() => normalizeIranianMobile(input)).toThrow(/09121234567/)
  })

  it("rejects values that are not strings", () => {
    expect(isIranianMobile(9121234567)).toBe(false)
    expect(() => normalizeIranianMobile(undefined)).toThrow(InvalidPhoneNumberError)
  })

  it("formats for each provider", () => {
    expect(formatIranianMobile("+98 912 123 4567", "local")).toBe("09121234567")
    expect(formatIranianMobile("09121234567", "international")).toBe("989121234567")
    expect(formatIranianMobile("09121234567", "e164")).toBe("+989121234567")
    expect(formatIranianMobile("۰۹۱۲۱۲۳۴۵۶۷", "national")).toBe("9121234567")
  })

  it("converts Persian and Arabic-Indic digits only", () => {
    expect(toAsciiDigits("سفارش ۱۲۳ و ٤٥٦")).toBe("سفارش 123 و 456")
  })

  it("masks numbers for logs", () => {
    expect(maskIranianMobile("+989121234567")).toBe("0912***4567")
  })
})
