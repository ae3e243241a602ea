import { registerAdminSlot } from "@asoud/admin-kit/react"
import { MarketCommissionRules } from "../components/market-commission-rules"
import { MarketCommissions } from "../components/market-commissions"

// The market's commission rules as a section of @asoud/markets' market page (Medusa has no widget
// zone on a plugin's page; see @asoud/admin-kit's slots). Imported by this plugin's widget and routes
// so it runs when the dashboard loads the plugin's admin bundle.
registerAdminSlot("market.details.after", "affiliates.commission-rules", MarketCommissionRules, 50)
registerAdminSlot("market.details.after", "affiliates.market-commissions", MarketCommissions, 60)
