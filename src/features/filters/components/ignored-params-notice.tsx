/** Says what in the link could not be used: the page opened anyway, without it. */
import { useDashboardActions, useIgnoredParams } from '../../../state/store';

export function IgnoredParamsNotice() {
  const ignored = useIgnoredParams();
  const actions = useDashboardActions();
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Some parts of the link were ignored:</p>
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
        Dismiss
      </button>
    </div>
  );
}
