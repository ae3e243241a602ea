import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REFERRAL_MODULE } from ".."
import type ReferralModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ReferralModuleService>({
  moduleName: REFERRAL_MODULE,
  resolve: `${__dirname}/..`,
  testSuite: ({ service }) => {
    it("keeps one code per customer and each code unique", async () => {
      await service.createReferralCodes({ customer_id: "cus_a", code: "AAAA2222" })
      await expect(service.createReferralCodes({ customer_id: "cus_a", code: "BBBB3333" })).rejects.toThrow()
      await expect(service.createReferralCodes({ customer_id: "cus_b", code: "AAAA2222" })).rejects.toThrow()
      expect(await service.listReferralCodes({ code: "AAAA2222" })).toHaveLength(1)
    })

    it("refers a customer at most once, even when two referrals race", async () => {
      const results = await Promise.allSettled([
        service.createReferrals({ referrer_customer_id: "cus_a", referred_customer_id: "cus_new", code: "AAAA2222" }),
        service.createReferrals({ referrer_customer_id: "cus_b", referred_customer_id: "cus_new", code: "BBBB3333" }),
      ])
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1)
      const [referral] = await service.listReferrals({ referred_customer_id: "cus_new" })
      expect(referral).toMatchObject({ status: "pending", source: "store", order_id: null })
    })
  },
})
