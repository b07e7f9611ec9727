import type { Theme } from '../../encoding/theme';

/** One button: shows the theme it switches to. */
export function ThemeToggle({ theme, onChange }: { theme: Theme; onChange: (theme: Theme) => void }) {
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => onChange(next)}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
      {/* Spelled out where there is room for it: the phone's menu. */}
      <span className="menu-only" aria-hidden="true">
        {next === 'dark' ? 'Dark theme' : 'Light theme'}
      </span>
    </button>
  );
}
