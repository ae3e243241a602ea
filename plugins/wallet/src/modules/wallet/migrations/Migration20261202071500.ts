import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One withdrawal per hold: replays of a payout request cannot leave twins on one hold. */
export class Migration20261202071500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_withdrawal_hold_id_unique" ON "wallet_withdrawal" ("hold_id") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_wallet_withdrawal_hold_id_unique";`)
  }
}
