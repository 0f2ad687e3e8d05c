import { mountScreen } from '../ui/mount.tsx';
import { SpeechProvider } from '../ui/speech/SpeechMode.tsx';
import { Kiosk } from './Kiosk.tsx';
import './kiosk.css';

const SpokenKiosk = () => (
  <SpeechProvider>
    <Kiosk />
  </SpeechProvider>
);

mountScreen(SpokenKiosk, 'kiosk.title', null, { shellExit: true, audience: 'visitor', access: { kind: 'device', role: 'kiosk', touch: true } });
