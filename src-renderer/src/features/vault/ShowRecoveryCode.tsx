import { CheckboxButton, CheckboxField } from 'react-aria-components';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/useT';
import { recoveryCodeGroups } from './recovery-code';

export interface ShowRecoveryCodeProps {
  code: string;
  headingLevel: 1 | 2 | 3;
  writtenDown: boolean;
  onWrittenDownChange: (writtenDown: boolean) => void;
  onContinue: () => void;
}

export function ShowRecoveryCode({
  code,
  headingLevel,
  writtenDown,
  onWrittenDownChange,
  onContinue,
}: ShowRecoveryCodeProps) {
  const t = useT();
  return (
    <div className="recovery">
      <PageHeading level={headingLevel}>{t('recovery.title')}</PageHeading>
      <p>{t('recovery.what')}</p>
      <ol className="recovery-code" aria-label={t('recovery.codeLabel')}>
        {recoveryCodeGroups(code).map((group, index) => (
          <li key={index} className="recovery-code__group">
            {group}
          </li>
        ))}
      </ol>
      <p className="recovery__once">{t('recovery.once')}</p>
      <p>{t('recovery.paper')}</p>
      <CheckboxField
        className="checkbox-field"
        isSelected={writtenDown}
        onChange={onWrittenDownChange}
      >
        <CheckboxButton className="checkbox">
          <span className="checkbox__box" aria-hidden="true" />
          {t('recovery.written')}
        </CheckboxButton>
      </CheckboxField>
      <div className="form__actions">
        <Button isDisabled={!writtenDown} onPress={onContinue}>
          {t('recovery.continue')}
        </Button>
      </div>
    </div>
  );
}
