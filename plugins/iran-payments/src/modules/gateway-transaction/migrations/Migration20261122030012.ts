import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122030012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "gateway_transaction" drop constraint if exists "gateway_transaction_payment_session_id_unique";`);
    this.addSql(`create table if not exists "gateway_transaction" ("id" text not null, "provider_id" text not null, "payment_session_id" text not null, "payment_collection_id" text not null, "cart_id" text null, "order_id" text null, "payment_id" text null, "token" text not null, "order_reference" text not null, "amount" numeric not null, "gateway_amount" numeric not null, "gateway_unit" text check ("gateway_unit" in ('IRR', 'IRT')) not null, "status" text check ("status" in ('initiated', 'returned', 'canceled', 'rejected', 'pending', 'verified', 'failed', 'expired')) not null, "bank_reference" text null, "card_pan" text null, "return_payload" jsonb null, "error_code" text null, "error_message" text null, "timeline" jsonb not null, "verified_at" timestamptz null, "raw_amount" jsonb not null, "raw_gateway_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "gateway_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_gateway_transaction_payment_session_id_unique" ON "gateway_transaction" ("payment_session_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_transaction_deleted_at" ON "gateway_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_transaction_provider_id_token" ON "gateway_transaction" ("provider_id", "token") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_transaction_order_id" ON "gateway_transaction" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_transaction_status" ON "gateway_transaction" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_gateway_transaction_payment_collection_id" ON "gateway_transaction" ("payment_collection_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gateway_transaction" cascade;`);
  }

}
