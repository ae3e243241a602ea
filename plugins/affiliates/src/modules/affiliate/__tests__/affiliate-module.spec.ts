import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AFFILIATE_MODULE } from ".."
import type { AffiliateModuleService } from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<AffiliateModuleService>({
  moduleName: AFFILIATE_MODULE,
  resolve: `${__dirname}/..`,
  testSuite: ({ service }) => {
    const commission = (order: string) => ({
      affiliate_id: "aff_1",
      attribution_id: "affatt_1",
      order_id: order,
      checkout_order_id: "order_checkout",
      market_id: "mkt_1",
      currency_code: "irr",
      base_amount: 1_000_000,
      original_amount: 50_000,
      amount: 50_000,
      lines: [],
      hold_until: new Date(),
    })

    it("moves each commission once when several callers transition the same ones at the same time", async () => {
      const created = await service.createAffiliateCommissions([commission("order_1"), commission("order_2")])
      const ids = created.map((c) => c.id)
      const runs = await Promise.all(Array.from({ length: 4 }, () => service.transitionCommissions(ids, "pending", "approved")))
      expect(runs.flat().sort()).toEqual([...ids].sort())
      expect(await service.transitionCommissions(ids, "pending", "approved")).toEqual([])
      const rows = await service.listAffiliateCommissions({ id: ids })
      expect(rows.map((r) => r.status)).toEqual(["approved", "approved"])
    })

    it("keeps codes unique and one affiliate per customer", async () => {
      const affiliate = await service.createAffiliates({ customer_id: "cus_1" })
      await service.createAffiliateCodes({ affiliate_id: affiliate.id, code: "nima" })
      await expect(service.createAffiliateCodes({ affiliate_id: affiliate.id, code: "nima" })).rejects.toThrow()
      await expect(service.createAffiliates({ customer_id: "cus_1" })).rejects.toThrow()
    })
  },
})
