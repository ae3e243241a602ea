// Tier-priced product listing vs vanilla /store/products, same catalogue (issue 7: >= 0.9x).
// Logs in as the demo colleague so the listing prices with a customer group, the expensive case.
const COLLEAGUE = { email: "colleague@asoud.local", password: "asoud-colleague" }

export default {
  area: "pricing-tiers",

  async setup(ctx) {
    try {
      const { token } = await ctx.store("/auth/customer/emailpass", { method: "POST", body: COLLEAGUE })
      return { authorization: token ? `Bearer ${token}` : undefined }
    } catch {
      // Without the demo login the guest listing is still measured.
      return { authorization: undefined }
    }
  },

  routes(ctx, state) {
    const headers = { "x-publishable-api-key": ctx.publishableKey }
    if (state.authorization) {
      headers.authorization = state.authorization
    }
    return [
      {
        name: state.authorization
          ? "GET /store/pricing-tiers/products?limit=20 (colleague)"
          : "GET /store/pricing-tiers/products?limit=20 (guest)",
        method: "GET",
        path: `/store/pricing-tiers/products?limit=20&region_id=${ctx.regionId}`,
        headers,
        // Both list 20 products with calculated prices in the same region.
        compareTo: "GET /store/products?limit=20&region_id",
      },
    ]
  },
}
