import { useState } from 'react';
import { CheckRecoveryCode } from './CheckRecoveryCode';
import { pickTwoGroups } from './recovery-code';
import { ShowRecoveryCode } from './ShowRecoveryCode';

export interface RecoveryCodeFlowProps {
  code: string;
  headingLevel: 1 | 2 | 3;
  /** Called once the core has recorded that the code was written down. */
  onConfirmed: () => void;
}

/** Show the code once, then ask for two groups of it back, proving it was copied. */
export function RecoveryCodeFlow({ code, headingLevel, onConfirmed }: RecoveryCodeFlowProps) {
  const [step, setStep] = useState<'show' | 'check'>('show');
  const [writtenDown, setWrittenDown] = useState(false);
  const [groups] = useState(() => pickTwoGroups());

  return step === 'show' ? (
    <ShowRecoveryCode
      code={code}
      headingLevel={headingLevel}
      writtenDown={writtenDown}
      onWrittenDownChange={setWrittenDown}
      onContinue={() => setStep('check')}
    />
  ) : (
    <CheckRecoveryCode
      code={code}
      groups={groups}
      headingLevel={headingLevel}
      onBack={() => setStep('show')}
      onConfirmed={onConfirmed}
    />
  );
}
