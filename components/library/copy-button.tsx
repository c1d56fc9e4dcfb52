'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const canCopy = () => 'clipboard' in navigator;

/**
 * Copies the text of the element `targetId` names. Without script there is nothing to press:
 * the button stays hidden, and the download link beside it does the job.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  // False in the server's HTML (hidden), true once running in a browser that can copy.
  const ready = useSyncExternalStore(noSubscription, canCopy, () => false);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  async function copy() {
    const text = document.getElementById(targetId)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <>
      <button type="button" hidden={!ready} onClick={() => void copy()} className="cite-action">
        {label}
      </button>
      <span role="status" className="text-sm text-neutral-600 dark:text-neutral-400">
        {copied === 'done' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the text instead.' : ''}
      </span>
    </>
  );
}
