export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto max-w-4xl px-4 py-6 text-sm text-neutral-600 sm:px-6 dark:text-neutral-400">
        <p>
          Daily Papers is an open-source, self-hostable research-papers feed. Days are calendar days in UTC.
        </p>
      </div>
    </footer>
  );
}
