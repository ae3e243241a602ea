import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261202161000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "referral" drop constraint if exists "referral_status_check";`)
    this.addSql(`alter table if exists "referral" add constraint "referral_status_check" check ("status" in ('pending', 'rewarded', 'reversed'));`)
    this.addSql(`alter table if exists "referral" add column if not exists "referrer_reversed" numeric null, add column if not exists "referred_reversed" numeric null, add column if not exists "raw_referrer_reversed" jsonb null, add column if not exists "raw_referred_reversed" jsonb null, add column if not exists "reversed_at" timestamptz null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "referral" drop column if exists "referrer_reversed", drop column if exists "referred_reversed", drop column if exists "raw_referrer_reversed", drop column if exists "raw_referred_reversed", drop column if exists "reversed_at";`)
    this.addSql(`alter table if exists "referral" drop constraint if exists "referral_status_check";`)
    this.addSql(`alter table if exists "referral" add constraint "referral_status_check" check ("status" in ('pending', 'rewarded'));`)
  }
}
