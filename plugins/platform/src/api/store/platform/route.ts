import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describePlatform } from "../../../lib/platform-info"

function readInstalledVersion(packageName: string): string | undefined {
  try {
    return (require(`${packageName}/package.json`) as { version?: string }).version
  } catch {
    return undefined
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const platform = describePlatform(config.plugins ?? [], readInstalledVersion)
  res.json({ platform })
}
