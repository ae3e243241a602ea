import { Button, Drawer, Select, Label, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { useCreateMarket } from "../lib/markets"
import { toRequestBody, type FormValues, type ProfileField } from "../lib/profile-fields"
import { FieldInput } from "./field-input"

const FIELDS: ProfileField[] = [
  { name: "name", kind: "text", required: true },
  { name: "handle", kind: "text", ltr: true, required: true },
  { name: "type", kind: "type" },
  { name: "description", kind: "textarea" },
  { name: "city", kind: "text" },
  { name: "commission_rate", kind: "percent" },
  { name: "subdomain", kind: "text", ltr: true },
]
const EMPTY: FormValues = { type: "shop" }

type Props = { open: boolean; onOpenChange: (open: boolean) => void }

/** Platform admins create a market (its sales channel, key, location and profile come with it). */
export const CreateMarketDrawer = ({ open, onOpenChange }: Props) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [values, setValues] = useState<FormValues>(EMPTY)
  const [status, setStatus] = useState<"pending" | "active">("active")
  const create = useCreateMarket()
  useEffect(() => {
    if (open) {
      setValues(EMPTY)
      setStatus("active")
    }
  }, [open])
  const ready = (values.name ?? "").trim().length >= 2 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.handle ?? "")
  const submit = () => {
    const body = Object.fromEntries(Object.entries(toRequestBody(values, FIELDS)).filter(([, value]) => value !== null))
    create.mutate(
      { ...body, status },
      {
        onSuccess: ({ market }) => {
          toast.success(t("asoudMarkets.created"))
          onOpenChange(false)
          navigate(`/markets/${market.id}`)
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("asoudMarkets.createTitle")}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {FIELDS.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ""}
              hint={field.name === "handle" ? t("asoudMarkets.fields.handleHint") : undefined}
              onChange={(value) =>
                setValues((current) => ({ ...current, [field.name]: field.name === "handle" ? value.toLowerCase() : value }))
              }
            />
          ))}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="market-field-status" size="small" weight="plus">
              {t("asoudMarkets.fields.status")}
            </Label>
            <Select value={status} onValueChange={(value) => setStatus(value as "pending" | "active")}>
              <Select.Trigger id="market-field-status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="active">{t("asoudMarkets.status.active")}</Select.Item>
                <Select.Item value="pending">{t("asoudMarkets.status.pending")}</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              {t("asoudKit.common.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" isLoading={create.isPending} disabled={!ready} onClick={submit}>
            {t("asoudMarkets.create")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
