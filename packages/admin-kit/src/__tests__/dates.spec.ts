import { formatDate } from "../dates"

describe("dates on screen", () => {
  // 2 December 2026 at noon UTC: 11 Azar 1405 in the Jalali calendar.
  const noon = "2026-12-02T12:00:00.000Z"

  it("uses the Jalali calendar, Persian month names and digits for fa", () => {
    expect(formatDate(noon, "fa", { time: false })).toBe("۱۱ آذر ۱۴۰۵")
    expect(formatDate(noon, "fa")).toMatch(/^۱۱ آذر ۱۴۰۵، [۰-۹]{2}:[۰-۹]{2}$/)
  })

  it("uses the Gregorian calendar in English", () => {
    expect(formatDate(noon, "en", { time: false })).toBe("Dec 2, 2026")
  })

  it("shows a dash for a missing or broken date", () => {
    expect(formatDate(null, "fa")).toBe("—")
    expect(formatDate("not a date", "en")).toBe("—")
  })
})
