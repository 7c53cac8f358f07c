import { Label, RadioButton, RadioField, RadioGroup } from 'react-aria-components';
import type { Language } from '../../../../src-main/contract';
import { useT } from '../../i18n/useT';
import { useSetLanguage, useSettings } from '../../queries/settings';

const LANGUAGES: readonly Language[] = ['en', 'fr-CA'];

function asLanguage(value: string): Language | undefined {
  return LANGUAGES.find((language) => language === value);
}

/** Each language is named in itself, and marked with its `lang` so it is read aloud properly. */
export function LanguageSwitch({ labelledBy }: { labelledBy?: string }) {
  const t = useT();
  const settings = useSettings();
  const setLanguage = useSetLanguage();
  const value =
    (setLanguage.isPending ? setLanguage.variables : undefined) ?? settings.data?.language ?? 'en';

  return (
    <RadioGroup
      className="language-switch"
      orientation="horizontal"
      value={value}
      aria-labelledby={labelledBy}
      onChange={(next) => {
        const language = asLanguage(next);
        if (language) setLanguage.mutate(language);
      }}
    >
      {labelledBy === undefined && (
        <Label className="language-switch__label">{t('language.label')}</Label>
      )}
      <div className="language-switch__options">
        <RadioField value="en">
          <RadioButton className="radio">
            <span className="radio__indicator" aria-hidden="true" />
            <span lang="en">{t('language.en')}</span>
          </RadioButton>
        </RadioField>
        <RadioField value="fr-CA">
          <RadioButton className="radio">
            <span className="radio__indicator" aria-hidden="true" />
            <span lang="fr-CA">{t('language.frCA')}</span>
          </RadioButton>
        </RadioField>
      </div>
    </RadioGroup>
  );
}
