import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122025826 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "pricing_tier_application" drop constraint if exists "pricing_tier_application_customer_id_tier_id_unique";`);
    this.addSql(`alter table if exists "pricing_tier" drop constraint if exists "pricing_tier_handle_unique";`);
    this.addSql(`create table if not exists "pricing_tier" ("id" text not null, "handle" text not null, "name" text not null, "description" text null, "is_retail" boolean not null default false, "customer_group_id" text null, "price_list_id" text null, "priority" integer not null default 100, "requires_approval" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pricing_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_tier_deleted_at" ON "pricing_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pricing_tier_handle_unique" ON "pricing_tier" ("handle") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "pricing_tier_application" ("id" text not null, "customer_id" text not null, "status" text check ("status" in ('pending', 'approved', 'rejected')) not null default 'pending', "business_name" text not null, "business_type" text null, "phone" text null, "national_id" text null, "city" text null, "note" text null, "review_note" text null, "reviewed_by" text null, "reviewed_at" timestamptz null, "tier_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "pricing_tier_application_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_tier_application_tier_id" ON "pricing_tier_application" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_tier_application_deleted_at" ON "pricing_tier_application" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_tier_application_customer_id" ON "pricing_tier_application" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pricing_tier_application_status" ON "pricing_tier_application" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pricing_tier_application_customer_id_tier_id_unique" ON "pricing_tier_application" ("customer_id", "tier_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "pricing_tier_application" add constraint "pricing_tier_application_tier_id_foreign" foreign key ("tier_id") references "pricing_tier" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "pricing_tier_application" drop constraint if exists "pricing_tier_application_tier_id_foreign";`);

    this.addSql(`drop table if exists "pricing_tier" cascade;`);

    this.addSql(`drop table if exists "pricing_tier_application" cascade;`);
  }

}
