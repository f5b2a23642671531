/**
 * The shopping list as plain text, for the clipboard (a message, a notes app): aisles as headings,
 * one "[ ]" line per item, checked items marked "[x]". Pure.
 */
import type { ShoppingLine, ShoppingList } from './build-list';

function line(l: ShoppingLine): string {
  const box = l.checked ? '[x]' : '[ ]';
  const name = l.asBought ? `${l.name} (${l.asBought})` : l.name;
  return l.amount ? `${box} ${name} — ${l.amount}` : `${box} ${name}`;
}

function block(heading: string, lines: readonly string[]): string[] {
  return lines.length > 0 ? ['', heading, ...lines] : [];
}

/** `title` is the first line, e.g. "Shopping list — 4–10 Mar 2024 (3 people)". */
export function shoppingListText(list: ShoppingList, title: string): string {
  const out = [title];
  out.push(
    ...block(
      'Notes',
      list.notes.map((n) => `- ${n.text}`),
    ),
  );
  for (const section of list.sections) out.push(...block(section.name, section.lines.map(line)));
  out.push(...block('Supplements', list.supplements.map(line)));
  out.push(...block('Unknown items (deleted from your foods or recipes)', list.unknown.map(line)));
  if (list.pantry.length > 0) {
    out.push('', `In your pantry (not listed): ${list.pantry.map((l) => l.name).join('; ')}`);
  }
  if (out.length === 1) out.push('', 'Nothing to buy for these days.');
  return `${out.join('\n')}\n`;
}
