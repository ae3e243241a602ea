import { MedusaError } from "@medusajs/framework/utils"
import type { IranGatewayProvider } from "../base-provider"
import { RETURN_KEY, type GatewaySessionData } from "../types"
import { payOnSimulatedBank, toRawReturn, type BankChoice, type BankReturn, type Redirect } from "./bank-driver"

export type ConformanceOptions = {
  /** Shown in the test names. */
  name: string
  /** The provider class, for its static option validation. */
  providerClass: { validateOptions(options: Record<string, unknown>): void }
  /** A provider under test, configured with these kit options plus its own credentials. */
  createProvider: (kit: { callback_base_url: string; storefront_urls: string[]; timeout_ms: number }) => IranGatewayProvider
  /** Credentials that must never appear in session data. */
  secrets: string[]
  /** Drives the bank page; defaults to the Asoud simulator's pages. */
  pay?: (redirect: Redirect, choice: BankChoice) => Promise<BankReturn>
  /** Makes the next bank payment take `amount` (gateway unit) instead of the requested one, if the bank can. */
  armAmountMismatch?: (amount: number) => Promise<void> | void
  /** A whole payment reversible right after verification (false for gateways that cannot reverse). */
  reversible?: boolean
  /** Makes the next reversal go through at the bank while its answer is lost (a dropped connection). */
  armLostReversal?: () => Promise<void> | void
}

const STOREFRONT = "https://shop.example"
const CALLBACK_BASE = "https://api.shop.example"
let sessionSeq = 0

/**
 * The behaviour every Iranian redirect gateway on the kit must show, as jest tests. Run it in your
 * provider's own spec against your gateway's sandbox or a simulator:
 *
 *   describeGatewayConformance({ name: "Zarinpal", providerClass, createProvider, secrets: [merchantId] })
 */
export function describeGatewayConformance(options: ConformanceOptions): void {
  const pay = options.pay ?? payOnSimulatedBank
  const provider = () => options.createProvider({ callback_base_url: CALLBACK_BASE, storefront_urls: [STOREFRONT], timeout_ms: 5_000 })

  async function initiate(p: IranGatewayProvider, amount = 1_250_000) {
    const sessionId = `payses_conformance_${Date.now()}_${++sessionSeq}`
    const { data } = await p.initiatePayment({ amount, currency_code: "irr", data: { session_id: sessionId, return_url: `${STOREFRONT}/done` }, context: {} })
    return data as unknown as GatewaySessionData
  }

  async function returnFrom(p: IranGatewayProvider, session: GatewaySessionData, ret: BankReturn) {
    const { data } = await p.updatePayment({ amount: session.amount, currency_code: "irr", data: { ...session, [RETURN_KEY]: toRawReturn(ret) } })
    return data as unknown as GatewaySessionData
  }

  describe(`${options.name} conformance`, () => {
    it("refuses options without a callback URL or storefront allow-list with a readable error", () => {
      expect(() => options.providerClass.validateOptions({})).toThrow(/callback_base_url/)
    })

    it("initiates with a token, a redirect, IRR amounts and no credential in the session data", async () => {
      const session = await initiate(provider())
      expect(session.token).toBeTruthy()
      expect(["GET", "POST"]).toContain(session.redirect.method)
      expect(session.callback_url.startsWith(`${CALLBACK_BASE}/iran-payments/callback/`)).toBe(true)
      expect(session.amount).toBe(1_250_000)
      expect(Number.isInteger(session.gateway_amount)).toBe(true)
      const visible = JSON.stringify(session)
      for (const secret of options.secrets) {
        expect(visible).not.toContain(secret)
      }
    })

    it("refuses a return URL outside the allow-list and a currency other than IRR", async () => {
      const p = provider()
      await expect(p.initiatePayment({ amount: 10_000, currency_code: "irr", data: { session_id: "payses_x", return_url: "https://evil.example/" } })).rejects.toThrow(/return_url/)
      await expect(p.initiatePayment({ amount: 10_000, currency_code: "usd", data: { session_id: "payses_y", return_url: `${STOREFRONT}/` } })).rejects.toThrow(/IRR/)
    })

    it("verifies a paid return once and reports it captured; authorizing again calls nothing new", async () => {
      const p = provider()
      const session = await initiate(p)
      const returned = await returnFrom(p, session, await pay(session.redirect, "pay"))
      expect(returned.return?.outcome).toBe("paid")
      const first = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
      expect(first.status).toBe("captured")
      const data = first.data as unknown as GatewaySessionData
      expect(data.verification?.outcome).toBe("verified")
      expect(data.verification?.bank_reference).toBeTruthy()
      const again = await p.authorizePayment({ data: first.data })
      expect(again.status).toBe("captured")
      expect((await p.getPaymentStatus({ data: first.data })).status).toBe("captured")
    })

    it("reads a cancelled return as cancelled and does not authorize it", async () => {
      const p = provider()
      const session = await initiate(p)
      const returned = await returnFrom(p, session, await pay(session.redirect, "cancel"))
      expect(returned.return?.outcome).toBe("canceled")
      const result = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
      expect(result.status).not.toBe("captured")
      expect(result.status).not.toBe("authorized")
    })

    it("rejects a return whose token belongs to another payment, without verifying", async () => {
      const p = provider()
      const mine = await initiate(p)
      const other = await initiate(p)
      const returned = await returnFrom(p, mine, await pay(other.redirect, "pay"))
      expect(returned.latest_return?.outcome).toBe("rejected")
      const result = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
      expect(result.status).toBe("pending")
      expect((result.data as unknown as GatewaySessionData).verification).toBeNull()
    })

    if (options.armAmountMismatch) {
      it("fails when the bank took a different amount", async () => {
        const p = provider()
        const session = await initiate(p)
        await options.armAmountMismatch!(session.gateway_amount - 1_000)
        const returned = await returnFrom(p, session, await pay(session.redirect, "pay"))
        const result = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
        expect(result.status).toBe("error")
        expect((result.data as unknown as GatewaySessionData).verification?.outcome).toBe("failed")
      })
    }

    if (options.armLostReversal) {
      it("recognises a reversal whose answer was lost when the kit retries it, and never reverses past its window", async () => {
        const p = provider()
        const session = await initiate(p)
        const returned = await returnFrom(p, session, await pay(session.redirect, "pay"))
        const { data } = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
        const verified = data as unknown as GatewaySessionData
        await options.armLostReversal!()
        await expect(p.cancelPayment({ data })).rejects.toThrow()
        const retried = await p.cancelPayment({ data: { ...data, reversal_retry_at: new Date().toISOString() } })
        const after = retried.data as unknown as GatewaySessionData
        expect(after.reversed_at).toBeTruthy()
        expect(after.reversal_retry_at).toBeUndefined()
        if (verified.reversible_until) {
          // Past the window the gateway is not asked to reverse: an operator refunds instead.
          const other = await initiate(p)
          const paid = await returnFrom(p, other, await pay(other.redirect, "pay"))
          const { data: standing } = await p.authorizePayment({ data: paid as unknown as Record<string, unknown> })
          const until = (standing as unknown as GatewaySessionData).reversible_until!
          const late = new Date(Date.parse(until) + 60_000).toISOString()
          await expect(p.cancelPayment({ data: { ...standing, reversal_retry_at: late } })).rejects.toThrow(/wallet/)
        }
      })
    }

    it("refunds only the whole payment, and names the wallet as the alternative", async () => {
      const p = provider()
      const session = await initiate(p)
      const returned = await returnFrom(p, session, await pay(session.redirect, "pay"))
      const { data } = await p.authorizePayment({ data: returned as unknown as Record<string, unknown> })
      const partial = p.refundPayment({ amount: 1_000, data })
      await expect(partial).rejects.toBeInstanceOf(MedusaError)
      await expect(p.refundPayment({ amount: 1_000, data })).rejects.toThrow(/wallet/)
      if (options.reversible !== false) {
        const refunded = await p.refundPayment({ amount: session.amount, data })
        expect((refunded.data as unknown as GatewaySessionData).reversed_at).toBeTruthy()
        await expect(p.refundPayment({ amount: session.amount, data: refunded.data })).rejects.toThrow(/already reversed/)
      }
    })
  })
}
