export const walletEntryFields = [
  "id",
  "wallet_id",
  "type",
  "amount",
  "balance_after",
  "held_after",
  "hold_id",
  "reference_type",
  "reference_id",
  "actor_type",
  "actor_id",
  "note",
  "created_at",
]

export const listWalletEntriesConfig = { defaults: walletEntryFields, isList: true, defaultLimit: 20 }

export const walletFields = ["id", "owner_type", "owner_id", "currency_code", "balance", "held", "created_at", "updated_at"]

export const listWalletsConfig = { defaults: walletFields, isList: true, defaultLimit: 20 }

export const withdrawalFields = [
  "id",
  "wallet_id",
  "amount",
  "currency_code",
  "iban",
  "account_holder",
  "status",
  "bank_reference",
  "rejection_reason",
  "reviewed_by",
  "reviewed_at",
  "exported_at",
  "created_at",
]

export const listWithdrawalsConfig = { defaults: withdrawalFields, isList: true, defaultLimit: 20 }

export const topUpFields = ["id", "wallet_id", "amount", "currency_code", "provider_id", "payment_collection_id", "status", "entry_id", "created_at"]
