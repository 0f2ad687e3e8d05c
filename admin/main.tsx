import { mountScreen } from '../ui/mount.tsx';
import { AdminApp } from './AdminApp.tsx';
import { adminViewOf, rolesForView } from './AdminNav.tsx';
import './admin.css';

mountScreen(AdminApp, 'admin.title', null, { access: { kind: 'person', roles: rolesForView(adminViewOf(window.location.search)), setup: true } });
