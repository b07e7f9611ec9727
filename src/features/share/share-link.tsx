/**
 * "Copy link" for the view on screen (the address bar always holds it: see use-url-sync), and
 * "Share…" where the browser has a share sheet (phones, some desktops). What happened is said in
 * a live region; if the browser refuses the clipboard, a notice gives the link to copy by hand.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store-context';

const canShare = () => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

export function ShareLink() {
  const notify = useAppStore((s) => s.notify);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (!said) return;
    const timer = setTimeout(() => setSaid(''), 4000);
    return () => clearTimeout(timer);
  }, [said]);

  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setSaid('Link copied');
    } catch {
      notify(`The browser did not allow copying. The link to this view is ${link}`);
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title: document.title, url: window.location.href });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (!(error instanceof DOMException && error.name === 'AbortError')) void copy();
    }
  };

  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        {said ? '✓ Copied' : 'Copy link'}
      </button>
      {canShare() && (
        <button type="button" onClick={() => void share()}>
          Share…
        </button>
      )}
      <span role="status" className="visually-hidden">
        {said}
      </span>
    </div>
  );
}
