import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202072405 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "platform_admin" drop constraint if exists "platform_admin_user_id_unique";`);
    this.addSql(`create table if not exists "platform_admin" ("id" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "platform_admin_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_platform_admin_deleted_at" ON "platform_admin" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_platform_admin_user_id_unique" ON "platform_admin" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "market_invitation" add column if not exists "invited_by" text null;`);

    // Until now a user with no membership row at all was a platform admin. Keep those users' rights
    // on an existing installation (explicitly now); on a new database there are no users yet.
    this.addSql(`do $$ begin
      if to_regclass('public."user"') is not null then
        insert into "platform_admin" ("id", "user_id")
        select 'padm_' || upper(replace(gen_random_uuid()::text, '-', '')), u."id"
        from "user" u
        where u."deleted_at" is null
          and not exists (select 1 from "market_member" m where m."user_id" = u."id")
          and not exists (select 1 from "platform_admin" p where p."user_id" = u."id" and p."deleted_at" is null);
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "platform_admin" cascade;`);

    this.addSql(`alter table if exists "market_invitation" drop column if exists "invited_by";`);
  }

}
