import { generateReferralCode, normalizeReferralCode, REFERRAL_CODE_ALPHABET } from "../../../modules/referral/code"
import { REFERRAL_DEFAULTS, resolveReferralOptions } from "../options"
import { referralCredit } from "../credits"

describe("referral codes", () => {
  it("draws codes from an alphabet without look-alike characters", () => {
    const codes = new Set(Array.from({ length: 200 }, () => generateReferralCode()))
    expect(codes.size).toBe(200)
    for (const code of codes) {
      expect(code).toHaveLength(8)
      expect([...code].every((c) => REFERRAL_CODE_ALPHABET.includes(c))).toBe(true)
    }
    expect(REFERRAL_CODE_ALPHABET).not.toMatch(/[01ILO]/)
  })

  it("matches a code typed in any case, with spaces, dashes or Persian digits", () => {
    expect(normalizeReferralCode(" ab3k-9zq2 ")).toBe("AB3K9ZQ2")
    expect(normalizeReferralCode("ab۳k ۹zq٢")).toBe("AB3K9ZQ2")
  })
})

describe("referral options", () => {
  it("fills defaults and refuses amounts that are not whole rials", () => {
    expect(resolveReferralOptions(undefined)).toEqual(REFERRAL_DEFAULTS)
    expect(resolveReferralOptions({ referrerReward: 5, currencyCode: "IRR" })).toMatchObject({ referrerReward: 5, currencyCode: "irr" })
    expect(() => resolveReferralOptions({ minimumOrder: 10.5 })).toThrow(/whole number of rials/)
    expect(() => resolveReferralOptions({ referredReward: -1 })).toThrow(/referredReward/)
  })
})

describe("referral wallet credits", () => {
  const reward = {
    referral_id: "rfl_1",
    order_id: "order_1",
    referrer_customer_id: "cus_a",
    referred_customer_id: "cus_b",
    currency_code: "irr",
    referrer_reward: 2_000_000,
    referred_reward: 1_000_000,
  }

  it("keys each side's credit on the referral, so any order or replay pays it once", () => {
    expect(referralCredit(reward, "referrer")).toMatchObject({
      owner_type: "customer",
      owner_id: "cus_a",
      amount: 2_000_000,
      idempotency_key: "referral:rfl_1:referrer",
      reference_type: "referral",
    })
    expect(referralCredit({ ...reward, order_id: "order_2" }, "referred")).toMatchObject({
      owner_id: "cus_b",
      amount: 1_000_000,
      idempotency_key: "referral:rfl_1:referred",
    })
  })
})
