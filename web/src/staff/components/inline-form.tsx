import type { ComponentChildren } from 'preact';

/**
 * One field and its button on a line (a choice of municipality, an order, a search), sent by the page itself
 * rather than by the browser; the field's own checks are `onSend`'s.
 */
export function InlineForm(props: {
  onSend(): void;
  buttonLabel: string;
  /** The secondary look, for a form that only changes what the page shows. */
  secondary?: boolean;
  children: ComponentChildren;
}) {
  return (
    <form
      class="form form-inline"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSend();
      }}
    >
      {props.children}
      <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'}>
        {props.buttonLabel}
      </button>
    </form>
  );
}
