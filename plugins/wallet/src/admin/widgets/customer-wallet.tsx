import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminCustomer } from "@medusajs/framework/types"
import { WalletPanel } from "../components/wallet-panel"

/** The customer's wallet on their page: balance, holds, recent entries and a manual adjustment. */
const CustomerWalletWidget = ({ data }: DetailWidgetProps<AdminCustomer>) => (
  <WalletPanel ownerType="customer" ownerId={data.id} />
)

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerWalletWidget
