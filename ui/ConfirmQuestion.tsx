// A question before an action a slip of the hand must not take (the silent alarm, revoking a screen). It takes the
// focus, on its harmless answer, so a keyboard user is never left on a vanished button.
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** Unique on the page: names the question for assistive technology. */
  id: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

export function ConfirmQuestion({ id, question, yes, no, onYes, onNo }: Props) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <button type="button" class="confirm__yes" onClick={onYes}>
        {yes}
      </button>
      <button type="button" class="secondary" ref={cancel} onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
