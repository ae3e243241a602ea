import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { WALLET_MODULE, type WalletDTO, type WalletOwner } from "../modules/wallet"
import type WalletModuleService from "../modules/wallet/service"

/** A wallet as the API shows it: balance, what is on hold, and what can be spent now. */
export function presentWallet(wallet: Pick<WalletDTO, "balance" | "held"> & Record<string, unknown>) {
  return {
    ...wallet,
    balance: new BigNumber(wallet.balance).numeric,
    held: new BigNumber(wallet.held).numeric,
    available: new BigNumber(MathBN.sub(wallet.balance, wallet.held)).numeric,
  }
}

/** Reading a wallet never creates one: an owner without a wallet has an empty one. */
export async function findWallet(container: MedusaContainer, owner: WalletOwner) {
  const wallets: WalletModuleService = container.resolve(WALLET_MODULE)
  const [wallet] = await wallets.listWallets(owner)
  return wallet as unknown as WalletDTO | undefined
}

export function emptyWallet(owner: WalletOwner) {
  return { id: null, ...owner, balance: 0, held: 0, available: 0 }
}

/** The client's retry key (body or `Idempotency-Key` header), or a fresh one for a one-off call. */
export function idempotencyKey(fromBody: string | undefined, header: string | string[] | undefined): string {
  const fromHeader = Array.isArray(header) ? header[0] : header
  return fromBody ?? fromHeader ?? randomUUID()
}

/** One wallet's withdrawal requests as a paginated list answer, newest first unless the client orders them. */
export async function sendWalletWithdrawals(req: AuthenticatedMedusaRequest, res: MedusaResponse, walletId: string) {
  const { skip, take } = req.queryConfig.pagination
  const { status } = req.filterableFields as { status?: string | string[] }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "wallet_withdrawal",
    fields: req.queryConfig.fields,
    filters: { ...(status ? { status } : {}), wallet_id: walletId },
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination.order ?? { created_at: "DESC" } },
  })
  res.json({ withdrawals: data, count: metadata?.count ?? data.length, offset: skip, limit: take })
}
