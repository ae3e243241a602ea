import { loadMarketsExports } from "../../../lib/markets-bridge"

/**
 * Refuses to start a platform whose `@asoud/markets` is installed but cannot be loaded (a partial
 * build, a throwing import). The bridge is otherwise first used long after start-up, in the subscriber
 * that credits a completed market order, where a failure is only a log line and the market's earning
 * is not paid: a merchant relies on every completed order being credited, so the platform must not
 * take orders at all in that state. Without the package (the wallet alone) it starts as usual.
 */
export default async function checkMarketsBridge(): Promise<void> {
  loadMarketsExports()
}
