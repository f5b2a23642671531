/**
 * Validation issues (dotted path + message, as zod or a repository reports them) to one message
 * per form field. Schema messages start with the field's id ("ageYears must be at most 120"); at
 * the field the person reads its label instead ("Age must be at most 120").
 */
export interface PathMessage {
  readonly path: string;
  readonly message: string;
}

export function messagesByField(
  issues: readonly PathMessage[],
  labelFor: (path: string) => string | undefined = () => undefined,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of issues) {
    if (result[path] !== undefined) continue; // the first problem of a field is enough to act on
    const label = labelFor(path);
    const [first = '', ...rest] = message.split(' ');
    const parts = path.split('.');
    const namesField =
      first !== '' &&
      (first === path || first.split('.')[0] === parts[0] || first === parts.at(-1));
    const text = label && namesField ? `${label} ${rest.join(' ')}` : message;
    result[path] = text.charAt(0).toUpperCase() + text.slice(1);
  }
  return result;
}
