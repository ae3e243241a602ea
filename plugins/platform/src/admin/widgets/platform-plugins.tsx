import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { PlatformInfo } from "../../lib/platform-info"
import { sdk } from "../lib/sdk"

/** Store settings: which Asoud plugins (and versions) this platform runs. */
const PlatformPluginsWidget = () => {
  const { data, isLoading, error } = useQuery({
    queryKey: ["asoud-platform"],
    queryFn: () => sdk.client.fetch<{ platform: PlatformInfo }>("/admin/platform"),
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">افزونه‌های آسود · Asoud plugins</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          واحد پول ذخیره‌شده: ریال (IRR)
        </Text>
      </div>
      {isLoading && <Text className="px-6 py-4">در حال بارگذاری…</Text>}
      {error && <Text className="px-6 py-4 text-ui-fg-error">{(error as Error).message}</Text>}
      {data && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>افزونه · Plugin</Table.HeaderCell>
              <Table.HeaderCell>نسخه · Version</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.platform.plugins.map((plugin) => (
              <Table.Row key={plugin.name}>
                <Table.Cell>{plugin.name}</Table.Cell>
                <Table.Cell>{plugin.version}</Table.Cell>
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
