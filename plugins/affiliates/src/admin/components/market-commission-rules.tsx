import { AmountInput, useAsoudFormat } from "@asoud/admin-kit/react"
import { Button, Container, Drawer, Heading, Label, Select, Switch, Table, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { paths, useAffiliatesMutation, useMarketRules, useMarketSettings, type CommissionRule, type RuleInput } from "../lib/api"

type Props = { market: { id: string }; viewer?: string }
type Editing = { rule: CommissionRule | null }

/**
 * The market's affiliate commission rules, on the market's page: whether affiliates may promote it
 * (owner, manager or platform), the market-wide rule and any product or category rules (the platform
 * edits them; market staff read them).
 */
export const MarketCommissionRules = ({ market, viewer }: Props) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const { data, isLoading, isError } = useMarketRules(market.id)
  const [editing, setEditing] = useState<Editing | null>(null)
  const settings = useMarketSettings(market.id)
  // rules are the platform's to set; the market's owner or manager decides whether it is promoted at all
  const canEdit = viewer === "platform"
  const canToggle = canEdit || viewer === "owner" || viewer === "manager"
  const save = useAffiliatesMutation(({ rule, input }: { rule: CommissionRule | null; input: RuleInput }) => ({
    path: rule ? paths.rule(rule.id) : paths.rules,
    body: {
      scope: rule?.scope ?? "market",
      market_id: market.id,
      ...(rule?.target_id ? { target_id: rule.target_id } : {}),
      ...input,
    },
  }))
  const promote = useAffiliatesMutation((promotable: boolean) => ({ path: paths.marketSettings(market.id), body: { promotable } }))
  const promotable = settings.data?.affiliate_settings.promotable ?? true
  const describe = (rule: CommissionRule) =>
    rule.type === "percent"
      ? t("asoudAffiliates.rules.percentOf", { value: format.percent(rule.value) })
      : t("asoudAffiliates.rules.fixedPerItem", { value: format.money(rule.value) })
  const rules = data?.rules ?? []
  const marketRule = rules.find((r) => r.scope === "market")

  return (
    <Container className="divide-y p-0" data-testid="market-affiliate-rules">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("asoudAffiliates.rules.title")}</Heading>
        {canEdit && !marketRule && !isLoading && !isError && (
          <Button size="small" variant="secondary" onClick={() => setEditing({ rule: null })}>
            {t("asoudAffiliates.rules.add")}
          </Button>
        )}
      </div>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Label htmlFor="market-promotable" size="small">
          {t("asoudAffiliates.rules.promotable")}
        </Label>
        <Switch
          id="market-promotable"
          checked={promotable}
          disabled={!canToggle || settings.isLoading || promote.isPending}
          onCheckedChange={(checked) =>
            promote.mutate(checked, {
              onSuccess: () => toast.success(t("asoudKit.common.saved")),
              onError: (error) => toast.error(error.message),
            })
          }
        />
      </div>
      {isLoading && <Text className="px-6 py-4">{t("asoudKit.common.loading")}</Text>}
      {isError && <Text className="text-ui-fg-subtle px-6 py-4">{t("asoudAffiliates.rules.unavailable")}</Text>}
      {data && !rules.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("asoudAffiliates.rules.platformDefault")}
        </Text>
      )}
      {!!rules.length && (
        <Table>
          <Table.Body>
            {rules.map((rule) => (
              <Table.Row key={rule.id} data-rule={rule.scope}>
                <Table.Cell>{t(`asoudAffiliates.rules.scopes.${rule.scope}`, { defaultValue: rule.scope })}</Table.Cell>
                <Table.Cell>{describe(rule)}</Table.Cell>
                <Table.Cell>
                  {rule.cap !== null && rule.cap !== undefined
                    ? t("asoudAffiliates.rules.capOf", { value: format.money(rule.cap) })
                    : t("asoudKit.common.none")}
                </Table.Cell>
                <Table.Cell className="text-end">
                  {canEdit && (
                    <Button size="small" variant="secondary" onClick={() => setEditing({ rule })}>
                      {t("asoudKit.common.edit")}
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RuleDrawer
        editing={editing}
        isPending={save.isPending}
        onClose={() => setEditing(null)}
        onSubmit={(input) =>
          save.mutate(
            { rule: editing?.rule ?? null, input },
            {
              onSuccess: () => {
                toast.success(t("asoudKit.common.saved"))
                setEditing(null)
              },
              onError: (error) => toast.error(error.message),
            }
          )
        }
      />
    </Container>
  )
}

const RuleDrawer = ({
  editing,
  isPending,
  onClose,
  onSubmit,
}: {
  editing: Editing | null
  isPending: boolean
  onClose: () => void
  onSubmit: (input: RuleInput) => void
}) => {
  const { t } = useTranslation()
  const [type, setType] = useState<RuleInput["type"]>("percent")
  const [value, setValue] = useState("")
  const [cap, setCap] = useState("")
  useEffect(() => {
    setType(editing?.rule?.type ?? "percent")
    setValue(editing?.rule ? String(editing.rule.value) : "")
    setCap(editing?.rule?.cap !== null && editing?.rule?.cap !== undefined ? String(editing.rule.cap) : "")
  }, [editing])
  const valid = value.trim() !== "" && Number(value) >= 0 && (type !== "percent" || Number(value) <= 100)
  return (
    <Drawer open={!!editing} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("asoudAffiliates.rules.editTitle")}</Drawer.Title>
        </Drawer.Header>
        <form
          className="flex flex-1 flex-col"
          onSubmit={(event) => {
            event.preventDefault()
            if (valid) onSubmit({ type, value: Number(value), cap: cap.trim() ? Number(cap) : null })
          }}
        >
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Label size="small" weight="plus">{t("asoudAffiliates.rules.type")}</Label>
              <Select value={type} onValueChange={(v) => setType(v as RuleInput["type"])}>
                <Select.Trigger aria-label={t("asoudAffiliates.rules.type")}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="percent">{t("asoudAffiliates.rules.types.percent")}</Select.Item>
                  <Select.Item value="fixed">{t("asoudAffiliates.rules.types.fixed")}</Select.Item>
                </Select.Content>
              </Select>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rule-value" size="small" weight="plus">
                {t(type === "percent" ? "asoudAffiliates.rules.percent" : "asoudAffiliates.rules.amount")}
              </Label>
              <AmountInput id="rule-value" name="value" decimal={type === "percent"} preview={type === "fixed"} value={value} onChange={setValue} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rule-cap" size="small" weight="plus">{t("asoudAffiliates.rules.cap")}</Label>
              <AmountInput id="rule-cap" name="cap" value={cap} onChange={setCap} preview />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">{t("asoudKit.common.cancel")}</Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending} disabled={!valid}>{t("asoudKit.common.save")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
