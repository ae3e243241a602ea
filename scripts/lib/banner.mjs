// @ts-check

/**
 * @typedef {{ publishable_key?: string, logins: { role: string, email: string, password: string, note?: string }[], notes: string[] }} DemoSummary
 */

/** The seed prints one `ASOUD_DEMO {...}` line; everything else it prints is log. @returns {DemoSummary} */
export function readDemoSummary(/** @type {string} */ output) {
  const line = output.split("\n").find((l) => l.startsWith("ASOUD_DEMO "))
  if (!line) {
    throw new Error("the seed finished without printing its ASOUD_DEMO summary")
  }
  return JSON.parse(line.slice("ASOUD_DEMO ".length))
}

/** @param {{ demo: DemoSummary, port: number, simulatorUrl?: string, storefrontUrl?: string }} options */
export function printBanner({ demo, port, simulatorUrl, storefrontUrl }) {
  const base = `http://localhost:${port}`
  const lines = [
    "",
    "Asoud Commerce is running",
    ...(storefrontUrl ? [`  storefront:      ${storefrontUrl}   <- open this to shop`] : []),
    `  store API:       ${base}/store`,
    `  admin:           ${base}/app`,
    `  publishable key: ${demo.publishable_key ?? "(none)"}`,
  ]
  // Exactly "simulator: <url>" on its own line, so scripts and tests can pick it up.
  if (simulatorUrl) lines.push(`simulator: ${simulatorUrl}`)
  for (const login of demo.logins) {
    lines.push(`  ${login.role}: ${login.email} / ${login.password}${login.note ? `  (${login.note})` : ""}`)
  }
  for (const note of demo.notes) lines.push(`  ${note}`)
  lines.push("", "Stop with Ctrl-C.", "")
  process.stdout.write(lines.join("\n"))
}
