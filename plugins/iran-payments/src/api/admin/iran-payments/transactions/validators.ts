import { z } from "@medusajs/framework/zod"

export const AdminListGatewayTransactions = z.object({
  order_id: z.string().optional(),
  cart_id: z.string().optional(),
  payment_collection_id: z.string().optional(),
  status: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

export type AdminListGatewayTransactionsType = z.infer<typeof AdminListGatewayTransactions>

export const AdminSettleGatewayRefund = z.object({
  method: z.enum(["wallet", "bank"]),
  reference: z.string().trim().min(1).max(200),
  note: z.string().trim().max(500).optional(),
})

export type AdminSettleGatewayRefundType = z.infer<typeof AdminSettleGatewayRefund>
