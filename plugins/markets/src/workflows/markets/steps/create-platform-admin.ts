import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKET_MODULE } from "../../../modules/market"
import type MarketModuleService from "../../../modules/market/service"

/**
 * Marks a user as a platform admin. A market member cannot be one (platform rights and a market's
 * staff are different people); granting twice is a no-op.
 */
export const createPlatformAdminStep = createStep(
  "create-platform-admin",
  async (input: { user_id: string }, { container }) => {
    const service = container.resolve<MarketModuleService>(MARKET_MODULE)
    const [existing] = await service.listPlatformAdmins({ user_id: input.user_id })
    if (existing) {
      return new StepResponse(existing, "")
    }
    const memberships = await service.listMarketMembers({ user_id: input.user_id, revoked_at: null })
    if (memberships.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A market member cannot be a platform admin")
    }
    const created = await service.createPlatformAdmins({ user_id: input.user_id })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MarketModuleService>(MARKET_MODULE).deletePlatformAdmins(id)
    }
  }
)
