import type { Client, Paginated } from "../types"
import type {
  Wallet,
  WalletAmount,
  WalletEntry,
  WalletEntryFilters,
  WalletOwnerType,
  WalletWithdrawal,
  WalletWithdrawalStatus,
} from "../store/wallet"

export type AdminWallet = Wallet & { id: string; created_at: string; updated_at: string }

export type AdjustWallet = {
  type: "credit" | "debit"
  amount: WalletAmount
  /** Required and kept on the ledger entry with the admin who made the adjustment. */
  reason: string
  idempotency_key?: string
}

/** Wallets, adjustments, the payout queue and refunds to wallet: `sdk.asoud.admin.wallet`. */
export class AdminWalletApi {
  constructor(private readonly client: Client) {}

  list(query?: { owner_type?: WalletOwnerType; owner_id?: string | string[]; currency_code?: string; limit?: number; offset?: number }) {
    return this.client.fetch<{ wallets: AdminWallet[] } & Paginated>("/admin/wallets", { query })
  }

  /** Opens the owner's wallet in that currency, or returns the existing one. */
  open(body: { owner_type: WalletOwnerType; owner_id: string; currency_code?: string }) {
    return this.client.fetch<{ wallet: AdminWallet }>("/admin/wallets", { method: "POST", body })
  }

  retrieve(id: string) {
    return this.client.fetch<{ wallet: AdminWallet }>(`/admin/wallets/${id}`)
  }

  listEntries(id: string, query?: WalletEntryFilters) {
    return this.client.fetch<{ entries: WalletEntry[] } & Paginated>(`/admin/wallets/${id}/entries`, { query })
  }

  adjust(id: string, body: AdjustWallet) {
    return this.client.fetch<{ entry: WalletEntry; wallet: AdminWallet }>(`/admin/wallets/${id}/adjustments`, {
      method: "POST",
      body,
    })
  }

  listWithdrawals(query?: { status?: WalletWithdrawalStatus | WalletWithdrawalStatus[]; wallet_id?: string; limit?: number; offset?: number }) {
    return this.client.fetch<{ withdrawals: WalletWithdrawal[] } & Paginated>("/admin/wallet-withdrawals", { query })
  }

  approveWithdrawal(id: string, body: { bank_reference: string }) {
    return this.client.fetch<{ withdrawal: WalletWithdrawal }>(`/admin/wallet-withdrawals/${id}/approve`, {
      method: "POST",
      body,
    })
  }

  rejectWithdrawal(id: string, body: { reason: string }) {
    return this.client.fetch<{ withdrawal: WalletWithdrawal }>(`/admin/wallet-withdrawals/${id}/reject`, {
      method: "POST",
      body,
    })
  }

  /** The bank batch as CSV text (approved payouts not exported before, unless `include_exported`). */
  async exportWithdrawals(body: { include_exported?: boolean } = {}): Promise<string> {
    const response = await this.client.fetch<Response>("/admin/wallet-withdrawals/export", {
      method: "POST",
      body,
      headers: { accept: "text/csv" },
    })
    return typeof response === "string" ? response : await response.text()
  }

  refundOrderToWallet(orderId: string, body: { amount: WalletAmount; note?: string; idempotency_key?: string }) {
    return this.client.fetch<{ entry: WalletEntry }>(`/admin/orders/${orderId}/wallet-refunds`, { method: "POST", body })
  }
}
