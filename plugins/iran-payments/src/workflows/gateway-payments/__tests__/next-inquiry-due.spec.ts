import { nextInquiryDue } from "../reconcile-candidates"

const at = "2026-12-01T10:00:00.000Z"
const minutesAfter = (due: Date | null) => (due!.getTime() - Date.parse(at)) / 60_000

describe("nextInquiryDue (reconciliation back-off)", () => {
  it("is due at once when the gateway was never asked", () => {
    expect(nextInquiryDue({ inquiry: null })).toBeNull()
  })

  it("doubles the wait after each inquiry, a little early so a 5-minute schedule never skips a beat", () => {
    const waits = [1, 2, 3, 4].map((inquiries) => minutesAfter(nextInquiryDue({ inquiry: { state: "unknown", at }, inquiries })))
    expect(waits).toEqual([4.5, 9.5, 19.5, 39.5])
  })

  it("waits at most 6 hours, so a session is still asked about a few times in the 48-hour look-back", () => {
    expect(minutesAfter(nextInquiryDue({ inquiry: { state: "unknown", at }, inquiries: 30 }))).toBe(360)
  })
})
