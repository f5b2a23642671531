/**
 * Copying text, platform-neutral. The async Clipboard API first; where it is refused (Electron's
 * permission handler may deny clipboard access, an insecure origin has none) a selected textarea
 * and the legacy copy command; if both fail the caller shows the text for copying by hand.
 */
export type CopyOutcome = 'copied' | 'failed';

function copyWithTextarea(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  const active = document.activeElement as HTMLElement | null;
  area.select();
  let copied: boolean;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus();
  return copied;
}

export async function copyText(text: string): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard) throw new Error('no async clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return copyWithTextarea(text) ? 'copied' : 'failed';
  }
}
