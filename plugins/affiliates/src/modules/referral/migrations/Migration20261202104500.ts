import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202104500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "referral_code" ("id" text not null, "customer_id" text not null, "code" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_code_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_customer_id_unique" ON "referral_code" ("customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_code_code_unique" ON "referral_code" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_code_deleted_at" ON "referral_code" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(`create table if not exists "referral" ("id" text not null, "referrer_customer_id" text not null, "referred_customer_id" text not null, "code" text not null, "source" text check ("source" in ('store', 'cart')) not null default 'store', "status" text check ("status" in ('pending', 'rewarded')) not null default 'pending', "order_id" text null, "currency_code" text null, "referrer_reward" numeric null, "referred_reward" numeric null, "rewarded_at" timestamptz null, "raw_referrer_reward" jsonb null, "raw_referred_reward" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "referral_pkey" primary key ("id"));`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_referral_referred_customer_id_unique" ON "referral" ("referred_customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_referrer_customer_id" ON "referral" ("referrer_customer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_referral_deleted_at" ON "referral" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "referral" cascade;`)
    this.addSql(`drop table if exists "referral_code" cascade;`)
  }
}
