// The hidden admin exit of a visitor screen in the Electron shell: pressing the top corner for three seconds opens
// a PIN pad, and the right PIN closes the app. Renders nothing in a plain browser, or in a window the shell gave no
// exit bridge (no PIN configured), so visitors elsewhere never meet it.
import { useRef, useState } from 'preact/hooks';
import { useI18n } from './i18n.tsx';
import { Notice } from './Notice.tsx';
import { useIdle } from './timers.ts';
import './shellExit.css';

/** What the shell's preload puts on window (main/electron/shellBridge.ts). */
interface LotsaShell {
  requestExit(pin: string): Promise<boolean>;
}

declare global {
  interface Window {
    lotsaShell?: LotsaShell;
  }
}

/** Long enough that no visitor holds an empty corner by chance. */
const HOLD_MS = 3_000;
/** A PIN pad left open returns the screen to the visitors. */
const PAD_IDLE_MS = 30_000;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function ShellExit() {
  const shell = window.lotsaShell;
  return shell ? <ExitCorner shell={shell} /> : null;
}

function ExitCorner({ shell }: { shell: LotsaShell }) {
  const [open, setOpen] = useState(false);
  const hold = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const release = () => clearTimeout(hold.current);
  const press = () => {
    release();
    hold.current = setTimeout(() => setOpen(true), HOLD_MS);
  };
  return (
    <>
      <div
        class="shell-exit__corner"
        aria-hidden="true"
        onPointerDown={press}
        onPointerUp={release}
        onPointerLeave={release}
        onPointerCancel={release}
        // A long touch would otherwise open the context menu.
        onContextMenu={(event) => event.preventDefault()}
      />
      {open && <PinPad shell={shell} onClose={() => setOpen(false)} />}
    </>
  );
}

function PinPad({ shell, onClose }: { shell: LotsaShell; onClose: () => void }) {
  const { t } = useI18n();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const [busy, setBusy] = useState(false);
  useIdle(true, PAD_IDLE_MS, onClose);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    // On the right PIN the app quits and this page goes with it.
    const accepted = await shell.requestExit(pin).catch(() => false);
    if (accepted) return;
    setBusy(false);
    setWrong(true);
    setPin('');
  };

  return (
    <div class="shell-exit__backdrop">
      <form class="shell-exit__pad" role="dialog" aria-modal="true" aria-labelledby="shell-exit-title" onSubmit={submit}>
        <h2 id="shell-exit-title">{t('shell.exit.title')}</h2>
        <label>
          {t('shell.exit.pin')}
          <input
            type="password"
            inputMode="numeric"
            autoComplete="off"
            value={pin}
            onInput={(event) => setPin(event.currentTarget.value)}
            autoFocus
          />
        </label>
        {wrong && <Notice kind="error">{t('shell.exit.wrong')}</Notice>}
        <div class="shell-exit__keys">
          {DIGITS.map((digit) => (
            <button type="button" class="secondary" key={digit} onClick={() => setPin((current) => current + digit)}>
              {digit}
            </button>
          ))}
          <button type="button" class="secondary" onClick={() => setPin((current) => current.slice(0, -1))}>
            {t('shell.exit.erase')}
          </button>
        </div>
        <div class="shell-exit__actions">
          <button type="button" class="secondary" onClick={onClose}>
            {t('shell.exit.cancel')}
          </button>
          <button type="submit" disabled={busy || pin === ''}>
            {t('shell.exit.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
