import { Label, Meter } from 'react-aria-components';
import type { Strength } from '../../../src-main/contract';
import type { MessageKey } from '../i18n/en';
import { strengthSuggestionKey, strengthWarningKey } from '../i18n/strength-words';
import { useT } from '../i18n/useT';

type Level = 'none' | 'weak' | 'fair' | 'strong';

function levelOf(strength: Strength | null): Level {
  if (!strength) return 'none';
  if (!strength.acceptable) return 'weak';
  return strength.score >= 4 ? 'strong' : 'fair';
}

const levelWords: Record<Level, MessageKey> = {
  none: 'strength.none',
  weak: 'strength.weak',
  fair: 'strength.fair',
  strong: 'strength.strong',
};

export function StrengthMeter({ strength }: { strength: Strength | null }) {
  const t = useT();
  const level = levelOf(strength);
  const score = strength?.score ?? 0;
  return (
    <div className="strength">
      <Meter
        className="meter"
        minValue={0}
        maxValue={4}
        value={score}
        valueLabel={t(levelWords[level])}
      >
        {({ valueText }) => (
          <>
            <div className="meter__top">
              <Label className="meter__label">{t('strength.label')}</Label>
              <span className={`meter__value meter__value--${level}`}>{valueText}</span>
            </div>
            <div className="meter__track">
              <div
                className={`meter__fill meter__fill--${level} meter__fill--score-${strength ? score : 'none'}`}
              />
            </div>
          </>
        )}
      </Meter>
      {/* Polite, so the feedback is read once typing pauses rather than on every key. */}
      <div className="strength__feedback" aria-live="polite">
        {strength?.warning && (
          <p className="strength__warning">{t(strengthWarningKey(strength.warning))}</p>
        )}
        {strength && strength.suggestions.length > 0 && (
          <ul className="strength__suggestions">
            {strength.suggestions.map((key) => (
              <li key={key}>{t(strengthSuggestionKey(key))}</li>
            ))}
          </ul>
        )}
        {level === 'fair' && <p>{t('strength.acceptable')}</p>}
      </div>
    </div>
  );
}
