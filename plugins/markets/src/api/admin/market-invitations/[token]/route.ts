import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** The invitee opens their link before they have any login: the token itself is the credential. */
export const AUTHENTICATE = false

/** What an invitation link is for (which market, which role, for which email), for the join form. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "market_invitation",
    fields: ["email", "role", "expires_at", "accepted_at", "market.name", "market.handle", "market.status"],
    filters: { token: req.params.token },
  })
  const invitation = data[0]
  if (!invitation || invitation.accepted_at || new Date(invitation.expires_at) < new Date() || invitation.market?.status === "closed") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invitation is invalid, used or expired")
  }
  res.json({
    invitation: {
      email: invitation.email,
      role: invitation.role,
      expires_at: invitation.expires_at,
      market: { name: invitation.market!.name, handle: invitation.market!.handle },
    },
  })
}
