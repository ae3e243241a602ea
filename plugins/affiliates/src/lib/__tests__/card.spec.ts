import { cardFingerprint, cardHash } from "../card"

describe("card hash", () => {
  it("reads the same card from every bank's mask", () => {
    expect(cardFingerprint("603799******5678")).toBe("6037995678")
    expect(cardFingerprint("6037-99**-****-5678")).toBe("6037995678")
    expect(cardFingerprint("6037991234565678")).toBe("6037995678")
    expect(cardFingerprint("****5678")).toBeNull()
    expect(cardFingerprint(undefined)).toBeNull()
  })

  it("is keyed: equal for one card and key, different for another key, never the digits", () => {
    const hash = cardHash("603799******5678", "secret")!
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(cardHash("6037-99**-****-5678", "secret")).toBe(hash)
    expect(cardHash("603799******5678", "other")).not.toBe(hash)
    expect(cardHash("603799******1234", "secret")).not.toBe(hash)
    expect(cardHash(null, "secret")).toBeNull()
  })
})
