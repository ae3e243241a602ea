import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { labels } from "../../lib/labels"
import { sdk } from "../../lib/sdk"
import type { Application } from "../../lib/types"

const statusColor = { pending: "orange", approved: "green", rejected: "red" } as const

/** Tier applications: review the business details, approve (moves the customer into the tier) or reject. */
const PricingTierApplicationsPage = () => {
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["pricing-tiers", "applications"] }),
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">{labels.applicationsTitle}</Heading>
        <div className="flex gap-2">
          {(["pending", "approved", "rejected"] as const).map((value) => (
            <Button key={value} size="small" variant={status === value ? "primary" : "secondary"} onClick={() => setStatus(value)}>
              {labels[value]}
            </Button>
          ))}
        </div>
      </div>
      {isLoading ? (
        <Text className="px-6 py-4">{labels.loading}</Text>
      ) : !data?.applications.length ? (
        <Text className="px-6 py-4">{labels.empty}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{labels.business}</Table.HeaderCell>
              <Table.HeaderCell>{labels.tier}</Table.HeaderCell>
              <Table.HeaderCell>{labels.city}</Table.HeaderCell>
              <Table.HeaderCell>{labels.phone}</Table.HeaderCell>
              <Table.HeaderCell>{labels.status}</Table.HeaderCell>
              <Table.HeaderCell>{labels.reviewNote}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.applications.map((application) => (
              <Table.Row key={application.id}>
                <Table.Cell>
                  <div>{application.business_name}</div>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {[application.customer?.first_name, application.customer?.last_name].filter(Boolean).join(" ")} {application.customer?.email ?? ""}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">{application.business_type ?? ""} {application.note ?? ""}</Text>
                </Table.Cell>
                <Table.Cell>{application.tier?.name}</Table.Cell>
                <Table.Cell>{application.city ?? "-"}</Table.Cell>
                <Table.Cell>{application.phone ?? application.customer?.phone ?? "-"}</Table.Cell>
                <Table.Cell>
                  <Badge color={statusColor[application.status]}>{labels[application.status]}</Badge>
                </Table.Cell>
                <Table.Cell>
                  {application.status === "pending" ? (
                    <Input size="small" value={notes[application.id] ?? ""} onChange={(e) => setNotes({ ...notes, [application.id]: e.target.value })} />
                  ) : (
                    application.review_note ?? "-"
                  )}
                </Table.Cell>
                <Table.Cell>
                  {application.status === "pending" && (
                    <div className="flex gap-2">
                      <Button size="small" onClick={() => decide.mutate({ id: application.id, action: "approve" })} isLoading={decide.isPending}>
                        {labels.approve}
                      </Button>
                      <Button size="small" variant="danger" onClick={() => decide.mutate({ id: application.id, action: "reject" })} isLoading={decide.isPending}>
                        {labels.reject}
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "سطوح قیمت (Pricing tiers)", icon: ReceiptPercent })

export default PricingTierApplicationsPage
