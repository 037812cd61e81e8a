'use client';

import type { MouseEvent, ReactNode } from 'react';

type Props = {
  /** The id of the field to move to. */
  target: string;
  /** Where the link goes without JavaScript; `#target` unless a page must be asked for (a Change link). */
  href?: string;
  className?: string;
  children: ReactNode;
};

/**
 * A link to a question further down the page (from the error summary or a Change link). Without
 * JavaScript it is a plain link. With it, it opens the <details> the field sits in, if closed,
 * moves focus to the field and scrolls its question into view without adding a history entry:
 * Next's router ignores entries made by plain fragment links, so Back would show the wrong page.
 */
export function JumpLink({ target, href, className, children }: Props) {
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault();
    const details = field.closest('details');
    if (details) details.open = true;
    // Show the whole question where it fits on the screen, else the field itself.
    const question = field.closest('fieldset');
    const fits = question && question.getBoundingClientRect().height < window.innerHeight;
    (fits ? question : field).scrollIntoView({ block: fits ? 'start' : 'center' });
    // In a radio group, the chosen answer takes the focus, as the browser's Tab would give it.
    const chosen =
      field instanceof HTMLInputElement && field.type === 'radio'
        ? field.form?.querySelector<HTMLInputElement>(`input[type=radio][name="${field.name}"]:checked`)
        : null;
    (chosen ?? field).focus({ preventScroll: true });
  };
  return (
    <a href={href ?? `#${target}`} onClick={jump} className={className}>
      {children}
    </a>
  );
}
