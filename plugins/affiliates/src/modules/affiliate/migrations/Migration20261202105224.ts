import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202105224 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_market_setting" drop constraint if exists "affiliate_market_setting_market_id_unique";`);
    this.addSql(`alter table if exists "affiliate_commission_adjustment" drop constraint if exists "affiliate_commission_adjustment_reference_unique";`);
    this.addSql(`alter table if exists "affiliate_commission" drop constraint if exists "affiliate_commission_order_id_unique";`);
    this.addSql(`alter table if exists "affiliate_code" drop constraint if exists "affiliate_code_code_unique";`);
    this.addSql(`alter table if exists "affiliate_click" drop constraint if exists "affiliate_click_token_unique";`);
    this.addSql(`alter table if exists "affiliate_attribution" drop constraint if exists "affiliate_attribution_order_id_unique";`);
    this.addSql(`alter table if exists "affiliate" drop constraint if exists "affiliate_customer_id_unique";`);
    this.addSql(`create table if not exists "affiliate" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected', 'suspended')) not null default 'pending', "name" text null, "phone" text null, "email" text null, "pitch" text null, "review_note" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_deleted_at" ON "affiliate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_customer_id_unique" ON "affiliate" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_status" ON "affiliate" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_attribution" ("id" text not null, "order_id" text not null, "cart_id" text null, "affiliate_id" text not null, "click_id" text null, "code" text not null, "source" text check ("source" in ('link', 'code')) not null, "customer_id" text null, "ip_hash" text null, "card_hash" text null, "outcome" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_attribution_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_deleted_at" ON "affiliate_attribution" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_attribution_order_id_unique" ON "affiliate_attribution" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_affiliate_id" ON "affiliate_attribution" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_attribution_ip_hash" ON "affiliate_attribution" ("ip_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_click" ("id" text not null, "affiliate_id" text not null, "code" text not null, "link_id" text null, "landing_path" text null, "ip_hash" text null, "ua_hash" text null, "token" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_click_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_deleted_at" ON "affiliate_click" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_click_token_unique" ON "affiliate_click" ("token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_click_affiliate_id" ON "affiliate_click" ("affiliate_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_code" ("id" text not null, "affiliate_id" text not null, "code" text not null, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_code_affiliate_id" ON "affiliate_code" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_code_deleted_at" ON "affiliate_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_code_code_unique" ON "affiliate_code" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_commission" ("id" text not null, "affiliate_id" text not null, "attribution_id" text not null, "order_id" text not null, "checkout_order_id" text not null, "market_id" text null, "currency_code" text not null, "base_amount" numeric not null, "original_amount" numeric not null, "amount" numeric not null, "item_subtotal_refunded" numeric not null default 0, "status" text check ("status" in ('pending', 'approved', 'paid', 'rejected')) not null default 'pending', "review" text check ("review" in ('flagged', 'cleared', 'rejected')) null, "flag_reason" text null, "rejection_reason" text null, "lines" jsonb not null, "hold_until" timestamptz not null, "approved_at" timestamptz null, "paid_at" timestamptz null, "payout_error" text null, "raw_base_amount" jsonb not null, "raw_original_amount" jsonb not null, "raw_amount" jsonb not null, "raw_item_subtotal_refunded" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_deleted_at" ON "affiliate_commission" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_commission_order_id_unique" ON "affiliate_commission" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_affiliate_id_status" ON "affiliate_commission" ("affiliate_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_status_hold_until" ON "affiliate_commission" ("status", "hold_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_commission_adjustment" ("id" text not null, "commission_id" text not null, "amount" numeric not null, "reason" text not null, "reference" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_adjustment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_adjustment_commission_id" ON "affiliate_commission_adjustment" ("commission_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_adjustment_deleted_at" ON "affiliate_commission_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_commission_adjustment_reference_unique" ON "affiliate_commission_adjustment" ("reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_commission_rule" ("id" text not null, "scope" text check ("scope" in ('product', 'category', 'market', 'affiliate', 'default')) not null, "market_id" text null, "target_id" text null, "type" text check ("type" in ('percent', 'fixed')) not null, "value" numeric not null, "cap" numeric null, "raw_value" jsonb not null, "raw_cap" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_commission_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_deleted_at" ON "affiliate_commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_commission_rule_scope_market_id_target_id" ON "affiliate_commission_rule" ("scope", "market_id", "target_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_link" ("id" text not null, "affiliate_id" text not null, "code" text not null, "target_type" text check ("target_type" in ('marketplace', 'market', 'category', 'product')) not null, "target_id" text null, "market_id" text null, "path" text not null, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_link_affiliate_id" ON "affiliate_link" ("affiliate_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_link_deleted_at" ON "affiliate_link" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_link_code" ON "affiliate_link" ("code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "affiliate_market_setting" ("id" text not null, "market_id" text not null, "promotable" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "affiliate_market_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_affiliate_market_setting_deleted_at" ON "affiliate_market_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_affiliate_market_setting_market_id_unique" ON "affiliate_market_setting" ("market_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "affiliate_code" add constraint "affiliate_code_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_commission_adjustment" add constraint "affiliate_commission_adjustment_commission_id_foreign" foreign key ("commission_id") references "affiliate_commission" ("id") on update cascade;`);

    this.addSql(`alter table if exists "affiliate_link" add constraint "affiliate_link_affiliate_id_foreign" foreign key ("affiliate_id") references "affiliate" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_code" drop constraint if exists "affiliate_code_affiliate_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_link" drop constraint if exists "affiliate_link_affiliate_id_foreign";`);

    this.addSql(`alter table if exists "affiliate_commission_adjustment" drop constraint if exists "affiliate_commission_adjustment_commission_id_foreign";`);

    this.addSql(`drop table if exists "affiliate" cascade;`);

    this.addSql(`drop table if exists "affiliate_attribution" cascade;`);

    this.addSql(`drop table if exists "affiliate_click" cascade;`);

    this.addSql(`drop table if exists "affiliate_code" cascade;`);

    this.addSql(`drop table if exists "affiliate_commission" cascade;`);

    this.addSql(`drop table if exists "affiliate_commission_adjustment" cascade;`);

    this.addSql(`drop table if exists "affiliate_commission_rule" cascade;`);

    this.addSql(`drop table if exists "affiliate_link" cascade;`);

    this.addSql(`drop table if exists "affiliate_market_setting" cascade;`);
  }

}
