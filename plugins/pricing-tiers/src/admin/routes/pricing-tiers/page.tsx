import { Crumb, useAsoudFormat } from "@asoud/admin-kit/react"
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { sdk } from "../../lib/sdk"
import type { Application } from "../../lib/types"

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const
const STATUSES = ["pending", "approved", "rejected"] as const

/** Tier applications: review the business details, approve (moves the customer into the tier) or reject. */
const PricingTierApplicationsPage = () => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<Application["status"]>("pending")
  const [notes, setNotes] = useState<Record<string, string>>({})
  const { data, isLoading } = useQuery({
    queryKey: ["pricing-tiers", "applications", status],
    queryFn: () =>
      sdk.client.fetch<{ applications: Application[] }>("/admin/pricing-tiers/applications", { query: { status, limit: 100 } }),
  })
  const decide = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "approve" | "reject" }) =>
      sdk.client.fetch(`/admin/pricing-tiers/applications/${id}/${action}`, {
        method: "POST",
        body: { review_note: notes[id] || null },
      }),
    onSuccess: (_, { action }) => {
      toast.success(t(action === "approve" ? "asoudPricingTiers.applications.approved" : "asoudPricingTiers.applications.rejected"))
      queryClient.invalidateQueries({ queryKey: ["pricing-tiers", "applications"] })
    },
    onError: (error: Error) => toast.error(error.message),
  })
  const tierName = (tier: Application["tier"]) =>
    tier ? t(`asoudPricingTiers.tiers.${tier.handle}`, { defaultValue: tier.name }) : t("asoudKit.common.none")

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">{t("asoudPricingTiers.applications.title")}</Heading>
        <div className="flex gap-2">
          {STATUSES.map((value) => (
            <Button key={value} size="small" variant={status === value ? "primary" : "secondary"} onClick={() => setStatus(value)}>
              {t(`asoudPricingTiers.applications.statuses.${value}`)}
            </Button>
          ))}
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>
      ) : !data?.applications.length ? (
        <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudPricingTiers.applications.empty")}</Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.business")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.tier")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.city")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.phone")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-start">{t("asoudPricingTiers.applications.columns.reviewNote")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.applications.map((application) => (
                <Table.Row key={application.id}>
                  <Table.Cell>
                    <div>{application.business_name}</div>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {[application.customer?.first_name, application.customer?.last_name].filter(Boolean).join(" ")}{" "}
                      <span dir="ltr">{application.customer?.email ?? ""}</span>
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {[application.business_type, application.note].filter(Boolean).join(" · ")}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">{format.date(application.created_at)}</Text>
                  </Table.Cell>
                  <Table.Cell>{tierName(application.tier)}</Table.Cell>
                  <Table.Cell>{application.city ?? t("asoudKit.common.none")}</Table.Cell>
                  <Table.Cell dir="ltr" className="text-start">{application.phone ?? application.customer?.phone ?? t("asoudKit.common.none")}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={statusColor[application.status]}>
                      {t(`asoudPricingTiers.applications.statuses.${application.status}`)}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>
                    {application.status === "pending" ? (
                      <Input
                        size="small"
                        aria-label={t("asoudPricingTiers.applications.columns.reviewNote")}
                        value={notes[application.id] ?? ""}
                        onChange={(e) => setNotes({ ...notes, [application.id]: e.target.value })}
                      />
                    ) : (
                      application.review_note ?? t("asoudKit.common.none")
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {application.status === "pending" && (
                      <div className="flex gap-2">
                        <Button size="small" onClick={() => decide.mutate({ id: application.id, action: "approve" })} isLoading={decide.isPending}>
                          {t("asoudPricingTiers.applications.approve")}
                        </Button>
                        <Button size="small" variant="danger" onClick={() => decide.mutate({ id: application.id, action: "reject" })} isLoading={decide.isPending}>
                          {t("asoudPricingTiers.applications.reject")}
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
    </Container>
  )
}

export const handle = { breadcrumb: () => <Crumb i18nKey="asoudPricingTiers.applications.title" /> }

export const config = defineRouteConfig({ label: "asoudPricingTiers.menu", translationNs: "translation", icon: ReceiptPercent })

export default PricingTierApplicationsPage
