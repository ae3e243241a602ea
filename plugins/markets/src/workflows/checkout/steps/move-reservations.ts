import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MaterializedOrder } from "../types"

/**
 * Medusa reserved stock against the checkout order's line items; the market orders are the ones that
 * get fulfilled, so their line items take the reservations over.
 */
export const moveReservationsStep = createStep(
  "move-reservations",
  async (orders: MaterializedOrder[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const target = new Map<string, string>()
    for (const order of orders) {
      for (const [from, to] of Object.entries(order.item_ids)) {
        target.set(from, to)
      }
    }
    if (!target.size) {
      return new StepResponse([], [])
    }
    const reservations = await inventory.listReservationItems({ line_item_id: [...target.keys()] }, { select: ["id", "line_item_id"] })
    const moves = reservations.map((r) => ({ id: r.id, from: r.line_item_id as string, to: target.get(r.line_item_id as string)! }))
    if (moves.length) {
      await inventory.updateReservationItems(moves.map((m) => ({ id: m.id, line_item_id: m.to })))
    }
    return new StepResponse(moves, moves)
  },
  async (moves, { container }) => {
    if (moves?.length) {
      await container.resolve(Modules.INVENTORY).updateReservationItems(moves.map((m) => ({ id: m.id, line_item_id: m.from })))
    }
  }
)
