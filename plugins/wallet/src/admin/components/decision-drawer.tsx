import { toLatinDigits } from "@asoud/admin-kit"
import { useAsoudFormat } from "@asoud/admin-kit/react"
import { Button, Drawer, Input, Label, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import type { WalletWithdrawal } from "../lib/types"

export type Decision = { withdrawal: WalletWithdrawal; action: "approve" | "reject" }

type Props = {
  decision: Decision | null
  isPending: boolean
  onClose: () => void
  onSubmit: (decision: Decision, value: string) => void
}

/** Approve a payout with the bank's tracking number, or reject it with a reason the owner will see. */
export const DecisionDrawer = ({ decision, isPending, onClose, onSubmit }: Props) => {
  const { t } = useTranslation()
  const format = useAsoudFormat()
  const [value, setValue] = useState("")
  useEffect(() => setValue(""), [decision])
  const approving = decision?.action === "approve"
  const params = decision
    ? { amount: format.money(decision.withdrawal.amount), holder: decision.withdrawal.account_holder, iban: decision.withdrawal.iban }
    : {}
  return (
    <Drawer open={!!decision} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t(approving ? "asoudWallet.withdrawals.approveTitle" : "asoudWallet.withdrawals.rejectTitle")}</Drawer.Title>
        </Drawer.Header>
        <form
          className="flex flex-1 flex-col"
          onSubmit={(event) => {
            event.preventDefault()
            if (decision && value.trim()) onSubmit(decision, value.trim())
          }}
        >
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t(approving ? "asoudWallet.withdrawals.approveHint" : "asoudWallet.withdrawals.rejectHint", params)}
            </Text>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="withdrawal-decision" size="small" weight="plus">
                {t(approving ? "asoudWallet.withdrawals.bankReference" : "asoudWallet.withdrawals.rejectReason")}
              </Label>
              <Input
                id="withdrawal-decision"
                name={approving ? "bank_reference" : "reason"}
                dir={approving ? "ltr" : undefined}
                autoFocus
                value={value}
                // bank tracking numbers are read off a Persian banking app as often as not
                onChange={(e) => setValue(approving ? toLatinDigits(e.target.value) : e.target.value)}
              />
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("asoudKit.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" variant={approving ? "primary" : "danger"} isLoading={isPending} disabled={!value.trim()}>
              {t(approving ? "asoudWallet.withdrawals.approve" : "asoudWallet.withdrawals.reject")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
