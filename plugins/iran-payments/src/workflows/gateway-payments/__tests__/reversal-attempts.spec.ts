import { reversalAttempts } from "../reversal-candidates"

describe("reversalAttempts (reversal retry back-off)", () => {
  it("counts only the reversal_pending entries and gives the last one's time", () => {
    const timeline = {
      entries: [
        { at: "2026-12-01T10:00:00.000Z", status: "initiated" },
        { at: "2026-12-01T10:01:00.000Z", status: "returned" },
        { at: "2026-12-01T10:02:00.000Z", status: "reversal_pending", note: "refused" },
        { at: "2026-12-01T10:07:00.000Z", status: "reversal_pending", note: "reconciliation: reversal pending" },
      ],
    }
    expect(reversalAttempts(timeline)).toEqual({ count: 2, last: "2026-12-01T10:07:00.000Z" })
  })

  it("is zero for a record without a timeline", () => {
    expect(reversalAttempts(null)).toEqual({ count: 0, last: undefined })
  })
})
