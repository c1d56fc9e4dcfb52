import Link from 'next/link';
import { AccountMenu } from '@/components/accounts/account-menu';
import { SiteSearchBox } from '@/components/search/site-search-box';

/** The bar on every page: the site's name, linking home, the search box and the account slot. */
export function SiteHeader() {
  return (
    <header className="border-b border-neutral-200 bg-white/90 dark:border-neutral-800 dark:bg-neutral-950/90">
      <nav aria-label="Site" className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-3 sm:px-6">
        {/* No prefetch: the home page's payload (54 abstracts) would be fetched on every page view. */}
        <Link
          href="/"
          prefetch={false}
          className="flex shrink-0 items-center gap-2 whitespace-nowrap text-base font-bold tracking-tight text-neutral-900 hover:text-amber-800 dark:text-neutral-100 dark:hover:text-amber-300"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6 text-amber-700 dark:text-amber-300" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
            <path d="M7 3h7l5 5v13H7z" />
            <path d="M14 3v5h5M10 12h6M10 16h6" />
          </svg>
          Daily Papers
        </Link>
        {/* Phones: name and account on one row, search below; wider: search, then account. */}
        <div className="order-3 w-full sm:order-2 sm:ml-auto sm:w-auto">
          <SiteSearchBox />
        </div>
        <div className="order-2 sm:order-3">
          <AccountMenu />
        </div>
      </nav>
    </header>
  );
}
