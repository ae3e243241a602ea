import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202105737 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_commission" rename column "item_subtotal_refunded" to "refunded_total";`);
    this.addSql(`alter table if exists "affiliate_commission" rename column "raw_item_subtotal_refunded" to "raw_refunded_total";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "affiliate_commission" rename column "refunded_total" to "item_subtotal_refunded";`);
    this.addSql(`alter table if exists "affiliate_commission" rename column "raw_refunded_total" to "raw_item_subtotal_refunded";`);
  }

}
