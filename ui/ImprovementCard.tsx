// One "you said, we did" item in the screen's language (else the centre's default, else any it has). Text nodes
// only: an administrator's text is shown as typed, never as markup.
import type { Improvement, ImprovementTexts } from '../common/schemas/improvements.ts';
import { textIn } from '../common/schemas/improvements.ts';
import { useI18n } from './i18n.tsx';

function Text({ texts }: { texts: ImprovementTexts }) {
  const { lang } = useI18n();
  const shown = textIn(texts, lang);
  return (
    <dd lang={shown.lang} dir="auto">
      {shown.text}
    </dd>
  );
}

export function ImprovementCard({ improvement }: { improvement: Improvement }) {
  const { t } = useI18n();
  return (
    <dl class="improvement">
      <dt>{t('common.youSaid')}</dt>
      <Text texts={improvement.said} />
      <dt>{t('common.weDid')}</dt>
      <Text texts={improvement.did} />
    </dl>
  );
}
