import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { listWalletEntriesConfig, listWithdrawalsConfig } from "../../../../query-config"
import {
  CreateTopUp,
  CreateWithdrawal,
  GetWalletParams,
  ListWalletEntriesParams,
  ListWithdrawalsParams,
  StartSplitPayment,
} from "../../../../validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeWalletMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/customers/me/wallet*", middlewares: [customer] },
  { matcher: "/store/customers/me/wallet", methods: ["GET"], middlewares: [validateAndTransformQuery(GetWalletParams, {})] },
  {
    matcher: "/store/customers/me/wallet/entries",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListWalletEntriesParams, listWalletEntriesConfig)],
  },
  { matcher: "/store/customers/me/wallet/top-ups", methods: ["POST"], middlewares: [validateAndTransformBody(CreateTopUp)] },
  {
    matcher: "/store/customers/me/wallet/withdrawals",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(CreateWithdrawal)],
  },
  {
    matcher: "/store/carts/:id/wallet-split",
    methods: ["POST"],
    middlewares: [customer, validateAndTransformBody(StartSplitPayment)],
  },
  {
    matcher: "/store/customers/me/wallet/withdrawals",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(ListWithdrawalsParams, listWithdrawalsConfig)],
  },
]
