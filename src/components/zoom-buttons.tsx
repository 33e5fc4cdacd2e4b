/** Zoom in, zoom out and reset: the keyboard and pointer alternative to wheel and pinch. */
import type { ZoomControls } from '../hooks/use-zoom-pan';
import { useT } from '../i18n/use-i18n';

export function ZoomButtons({ controls, isZoomed }: { controls: ZoomControls; isZoomed: boolean }) {
  const t = useT();
  return (
    <div role="group" aria-label={t('frame.zoom')} className="segmented">
      <button type="button" onClick={controls.zoomIn} aria-label={t('frame.zoomIn')}>
        +
      </button>
      <button type="button" onClick={controls.zoomOut} aria-label={t('frame.zoomOut')}>
        −
      </button>
      <button type="button" onClick={controls.reset} disabled={!isZoomed}>
        {t('frame.reset')}
      </button>
    </div>
  );
}
