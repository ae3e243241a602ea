import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithPlatform } from "../../platform-route"

export const GET = (req: MedusaRequest, res: MedusaResponse) => respondWithPlatform(req, res)
