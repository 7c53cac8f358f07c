import { useId, useState } from 'react';
import type { VerifyResult } from '../../../../src-main/contract';
import { Banner } from '../../components/Banner';
import { Button } from '../../components/Button';
import { errorMessageKey } from '../../errors';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useVerify } from './admin-queries';

function Outcome({ result }: { result: VerifyResult }) {
  const t = useT();
  const problems: string[] = [];
  if (result.cipherIntegrity === 'failed') problems.push(t('verify.cipherFailed'));
  if (result.integrity === 'failed') problems.push(t('verify.integrityFailed'));
  if (!result.audit.intact) {
    const seq = result.audit.firstBrokenSeq;
    problems.push(
      seq === undefined ? t('verify.auditUnreadable') : t('verify.auditBroken', { number: seq }),
    );
  }
  if (problems.length === 0) {
    return <Banner tone="success">{t('verify.allGood', { count: result.audit.events })}</Banner>;
  }
  return (
    <Banner tone="error">
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </Banner>
  );
}

export function VerifySection() {
  const t = useT();
  const headingId = useId();
  const verify = useVerify();
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  const start = () => {
    if (verify.isPending) return;
    setResult(null);
    setError(null);
    verify.mutate(undefined, {
      onSuccess: setResult,
      onError: (failure) => setError(errorMessageKey(failure)),
    });
  };

  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="heading heading--2">
        {t('verify.title')}
      </h2>
      <p>{t('verify.intro')}</p>
      <div role="status">{result && <Outcome result={result} />}</div>
      {error && (
        <Banner tone="error" role="alert">
          {t(error)}
        </Banner>
      )}
      <div className="form__actions">
        <Button variant="secondary" onPress={start} isBusy={verify.isPending}>
          {t('verify.submit')}
        </Button>
      </div>
    </section>
  );
}
