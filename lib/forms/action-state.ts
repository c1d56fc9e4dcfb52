/**
 * What every server action returns to its form: a status, a message for the live region,
 * per-field errors, and the submitted values so a failed form keeps what the person typed.
 */
export interface ActionState<Field extends string = string> {
  status: 'idle' | 'success' | 'error';
  message: string | null;
  fieldErrors: Partial<Record<Field, string[]>>;
  values: Partial<Record<Field, string>>;
}

export function idleState<Field extends string>(): ActionState<Field> {
  return { status: 'idle', message: null, fieldErrors: {}, values: {} };
}
