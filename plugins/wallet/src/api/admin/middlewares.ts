import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { listWalletEntriesConfig, listWalletsConfig, listWithdrawalsConfig } from "../query-config"
import {
  AdjustWallet,
  ApproveWithdrawal,
  CreateWallet,
  CreateWithdrawal,
  GetWalletParams,
  ExportWithdrawals,
  ListWalletEntriesParams,
  ListWalletsParams,
  ListWithdrawalsParams,
  RefundToWallet,
  RejectWithdrawal,
} from "../validators"

// Admin routes are authenticated by Medusa's own `/admin/*` middleware; these only validate.
export const adminWalletMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/wallets", methods: ["GET"], middlewares: [validateAndTransformQuery(ListWalletsParams, listWalletsConfig)] },
  { matcher: "/admin/wallets", methods: ["POST"], middlewares: [validateAndTransformBody(CreateWallet)] },
  { matcher: "/admin/wallets/me", methods: ["GET"], middlewares: [validateAndTransformQuery(GetWalletParams, {})] },
  {
    matcher: "/admin/wallets/:id/withdrawals",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListWithdrawalsParams, listWithdrawalsConfig)],
  },
  { matcher: "/admin/wallets/:id/withdrawals", methods: ["POST"], middlewares: [validateAndTransformBody(CreateWithdrawal)] },
  {
    matcher: "/admin/wallets/:id/entries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListWalletEntriesParams, listWalletEntriesConfig)],
  },
  { matcher: "/admin/wallets/:id/adjustments", methods: ["POST"], middlewares: [validateAndTransformBody(AdjustWallet)] },
  {
    matcher: "/admin/wallet-withdrawals",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListWithdrawalsParams, listWithdrawalsConfig)],
  },
  { matcher: "/admin/wallet-withdrawals/:id/approve", methods: ["POST"], middlewares: [validateAndTransformBody(ApproveWithdrawal)] },
  { matcher: "/admin/wallet-withdrawals/:id/reject", methods: ["POST"], middlewares: [validateAndTransformBody(RejectWithdrawal)] },
  { matcher: "/admin/wallet-withdrawals/export", methods: ["POST"], middlewares: [validateAndTransformBody(ExportWithdrawals)] },
  { matcher: "/admin/orders/:id/wallet-refunds", methods: ["POST"], middlewares: [validateAndTransformBody(RefundToWallet)] },
]
