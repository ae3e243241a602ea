/**
 * The dashboard pages market staff work in. Everything else in the sidebar and the settings menu is
 * hidden from them, and opening it sends them to their orders: the server answers 403 there anyway
 * (see the allow-list in `src/lib/admin-allow-list.ts`), so a visible entry would only lead to an
 * error page.
 */
export const MEMBER_PAGES = ["/orders", "/products", "/inventory", "/markets", "/my-wallet", "/settings/profile"]

/** The pages under a member page that are still platform-only (import, export, other stock views). */
export const MEMBER_BLOCKED_PAGES = ["/products/import", "/products/export", "/inventory/reservations", "/orders/export"]

export function isMemberPage(pathname: string, base: string): boolean {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || "/" : pathname
  if (MEMBER_BLOCKED_PAGES.some((page) => path === page || path.startsWith(`${page}/`))) {
    return false
  }
  return MEMBER_PAGES.some((page) => path === page || path.startsWith(`${page}/`)) || path === "/"
}

/** CSS that hides every sidebar and settings link a member may not use (`base` is the admin path, e.g. "/app"). */
export function memberNavigationCss(base: string): string {
  const other = `a[href^="${base}/"]${MEMBER_PAGES.map((page) => `:not([href="${base}${page}"])`).join("")}`
  const hidden = [
    // a main-sidebar entry whose link is not a member page: the whole row, nested items included
    `nav > div > div > div:has(> div > ${other})`,
    // a nested entry (Drafts under Orders, Collections under Products, Reservations under Inventory)
    `nav li:has(> div > ${other})`,
    // any other such link in the sidebars (Settings, the settings menu)
    `nav ${other}`,
    `aside ${other}`,
    // a settings group left with no link (General, Developer)
    `aside .py-3[data-state]:not(:has(a[href="${base}/settings/profile"]))`,
    ...MEMBER_BLOCKED_PAGES.map((page) => `a[href^="${base}${page}"]`),
  ]
  // On wide screens a parent entry is itself a link, so the nested lists (all platform pages, or a
  // copy of the parent for small screens) would only leave empty space.
  const nestedLists = `@media (min-width: 1024px) { nav [id^="radix-"][data-state] { display: none !important; } }`
  return `${hidden.join(",\n")} { display: none !important; }\n${nestedLists}`
}
