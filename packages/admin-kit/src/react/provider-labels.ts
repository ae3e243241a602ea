import { useEffect } from "react"

const PROVIDER_ID = /^pp_[a-z0-9-]+_[a-z0-9-]+$/i

function relabel(root: Node, labels: Record<string, string>) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue?.trim() ?? ""
    if (PROVIDER_ID.test(text) && labels[text.toLowerCase()]) {
      node.nodeValue = labels[text.toLowerCase()]
    }
  }
}

/**
 * Medusa's own order screens print a payment's provider id as it is ("pp_mellat_mellat", shown
 * capitalised as "Pp_mellat_mellat") and offer no extension point to name it. While a screen that
 * calls this is mounted, text that is exactly a known provider id is replaced by its name.
 * `labels` maps lower-case provider ids to display names.
 */
export function useProviderLabels(labels: Record<string, string>) {
  const key = JSON.stringify(labels)
  useEffect(() => {
    const names = JSON.parse(key) as Record<string, string>
    relabel(document.body, names)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === "characterData") {
          relabel(mutation.target.parentNode ?? mutation.target, names)
        }
        mutation.addedNodes.forEach((node) => relabel(node, names))
      }
    })
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    return () => observer.disconnect()
  }, [key])
}
