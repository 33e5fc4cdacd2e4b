/** Entry of every dashboard page (index.html and each view's prerendered folder). */
import { DashboardPage } from './dashboard-page';
import { startPage } from './start-page';
import './styles.css';

await startPage('dashboard', <DashboardPage />);
