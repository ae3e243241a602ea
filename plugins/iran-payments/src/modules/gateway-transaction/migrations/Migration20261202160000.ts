import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Adds `refund_required` (a refused order whose reversal the gateway no longer takes: an operator
 * refunds the shopper) and `refunded` (the operator did and settled the record).
 */
export class Migration20261202160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gateway_transaction" drop constraint if exists "gateway_transaction_status_check";`)
    this.addSql(
      `alter table if exists "gateway_transaction" add constraint "gateway_transaction_status_check" check ("status" in ('initiated', 'returned', 'canceled', 'rejected', 'pending', 'verified', 'failed', 'reversal_pending', 'expired', 'refund_required', 'refunded'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "gateway_transaction" drop constraint if exists "gateway_transaction_status_check";`)
    this.addSql(
      `alter table if exists "gateway_transaction" add constraint "gateway_transaction_status_check" check ("status" in ('initiated', 'returned', 'canceled', 'rejected', 'pending', 'verified', 'failed', 'reversal_pending', 'expired'));`
    )
  }
}
