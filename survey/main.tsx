import { mountScreen } from '../ui/mount.tsx';
import { Survey } from './Survey.tsx';
import './survey.css';

mountScreen(Survey, 'survey.title', null, { shellExit: true, visitor: true, access: { kind: 'device', role: 'survey', touch: true } });
