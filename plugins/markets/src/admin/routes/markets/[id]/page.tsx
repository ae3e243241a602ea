import { AdminSlot } from "@asoud/admin-kit/react"
import { Badge, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { HoursCard } from "../../../components/hours-card"
import { HoursDrawer } from "../../../components/hours-drawer"
import { MembersSection } from "../../../components/members-section"
import { SectionCard } from "../../../components/section-card"
import { SectionDrawer } from "../../../components/section-drawer"
import { statusColor, useMarket, useMarketRole, useSetMarketStatus } from "../../../lib/markets"
import type { SectionId } from "../../../lib/profile-fields"

type Action = "approve" | "suspend" | "close"

const ACTIONS: Record<string, Action[]> = {
  pending: ["approve", "close"],
  active: ["suspend", "close"],
  suspended: ["approve", "close"],
  closed: [],
}
const DONE: Record<Action, string> = { approve: "approved", suspend: "suspended", close: "closed" }
const MAIN_SECTIONS: SectionId[] = ["profile", "location", "contacts"]
const SIDE_SECTIONS: SectionId[] = ["business", "web", "theme"]

/** A market: its profile by section (each with its own edit drawer), opening hours and members. */
const MarketDetailPage = () => {
  const { id } = useParams()
  const { t } = useTranslation()
  const prompt = usePrompt()
  const { data, isLoading } = useMarket(id!)
  const viewer = useMarketRole(id)
  const setStatus = useSetMarketStatus(id!)
  const [editing, setEditing] = useState<SectionId | "hours" | null>(null)
  const market = data?.market
  if (isLoading || !market) {
    return (
      <Container>
        <Text>{t("asoudKit.common.loading")}</Text>
      </Container>
    )
  }
  const isPlatformAdmin = viewer === "platform"
  const canEdit = isPlatformAdmin || viewer === "owner" || viewer === "manager"
  const run = async (action: Action) => {
    if (action === "close") {
      const confirmed = await prompt({
        title: t("asoudMarkets.actions.closeConfirmTitle"),
        description: t("asoudMarkets.actions.closeConfirm"),
        confirmText: t("asoudMarkets.actions.close"),
        cancelText: t("asoudKit.common.cancel"),
      })
      if (!confirmed) return
    }
    setStatus.mutate(action, {
      onSuccess: () => toast.success(t(`asoudMarkets.actions.${DONE[action]}`)),
      onError: (error) => toast.error(error.message),
    })
  }
  const card = (section: SectionId) => (
    <SectionCard key={section} market={market} section={section} canEdit={canEdit} onEdit={() => setEditing(section)} />
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex items-center gap-x-2">
            <Heading level="h1">{market.name}</Heading>
            <Badge color={statusColor(market.status)}>{t(`asoudMarkets.status.${market.status}`)}</Badge>
          </div>
          {isPlatformAdmin && (
            <div className="flex gap-x-2">
              {ACTIONS[market.status].map((action) => (
                <Button
                  key={action}
                  size="small"
                  variant={action === "approve" ? "primary" : action === "close" ? "danger" : "secondary"}
                  isLoading={setStatus.isPending}
                  onClick={() => run(action)}
                >
                  {t(`asoudMarkets.actions.${action}`)}
                </Button>
              ))}
            </div>
          )}
        </div>
        <Text size="small" dir="ltr" className="text-ui-fg-subtle text-start font-mono">
          {market.handle}
        </Text>
      </Container>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <div className="flex min-w-0 flex-col gap-y-3">
          {MAIN_SECTIONS.map(card)}
          <MembersSection marketId={market.id} viewer={viewer} />
          {/* sections other plugins add to a market's page (e.g. @asoud/affiliates' commission rules) */}
          <AdminSlot name="market.details.after" props={{ market, viewer }} />
        </div>
        <div className="flex min-w-0 flex-col gap-y-3">
          {SIDE_SECTIONS.map(card)}
          <HoursCard market={market} canEdit={canEdit} onEdit={() => setEditing("hours")} />
        </div>
      </div>
      {(["profile", "location", "contacts", "business", "web", "theme"] as SectionId[]).map((section) => (
        <SectionDrawer
          key={section}
          market={market}
          section={section}
          isPlatformAdmin={isPlatformAdmin}
          open={editing === section}
          onOpenChange={(open) => setEditing(open ? section : null)}
        />
      ))}
      <HoursDrawer market={market} open={editing === "hours"} onOpenChange={(open) => setEditing(open ? "hours" : null)} />
    </div>
  )
}

/** The market's name in the breadcrumb (from the same cached query as the page). */
const MarketCrumb = ({ id }: { id: string }) => {
  const { data } = useMarket(id)
  return <>{data?.market.name ?? id}</>
}

export const handle = {
  breadcrumb: (match: { params: { id?: string } }) => <MarketCrumb id={match.params.id!} />,
}

export default MarketDetailPage
