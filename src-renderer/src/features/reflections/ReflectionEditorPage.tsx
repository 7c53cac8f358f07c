import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState, type FocusEvent } from 'react';
import type { Reflection, ReflectionFields } from '../../../../src-main/contract';
import { api } from '../../api';
import { Banner } from '../../components/Banner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { SaveIndicator } from '../../components/SaveIndicator';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { usePageTitle } from '../../components/usePageTitle';
import { errorMessageKey } from '../../errors';
import { useT } from '../../i18n/useT';
import { queryKeys } from '../../queries/keys';
import { useAutosave } from '../../session/useAutosave';
import { useDeleteReflection, useReflection } from './queries';

export function ReflectionEditorPage() {
  const t = useT();
  usePageTitle(t('reflection.title'));
  const { reflectionId } = useParams({ from: '/reflections/$reflectionId' });
  const reflection = useReflection(reflectionId);

  if (reflection.isError) {
    return (
      <>
        <PageHeading>{t('reflection.title')}</PageHeading>
        <Banner tone="error" role="alert">
          {t(errorMessageKey(reflection.error))}
        </Banner>
        <Link to="/reflections">{t('reflection.back')}</Link>
      </>
    );
  }
  if (!reflection.data || !reflection.isFetchedAfterMount) {
    return (
      <p className="loading" role="status">
        {t('app.working')}
      </p>
    );
  }
  return <ReflectionEditor key={reflection.data.id} reflection={reflection.data} />;
}

function ReflectionEditor({ reflection }: { reflection: Reflection }) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useDeleteReflection(reflection.id);
  const [draft, setDraft] = useState<ReflectionFields>({
    title: reflection.title,
    body: reflection.body,
  });
  const { status, change, flush, discard } = useAutosave<ReflectionFields>((fields) =>
    api.call('reflections.save', { id: reflection.id, fields }).then((saved) => {
      queryClient.setQueryData(queryKeys.reflection(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reflectionsList });
      return { savedAt: saved.updatedAt };
    }),
  );

  const update = (patch: Partial<ReflectionFields>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    change(next);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.matches('input, textarea')) {
      void flush();
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/reflections">{t('reflection.back')}</Link>
      </p>
      <PageHeading>{t('reflection.title')}</PageHeading>
      <p className="ownership">{t('reflection.private')}</p>
      <SaveIndicator status={status} onRetry={() => void flush()} />
      <div className="form" onBlur={onBlur}>
        <TextField
          label={t('reflection.field.title')}
          value={draft.title}
          maxLength={200}
          onChange={(title) => update({ title })}
        />
        <TextArea
          label={t('reflection.field.body')}
          description={t('reflection.field.bodyHelp')}
          value={draft.body}
          rows={12}
          onChange={(body) => update({ body })}
        />
      </div>
      <div className="form__actions">
        <ConfirmDialog
          trigger={t('reflection.delete.open')}
          title={t('reflection.delete.title')}
          confirmLabel={t('reflection.delete.confirm')}
          onConfirm={async () => {
            await flush();
            await remove.mutateAsync();
            discard();
            await navigate({ to: '/reflections' });
          }}
        >
          <p>{t('reflection.delete.body')}</p>
        </ConfirmDialog>
      </div>
    </>
  );
}
