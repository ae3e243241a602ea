import { generateOtpCode, hashOtpCode, otpCodeMatches } from "../otp-code"
import { MemoryOtpStore } from "../otp-store"
import { OtpLimits } from "../limits"

describe("one-time codes", () => {
  it("are numeric, fixed-length and spread over the whole range", () => {
    const codes = Array.from({ length: 2000 }, () => generateOtpCode(6))
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true)
    expect(new Set(codes).size).toBeGreaterThan(1990)
    expect(codes.some((code) => code.startsWith("0"))).toBe(true)
  })

  it("are stored as a keyed hash bound to the number, never as the code", () => {
    const hash = hashOtpCode("secret", "09121234567", "482913")
    expect(hash).not.toContain("482913")
    expect(otpCodeMatches("secret", "09121234567", "482913", hash)).toBe(true)
    expect(otpCodeMatches("secret", "09121234568", "482913", hash)).toBe(false)
    expect(otpCodeMatches("other-secret", "09121234567", "482913", hash)).toBe(false)
    expect(otpCodeMatches("secret", "09121234567", "482914", hash)).toBe(false)
  })
})

describe("the in-memory code store", () => {
  afterEach(() => jest.useRealTimers())

  it("forgets a code when it expires", async () => {
    jest.useFakeTimers({ now: 1_000_000 })
    const store = new MemoryOtpStore()
    await store.put("09121234567", { hash: "h", expiresAt: Date.now() + 120_000 })
    jest.setSystemTime(1_000_000 + 119_000)
    expect(await store.get("09121234567")).toMatchObject({ hash: "h", attempts: 0 })
    jest.setSystemTime(1_000_000 + 120_000)
    expect(await store.get("09121234567")).toBeUndefined()
  })

  it("counts attempts and lets exactly one caller take a code", async () => {
    const store = new MemoryOtpStore()
    await store.put("09121234567", { hash: "h", expiresAt: Date.now() + 60_000 })
    expect(await store.countAttempt("09121234567")).toBe(1)
    expect(await store.countAttempt("09121234567")).toBe(2)
    const takes = await Promise.all([store.take("09121234567"), store.take("09121234567")])
    expect(takes.filter(Boolean)).toHaveLength(1)
    expect(await store.countAttempt("09121234567")).toBe(Number.POSITIVE_INFINITY)
  })

  it("keeps counting wrong tries across new codes, until a login succeeds or the window ends", async () => {
    jest.useFakeTimers({ now: 1_000_000 })
    const store = new MemoryOtpStore(3600)
    await store.put("09121234567", { hash: "a", expiresAt: Date.now() + 60_000 })
    await store.countAttempt("09121234567")
    await store.countAttempt("09121234567")
    await store.put("09121234567", { hash: "b", expiresAt: Date.now() + 60_000 })
    expect(await store.get("09121234567")).toMatchObject({ hash: "b", attempts: 2 })
    expect(await store.countAttempt("09121234567")).toBe(3)
    await store.forgetAttempts("09121234567")
    expect(await store.countAttempt("09121234567")).toBe(1)
    jest.setSystemTime(1_000_000 + 3_600_000)
    await store.put("09121234567", { hash: "c", expiresAt: Date.now() + 60_000 })
    expect(await store.get("09121234567")).toMatchObject({ hash: "c", attempts: 0 })
  })
})

describe("send limits", () => {
  it("refuses a resend inside the cooldown with the seconds to wait", async () => {
    const limits = new OtpLimits({ resendSeconds: 60 })
    expect(await limits.allowSend("09121234567", "1.1.1.1")).toBeUndefined()
    const refusal = await limits.allowSend("09121234567", "1.1.1.1")
    expect(refusal?.retryAfterSeconds).toBeGreaterThan(55)
    expect(refusal?.message).toMatch(/wait/)
  })

  it("caps one client IP across numbers without touching the numbers' quotas", async () => {
    const limits = new OtpLimits({ hourlyPerIp: 2 })
    expect(await limits.allowSend("09120000001", "2.2.2.2")).toBeUndefined()
    expect(await limits.allowSend("09120000002", "2.2.2.2")).toBeUndefined()
    expect((await limits.allowSend("09120000003", "2.2.2.2"))?.message).toMatch(/network/)
    expect(await limits.allowSend("09120000003", "3.3.3.3")).toBeUndefined()
  })
})
