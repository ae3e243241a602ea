// @ts-check
// Order placement with an affiliate-attributed cart against the same order without attribution
// (issue 11: at most 1.1x the cost, i.e. a ratio of at least 0.91). Each measured request completes
// a fresh cart (prepared outside the timing: one saffron item, shipping, a system-provider payment
// session), so these are sequential placements, not a concurrent load.
const COUNT = Number(process.env.BENCH_ORDERS || 40)
const CODE = `bench${Date.now().toString(36)}`
const ADDRESS = {
  first_name: "سارا",
  last_name: "سنجش",
  address_1: "خیابان ولیعصر، پلاک ۱",
  city: "تهران",
  country_code: "ir",
  postal_code: "1234567890",
  phone: "09120000000",
}

/** @param {import("../run.mjs").BenchContext} ctx @param {{ authorization: string }} shopper @param {string | null} code */
async function readyCart(ctx, shopper, code) {
  const headers = shopper
  const { products } = await ctx.store("/store/products?handle=saffron-sargol&fields=id,variants.id", { headers })
  const { cart } = await ctx.store("/store/carts", { method: "POST", body: { region_id: ctx.regionId }, headers })
  await ctx.store(`/store/carts/${cart.id}/line-items`, { method: "POST", body: { variant_id: products[0].variants[0].id, quantity: 1 }, headers })
  await ctx.store(`/store/carts/${cart.id}`, { method: "POST", body: { shipping_address: ADDRESS }, headers })
  if (code) await ctx.store(`/store/carts/${cart.id}/affiliate`, { method: "POST", body: { code }, headers })
  const { shipping_options } = await ctx.store(`/store/shipping-options?cart_id=${cart.id}`, { headers })
  await ctx.store(`/store/carts/${cart.id}/shipping-methods`, { method: "POST", body: { option_id: shipping_options[0].id }, headers })
  const { payment_collection } = await ctx.store("/store/payment-collections", { method: "POST", body: { cart_id: cart.id }, headers })
  await ctx.store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: "pp_system_default" },
    headers,
  })
  return /** @type {string} */ (cart.id)
}

/** A registered customer's store headers (bearer). @param {import("../run.mjs").BenchContext} ctx @param {string} email */
async function signUp(ctx, email) {
  const password = "bench-pass-1"
  const { token } = await ctx.store("/auth/customer/emailpass/register", { method: "POST", body: { email, password } })
  await ctx.store("/store/customers", { method: "POST", body: { email, first_name: "سنجش" }, headers: { authorization: `Bearer ${token}` } })
  const login = await ctx.store("/auth/customer/emailpass", { method: "POST", body: { email, password } })
  return { authorization: `Bearer ${login.token}` }
}

export default {
  area: "affiliates",

  /** @param {import("../run.mjs").BenchContext} ctx */
  async setup(ctx) {
    const marketer = await signUp(ctx, `${CODE}-marketer@bench.local`)
    const { affiliate } = await ctx.store("/store/affiliates", { method: "POST", body: { name: "بازاریاب سنجش" }, headers: marketer })
    await ctx.admin(`/admin/affiliates/${affiliate.id}/approve`, { method: "POST", body: {} })
    await ctx.store("/store/affiliates/me/codes", { method: "POST", body: { code: CODE }, headers: marketer })
    const shopper = await signUp(ctx, `${CODE}-shopper@bench.local`)
    return { shopper }
  },

  /** @param {import("../run.mjs").BenchContext} ctx @param {{ shopper: { authorization: string } }} state */
  routes(ctx, state) {
    return [
      {
        name: "POST /store/carts/:id/complete (no attribution)",
        method: "POST",
        path: "/store/carts/:id/complete",
        headers: state.shopper,
        sequence: { count: COUNT, prepare: () => readyCart(ctx, state.shopper, null) },
      },
      {
        name: "POST /store/carts/:id/complete (affiliate code)",
        method: "POST",
        path: "/store/carts/:id/complete",
        headers: state.shopper,
        sequence: { count: COUNT, prepare: () => readyCart(ctx, state.shopper, CODE) },
        compareTo: "POST /store/carts/:id/complete (no attribution)",
      },
    ]
  },
}
