/** Number formatting for display only: values are stored unrounded in canonical units. */
const formatters = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f.format(value);
}

/** "12.5 µg", or "—" for unknown (null) values: unknown is never shown as zero. */
export function formatQuantity(
  value: number | null | undefined,
  unit: string,
  decimals: number,
): string {
  if (value == null || !Number.isFinite(value)) return '—';
  return `${formatNumber(value, decimals)} ${unit}`;
}
