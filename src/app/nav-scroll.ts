// On a phone the main navigation is one row that scrolls sideways (on wider screens it wraps
// and shows every item). So that a person sees both where they are and that there is more,
// the row scrolls the current screen's item to its middle, and marks on the <nav> which edges
// hide further items (data-more="start end"), which the stylesheet shows as a fade and an arrow.
import type { RefObject } from 'react';
import { useEffect } from 'react';

export function useNavScroll(list: RefObject<HTMLUListElement | null>, screen: string): void {
  useEffect(() => {
    const row = list.current;
    const nav = row?.parentElement;
    if (!row || !nav) return;
    const active = row.querySelector('[aria-current="page"]');
    if (active && row.scrollWidth > row.clientWidth) {
      const item = active.getBoundingClientRect();
      const box = row.getBoundingClientRect();
      row.scrollBy({ left: item.left + item.width / 2 - (box.left + box.width / 2), behavior: 'instant' });
    }
    const mark = () => {
      const more = [row.scrollLeft > 1 ? 'start' : '', row.scrollLeft + row.clientWidth < row.scrollWidth - 1 ? 'end' : ''];
      nav.setAttribute('data-more', more.filter(Boolean).join(' '));
    };
    mark();
    row.addEventListener('scroll', mark, { passive: true });
    window.addEventListener('resize', mark);
    return () => {
      row.removeEventListener('scroll', mark);
      window.removeEventListener('resize', mark);
    };
  }, [list, screen]);
}
