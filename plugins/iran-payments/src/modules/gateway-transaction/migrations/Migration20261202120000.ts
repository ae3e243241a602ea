import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Adds the `reversal_pending` status: a refused order whose reversal the reconciliation job retries. */
export class Migration20261202120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gateway_transaction" drop constraint if exists "gateway_transaction_status_check";`)
    this.addSql(
      `alter table if exists "gateway_transaction" add constraint "gateway_transaction_status_check" check ("status" in ('initiated', 'returned', 'canceled', 'rejected', 'pending', 'verified', 'failed', 'reversal_pending', 'expired'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "gateway_transaction" drop constraint if exists "gateway_transaction_status_check";`)
    this.addSql(
      `alter table if exists "gateway_transaction" add constraint "gateway_transaction_status_check" check ("status" in ('initiated', 'returned', 'canceled', 'rejected', 'pending', 'verified', 'failed', 'expired'));`
    )
  }
}
