import { z } from "@medusajs/framework/zod"
import { WALLET_ENTRY_TYPES, WALLET_OWNER_TYPES } from "../modules/wallet/types"

/** Money in the wallet currency's major unit (IRR has no decimals): a positive whole number. */
export const Amount = z.union([
  z.number().int().positive(),
  z.string().regex(/^[1-9]\d*$/, "Amount must be a positive whole number"),
])

const Pagination = {
  fields: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  order: z.string().optional(),
}

const CurrencyCode = z.string().regex(/^[a-zA-Z]{3}$/).transform((code) => code.toLowerCase())

export const GetWalletParams = z.object({ currency_code: CurrencyCode.default("irr") })
export type GetWalletParamsType = z.infer<typeof GetWalletParams>

export const ListWalletEntriesParams = z.object({
  ...Pagination,
  currency_code: CurrencyCode.optional(),
  type: z.union([z.enum(WALLET_ENTRY_TYPES), z.array(z.enum(WALLET_ENTRY_TYPES))]).optional(),
  reference_type: z.union([z.string(), z.array(z.string())]).optional(),
  reference_id: z.string().optional(),
})
export type ListWalletEntriesParamsType = z.infer<typeof ListWalletEntriesParams>

export const ListWalletsParams = z.object({
  ...Pagination,
  owner_type: z.enum(WALLET_OWNER_TYPES).optional(),
  owner_id: z.union([z.string(), z.array(z.string())]).optional(),
  currency_code: CurrencyCode.optional(),
})
export type ListWalletsParamsType = z.infer<typeof ListWalletsParams>

export const ListWithdrawalsParams = z.object({
  ...Pagination,
  status: z.union([z.enum(["pending", "approved", "rejected"]), z.array(z.enum(["pending", "approved", "rejected"]))]).optional(),
  wallet_id: z.string().optional(),
})
export type ListWithdrawalsParamsType = z.infer<typeof ListWithdrawalsParams>

export const CreateWallet = z.object({
  owner_type: z.enum(WALLET_OWNER_TYPES),
  owner_id: z.string().min(1),
  currency_code: CurrencyCode.default("irr"),
})
export type CreateWalletType = z.infer<typeof CreateWallet>

export const AdjustWallet = z.object({
  type: z.enum(["credit", "debit"]),
  amount: Amount,
  reason: z.string().trim().min(3, "Say why the balance is adjusted"),
  /** Send the same key to retry safely; without one each call is a new adjustment. */
  idempotency_key: z.string().min(1).max(200).optional(),
})
export type AdjustWalletType = z.infer<typeof AdjustWallet>

export const CreateTopUp = z.object({
  amount: Amount,
  provider_id: z.string().min(1),
  currency_code: CurrencyCode.default("irr"),
  /** Handed to the gateway session, e.g. `{ return_url }`. */
  data: z.record(z.string(), z.unknown()).optional(),
})
export type CreateTopUpType = z.infer<typeof CreateTopUp>

export const CreateWithdrawal = z.object({
  amount: Amount,
  iban: z.string().min(24).max(40),
  account_holder: z.string().trim().min(2).max(120),
  currency_code: CurrencyCode.default("irr"),
  idempotency_key: z.string().min(1).max(200).optional(),
})
export type CreateWithdrawalType = z.infer<typeof CreateWithdrawal>

export const ApproveWithdrawal = z.object({ bank_reference: z.string().trim().min(1).max(120) })
export type ApproveWithdrawalType = z.infer<typeof ApproveWithdrawal>

export const RejectWithdrawal = z.object({ reason: z.string().trim().min(3) })
export type RejectWithdrawalType = z.infer<typeof RejectWithdrawal>

export const ExportWithdrawals = z.object({ include_exported: z.boolean().default(false) })
export type ExportWithdrawalsType = z.infer<typeof ExportWithdrawals>

export const RefundToWallet = z.object({
  amount: Amount,
  note: z.string().trim().max(500).optional(),
  idempotency_key: z.string().min(1).max(200).optional(),
})
export type RefundToWalletType = z.infer<typeof RefundToWallet>

export const StartSplitPayment = z.object({
  wallet_amount: Amount,
  provider_id: z.string().min(1).refine((id) => id !== "pp_wallet_wallet", "Choose a gateway for the rest"),
  data: z.record(z.string(), z.unknown()).optional(),
})
export type StartSplitPaymentType = z.infer<typeof StartSplitPayment>
