'use client';

import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to a question further down the page (from the error summary or a Change link). Without
 * JavaScript it is a plain #fragment link. With it, it moves focus to the field and scrolls its
 * question into view without adding a history entry: Next's router ignores entries made by plain
 * fragment links, so Back would show the wrong page.
 */
export function JumpLink({ target, className, children }: { target: string; className?: string; children: ReactNode }) {
  const jump = (event: MouseEvent<HTMLAnchorElement>) => {
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault();
    // Show the whole question where it fits on the screen, else the field itself.
    const question = field.closest('fieldset');
    const fits = question && question.getBoundingClientRect().height < window.innerHeight;
    (fits ? question : field).scrollIntoView({ block: fits ? 'start' : 'center' });
    field.focus({ preventScroll: true });
  };
  return (
    <a href={`#${target}`} onClick={jump} className={className}>
      {children}
    </a>
  );
}
