// @ts-check
// Vanilla Medusa routes every Asoud route is reported against, measured in the same run.

/** @typedef {import("./run.mjs").BenchRoute} BenchRoute */

export default {
  area: "vanilla",
  /** @param {import("./run.mjs").BenchContext} ctx */
  async setup(ctx) {
    // One cart per connection: concurrent adds to a single cart would measure its lock, not the route.
    const cartIds = []
    for (let i = 0; i < 50; i++) {
      const { cart } = await ctx.store("/store/carts", { method: "POST", body: { region_id: ctx.regionId } })
      cartIds.push(cart.id)
    }
    const { product } = await ctx.store(`/store/products/${ctx.productIds[0]}?fields=id,*variants`)
    return { cartIds, variantId: product.variants[0].id }
  },
  /** @param {import("./run.mjs").BenchContext} ctx @param {{ cartIds: string[], variantId: string }} state @returns {BenchRoute[]} */
  routes(ctx, state) {
    return [
      { name: "GET /store/products?limit=20", method: "GET", path: "/store/products?limit=20" },
      // With a region Medusa calculates each variant's price: the fair baseline for priced listings.
      {
        name: "GET /store/products?limit=20&region_id",
        method: "GET",
        path: `/store/products?limit=20&region_id=${ctx.regionId}`,
      },
      { name: "GET /store/products/:id", method: "GET", path: `/store/products/${ctx.productIds[1]}` },
      { name: "POST /store/carts", method: "POST", path: "/store/carts", body: { region_id: ctx.regionId } },
      {
        name: "POST /store/carts/:id/line-items",
        method: "POST",
        path: `/store/carts/${state.cartIds[0]}/line-items`,
        paths: state.cartIds.map((id) => `/store/carts/${id}/line-items`),
        body: { variant_id: state.variantId, quantity: 1 },
      },
    ]
  },
}
