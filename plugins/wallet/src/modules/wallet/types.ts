import type { BigNumberInput, BigNumberValue } from "@medusajs/framework/types"

export const WALLET_OWNER_TYPES = ["customer", "market", "affiliate", "platform"] as const
export type WalletOwnerType = (typeof WALLET_OWNER_TYPES)[number]

export const WALLET_ENTRY_TYPES = ["credit", "debit", "hold", "release", "capture"] as const
export type WalletEntryType = (typeof WALLET_ENTRY_TYPES)[number]

/** What a ledger line refers to; free text in the database so a new flow needs no migration. */
export type WalletReferenceType =
  | "order"
  | "payment"
  | "refund"
  | "top_up"
  | "withdrawal"
  | "adjustment"
  | "commission"
  | (string & {})

export type WalletOwner = {
  owner_type: WalletOwnerType
  owner_id: string
  currency_code: string
}

export type WalletDTO = WalletOwner & {
  id: string
  balance: BigNumberValue
  held: BigNumberValue
  metadata?: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type WalletEntryDTO = {
  id: string
  wallet_id: string
  type: WalletEntryType
  amount: BigNumberValue
  balance_after: BigNumberValue
  held_after: BigNumberValue
  hold_id: string | null
  reference_type: string | null
  reference_id: string | null
  idempotency_key: string
  actor_type: string | null
  actor_id: string | null
  note: string | null
  created_at: Date
}

export type WalletHoldDTO = {
  id: string
  wallet_id: string
  amount: BigNumberValue
  status: "active" | "released" | "captured"
  reference_type: string | null
  reference_id: string | null
}

type EntryCommon = {
  wallet_id: string
  /** Unique across the ledger: a second call with the same key returns the first entry and moves nothing. */
  idempotency_key: string
  reference_type?: WalletReferenceType | null
  reference_id?: string | null
  actor_type?: string | null
  actor_id?: string | null
  note?: string | null
}

export type RecordEntryInput =
  | (EntryCommon & { type: "credit" | "debit" | "hold"; amount: BigNumberInput })
  | (EntryCommon & { type: "release" | "capture"; hold_id: string })

/** Balance, money on hold and what can be spent now (balance − active holds). */
export type WalletBalance = {
  balance: BigNumberValue
  held: BigNumberValue
  available: BigNumberValue
}

export type RecordedEntry = { entry: WalletEntryDTO; replayed: boolean }
