import { model } from "@medusajs/framework/utils"
import { Market } from "./market"

export const MEMBER_ROLES = ["owner", "manager", "staff"] as const

/**
 * An admin user's role in one market. A revoked membership is kept (revoked_at set), so a user who
 * was ever market staff never silently becomes a platform admin by losing their last market.
 */
export const MarketMember = model
  .define("market_member", {
    id: model.id({ prefix: "mktmem" }).primaryKey(),
    user_id: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    revoked_at: model.dateTime().nullable(),
    /** The market this member chose to work in (the admin's market switcher); one per user at most. */
    is_current: model.boolean().default(false),
    market: model.belongsTo(() => Market, { mappedBy: "members" }),
  })
  .indexes([
    { on: ["user_id"], where: "deleted_at IS NULL" },
    { on: ["market_id", "user_id"], unique: true, where: "deleted_at IS NULL" },
  ])
