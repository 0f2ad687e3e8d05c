// A ticket's needs and the guide's note as the desk reads them: "Tolk: tigrinska · Enskilt rum · Brådskande", the
// interpreter's language named in the desk's own language, and the note as plain text.
import type { TicketNeeds } from '../common/schemas/needs.ts';
import { languageInfo } from '../common/i18n/languages.ts';
import { useI18n } from './i18n.tsx';

export function TicketNeedsText({ needs }: { needs: TicketNeeds | undefined }) {
  const { t, lang } = useI18n();
  if (!needs) return null;
  const { interpreter, privateRoom, urgent } = needs.needs;
  const names = new Intl.DisplayNames([languageInfo(lang).locale], { type: 'language' });
  const flags = [
    ...(urgent ? [t('needs.urgent')] : []),
    ...(interpreter ? [t('needs.interpreter', { language: names.of(interpreter) ?? interpreter })] : []),
    ...(privateRoom ? [t('needs.privateRoom')] : []),
  ];
  if (flags.length === 0 && !needs.note) return null;
  return (
    <span class="ticket-needs">
      {flags.length > 0 && <strong>{flags.join(' · ')}</strong>}
      {needs.note && <span class="ticket-needs__note">{t('needs.note', { note: needs.note })}</span>}
    </span>
  );
}
