import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

/** Checks the group exists and counts its customers, so the admin sees the total at once. */
export const countGroupRecipientsStep = createStep(
  "count-sms-group-recipients",
  async (input: { customer_group_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [group] = await customers.listCustomerGroups({ id: input.customer_group_id }, { select: ["id"] })
    if (!group) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer group ${input.customer_group_id} was not found`)
    }
    const [, count] = await customers.listAndCountCustomers({ groups: { id: input.customer_group_id } }, { select: ["id"], take: 1 })
    return new StepResponse(count)
  }
)
