// An action that takes its own item out of a list (an entry confirmed as still valid, a
// report dismissed) would leave the focus on a removed element, which browsers drop to the
// top of the page (WCAG 2.4.3). The next item is where the person carries on; after the last
// item, the previous one; in an emptied list, the list's heading.

const focusable = 'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/**
 * Call before the action, with the element acted from: the neighbour is found while the item
 * is still in the list. Call the returned function once the action succeeded.
 */
export function focusAfterRemoval(from: Element, heading: () => HTMLElement | null): () => void {
  const item = from.closest('li');
  const neighbour = item?.nextElementSibling ?? item?.previousElementSibling ?? null;
  return () => {
    const target = neighbour?.isConnected ? neighbour.querySelector<HTMLElement>(focusable) : null;
    (target ?? heading())?.focus();
  };
}
