import type { MedusaContainer } from "@medusajs/framework/types"
import { AFFILIATE_MODULE, type AffiliateModuleService } from "../../../modules/affiliate"

/** The module's models, by the name MedusaService gives their methods (`createAffiliateCodes`, …). */
export type AffiliateEntity =
  | "Affiliate"
  | "AffiliateCode"
  | "AffiliateLink"
  | "AffiliateClick"
  | "AffiliateAttribution"
  | "AffiliateCommission"
  | "AffiliateCommissionAdjustment"
  | "AffiliateCommissionRule"
  | "AffiliateMarketSetting"

type Row = Record<string, unknown> & { id: string }
type Methods = {
  create: (data: Record<string, unknown>[]) => Promise<Row[]>
  update: (data: Record<string, unknown>[]) => Promise<Row[]>
  list: (filters: Record<string, unknown>, config?: Record<string, unknown>) => Promise<Row[]>
  softDelete: (ids: string[]) => Promise<unknown>
  restore: (ids: string[]) => Promise<unknown>
}

/** The generated CRUD methods of one model, typed loosely enough for the generic record steps. */
export function recordsOf(container: MedusaContainer, entity: AffiliateEntity): Methods {
  const service = container.resolve<AffiliateModuleService>(AFFILIATE_MODULE) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
  const method = (verb: string) => service[`${verb}${entity}s`].bind(service) as never
  return {
    create: method("create"),
    update: method("update"),
    list: method("list"),
    softDelete: method("softDelete"),
    restore: method("restore"),
  }
}
