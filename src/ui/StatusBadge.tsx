// Status is shown as text with a symbol, never by colour alone.
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

const symbols: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', neutral: '•', info: 'i' };

export function StatusBadge({ tone, children }: { tone: Tone; children: React.ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span aria-hidden="true" className="badge-symbol">
        {symbols[tone]}
      </span>
      {children}
    </span>
  );
}
