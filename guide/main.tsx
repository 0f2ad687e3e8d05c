import { mountScreen } from '../ui/mount.tsx';
import { GuideApp } from './GuideApp.tsx';
import './guide.css';

mountScreen(GuideApp, 'guide.title', null, { access: { kind: 'person', roles: ['staff', 'admin'], setup: false } });
