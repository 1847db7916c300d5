/**
 * An action that cannot be taken yet, shown where it will be once it can: its button, marked unavailable (it
 * keeps the keyboard focus and does nothing), and why, in words next to it that the button is described by.
 */
export function UnavailableAction({ id, label, reason }: { id: string; label: string; reason: string }) {
  const reasonId = `${id}-reason`;
  return (
    <div class="unavailable-action" data-testid={`${id}-unavailable`}>
      <p id={reasonId} class="unavailable-reason">
        {reason}
      </p>
      <button type="button" class="button button-unavailable" aria-disabled="true" aria-describedby={reasonId}>
        {label}
      </button>
    </div>
  );
}
