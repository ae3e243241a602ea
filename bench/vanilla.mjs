// @ts-check
// Vanilla Medusa routes every Asoud route is reported against, measured in the same run.

/** @typedef {{ name: string, method: string, path: string, headers?: Record<string, string>, body?: unknown, compareTo?: string, connections?: number }} BenchRoute */

export default {
  area: "vanilla",
  /** @param {import("./run.mjs").BenchContext} ctx */
  async setup(ctx) {
    const { cart } = await ctx.store("/store/carts", { method: "POST", body: { region_id: ctx.regionId } })
    const { product } = await ctx.store(`/store/products/${ctx.productIds[0]}?fields=id,*variants`)
    return { cartId: cart.id, variantId: product.variants[0].id }
  },
  /** @param {import("./run.mjs").BenchContext} ctx @param {{ cartId: string, variantId: string }} state @returns {BenchRoute[]} */
  routes(ctx, state) {
    return [
      { name: "GET /store/products?limit=20", method: "GET", path: "/store/products?limit=20" },
      { name: "GET /store/products/:id", method: "GET", path: `/store/products/${ctx.productIds[1]}` },
      { name: "POST /store/carts", method: "POST", path: "/store/carts", body: { region_id: ctx.regionId } },
      {
        name: "POST /store/carts/:id/line-items",
        method: "POST",
        path: `/store/carts/${state.cartId}/line-items`,
        body: { variant_id: state.variantId, quantity: 1 },
      },
    ]
  },
}
