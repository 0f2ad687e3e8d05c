import { mountScreen } from '../ui/mount.tsx';
import { Kiosk } from './Kiosk.tsx';
import './kiosk.css';

mountScreen(Kiosk, 'kiosk.title', null, { shellExit: true, visitor: true, access: { kind: 'device', role: 'kiosk', touch: true } });
