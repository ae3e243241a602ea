import {
  createPricingTierWorkflow,
  DEFAULT_TIERS,
  setTierPricesWorkflow,
} from "@asoud/pricing-tiers/workflows"
import { createCustomerAccountWorkflow, linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PricingTiersModuleService } from "@asoud/pricing-tiers/modules/pricing-tiers"
import type { Seeder } from "./context"
import { IRAN } from "./demo-data"

type SeededTier = { id: string; handle: string; customer_group_id: string | null; price_list_id: string | null }

/** Percent of the retail price per tier and break on the demo products; marketers win at 1+, colleagues from 10+. */
export const DEMO_TIER_BREAKS: Record<string, Array<{ min_quantity: number; percent: number }>> = {
  retail: [{ min_quantity: 1, percent: 100 }, { min_quantity: 10, percent: 95 }],
  colleague: [{ min_quantity: 1, percent: 90 }, { min_quantity: 10, percent: 85 }, { min_quantity: 50, percent: 80 }],
  marketer: [{ min_quantity: 1, percent: 88 }, { min_quantity: 10, percent: 87 }],
}

export const DEMO_TIER_PRODUCTS = ["saffron-sargol", "pistachio-akbari", "dates-mazafati", "lahijan-tea"]

export const DEMO_TIER_CUSTOMERS = [
  { tier: "colleague", email: "colleague@asoud.local", password: "asoud-colleague", first_name: "سارا", last_name: "همکار", phone: "09120000101" },
  { tier: "marketer", email: "marketer@asoud.local", password: "asoud-marketer", first_name: "رضا", last_name: "بازاریاب", phone: "09120000102" },
]

async function ensureTiers(container: MedusaContainer): Promise<SeededTier[]> {
  const service = container.resolve<PricingTiersModuleService>("pricingTiers")
  const existing: SeededTier[] = await service.listPricingTiers({}, {})
  for (const tier of DEFAULT_TIERS) {
    if (!existing.some((candidate) => candidate.handle === tier.handle)) {
      const { result } = await createPricingTierWorkflow(container).run({ input: tier })
      existing.push(result as SeededTier)
    }
  }
  return existing
}

async function seedTierPrices(container: MedusaContainer, tiers: SeededTier[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id", "variants.price_set.id", "variants.price_set.prices.amount", "variants.price_set.prices.currency_code"],
    filters: { handle: DEMO_TIER_PRODUCTS },
  })
  const colleague = tiers.find((tier) => tier.handle === "colleague")!
  const variants = products.flatMap((product) => product.variants ?? [])
  const alreadyPriced = await container.resolve(Modules.PRICING).listPrices(
    { price_set_id: variants.map((variant) => variant!.price_set!.id), price_list_id: [colleague.price_list_id!] },
    { select: ["id"], take: 1 }
  )
  if (alreadyPriced.length) {
    return
  }
  const prices = variants.flatMap((variant) => {
    const retail = (variant!.price_set?.prices ?? []).find((price) => price?.currency_code === IRAN.currencyCode)
    const base = Number(retail!.amount)
    return tiers
      .filter((tier) => DEMO_TIER_BREAKS[tier.handle])
      .map((tier) => ({
        variant_id: variant!.id,
        tier_id: tier.id,
        breaks: DEMO_TIER_BREAKS[tier.handle].map((entry) => ({
          min_quantity: entry.min_quantity,
          amount: (base / 100) * entry.percent,
        })),
      }))
  })
  await setTierPricesWorkflow(container).run({ input: { currency_code: IRAN.currencyCode, prices } })
}

async function ensureTierCustomer(container: MedusaContainer, demo: (typeof DEMO_TIER_CUSTOMERS)[number], tier: SeededTier) {
  const customers = container.resolve(Modules.CUSTOMER)
  let [customer] = await customers.listCustomers({ email: demo.email, has_account: true })
  if (!customer) {
    const { success, authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
      body: { email: demo.email, password: demo.password },
    })
    if (!success || !authIdentity) {
      throw new Error(`Could not register the demo ${demo.tier} customer: ${error}`)
    }
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId: authIdentity.id,
        customerData: { email: demo.email, first_name: demo.first_name, last_name: demo.last_name, phone: demo.phone },
      },
    })
    customer = result
  }
  const links = await customers.listCustomerGroupCustomers({ customer_id: customer.id, customer_group_id: tier.customer_group_id! })
  if (!links.length) {
    await linkCustomersToCustomerGroupWorkflow(container).run({ input: { id: tier.customer_group_id!, add: [customer.id] } })
  }
}

/** Retail, colleague and marketer tiers, breaks on four food products, and a colleague and a marketer login. */
export const pricingTiersSeeder: Seeder = {
  name: "pricing-tiers",
  run: async (context) => {
    const { container } = context
    const tiers = await ensureTiers(container)
    await seedTierPrices(container, tiers)
    for (const demo of DEMO_TIER_CUSTOMERS) {
      await ensureTierCustomer(container, demo, tiers.find((tier) => tier.handle === demo.tier)!)
      context.summary.logins.push({
        role: `${demo.tier} customer (storefront)`,
        email: demo.email,
        password: demo.password,
        note: `priced at the ${demo.tier} tier`,
      })
    }
    context.summary.notes.push(
      `pricing tiers: ${DEMO_TIER_PRODUCTS.join(", ")} have retail/colleague/marketer breaks at 1+, 10+ and 50+`
    )
  },
}
