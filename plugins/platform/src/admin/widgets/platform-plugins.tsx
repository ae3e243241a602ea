import { MoneyUnitSwitch } from "@asoud/admin-kit/react"
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import type { PlatformInfo } from "../../lib/platform-info"
import { sdk } from "../lib/sdk"

/** Store settings: which Asoud plugins (and versions) this platform runs, and how amounts show. */
const PlatformPluginsWidget = () => {
  const { t } = useTranslation()
  const { data, isLoading, error } = useQuery({
    queryKey: ["asoud-platform"],
    queryFn: () => sdk.client.fetch<{ platform: PlatformInfo }>("/admin/platform"),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h2">{t("asoudPlatform.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("asoudPlatform.currency")}
          </Text>
        </div>
        <MoneyUnitSwitch />
      </div>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {error && (
        <Text className="text-ui-fg-error px-6 py-4">{t("asoudKit.common.error", { message: (error as Error).message })}</Text>
      )}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell className="text-start">{t("asoudPlatform.plugin")}</Table.HeaderCell>
              <Table.HeaderCell className="text-start">{t("asoudPlatform.version")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.platform.plugins.map((plugin) => (
              <Table.Row key={plugin.name}>
                <Table.Cell dir="ltr" className="text-start font-mono">{plugin.name}</Table.Cell>
                <Table.Cell dir="ltr" className="text-start">{plugin.version}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "store.details" })

export default PlatformPluginsWidget
