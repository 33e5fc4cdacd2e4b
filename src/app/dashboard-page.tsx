/** The first page: what the dataset holds, and every fact with the sentence it comes from. */
import { FactsTable } from '../features/facts/components/facts-table';
import { DatasetSummary } from '../features/overview/components/dataset-summary';

export function DashboardPage() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Partnership Atlas</h1>
        <p className="site-header__tagline">
          Kazakhstan–Russia relations in five news articles: every number linked to the sentence it came from.
        </p>
      </header>
      <main id="main" tabIndex={-1}>
        <section aria-labelledby="summary-heading" className="panel">
          <h2 id="summary-heading">The dataset</h2>
          <DatasetSummary />
        </section>
        <section aria-labelledby="facts-heading" className="panel">
          <h2 id="facts-heading">Facts and their sources</h2>
          <p className="panel__intro">
            Each stated figure is quoted verbatim from its article; the data build fails if a quote is not in the article or its number
            disagrees. Derived figures are marked and show their formula.
          </p>
          <FactsTable />
        </section>
      </main>
      <footer className="site-footer">
        <p>
          Sources: five Russian-language articles (2023–2025) from Sputnik Kazakhstan, Kazpravda.kz and two unnamed Kazakhstani outlets.
        </p>
      </footer>
    </>
  );
}
