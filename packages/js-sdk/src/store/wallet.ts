import type { Client, Paginated } from "../types"

export type WalletOwnerType = "customer" | "market" | "affiliate" | "platform"
export type WalletEntryType = "credit" | "debit" | "hold" | "release" | "capture"
export type WalletWithdrawalStatus = "pending" | "approved" | "rejected"

/** Amounts are whole numbers in the wallet currency (IRR); send them as numbers or digit strings. */
export type WalletAmount = number | string

export type Wallet = {
  /** null until the owner's first money move. */
  id: string | null
  owner_type: WalletOwnerType
  owner_id: string
  currency_code: string
  balance: number
  /** On hold for authorized payments and pending withdrawals. */
  held: number
  /** balance − held: what can be spent or withdrawn now. */
  available: number
}

export type WalletEntry = {
  id: string
  wallet_id: string
  type: WalletEntryType
  amount: number
  balance_after: number
  held_after: number
  hold_id: string | null
  reference_type: string | null
  reference_id: string | null
  actor_type: string | null
  actor_id: string | null
  note: string | null
  created_at: string
}

export type WalletWithdrawal = {
  id: string
  wallet_id: string
  amount: number
  currency_code: string
  iban: string
  account_holder: string
  status: WalletWithdrawalStatus
  bank_reference: string | null
  rejection_reason: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  exported_at: string | null
  created_at: string
}

export type WalletTopUp = {
  id: string
  wallet_id: string
  amount: number
  currency_code: string
  provider_id: string
  payment_collection_id: string
  status: "pending" | "credited" | "failed"
  entry_id: string | null
  created_at: string
}

export type WalletEntryFilters = {
  type?: WalletEntryType | WalletEntryType[]
  reference_type?: string | string[]
  reference_id?: string
  currency_code?: string
  limit?: number
  offset?: number
}

export type CreateWalletTopUp = {
  amount: WalletAmount
  /** A gateway provider id, e.g. "pp_zarinpal_zarinpal". */
  provider_id: string
  currency_code?: string
  /** Passed to the gateway session, e.g. `{ return_url }`. */
  data?: Record<string, unknown>
}

export type CreateWalletWithdrawal = {
  amount: WalletAmount
  /** Sheba: IR + 24 digits; spaces, dashes and Persian digits are accepted. */
  iban: string
  account_holder: string
  currency_code?: string
  /** Send the same key when retrying, so the amount is held once. */
  idempotency_key?: string
}

export type StartWalletSplit = {
  /** The part the wallet pays; the gateway is charged the rest of the cart total. */
  wallet_amount: WalletAmount
  provider_id: string
  /** Handed to the gateway session, e.g. `{ return_url }`. */
  data?: Record<string, unknown>
}

type SplitSession = { id: string; provider_id: string; amount: number; data: Record<string, unknown> }

/** The signed-in customer's wallet: `sdk.asoud.store.wallet.retrieve()`. */
export class StoreWallet {
  constructor(private readonly client: Client) {}

  retrieve(query?: { currency_code?: string }, headers?: Record<string, string>) {
    return this.client.fetch<{ wallet: Wallet }>("/store/customers/me/wallet", { query, headers })
  }

  listEntries(query?: WalletEntryFilters, headers?: Record<string, string>) {
    return this.client.fetch<{ entries: WalletEntry[] } & Paginated>("/store/customers/me/wallet/entries", {
      query,
      headers,
    })
  }

  /** Starts a top-up; send the browser to `payment_session.data.redirect` to pay at the gateway. */
  createTopUp(body: CreateWalletTopUp, headers?: Record<string, string>) {
    return this.client.fetch<{
      top_up: WalletTopUp
      payment_session: { id: string; provider_id: string; data: Record<string, unknown> }
    }>("/store/customers/me/wallet/top-ups", { method: "POST", body, headers })
  }

  retrieveTopUp(id: string, headers?: Record<string, string>) {
    return this.client.fetch<{ top_up: WalletTopUp }>(`/store/customers/me/wallet/top-ups/${id}`, { headers })
  }

  requestWithdrawal(body: CreateWalletWithdrawal, headers?: Record<string, string>) {
    return this.client.fetch<{ withdrawal: WalletWithdrawal }>("/store/customers/me/wallet/withdrawals", {
      method: "POST",
      body,
      headers,
    })
  }

  /**
   * Pays a cart partly from the wallet and the rest at a gateway (create the cart's payment collection
   * first). Send the browser to `payment_sessions.gateway.data.redirect`; the bank's return completes
   * the cart, holding the wallet part; if the gateway part fails, nothing stays held.
   */
  startSplitPayment(cartId: string, body: StartWalletSplit, headers?: Record<string, string>) {
    return this.client.fetch<{ payment_sessions: { gateway: SplitSession; wallet: SplitSession } }>(
      `/store/carts/${cartId}/wallet-split`,
      { method: "POST", body, headers }
    )
  }

  listWithdrawals(query?: { status?: WalletWithdrawalStatus; limit?: number; offset?: number }, headers?: Record<string, string>) {
    return this.client.fetch<{ withdrawals: WalletWithdrawal[] } & Paginated>("/store/customers/me/wallet/withdrawals", {
      query,
      headers,
    })
  }
}
