import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122031618 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "market_order" drop constraint if exists "market_order_order_id_unique";`);
    this.addSql(`alter table if exists "market_order_group" drop constraint if exists "market_order_group_cart_id_unique";`);
    this.addSql(`alter table if exists "market_member" drop constraint if exists "market_member_market_id_user_id_unique";`);
    this.addSql(`alter table if exists "market_invitation" drop constraint if exists "market_invitation_token_unique";`);
    this.addSql(`alter table if exists "market" drop constraint if exists "market_custom_domain_unique";`);
    this.addSql(`alter table if exists "market" drop constraint if exists "market_subdomain_unique";`);
    this.addSql(`alter table if exists "market" drop constraint if exists "market_handle_unique";`);
    this.addSql(`create table if not exists "market" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "type" text check ("type" in ('shop', 'company')) not null default 'shop', "status" text check ("status" in ('pending', 'active', 'suspended', 'closed')) not null default 'pending', "logo" text null, "province" text null, "city" text null, "address" text null, "postal_code" text null, "latitude" real null, "longitude" real null, "phone" text null, "mobile" text null, "email" text null, "website" text null, "instagram" text null, "telegram" text null, "theme" jsonb null, "subdomain" text null, "custom_domain" text null, "national_id" text null, "economic_code" text null, "opening_hours" jsonb null, "commission_rate" numeric not null default 0, "sales_channel_id" text null, "publishable_key_id" text null, "stock_location_id" text null, "shipping_profile_id" text null, "applicant_customer_id" text null, "metadata" jsonb null, "raw_commission_rate" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_deleted_at" ON "market" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_handle_unique" ON "market" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_subdomain_unique" ON "market" ("subdomain") WHERE deleted_at IS NULL AND subdomain IS NOT NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_custom_domain_unique" ON "market" ("custom_domain") WHERE deleted_at IS NULL AND custom_domain IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_sales_channel_id" ON "market" ("sales_channel_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_status" ON "market" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market_invitation" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'manager', 'staff')) not null default 'staff', "token" text not null, "accepted_at" timestamptz null, "expires_at" timestamptz not null, "market_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_invitation_market_id" ON "market_invitation" ("market_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_invitation_deleted_at" ON "market_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_invitation_token_unique" ON "market_invitation" ("token") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market_member" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('owner', 'manager', 'staff')) not null default 'staff', "revoked_at" timestamptz null, "is_current" boolean not null default false, "market_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_member_market_id" ON "market_member" ("market_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_member_deleted_at" ON "market_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_member_user_id" ON "market_member" ("user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_member_market_id_user_id_unique" ON "market_member" ("market_id", "user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market_order_group" ("id" text not null, "cart_id" text not null, "checkout_order_id" text not null, "customer_id" text null, "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_order_group_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_order_group_deleted_at" ON "market_order_group" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_order_group_cart_id_unique" ON "market_order_group" ("cart_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_order_group_checkout_order_id" ON "market_order_group" ("checkout_order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "market_order" ("id" text not null, "order_id" text not null, "currency_code" text not null, "total" numeric not null, "commission_rate" numeric not null, "commission_amount" numeric not null, "market_id" text not null, "order_group_id" text not null, "raw_total" jsonb not null, "raw_commission_rate" jsonb not null, "raw_commission_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "market_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_order_market_id" ON "market_order" ("market_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_order_order_group_id" ON "market_order" ("order_group_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_market_order_deleted_at" ON "market_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_market_order_order_id_unique" ON "market_order" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "market_invitation" add constraint "market_invitation_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "market_member" add constraint "market_member_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "market_order" add constraint "market_order_market_id_foreign" foreign key ("market_id") references "market" ("id") on update cascade;`);
    this.addSql(`alter table if exists "market_order" add constraint "market_order_order_group_id_foreign" foreign key ("order_group_id") references "market_order_group" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "market_invitation" drop constraint if exists "market_invitation_market_id_foreign";`);

    this.addSql(`alter table if exists "market_member" drop constraint if exists "market_member_market_id_foreign";`);

    this.addSql(`alter table if exists "market_order" drop constraint if exists "market_order_market_id_foreign";`);

    this.addSql(`alter table if exists "market_order" drop constraint if exists "market_order_order_group_id_foreign";`);

    this.addSql(`drop table if exists "market" cascade;`);

    this.addSql(`drop table if exists "market_invitation" cascade;`);

    this.addSql(`drop table if exists "market_member" cascade;`);

    this.addSql(`drop table if exists "market_order_group" cascade;`);

    this.addSql(`drop table if exists "market_order" cascade;`);
  }

}
