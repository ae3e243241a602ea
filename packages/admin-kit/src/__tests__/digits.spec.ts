import { localizeDigits, normalizeDecimal, normalizeWholeNumber, parseWholeNumber, toLatinDigits, toPersianDigits } from "../digits"

describe("digits an admin types", () => {
  it("reads Persian and Arabic-Indic digits as Latin ones", () => {
    expect(toLatinDigits("۱۲۳۴۵۶۷۸۹۰")).toBe("1234567890")
    expect(toLatinDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789")
    expect(toLatinDigits("قیمت ۱۲ و 34")).toBe("قیمت 12 و 34")
  })

  it("keeps whole-number amounts typed in any script, with any thousands separator", () => {
    expect(normalizeWholeNumber("۵۰۰۰۰")).toBe("50000")
    expect(normalizeWholeNumber("۱۲٬۰۰۰")).toBe("12000")
    expect(normalizeWholeNumber("12,000")).toBe("12000")
    expect(normalizeWholeNumber("١٢ ٠٠٠ ریال")).toBe("12000")
    expect(normalizeWholeNumber("007")).toBe("7")
    expect(normalizeWholeNumber("0")).toBe("0")
    expect(normalizeWholeNumber("abc")).toBe("")
    expect(parseWholeNumber("۲۵")).toBe(25)
    expect(parseWholeNumber("")).toBeNull()
  })

  it("keeps one decimal point of a percentage, whatever separator was typed", () => {
    expect(normalizeDecimal("۷٫۵")).toBe("7.5")
    expect(normalizeDecimal("7.5")).toBe("7.5")
    expect(normalizeDecimal("۱۰")).toBe("10")
    expect(normalizeDecimal(".5")).toBe("0.5")
    expect(normalizeDecimal("1.2.3")).toBe("1.23")
  })

  it("shows digits in the script of the admin's language", () => {
    expect(toPersianDigits("2026-12-02")).toBe("۲۰۲۶-۱۲-۰۲")
    expect(localizeDigits("42", "fa")).toBe("۴۲")
    expect(localizeDigits("42", "en")).toBe("42")
  })
})
