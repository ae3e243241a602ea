// Wallet debit throughput under 20 concurrent clients (issue 6). Every request is a real ledger
// debit: a row-locked balance update plus an entry, in one transaction, all on ONE wallet, so the
// clients queue on its lock: this is the worst case (a hot wallet), not the average.
const ADMIN = {
  email: process.env.ASOUD_ADMIN_EMAIL || "admin@asoud.local",
  password: process.env.ASOUD_ADMIN_PASSWORD || "asoud-admin",
}
// Enough for any run length: 1 rial per debit.
const FUNDING = "1000000000000"

export default {
  area: "wallet",

  async setup(ctx) {
    const { wallet } = await ctx.admin("/admin/wallets", {
      method: "POST",
      body: { owner_type: "platform", owner_id: "bench", currency_code: "irr" },
    })
    await ctx.admin(`/admin/wallets/${wallet.id}/adjustments`, {
      method: "POST",
      body: { type: "credit", amount: FUNDING, reason: "bench funding", idempotency_key: `bench-funding-${wallet.id}` },
    })
    const { token } = await ctx.store("/auth/user/emailpass", { method: "POST", body: ADMIN })
    return { walletId: wallet.id, authorization: `Bearer ${token}` }
  },

  routes(ctx, state) {
    return [
      {
        name: "POST /admin/wallets/:id/adjustments (debit, one hot wallet)",
        method: "POST",
        path: `/admin/wallets/${state.walletId}/adjustments`,
        headers: { authorization: state.authorization },
        // No idempotency key: each request is a new debit of 1 rial.
        body: { type: "debit", amount: 1, reason: "bench" },
        compareTo: "POST /store/carts",
        connections: 20,
      },
    ]
  },
}
