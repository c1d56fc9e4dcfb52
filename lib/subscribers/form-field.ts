/** A text field of a submitted form, cut to `max` characters; a file or a missing field is ''. */
export function formField(formData: FormData, name: string, max: number): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max) : '';
}
