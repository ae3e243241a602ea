import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { demoAdminHeaders, seedDemo, storeHeaders } from "../../helpers/demo"

jest.setTimeout(120_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string

    beforeEach(async () => {
      const { summary } = await seedDemo(getContainer())
      publishableKey = summary.publishable_key!
    })

    it("answers /health", async () => {
      const response = await api.get("/health")
      expect(response.status).toBe(200)
    })

    it("lists the seeded Persian catalogue through the store API with the demo publishable key", async () => {
      const response = await api.get("/store/products?limit=50&fields=title,handle", storeHeaders(publishableKey))
      expect(response.status).toBe(200)
      expect(response.data.count).toBe(21)
      expect(response.data.products).toEqual(
        expect.arrayContaining([expect.objectContaining({ handle: "saffron-sargol", title: "زعفران سرگل قائنات" })])
      )
    })

    it("prices products in IRR in the Iran region, with VAT configured at 10%", async () => {
      const { data: regions } = await api.get("/store/regions", storeHeaders(publishableKey))
      const iran = regions.regions.find((region: { currency_code: string }) => region.currency_code === "irr")
      expect(iran.countries.map((c: { iso_2: string }) => c.iso_2)).toEqual(["ir"])

      const { data } = await api.get(
        `/store/products?handle=saffron-sargol&region_id=${iran.id}&fields=*variants.calculated_price`,
        storeHeaders(publishableKey)
      )
      const amounts = data.products[0].variants.map((v: { calculated_price: { calculated_amount: number } }) => v.calculated_price.calculated_amount)
      expect(amounts.sort((a: number, b: number) => a - b)).toEqual([32_000_000, 152_000_000])

      const tax = getContainer().resolve(Modules.TAX)
      const [taxRegion] = await tax.listTaxRegions({ country_code: "ir" })
      const rates = await tax.listTaxRates({ tax_region_id: taxRegion.id })
      expect(rates.map((rate) => [rate.code, rate.rate, rate.is_default])).toEqual([["VAT", 10, true]])
    })

    it("offers post and courier shipping for an Iranian cart", async () => {
      const { data: regions } = await api.get("/store/regions", storeHeaders(publishableKey))
      const { data: cartData } = await api.post(
        "/store/carts",
        { region_id: regions.regions[0].id },
        storeHeaders(publishableKey)
      )
      const { data } = await api.get(
        `/store/shipping-options?cart_id=${cartData.cart.id}`,
        storeHeaders(publishableKey)
      )
      expect(data.shipping_options.map((o: { name: string }) => o.name).sort()).toEqual(["پست پیشتاز", "پیک"].sort())
    })

    it("rejects a store request without a publishable key", async () => {
      const error = await api.get("/store/products").catch((e: { response: unknown }) => e.response)
      expect(error.status).toBe(400)
      expect(error.data.message).toMatch(/publishable/i)
    })

    it("seeds idempotently: a second run adds nothing", async () => {
      const container = getContainer()
      const countAll = async () => {
        const query = container.resolve("query")
        const entities = ["product", "product_variant", "region", "sales_channel", "stock_location", "shipping_option", "api_key", "user", "product_category"]
        const counts: Record<string, number> = {}
        for (const entity of entities) {
          const { metadata } = await query.graph({ entity, fields: ["id"], pagination: { take: 1, skip: 0 } })
          counts[entity] = metadata!.count
        }
        return counts
      }
      const before = await countAll()
      await seedDemo(container)
      expect(await countAll()).toEqual(before)
      expect(before.product).toBe(21)
    })

    it("serves the platform plugin's route, listing the installed Asoud plugins", async () => {
      const { data } = await api.get("/store/platform", storeHeaders(publishableKey))
      expect(data.platform.currency_code).toBe("irr")
      expect(data.platform.plugins).toEqual(
        expect.arrayContaining([{ name: "@asoud/platform", version: "0.1.0" }])
      )
    })

    it("shows an operator the same plugin list through the admin API, and refuses anonymous callers", async () => {
      const { data } = await api.get("/admin/platform", await demoAdminHeaders(api))
      expect(data.platform.plugins).toEqual(expect.arrayContaining([{ name: "@asoud/platform", version: "0.1.0" }]))

      const anonymous = await api.get("/admin/platform").catch((e: { response: { status: number } }) => e.response)
      expect(anonymous.status).toBe(401)
    })
  },
})
