import { model } from "@medusajs/framework/utils"

/**
 * An admin user who operates the platform (every market, every admin route). Explicit, so neither
 * having no membership nor losing one ever grants or removes platform rights.
 */
export const PlatformAdmin = model
  .define("platform_admin", {
    id: model.id({ prefix: "padm" }).primaryKey(),
    user_id: model.text(),
  })
  .indexes([{ on: ["user_id"], unique: true, where: "deleted_at IS NULL" }])
