import type { HttpTypes } from "@medusajs/types"
import type { ShippingChoice } from "../components/ShippingChooser"
import { productPlacements } from "./markets"
import { getSdk } from "./sdk"

export type Shipment = { key: string; label: string; options: ShippingChoice[]; chosenId?: string }

/**
 * The cart's shipments: Medusa wants one shipping method per shipping profile in the cart, and a
 * market's products use the market's own profile, so each market normally is one shipment with its
 * own options and price. Markets whose products share a profile (the demo's platform shipping) share
 * one shipment, labelled with all of them.
 */
export async function shipmentsOf(cart: HttpTypes.StoreCart): Promise<Shipment[]> {
  const sdk = await getSdk()
  const items = cart.items ?? []
  const [{ shipping_options }, placements] = await Promise.all([
    sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }),
    productPlacements(items.map((i) => i.product_id).filter((id): id is string => !!id)),
  ])
  const marketsByProfile = new Map<string, Set<string>>()
  for (const item of items) {
    const placement = placements.get(item.product_id ?? "")
    if (!placement?.shippingProfileId) continue
    const names = marketsByProfile.get(placement.shippingProfileId) ?? new Set<string>()
    names.add(placement.market?.name ?? "سایر فروشندگان")
    marketsByProfile.set(placement.shippingProfileId, names)
  }
  const chosen = new Set((cart.shipping_methods ?? []).map((method) => method.shipping_option_id))
  return [...marketsByProfile.entries()].map(([profile, names]) => {
    const options: ShippingChoice[] = shipping_options
      .filter((option) => option.shipping_profile_id === profile)
      .map((option) => ({
        id: option.id,
        name: option.name,
        amount: option.calculated_price?.calculated_amount === undefined ? null : Number(option.calculated_price.calculated_amount),
        description: option.type?.description ?? null,
      }))
    return {
      key: profile,
      label: `ارسال ${[...names].join(" و ")}`,
      options,
      chosenId: options.find((option) => chosen.has(option.id))?.id,
    }
  })
}
