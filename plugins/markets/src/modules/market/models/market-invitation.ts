import { model } from "@medusajs/framework/utils"
import { Market } from "./market"
import { MEMBER_ROLES } from "./market-member"

/** An invitation for an email to join a market with a role; the token is given to the invitee once. */
export const MarketInvitation = model
  .define("market_invitation", {
    id: model.id({ prefix: "mktinv" }).primaryKey(),
    email: model.text(),
    role: model.enum([...MEMBER_ROLES]).default("staff"),
    token: model.text(),
    /** The admin user who created it: an owner may add as a member only a user they invited. */
    invited_by: model.text().nullable(),
    accepted_at: model.dateTime().nullable(),
    expires_at: model.dateTime(),
    market: model.belongsTo(() => Market, { mappedBy: "invitations" }),
  })
  .indexes([{ on: ["token"], unique: true, where: "deleted_at IS NULL" }])
