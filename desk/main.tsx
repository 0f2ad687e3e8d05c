import { mountScreen } from '../ui/mount.tsx';
import { DeskApp } from './DeskApp.tsx';
import './desk.css';

mountScreen(DeskApp, 'desk.title');
