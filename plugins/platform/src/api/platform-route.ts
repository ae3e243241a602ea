import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describePlatform } from "../lib/platform-info"

function readInstalledVersion(packageName: string): string | undefined {
  try {
    return (require(`${packageName}/package.json`) as { version?: string }).version
  } catch {
    return undefined
  }
}

/** Shared by the store and admin routes: the same answer for a storefront and an operator. */
export async function respondWithPlatform(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  res.json({ platform: describePlatform(config.plugins ?? [], readInstalledVersion) })
}
