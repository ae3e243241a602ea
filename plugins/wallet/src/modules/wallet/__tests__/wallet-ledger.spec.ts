import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MathBN } from "@medusajs/framework/utils"
import { WALLET_MODULE } from ".."
import type WalletModuleService from "../service"

jest.setTimeout(60_000)

const owner = { owner_type: "customer" as const, owner_id: "cus_ledger", currency_code: "irr" }

moduleIntegrationTestRunner<WalletModuleService>({
  moduleName: WALLET_MODULE,
  resolve: `${__dirname}/..`,
  testSuite: ({ service }) => {
    const fund = async (amount: number) => {
      const wallet = await service.getOrCreateWallet(owner)
      await service.recordEntry({ wallet_id: wallet.id, type: "credit", amount, idempotency_key: `fund-${amount}` })
      return wallet
    }
    const reload = async (id: string) => service.balanceOf(await service.retrieveWallet(id))

    it("creates one wallet per owner and currency, even under concurrent first use", async () => {
      const wallets = await Promise.all(Array.from({ length: 5 }, () => service.getOrCreateWallet(owner)))
      expect(new Set(wallets.map((w) => w.id)).size).toBe(1)
      const usd = await service.getOrCreateWallet({ ...owner, currency_code: "USD" })
      expect(usd.id).not.toBe(wallets[0].id)
      expect(usd.currency_code).toBe("usd")
    })

    it("appends entries with the balance after each move", async () => {
      const wallet = await fund(500)
      const debit = await service.recordEntry({
        wallet_id: wallet.id,
        type: "debit",
        amount: 120,
        idempotency_key: "d1",
        reference_type: "order",
        reference_id: "order_1",
      })
      expect(Number(debit.balance_after)).toBe(380)
      expect(debit.reference_id).toBe("order_1")
      const entries = await service.listWalletEntries({ wallet_id: wallet.id }, { order: { created_at: "ASC" } })
      expect(entries.map((e) => [e.type, Number(e.amount), Number(e.balance_after)])).toEqual([
        ["credit", 500, 500],
        ["debit", 120, 380],
      ])
    })

    it("refuses to go below zero and leaves nothing behind", async () => {
      const wallet = await fund(100)
      await expect(
        service.recordEntry({ wallet_id: wallet.id, type: "debit", amount: 101, idempotency_key: "too-much" })
      ).rejects.toThrow(/Insufficient wallet balance/)
      expect(Number((await reload(wallet.id)).balance)).toBe(100)
      expect(await service.listWalletEntries({ idempotency_key: "too-much" })).toHaveLength(0)
    })

    it("serializes 50 concurrent debits of 10 against 200: exactly 20 succeed", async () => {
      const wallet = await fund(200)
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          service.recordEntry({ wallet_id: wallet.id, type: "debit", amount: 10, idempotency_key: `c-${i}` })
        )
      )
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20)
      expect(Number((await reload(wallet.id)).balance)).toBe(0)
      expect(await service.listWalletEntries({ wallet_id: wallet.id, type: "debit" })).toHaveLength(20)
    })

    it("moves money once for a repeated idempotency key, also when the repeats race", async () => {
      const wallet = await fund(100)
      const entries = await Promise.all(
        Array.from({ length: 8 }, () =>
          service.recordEntry({ wallet_id: wallet.id, type: "debit", amount: 30, idempotency_key: "same" })
        )
      )
      expect(new Set(entries.map((e) => e.id)).size).toBe(1)
      const again = await service.recordEntryOnce({ wallet_id: wallet.id, type: "debit", amount: 30, idempotency_key: "same" })
      expect(again).toEqual({ entry: expect.objectContaining({ id: entries[0].id }), replayed: true })
      expect(Number((await reload(wallet.id)).balance)).toBe(70)
      await expect(
        service.recordEntry({ wallet_id: wallet.id, type: "debit", amount: 31, idempotency_key: "same" })
      ).rejects.toThrow(/already used/)
    })

    it("holds reduce available; capture debits and release frees them, each once", async () => {
      const wallet = await fund(100)
      const hold = await service.recordEntry({ wallet_id: wallet.id, type: "hold", amount: 60, idempotency_key: "h1" })
      let balance = await reload(wallet.id)
      expect([Number(balance.balance), Number(balance.held), Number(balance.available)]).toEqual([100, 60, 40])
      await expect(
        service.recordEntry({ wallet_id: wallet.id, type: "debit", amount: 50, idempotency_key: "d-over-hold" })
      ).rejects.toThrow(/Insufficient/)

      await service.recordEntry({ wallet_id: wallet.id, type: "capture", hold_id: hold.hold_id!, idempotency_key: "cap1" })
      await expect(
        service.recordEntry({ wallet_id: wallet.id, type: "release", hold_id: hold.hold_id!, idempotency_key: "rel1" })
      ).rejects.toThrow(/already captured/)
      balance = await reload(wallet.id)
      expect([Number(balance.balance), Number(balance.held), Number(balance.available)]).toEqual([40, 0, 40])

      const second = await service.recordEntry({ wallet_id: wallet.id, type: "hold", amount: 40, idempotency_key: "h2" })
      await service.recordEntry({ wallet_id: wallet.id, type: "release", hold_id: second.hold_id!, idempotency_key: "rel2" })
      balance = await reload(wallet.id)
      expect(MathBN.eq(balance.available, 40)).toBe(true)
      expect((await service.retrieveWalletHold(second.hold_id!)).status).toBe("released")
    })
  },
})
