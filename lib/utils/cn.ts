import { clsx, type ClassValue } from 'clsx';
import { twMerge } from 'tailwind-merge';

/**
 * Joins class names, skipping falsy ones (cn('a', cond && 'b')), and lets a later Tailwind class
 * win over an earlier conflicting one: cn(BUTTON_BASE, 'px-2.5') drops the base's px-3.5. Without
 * the merge both would reach the page and the stylesheet's order, not the caller, would decide.
 */
export function cn(...classes: ClassValue[]): string {
  return twMerge(clsx(classes));
}
