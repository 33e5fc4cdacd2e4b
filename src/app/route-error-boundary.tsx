/**
 * Catches a view that fails to render or whose code chunk fails to load, so one broken view shows a
 * message and a retry while the rest of the dashboard keeps working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** Already in the reader's language, like retryLabel. */
  what: string;
  retryLabel: string;
  children: ReactNode;
}

export class RouteErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="state state--error" role="alert">
        <p>
          <strong>{this.props.what}:</strong> {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
