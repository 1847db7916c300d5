/**
 * A secondary button for an action that takes a while (making a PDF, a download). While it runs the button says so
 * and is aria-disabled, not disabled: a disabled button would drop the keyboard focus. The action itself ignores a
 * press while it runs.
 */
export function BusyButton(props: { busy: boolean; label: string; busyLabel?: string; onPress(): void }) {
  return (
    <button
      type="button"
      class="button button-secondary"
      aria-disabled={props.busy ? 'true' : undefined}
      onClick={props.onPress}
    >
      {props.busy && props.busyLabel ? props.busyLabel : props.label}
    </button>
  );
}
