import { Crumb, MoneyUnitSwitch } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Select } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { CommissionsTable } from "../../../components/commissions-table"
import type { CommissionStatus } from "../../../lib/api"
import "../../../lib/register-slots"

const STATUSES: CommissionStatus[] = ["pending", "approved", "paid", "rejected"]
const ALL = "all"

/**
 * Commissions, filtered by status and by review flag; a flagged pending commission is approved or
 * rejected here (platform admins). Market staff see their market's commissions on the market's page.
 */
const CommissionsPage = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<string>(ALL)
  const [review, setReview] = useState<string>(ALL)
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("asoudAffiliates.commissions.title")}</Heading>
        <div className="flex flex-wrap items-center gap-3">
          <Select value={status} onValueChange={setStatus} size="small">
            <Select.Trigger aria-label={t("asoudAffiliates.columns.status")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("asoudAffiliates.commissions.allStatuses")}</Select.Item>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`asoudAffiliates.commissions.statuses.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Select value={review} onValueChange={setReview} size="small">
            <Select.Trigger aria-label={t("asoudAffiliates.commissions.review")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("asoudAffiliates.commissions.anyReview")}</Select.Item>
              <Select.Item value="flagged">{t("asoudAffiliates.commissions.flaggedOnly")}</Select.Item>
              <Select.Item value="cleared">{t("asoudAffiliates.commissions.cleared")}</Select.Item>
            </Select.Content>
          </Select>
          <MoneyUnitSwitch />
        </div>
      </div>
      <CommissionsTable
        canDecide
        filters={{
          status: status === ALL ? undefined : (status as CommissionStatus),
          review: review === ALL ? undefined : (review as "flagged" | "cleared"),
        }}
      />
    </Container>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudAffiliates.commissions.title" /> }

export const config = defineRouteConfig({ label: "asoudAffiliates.commissionsMenu", translationNs: "translation" })

export default CommissionsPage
