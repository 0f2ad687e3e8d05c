import { mountScreen } from '../ui/mount.tsx';
import { FollowPage } from './FollowPage.tsx';
import './follow.css';

mountScreen(FollowPage, 'follow.title', null, { audience: 'visitor' });
