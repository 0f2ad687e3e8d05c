import { mountScreen } from '../ui/mount.tsx';
import { SpeechProvider } from '../ui/speech/SpeechMode.tsx';
import { Survey } from './Survey.tsx';
import './survey.css';

const SpokenSurvey = () => (
  <SpeechProvider>
    <Survey />
  </SpeechProvider>
);

mountScreen(SpokenSurvey, 'survey.title', null, { shellExit: true, audience: 'visitor', access: { kind: 'device', role: 'survey', touch: true } });
