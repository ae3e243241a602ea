import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { paths, useAffiliates, useAffiliatesMutation, type AdminAffiliate, type AffiliateStatus } from "../lib/api"
import { ReasonDrawer } from "./reason-drawer"

export const affiliateStatusColor = { pending: "orange", approved: "green", rejected: "red", suspended: "grey" } as const

type Action = "approve" | "reject" | "suspend" | "reinstate"
const ACTIONS: Record<AffiliateStatus, Action[]> = {
  pending: ["approve", "reject"],
  approved: ["suspend"],
  suspended: ["reinstate"],
  rejected: [],
}
const NEEDS_REASON: Action[] = ["reject", "suspend"]

/** Applications (pending) or affiliates (approved, suspended) with their stats and decisions. */
export const AffiliatesTable = ({ statuses, withStats }: { statuses: AffiliateStatus[]; withStats: boolean }) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data, isLoading } = useAffiliates(statuses)
  const [asking, setAsking] = useState<{ affiliate: AdminAffiliate; action: Action } | null>(null)
  const decide = useAffiliatesMutation(({ id, action, reason }: { id: string; action: Action; reason?: string }) => ({
    path: paths.affiliateDecision(id, action),
    body: reason ? { review_note: reason } : {},
  }))
  const run = (affiliate: AdminAffiliate, action: Action, reason?: string) =>
    decide.mutate(
      { id: affiliate.id, action, reason },
      {
        onSuccess: () => {
          toast.success(t(`asoudAffiliates.done.${action}`))
          setAsking(null)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  if (isLoading) return <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>
  if (!data?.affiliates.length) return <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudAffiliates.empty")}</Text>
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.name")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.contact")}</Table.HeaderCell>
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.status")}</Table.HeaderCell>
            {withStats ? (
              <>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.clicks")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.orders")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.pending")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.paid")}</Table.HeaderCell>
              </>
            ) : (
              <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.pitch")}</Table.HeaderCell>
            )}
            <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.at")}</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.affiliates.map((a) => (
            <Table.Row key={a.id} data-affiliate={a.id}>
              <Table.Cell>{a.name ?? t("asoudKit.common.none")}</Table.Cell>
              <Table.Cell dir="ltr" className="text-start">{a.phone ?? a.email ?? t("asoudKit.common.none")}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={affiliateStatusColor[a.status]}>
                  {t(`asoudAffiliates.statuses.${a.status}`)}
                </Badge>
              </Table.Cell>
              {withStats ? (
                <>
                  <Table.Cell>{format.number(a.stats?.clicks ?? 0)}</Table.Cell>
                  <Table.Cell>{format.number(a.stats?.orders ?? 0)}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.money(a.stats?.pending ?? 0)}</Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.money(a.stats?.paid ?? 0)}</Table.Cell>
                </>
              ) : (
                <Table.Cell className="max-w-xs truncate">{a.pitch ?? t("asoudKit.common.none")}</Table.Cell>
              )}
              <Table.Cell className="whitespace-nowrap">{format.dateTime(a.created_at)}</Table.Cell>
              <Table.Cell>
                <div className="flex gap-x-2">
                  {ACTIONS[a.status].map((action) => (
                    <Button
                      key={action}
                      size="small"
                      variant={action === "approve" || action === "reinstate" ? "primary" : "danger"}
                      isLoading={decide.isPending && decide.variables?.id === a.id}
                      onClick={() => (NEEDS_REASON.includes(action) ? setAsking({ affiliate: a, action }) : run(a, action))}
                    >
                      {t(`asoudAffiliates.actions.${action}`)}
                    </Button>
                  ))}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <ReasonDrawer
        title={asking ? t(`asoudAffiliates.actions.${asking.action}Title`, { name: asking.affiliate.name ?? "" }) : null}
        submitLabel={asking ? t(`asoudAffiliates.actions.${asking.action}`) : ""}
        isPending={decide.isPending}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => asking && run(asking.affiliate, asking.action, reason)}
      />
    </div>
  )
}
