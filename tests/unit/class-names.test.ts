import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteSearchBox } from '@/components/search/site-search-box';
import { cn } from '@/lib/utils/cn';

describe('cn()', () => {
  it('lets a later Tailwind class override an earlier conflicting one', () => {
    expect(cn('px-4', 'px-2')).toBe('px-2');
    expect(cn('px-4 py-2 text-sm', false, null, undefined, 'py-1')).toBe('px-4 text-sm py-1');
  });

  it('keeps classes that do not conflict, including the site\'s own', () => {
    expect(cn('paper-abstract', 'abstract-clamp', 'text-sm')).toBe('paper-abstract abstract-clamp text-sm');
  });
});

describe('the header search button', () => {
  it('has the compact padding the search box asks for, not the base button padding', () => {
    const html = renderToStaticMarkup(createElement(SiteSearchBox));
    const button = /<button[^>]*class="([^"]*)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(button).toContain('px-2.5');
    expect(button).toContain('py-1.5');
    expect(button).not.toContain('px-3.5');
    expect(button).not.toContain('py-2');
  });
});
