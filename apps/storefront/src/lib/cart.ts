import type { HttpTypes } from "@medusajs/types"
import { cookies } from "next/headers"
import { cache } from "react"
import { getSdk, secureCookies } from "./sdk"

export const CART_COOKIE = "asoud_cart"

/** Everything the cart, checkout and return pages show. */
export const CART_FIELDS = [
  "id", "email", "region_id", "currency_code", "customer_id", "completed_at", "metadata",
  "total", "subtotal", "tax_total", "shipping_total", "item_total", "item_subtotal", "discount_total", "shipping_subtotal",
  "*items", "items.product_id", "items.product_handle", "items.variant_title", "items.thumbnail",
  "*shipping_methods", "*shipping_address", "*payment_collection", "*payment_collection.payment_sessions",
].join(",")

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

export async function setCartId(id: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, id, {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(),
    path: "/",
    maxAge: 30 * 24 * 3600,
  })
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

/** The shopper's open cart, or null (none yet, or completed/deleted since). */
export const getCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  if (!id) return null
  const sdk = await getSdk()
  try {
    const { cart } = await sdk.store.cart.retrieve(id, { fields: CART_FIELDS })
    return cart.completed_at ? null : cart
  } catch {
    return null
  }
})

export async function cartItemCount(): Promise<number> {
  const cart = await getCart()
  return (cart?.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0)
}
