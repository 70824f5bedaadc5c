// form-js renders its own texts (and re-renders them at will); Baton translates them in the DOM.
// This keeps a container translated: every text, attribute or node that changes is handed to the
// translation again, with the observer paused so its own writes do not loop.

export interface DomTranslation {
  /** The attributes that hold visible text (aria-label, placeholder …). */
  attributes: string[]
  /** Translates a node and everything below it. */
  node: (node: Node) => void
  /** Translates the text attributes of an element whose attributes changed. */
  attributesOf: (element: Element) => void
}

/** Translates the container now and whenever it changes; returns the function that stops it. */
export function keepTranslated(container: HTMLElement, translation: DomTranslation): () => void {
  if (typeof MutationObserver === 'undefined') return () => {}
  translation.node(container)
  const observer = new MutationObserver((mutations) => {
    observer.disconnect()
    for (const mutation of mutations) {
      if (mutation.type === 'characterData') translation.node(mutation.target)
      else if (mutation.type === 'attributes') translation.attributesOf(mutation.target as Element)
      else mutation.addedNodes.forEach((node) => translation.node(node))
    }
    observe()
  })
  const observe = () =>
    observer.observe(container, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: translation.attributes,
    })
  observe()
  return () => observer.disconnect()
}
