import type { BigNumberInput, Context, DAL } from "@medusajs/framework/types"
import {
  BigNumber,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Wallet, WalletEntry, WalletHold, WalletTopUp, WalletWithdrawal } from "./models"
import type {
  RecordedEntry,
  RecordEntryInput,
  WalletBalance,
  WalletDTO,
  WalletEntryDTO,
  WalletOwner,
} from "./types"

// DML types a bigNumber input as `number`; the service stores BigNumber/strings exactly, so we keep them.
export function asAmount(value: BigNumberInput): number {
  return value as unknown as number
}

type LockedWallet = { id: string; balance: string; held: string }

// Waiting longer than this for a wallet's row lock means something is stuck; fail rather than pile up.
const LOCK_TIMEOUT = "10s"

class WalletModuleService extends MedusaService({
  Wallet,
  WalletEntry,
  WalletHold,
  WalletWithdrawal,
  WalletTopUp,
}) {
  protected readonly baseRepository_: DAL.RepositoryService

  constructor(deps: { baseRepository: DAL.RepositoryService }) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.baseRepository_ = deps.baseRepository
  }

  /** The owner's wallet in that currency, created on first use; safe under concurrent first uses. */
  @InjectManager()
  async getOrCreateWallet(owner: WalletOwner, @MedusaContext() sharedContext: Context = {}): Promise<WalletDTO> {
    const selector = { ...owner, currency_code: owner.currency_code.toLowerCase() }
    const [existing] = await this.listWallets(selector, {}, sharedContext)
    if (existing) {
      return existing as unknown as WalletDTO
    }
    try {
      return (await this.createWallets(selector, sharedContext)) as unknown as WalletDTO
    } catch (error) {
      // A concurrent first use won the unique (owner, currency) index: use its wallet.
      const [created] = await this.listWallets(selector, {}, sharedContext)
      if (created) {
        return created as unknown as WalletDTO
      }
      throw error
    }
  }

  balanceOf(wallet: Pick<WalletDTO, "balance" | "held">): WalletBalance {
    return {
      balance: new BigNumber(wallet.balance),
      held: new BigNumber(wallet.held),
      available: new BigNumber(MathBN.sub(wallet.balance, wallet.held)),
    }
  }

  /**
   * Appends one ledger entry and moves the wallet's balance/held in the same transaction, under the
   * wallet's row lock, so concurrent moves serialize and `available` can never go below zero.
   * A repeated idempotency key returns the first entry; the unique index is the last guard.
   */
  @InjectManager()
  async recordEntry(input: RecordEntryInput, @MedusaContext() sharedContext: Context = {}): Promise<WalletEntryDTO> {
    return (await this.recordEntryOnce(input, sharedContext)).entry
  }

  /** Like `recordEntry`, and says whether this call moved the money or replayed an earlier move. */
  @InjectManager()
  async recordEntryOnce(input: RecordEntryInput, @MedusaContext() sharedContext: Context = {}): Promise<RecordedEntry> {
    try {
      return await this.recordEntry_(input, sharedContext)
    } catch (error) {
      const existing = await this.findEntryByKey(input.idempotency_key, sharedContext)
      if (existing) {
        return { entry: this.assertSameMove(existing, input), replayed: true }
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async recordEntry_(
    input: RecordEntryInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecordedEntry> {
    const knex = (sharedContext.transactionManager as SqlEntityManager | undefined)?.getTransactionContext()
    if (!knex) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Wallet entries must be recorded inside a transaction")
    }
    await knex.raw(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT}'`)
    const [wallet] = (await knex("wallet")
      .where({ id: input.wallet_id, deleted_at: null })
      .forUpdate()
      .select("id", "balance", "held")) as LockedWallet[]
    if (!wallet) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Wallet ${input.wallet_id} was not found`)
    }

    // Checked under the lock: a twin request holding the same key has committed by now.
    const existing = await this.findEntryByKey(input.idempotency_key, sharedContext)
    if (existing) {
      return { entry: this.assertSameMove(existing, input), replayed: true }
    }

    const move = await this.planMove(input, wallet, sharedContext)
    await knex("wallet")
      .where({ id: wallet.id })
      .update({
        balance: move.balance.numeric,
        raw_balance: JSON.stringify(move.balance.raw),
        held: move.held.numeric,
        raw_held: JSON.stringify(move.held.raw),
        updated_at: knex.fn.now(),
      })

    const entry = await this.createWalletEntries(
      {
        wallet_id: wallet.id,
        type: input.type,
        amount: asAmount(move.amount),
        balance_after: asAmount(move.balance),
        held_after: asAmount(move.held),
        hold_id: move.holdId,
        reference_type: input.reference_type ?? null,
        reference_id: input.reference_id ?? null,
        idempotency_key: input.idempotency_key,
        actor_type: input.actor_type ?? null,
        actor_id: input.actor_id ?? null,
        note: input.note ?? null,
      },
      sharedContext
    )
    return { entry: entry as unknown as WalletEntryDTO, replayed: false }
  }

  private async planMove(input: RecordEntryInput, wallet: LockedWallet, sharedContext: Context) {
    const balance = MathBN.convert(wallet.balance)
    const held = MathBN.convert(wallet.held)
    const available = MathBN.sub(balance, held)
    const result = (next: { amount: BigNumber; balance: unknown; held: unknown; holdId: string | null }) => ({
      amount: next.amount,
      balance: new BigNumber(next.balance as BigNumber),
      held: new BigNumber(next.held as BigNumber),
      holdId: next.holdId,
    })

    if (input.type === "credit" || input.type === "debit" || input.type === "hold") {
      const amount = new BigNumber(input.amount)
      if (!MathBN.gt(amount, 0)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "A wallet amount must be greater than zero")
      }
      if (input.type === "credit") {
        return result({ amount, balance: MathBN.add(balance, amount), held, holdId: null })
      }
      if (MathBN.gt(amount, available)) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Insufficient wallet balance: ${new BigNumber(available).numeric} available, ${amount.numeric} needed`
        )
      }
      if (input.type === "debit") {
        return result({ amount, balance: MathBN.sub(balance, amount), held, holdId: null })
      }
      const hold = await this.createWalletHolds(
        {
          wallet_id: wallet.id,
          amount: asAmount(amount),
          status: "active",
          reference_type: input.reference_type ?? null,
          reference_id: input.reference_id ?? null,
        },
        sharedContext
      )
      return result({ amount, balance, held: MathBN.add(held, amount), holdId: hold.id })
    }

    const holdId = (input as Extract<RecordEntryInput, { hold_id: string }>).hold_id
    const [hold] = await this.listWalletHolds({ id: holdId, wallet_id: wallet.id }, {}, sharedContext)
    if (!hold) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Hold ${holdId} was not found on wallet ${wallet.id}`)
    }
    if (hold.status !== "active") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Hold ${hold.id} is already ${hold.status}`)
    }
    const amount = new BigNumber(hold.amount)
    await this.updateWalletHolds(
      { id: hold.id, status: input.type === "release" ? "released" : "captured" },
      sharedContext
    )
    return result({
      amount,
      balance: input.type === "capture" ? MathBN.sub(balance, amount) : balance,
      held: MathBN.sub(held, amount),
      holdId: hold.id,
    })
  }

  private async findEntryByKey(key: string, sharedContext: Context): Promise<WalletEntryDTO | undefined> {
    const [entry] = await this.listWalletEntries({ idempotency_key: key }, {}, sharedContext)
    return entry as unknown as WalletEntryDTO | undefined
  }

  /** A reused key for a different move is a client bug, not a retry: say so instead of hiding it. */
  private assertSameMove(existing: WalletEntryDTO, input: RecordEntryInput): WalletEntryDTO {
    const sameAmount = !("amount" in input) || MathBN.eq(existing.amount, input.amount)
    const sameHold = !("hold_id" in input) || existing.hold_id === input.hold_id
    if (existing.wallet_id !== input.wallet_id || existing.type !== input.type || !sameAmount || !sameHold) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Idempotency key ${input.idempotency_key} was already used for a different wallet entry`
      )
    }
    return existing
  }
}

export default WalletModuleService
