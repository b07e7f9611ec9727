/** Short notices (a link that could not be used, stored data that was reset), each dismissible. */
import type { ReactNode } from 'react';
import { useAppStore } from '../../store/store-context';
import { selectNotices } from '../../store/selectors';

/** `children`: notices the app adds of its own (an update waiting), shown after the store's. */
export function NoticeList({ children }: { children?: ReactNode }) {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore((s) => s.dismiss);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.message}</span>
          <button type="button" className="icon-button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
      {children}
    </div>
  );
}
