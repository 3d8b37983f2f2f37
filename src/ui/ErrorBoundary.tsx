/** Keeps a failure where it happened: one broken part shows an error card, the rest of the app keeps working. */
import { Component, type ReactNode } from 'react';

interface Props {
  label: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-card" role="alert">
        <p>
          Something went wrong in the {this.props.label}: {this.state.error.message.slice(0, 200)}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
