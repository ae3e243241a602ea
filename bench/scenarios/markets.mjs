/**
 * Market-scoped catalogue listing against vanilla `/store/products?limit=20`, on the same catalogue:
 * a bench market owns every generated product (they stay listed in the marketplace channel too, so
 * the vanilla route sees the same rows). The issue asks for at least 0.9x vanilla's throughput.
 */
const HANDLE = "bench-market"
const CHUNK = 100

export default {
  area: "markets",

  async setup(ctx) {
    const { markets } = await ctx.admin(`/admin/markets?q=${HANDLE}&limit=1`)
    let market = markets.find((m) => m.handle === HANDLE)
    if (!market) {
      ;({ market } = await ctx.admin("/admin/markets", {
        method: "POST",
        body: { handle: HANDLE, name: "بازارچه سنجش", city: "تهران", status: "active", commission_rate: 10 },
      }))
    }
    const owned = new Set(
      (await ctx.store(`/store/markets/${HANDLE}/products?limit=1000&fields=id`)).products.map((p) => p.id)
    )
    const missing = ctx.productIds.filter((id) => !owned.has(id))
    for (let i = 0; i < missing.length; i += CHUNK) {
      await ctx.admin(`/admin/markets/${market.id}/products`, {
        method: "POST",
        body: { add: missing.slice(i, i + CHUNK) },
      })
    }
    return { handle: HANDLE }
  },

  routes(ctx, state) {
    const headers = { "x-publishable-api-key": ctx.publishableKey }
    return [
      {
        name: "GET /store/markets/:handle/products?limit=20",
        method: "GET",
        path: `/store/markets/${state.handle}/products?limit=20`,
        headers,
        compareTo: "GET /store/products?limit=20",
      },
      {
        name: "GET /store/products?limit=20 (x-market)",
        method: "GET",
        path: "/store/products?limit=20",
        headers: { ...headers, "x-market": state.handle },
        compareTo: "GET /store/products?limit=20",
      },
    ]
  },
}
