import { mountScreen } from '../ui/mount.tsx';
import { CentralApp } from './CentralApp.tsx';
import '../admin/admin.css';
import './central.css';

// The central service's administrators only, in the staff languages; it has no hub behind it for corrected texts.
mountScreen(CentralApp, 'centralApp.title', null, { access: { kind: 'person', roles: ['admin'], setup: true }, audience: 'central' });
