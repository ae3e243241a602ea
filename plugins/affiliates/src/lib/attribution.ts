import type { MedusaContainer } from "@medusajs/framework/types"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../modules/affiliate"
import { normalizeCode } from "./hash"
import type { ResolvedAffiliatesOptions } from "./plugin-options"

/** What a cart carries for attribution (cart `metadata`, set through the cart routes or `additional_data`). */
export const CART_CODE_KEY = "affiliate_code"
export const CART_TOKEN_KEY = "affiliate_token"

export type AttributionSource = {
  affiliate_id: string
  code: string
  source: "link" | "code"
  click_id: string | null
  ip_hash: string | null
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Who an order is attributed to: a code typed at checkout wins over a link's click; a click counts
 * inside the attribution window; only an approved affiliate earns (a suspended one earns nothing new).
 */
export async function resolveAttribution(
  container: MedusaContainer,
  metadata: Record<string, unknown> | null | undefined,
  options: ResolvedAffiliatesOptions,
  now: Date
): Promise<AttributionSource | undefined> {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE)
  let found: AttributionSource | undefined
  const typed = typeof metadata?.[CART_CODE_KEY] === "string" ? normalizeCode(metadata[CART_CODE_KEY] as string) : ""
  if (typed) {
    const [code] = await service.listAffiliateCodes({ code: typed, disabled_at: null })
    if (code) {
      found = { affiliate_id: code.affiliate_id, code: code.code, source: "code", click_id: null, ip_hash: null }
    }
  }
  const token = metadata?.[CART_TOKEN_KEY]
  if (typeof token === "string" && token) {
    const [click] = await service.listAffiliateClicks({ token })
    const inWindow = click && now.getTime() - new Date(click.created_at).getTime() <= options.attributionWindowDays * DAY_MS
    if (click && inWindow) {
      // A typed code still wins; the click's IP hash tells bursts apart either way.
      found = found ? { ...found, ip_hash: click.ip_hash } : { affiliate_id: click.affiliate_id, code: click.code, source: "link", click_id: click.id, ip_hash: click.ip_hash }
    }
  }
  if (!found) {
    return undefined
  }
  const affiliate = await service.retrieveAffiliate(found.affiliate_id)
  return affiliate.status === "approved" ? found : undefined
}
