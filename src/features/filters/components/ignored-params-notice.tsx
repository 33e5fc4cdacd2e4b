/** Says what in the link could not be used: the page opened anyway, without it. */
import { useDashboardActions, useIgnoredParams } from '../../../state/store';
import { useT } from '../../../i18n/use-i18n';

export function IgnoredParamsNotice() {
  const t = useT();
  const ignored = useIgnoredParams();
  const actions = useDashboardActions();
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('filters.ignoredTitle')}</p>
      <ul>
        {ignored.map((param, index) => (
          <li key={`${param.key}-${index}`}>
            <code>
              {param.key}={param.value}
            </code>
            : {param.reason}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={actions.ignoredParamsDismissed}>
        {t('filters.dismiss')}
      </button>
    </div>
  );
}
