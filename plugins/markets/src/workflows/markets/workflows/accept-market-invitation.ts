import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acceptInvitationStep } from "../steps/accept-invitation"
import { createMarketMembersStep } from "../steps/create-market-members"
import { validateInvitationStep } from "../steps/validate-invitation"

export type AcceptMarketInvitationInput = {
  token: string
  /** The accepting admin user, when they already have one. */
  user_id?: string
  /** Their auth identity (emailpass registration), to create the admin user when they have none. */
  auth_identity_id: string
  first_name?: string
  last_name?: string
}

/**
 * Accepts an invitation: creates the invitee's admin user if they have none (the auth identity came
 * from `POST /auth/user/emailpass/register`), then the membership.
 */
export const acceptMarketInvitationWorkflow = createWorkflow(
  "accept-market-invitation",
  (input: AcceptMarketInvitationInput) => {
    const invitation = validateInvitationStep({ token: input.token })
    const createdUser = when("invitee-has-no-user", { input }, ({ input }) => !input.user_id).then(() =>
      createUserAccountWorkflow.runAsStep({
        input: transform({ input, invitation }, ({ input, invitation }) => ({
          authIdentityId: input.auth_identity_id,
          userData: { email: invitation.email, first_name: input.first_name, last_name: input.last_name },
        })),
      })
    )
    const members = createMarketMembersStep(
      transform({ input, invitation, createdUser }, ({ input, invitation, createdUser }) => [
        {
          market_id: invitation.market_id,
          user_id: input.user_id ?? createdUser!.id,
          role: invitation.role as "owner" | "manager" | "staff",
        },
      ])
    )
    acceptInvitationStep({ id: invitation.id })
    return new WorkflowResponse(members)
  }
)
