import { container as appContainer } from "@medusajs/framework"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MathBN, MedusaError, PaymentActions } from "@medusajs/framework/utils"
import { WALLET_MODULE } from "../../modules/wallet"
import type WalletModuleService from "../../modules/wallet/service"
import { WALLET_PROVIDER_IDENTIFIER } from "./constants"

/** What the session keeps; visible to the storefront, so it holds ids and amounts only. */
export type WalletSessionData = {
  customer_id: string
  currency_code: string
  amount: string
  session_id: string
  wallet_id?: string
  hold_id?: string
  capture_entry_id?: string
}

function sessionData(data: Record<string, unknown> | undefined): WalletSessionData {
  if (!data?.customer_id || !data.session_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The wallet payment session is incomplete")
  }
  return data as unknown as WalletSessionData
}

/**
 * Pay with wallet: authorize holds the amount, capture debits the hold, cancel releases it, refund
 * credits the wallet back. Every call is keyed (session, hold or refund id), so Medusa's retries and
 * replays move money once.
 */
class WalletPaymentProviderService extends AbstractPaymentProvider<Record<string, never>> {
  static identifier = WALLET_PROVIDER_IDENTIFIER

  private readonly cradle_: Record<string, unknown>

  constructor(cradle: Record<string, unknown>, options: Record<string, never>) {
    super(cradle, options)
    this.cradle_ = cradle
  }

  /**
   * The payment module's container only holds what its config lists in `dependencies`; with
   * `dependencies: ["wallet"]` we use that, otherwise the application's container.
   */
  private wallets(): WalletModuleService {
    try {
      const wallets = this.cradle_[WALLET_MODULE] as WalletModuleService | undefined
      if (wallets) {
        return wallets
      }
    } catch {
      // not registered in the payment module's container
    }
    return appContainer.resolve<WalletModuleService>(WALLET_MODULE)
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const customerId = input.context?.customer?.id
    if (!customerId) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Sign in to pay with your wallet")
    }
    const sessionId = input.context?.idempotency_key ?? `${customerId}:${Date.now()}`
    const data: WalletSessionData = {
      customer_id: customerId,
      currency_code: input.currency_code.toLowerCase(),
      amount: MathBN.convert(input.amount).toString(),
      session_id: sessionId,
    }
    return { id: sessionId, data, status: "pending" }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = sessionData(input.data)
    return { data: { ...data, amount: MathBN.convert(input.amount).toString() }, status: "pending" }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = sessionData(input.data)
    const wallets = this.wallets()
    let holdId = data.hold_id
    let walletId = data.wallet_id
    if (!holdId) {
      const wallet = await wallets.getOrCreateWallet({
        owner_type: "customer",
        owner_id: data.customer_id,
        currency_code: data.currency_code,
      })
      // Keyed by the session: a retried authorization replays the first hold instead of holding twice.
      const hold = await wallets.recordEntry({
        wallet_id: wallet.id,
        type: "hold",
        amount: data.amount,
        idempotency_key: `payment-hold:${data.session_id}`,
        reference_type: "payment",
        reference_id: data.session_id,
        actor_type: "customer",
        actor_id: data.customer_id,
      })
      holdId = hold.hold_id!
      walletId = wallet.id
    }
    // A replay (of the call or of the hold's key) answers with what the hold is now: a released hold
    // is no payment, so it is never `authorized`; pay with the wallet again to hold anew.
    const hold = await wallets.retrieveWalletHold(holdId)
    const status = hold.status === "active" ? "authorized" : hold.status === "captured" ? "captured" : "canceled"
    return { status, data: { ...data, wallet_id: walletId, hold_id: holdId } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = sessionData(input.data)
    if (!data.hold_id || !data.wallet_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The wallet payment was never authorized")
    }
    const entry = await this.wallets().recordEntry({
      wallet_id: data.wallet_id,
      type: "capture",
      hold_id: data.hold_id,
      idempotency_key: `payment-capture:${data.hold_id}`,
      reference_type: "payment",
      reference_id: data.session_id,
    })
    return { data: { ...data, capture_entry_id: entry.id } }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: await this.releaseHold(input.data) }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: await this.releaseHold(input.data) }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = sessionData(input.data)
    if (!data.wallet_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The wallet payment was never authorized")
    }
    const refundKey = input.context?.idempotency_key
    if (!refundKey) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A wallet refund needs the refund's id")
    }
    await this.wallets().recordEntry({
      wallet_id: data.wallet_id,
      type: "credit",
      amount: input.amount,
      idempotency_key: `payment-refund:${refundKey}`,
      reference_type: "refund",
      reference_id: refundKey,
    })
    return { data }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data as Partial<WalletSessionData> | undefined
    if (!data?.hold_id) {
      return { status: "pending", data: input.data }
    }
    const hold = await this.wallets().retrieveWalletHold(data.hold_id)
    const status = hold.status === "captured" ? "captured" : hold.status === "released" ? "canceled" : "authorized"
    return { status, data: input.data }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  async getWebhookActionAndData(): Promise<WebhookActionResult> {
    // A wallet has no outside party to call us back.
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private async releaseHold(raw: Record<string, unknown> | undefined): Promise<Record<string, unknown>> {
    const data = raw as Partial<WalletSessionData> | undefined
    if (!data?.hold_id || !data.wallet_id) {
      return raw ?? {}
    }
    const wallets = this.wallets()
    const hold = await wallets.retrieveWalletHold(data.hold_id)
    if (hold.status === "active") {
      await wallets.recordEntry({
        wallet_id: data.wallet_id,
        type: "release",
        hold_id: data.hold_id,
        idempotency_key: `payment-release:${data.hold_id}`,
        reference_type: "payment",
        reference_id: data.session_id ?? null,
      })
    }
    return { ...data }
  }
}

export default WalletPaymentProviderService
