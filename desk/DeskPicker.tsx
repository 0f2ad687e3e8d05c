import { useEffect, useState } from 'preact/hooks';
import { z } from 'zod';
import { Desk } from '../common/schemas/desks.ts';
import { apiGet } from '../ui/apiClient.ts';
import { errorText } from '../ui/errorText.ts';
import { useI18n } from '../ui/i18n.tsx';
import { Notice } from '../ui/Notice.tsx';
import { deskLink } from '../ui/screenLinks.ts';

export function DeskPicker({ token }: { token: string | null }) {
  const { t } = useI18n();
  const [desks, setDesks] = useState<Desk[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    apiGet('/api/desks', z.array(Desk)).then(setDesks, setError);
  }, []);

  if (error !== null) return <Notice kind="error">{errorText(error, t)}</Notice>;
  if (desks === null) return <p>{t('common.loading')}</p>;
  return (
    <nav aria-labelledby="choose-desk">
      <h2 id="choose-desk">{t('desk.chooseDesk')}</h2>
      <ul class="desk-picker">
        {desks.map((desk) => (
          <li key={desk.id}>
            <a class="button" href={deskLink(desk.id, token)}>
              {desk.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
