import { mountScreen } from '../ui/mount.tsx';
import { DeskApp } from './DeskApp.tsx';
import './desk.css';

mountScreen(DeskApp, 'desk.title', null, { access: { kind: 'person', roles: ['staff', 'admin'], setup: false } });
