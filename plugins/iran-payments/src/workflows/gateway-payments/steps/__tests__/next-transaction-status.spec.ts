import { nextTransactionStatus } from "../record-gateway-transaction"

describe("gateway transaction status changes", () => {
  it("never lets a verified transaction change, nor a mismatched return overwrite a real status", () => {
    expect(nextTransactionStatus("verified", "failed")).toBe("verified")
    expect(nextTransactionStatus("verified", "rejected")).toBe("verified")
    expect(nextTransactionStatus("pending", "rejected")).toBe("pending")
    expect(nextTransactionStatus("pending", "initiated")).toBe("pending")
    expect(nextTransactionStatus(undefined, "rejected")).toBe("rejected")
    expect(nextTransactionStatus("returned", "verified")).toBe("verified")
    expect(nextTransactionStatus("pending", "expired")).toBe("expired")
  })
})
