import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Badge, Button, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { paths, useAffiliatesMutation, useCommissions, type AdminCommission, type CommissionFilters } from "../lib/api"
import { ReasonDrawer } from "./reason-drawer"

const statusColor = { pending: "orange", approved: "blue", paid: "green", rejected: "red" } as const

const isFlagged = (c: AdminCommission) => c.review === "flagged"

/**
 * Commissions matching `filters`, newest first. With `canDecide` (platform admins), a flagged pending
 * commission is approved or rejected (with a reason) in its row. The server narrows the list to a
 * market member's own markets.
 */
export const CommissionsTable = ({ filters, canDecide }: { filters: CommissionFilters; canDecide: boolean }) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const [rejecting, setRejecting] = useState<AdminCommission | null>(null)
  const { data, isLoading } = useCommissions(filters)
  const decide = useAffiliatesMutation(({ id, action, reason }: { id: string; action: "approve" | "reject"; reason?: string }) => ({
    path: paths.commissionDecision(id, action),
    body: reason ? { review_note: reason } : {},
  }))
  const run = (commission: AdminCommission, action: "approve" | "reject", reason?: string) =>
    decide.mutate(
      { id: commission.id, action, reason },
      {
        onSuccess: () => {
          toast.success(t(`asoudAffiliates.commissions.${action === "approve" ? "approved" : "rejected"}`))
          setRejecting(null)
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {data && !data.commissions.length && <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudAffiliates.empty")}</Text>}
      {!!data?.commissions.length && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.commissions.order")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.commissions.affiliate")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.commissions.amount")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.commissions.review")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudAffiliates.columns.at")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.commissions.map((c) => (
                <Table.Row key={c.id} data-commission={c.id}>
                  <Table.Cell>
                    <Link className="text-ui-fg-interactive" to={`/orders/${c.order_id}`}>
                      {c.order_id}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap" title={c.affiliate_id}>
                    {c.affiliate_name ?? c.affiliate_id}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.money(c.amount)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={statusColor[c.status] ?? "grey"}>
                      {t(`asoudAffiliates.commissions.statuses.${c.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {c.review ? (
                      <Badge size="2xsmall" color={c.review === "flagged" ? "red" : "grey"} title={c.flag_reason ?? undefined}>
                        {t(`asoudAffiliates.commissions.reviews.${c.review}`)}
                      </Badge>
                    ) : (
                      t("asoudKit.common.none")
                    )}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{format.dateTime(c.created_at)}</Table.Cell>
                  <Table.Cell>
                    {canDecide && isFlagged(c) && c.status === "pending" && (
                      <div className="flex gap-x-2">
                        <Button size="small" isLoading={decide.isPending && decide.variables?.id === c.id} onClick={() => run(c, "approve")}>
                          {t("asoudAffiliates.actions.approve")}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => setRejecting(c)}>
                          {t("asoudAffiliates.actions.reject")}
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <ReasonDrawer
        title={rejecting ? t("asoudAffiliates.commissions.rejectTitle") : null}
        submitLabel={t("asoudAffiliates.actions.reject")}
        isPending={decide.isPending}
        onClose={() => setRejecting(null)}
        onSubmit={(reason) => rejecting && run(rejecting, "reject", reason)}
      />
    </>
  )
}
