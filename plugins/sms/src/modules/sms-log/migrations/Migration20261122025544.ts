import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122025544 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "sms_bulk_send" ("id" text not null, "customer_group_id" text not null, "text" text not null, "status" text check ("status" in ('pending', 'running', 'completed', 'failed')) not null default 'pending', "total" integer not null default 0, "sent" integer not null default 0, "failed" integer not null default 0, "skipped" integer not null default 0, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sms_bulk_send_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sms_bulk_send_deleted_at" ON "sms_bulk_send" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "sms_message" ("id" text not null, "to" text not null, "template" text not null, "provider" text null, "provider_message_id" text null, "status" text check ("status" in ('sent', 'failed', 'rate_limited')) not null, "error" text null, "attempts" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sms_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sms_message_deleted_at" ON "sms_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sms_message_to_created_at" ON "sms_message" ("to", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sms_bulk_send" cascade;`);

    this.addSql(`drop table if exists "sms_message" cascade;`);
  }

}
