import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202161500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_commission_adjustment" add column if not exists "settled_amount" numeric not null default 0, add column if not exists "raw_settled_amount" jsonb not null default '{"value":"0","precision":20}', add column if not exists "settled_at" timestamptz null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_card_hash" ON "affiliate_attribution" ("card_hash") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_affiliate_attribution_card_hash";`);
    this.addSql(`alter table if exists "affiliate_commission_adjustment" drop column if exists "settled_amount", drop column if exists "raw_settled_amount", drop column if exists "settled_at";`);
  }

}
