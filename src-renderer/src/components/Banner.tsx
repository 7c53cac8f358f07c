import type { ReactNode } from 'react';

export interface BannerProps {
  tone: 'info' | 'success' | 'warning' | 'error';
  title?: string;
  /** Give the title a heading level when the banner stands as a section of its own. */
  titleLevel?: 2;
  children: ReactNode;
  /** `alert` for problems, `status` for news; omit for content present from the start. */
  role?: 'alert' | 'status';
  id?: string;
}

export function Banner({ tone, title, titleLevel, children, role, id }: BannerProps) {
  const TitleTag = titleLevel === 2 ? 'h2' : 'p';
  return (
    <div className={`banner banner--${tone}`} role={role} id={id}>
      {title !== undefined && <TitleTag className="banner__title">{title}</TitleTag>}
      <div className="banner__body">{children}</div>
    </div>
  );
}
