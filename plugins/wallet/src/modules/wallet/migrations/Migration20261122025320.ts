import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122025320 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "wallet_top_up" drop constraint if exists "wallet_top_up_payment_collection_id_unique";`);
    this.addSql(`alter table if exists "wallet_entry" drop constraint if exists "wallet_entry_idempotency_key_unique";`);
    this.addSql(`alter table if exists "wallet" drop constraint if exists "wallet_owner_type_owner_id_currency_code_unique";`);
    this.addSql(`create table if not exists "wallet" ("id" text not null, "owner_type" text check ("owner_type" in ('customer', 'market', 'affiliate', 'platform')) not null, "owner_id" text not null, "currency_code" text not null, "balance" numeric not null default 0, "held" numeric not null default 0, "metadata" jsonb null, "raw_balance" jsonb not null default '{"value":"0","precision":20}', "raw_held" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_deleted_at" ON "wallet" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_owner_type_owner_id_currency_code_unique" ON "wallet" ("owner_type", "owner_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_entry" ("id" text not null, "wallet_id" text not null, "type" text check ("type" in ('credit', 'debit', 'hold', 'release', 'capture')) not null, "amount" numeric not null, "balance_after" numeric not null, "held_after" numeric not null, "hold_id" text null, "reference_type" text null, "reference_id" text null, "idempotency_key" text not null, "actor_type" text null, "actor_id" text null, "note" text null, "raw_amount" jsonb not null, "raw_balance_after" jsonb not null, "raw_held_after" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_entry_wallet_id" ON "wallet_entry" ("wallet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_entry_deleted_at" ON "wallet_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_entry_idempotency_key_unique" ON "wallet_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_entry_reference_type_reference_id" ON "wallet_entry" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_hold" ("id" text not null, "wallet_id" text not null, "amount" numeric not null, "status" text check ("status" in ('active', 'released', 'captured')) not null default 'active', "reference_type" text null, "reference_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_hold_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_hold_wallet_id" ON "wallet_hold" ("wallet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_hold_deleted_at" ON "wallet_hold" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_hold_reference_type_reference_id" ON "wallet_hold" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_top_up" ("id" text not null, "wallet_id" text not null, "amount" numeric not null, "currency_code" text not null, "provider_id" text not null, "payment_collection_id" text not null, "status" text check ("status" in ('pending', 'credited', 'failed')) not null default 'pending', "entry_id" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_top_up_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_top_up_deleted_at" ON "wallet_top_up" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_top_up_wallet_id" ON "wallet_top_up" ("wallet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_wallet_top_up_payment_collection_id_unique" ON "wallet_top_up" ("payment_collection_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "wallet_withdrawal" ("id" text not null, "wallet_id" text not null, "amount" numeric not null, "currency_code" text not null, "iban" text not null, "account_holder" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "hold_id" text not null, "bank_reference" text null, "rejection_reason" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "exported_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "wallet_withdrawal_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_withdrawal_deleted_at" ON "wallet_withdrawal" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_withdrawal_wallet_id" ON "wallet_withdrawal" ("wallet_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_wallet_withdrawal_status" ON "wallet_withdrawal" ("status") WHERE deleted_at IS NULL;`);

    // The last guard under the service's row lock: a wallet can never owe money or hold more than it has.
    this.addSql(`alter table if exists "wallet" add constraint "wallet_balance_covers_holds" check ("held" >= 0 and "balance" >= "held");`);

    this.addSql(`alter table if exists "wallet_entry" add constraint "wallet_entry_wallet_id_foreign" foreign key ("wallet_id") references "wallet" ("id") on update cascade;`);

    this.addSql(`alter table if exists "wallet_hold" add constraint "wallet_hold_wallet_id_foreign" foreign key ("wallet_id") references "wallet" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "wallet_entry" drop constraint if exists "wallet_entry_wallet_id_foreign";`);

    this.addSql(`alter table if exists "wallet_hold" drop constraint if exists "wallet_hold_wallet_id_foreign";`);

    this.addSql(`drop table if exists "wallet" cascade;`);

    this.addSql(`drop table if exists "wallet_entry" cascade;`);

    this.addSql(`drop table if exists "wallet_hold" cascade;`);

    this.addSql(`drop table if exists "wallet_top_up" cascade;`);

    this.addSql(`drop table if exists "wallet_withdrawal" cascade;`);
  }

}
