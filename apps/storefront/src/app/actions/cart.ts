"use server"

import { revalidatePath } from "next/cache"
import { attachAttribution } from "../../lib/affiliates"
import { CART_FIELDS, getCartId, setCartId } from "../../lib/cart"
import { apiMessage } from "../../lib/errors"
import { parseWholeNumber } from "../../lib/format"
import { getSdk } from "../../lib/sdk"
import { getRegion } from "../../lib/store"

export type ActionState = { ok?: string; error?: string }

/** The open cart's id, creating a cart in the Iran region (with the shopper's attribution) when there is none. */
async function ensureCart(): Promise<string> {
  const sdk = await getSdk()
  const existing = await getCartId()
  if (existing) {
    try {
      const { cart } = await sdk.store.cart.retrieve(existing, { fields: "id,completed_at" })
      if (!cart.completed_at) return cart.id
    } catch {
      // deleted or foreign: start a new one
    }
  }
  const region = await getRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: "id" })
  await setCartId(cart.id)
  await attachAttribution(cart.id, {})
  return cart.id
}

export async function addToCart(_prev: ActionState, form: FormData): Promise<ActionState> {
  const variantId = String(form.get("variant_id") ?? "")
  const quantity = parseWholeNumber(form.get("quantity"))
  if (!variantId) return { error: "نوع کالا را انتخاب کنید." }
  if (!quantity || quantity < 1) return { error: "تعداد باید عددی بزرگ‌تر از صفر باشد." }
  try {
    const cartId = await ensureCart()
    await (await getSdk()).store.cart.createLineItem(cartId, { variant_id: variantId, quantity }, { fields: "id" })
  } catch (error) {
    return { error: apiMessage(error, "افزودن به سبد خرید انجام نشد.") }
  }
  revalidatePath("/", "layout")
  return { ok: "به سبد خرید اضافه شد." }
}

export async function updateLineItem(_prev: ActionState, form: FormData): Promise<ActionState> {
  const cartId = await getCartId()
  const lineId = String(form.get("line_id") ?? "")
  const quantity = parseWholeNumber(form.get("quantity"))
  if (!cartId || !lineId) return { error: "سبد خرید پیدا نشد." }
  if (quantity === undefined) return { error: "تعداد را با عدد وارد کنید." }
  const sdk = await getSdk()
  try {
    if (quantity === 0) await sdk.store.cart.deleteLineItem(cartId, lineId)
    else await sdk.store.cart.updateLineItem(cartId, lineId, { quantity }, { fields: CART_FIELDS })
  } catch (error) {
    return { error: apiMessage(error, "به‌روزرسانی سبد خرید انجام نشد.") }
  }
  revalidatePath("/", "layout")
  return {}
}

/** One shipping method per market: adding a market's option replaces that market's earlier choice. */
export async function chooseShipping(_prev: ActionState, form: FormData): Promise<ActionState> {
  const cartId = await getCartId()
  const optionId = String(form.get("option_id") ?? "")
  if (!cartId || !optionId) return { error: "روش ارسال را انتخاب کنید." }
  try {
    await (await getSdk()).store.cart.addShippingMethod(cartId, { option_id: optionId }, { fields: "id" })
  } catch (error) {
    return { error: apiMessage(error, "ثبت روش ارسال انجام نشد.") }
  }
  revalidatePath("/", "layout")
  return { ok: "روش ارسال ثبت شد." }
}
