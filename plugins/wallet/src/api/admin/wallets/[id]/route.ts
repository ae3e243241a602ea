import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentWallet } from "../../../helpers"
import { walletForAdmin } from "../../wallet-access"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const wallet = await walletForAdmin(req, req.params.id)
  res.json({ wallet: presentWallet(wallet as unknown as Parameters<typeof presentWallet>[0]) })
}
