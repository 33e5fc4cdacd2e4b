import { createContext } from 'react';

/** Whether a chart frame is drawn in the dashboard or alone in an embed. */
export const FrameModeContext = createContext<'dashboard' | 'embed'>('dashboard');
