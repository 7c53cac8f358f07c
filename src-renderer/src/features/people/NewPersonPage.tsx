import { useNavigate } from '@tanstack/react-router';
import { PageHeading } from '../../components/PageHeading';
import { usePageTitle } from '../../components/usePageTitle';
import { useT } from '../../i18n/useT';
import { PersonForm, emptyPerson } from './PersonForm';
import { useCreatePerson } from './queries';

export function NewPersonPage() {
  const t = useT();
  usePageTitle(t('person.new.title'));
  const navigate = useNavigate();
  const create = useCreatePerson();

  return (
    <>
      <PageHeading>{t('person.new.title')}</PageHeading>
      <p>{t('person.new.intro')}</p>
      <PersonForm
        initial={emptyPerson}
        submitLabel={t('person.new.submit')}
        onSubmit={async (fields) => {
          const person = await create.mutateAsync(fields);
          await navigate({ to: '/people/$personId', params: { personId: person.id } });
        }}
        onCancel={() => void navigate({ to: '/' })}
      />
    </>
  );
}
