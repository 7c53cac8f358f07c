import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { VirtualList } from '../../components/VirtualList';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useCreateReflection, useReflectionsList } from './queries';

/** The worker's own journal: not about any one person, never part of a share. */
export function ReflectionsPage() {
  const t = useT();
  const intl = useIntl();
  usePageTitle(t('reflections.title'));
  const navigate = useNavigate();
  const list = useReflectionsList();
  const create = useCreateReflection();
  const [error, setError] = useState<MessageKey | null>(null);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const newReflection = async () => {
    setError(null);
    try {
      const reflection = await create.mutateAsync();
      await navigate({
        to: '/reflections/$reflectionId',
        params: { reflectionId: reflection.id },
      });
    } catch (caught) {
      setError(errorMessageKey(caught));
    }
  };

  return (
    <>
      <div className="page-top">
        <PageHeading>{t('reflections.title')}</PageHeading>
        <Button isBusy={create.isPending} onPress={() => void newReflection()}>
          {t('reflections.new')}
        </Button>
      </div>
      <p className="ownership">{t('reflections.intro')}</p>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      {list.isError && (
        <Banner tone="error" role="alert">
          {t(errorMessageKey(list.error))}
        </Banner>
      )}
      {list.isSuccess && items.length === 0 && (
        <p className="empty-state">{t('reflections.empty')}</p>
      )}
      {items.length > 0 && (
        <VirtualList
          items={items}
          itemKey={(item) => item.id}
          label={t('reflections.listLabel')}
          estimatedRowPx={104}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          loadingMoreLabel={t('reflections.loadingMore')}
          onNearEnd={() => {
            if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
          }}
          className="card-list"
          listClassName="card-list__items"
          itemClassName="card-list__row"
          renderItem={(item) => (
            <div className="card-list__item">
              <Link
                to="/reflections/$reflectionId"
                params={{ reflectionId: item.id }}
                className="card-list__link"
              >
                {item.title || t('reflections.untitled')}
              </Link>
              <span className="card-list__meta">
                {t('reflections.updated', {
                  date: intl.formatDate(item.updatedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                })}
              </span>
              {item.preview && <p className="card-list__preview">{item.preview}</p>}
            </div>
          )}
        />
      )}
    </>
  );
}
