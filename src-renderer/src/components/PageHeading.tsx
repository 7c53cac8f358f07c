import { useEffect, useRef, type ReactNode } from 'react';

export interface PageHeadingProps {
  level?: 1 | 2 | 3;
  children: ReactNode;
  /**
   * Move focus here when the heading appears, so a screen reader starts at the new screen
   * instead of the top of the page it left.
   */
  focusOnMount?: boolean;
  id?: string;
}

export function PageHeading({ level = 1, children, focusOnMount = true, id }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const Tag = (['h1', 'h2', 'h3'] as const)[level - 1] ?? 'h1';
  return (
    <Tag ref={ref} id={id} tabIndex={-1} className={`heading heading--${level}`}>
      {children}
    </Tag>
  );
}
