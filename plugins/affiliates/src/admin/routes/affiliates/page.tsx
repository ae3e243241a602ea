import { Crumb, MoneyUnitSwitch } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Container, Heading, Tabs } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AffiliatesTable } from "../../components/affiliates-table"
import { ReferralsTable } from "../../components/referrals-table"
import "../../lib/register-slots"

/** Affiliates: applications to decide, affiliates with their stats (suspend, reinstate), customer referrals. */
const AffiliatesPage = () => {
  const { t } = useTranslation()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("asoudAffiliates.title")}</Heading>
        <MoneyUnitSwitch />
      </div>
      <Tabs defaultValue="applications">
        <Tabs.List className="px-6 py-3">
          <Tabs.Trigger value="applications">{t("asoudAffiliates.tabs.applications")}</Tabs.Trigger>
          <Tabs.Trigger value="affiliates">{t("asoudAffiliates.tabs.affiliates")}</Tabs.Trigger>
          <Tabs.Trigger value="referrals">{t("asoudAffiliates.tabs.referrals")}</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="applications">
          <AffiliatesTable statuses={["pending"]} withStats={false} />
        </Tabs.Content>
        <Tabs.Content value="affiliates">
          <AffiliatesTable statuses={["approved", "suspended"]} withStats />
        </Tabs.Content>
        <Tabs.Content value="referrals">
          <ReferralsTable />
        </Tabs.Content>
      </Tabs>
    </Container>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudAffiliates.title" /> }

export const config = defineRouteConfig({ label: "asoudAffiliates.menu", icon: Users, translationNs: "translation" })

export default AffiliatesPage
