export type AdminWallet = {
  id: string | null
  owner_type: string
  owner_id: string
  currency_code: string
  balance: number
  held: number
  available: number
}

export type WalletEntry = {
  id: string
  type: string
  amount: number
  balance_after: number
  reference_type: string | null
  reference_id: string | null
  actor_id: string | null
  note: string | null
  created_at: string
}

export type WalletWithdrawal = {
  id: string
  wallet_id: string
  amount: number
  iban: string
  account_holder: string
  status: "pending" | "approved" | "rejected"
  bank_reference: string | null
  rejection_reason: string | null
  created_at: string
}
