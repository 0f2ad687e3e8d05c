import { mountScreen } from '../ui/mount.tsx';
import { AdminApp } from './AdminApp.tsx';
import './admin.css';

mountScreen(AdminApp, 'admin.title');
