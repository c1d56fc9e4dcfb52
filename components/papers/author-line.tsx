/** "Ada Lovelace, Alan Turing and 5 others": the first names, then a count of the rest. */
export function AuthorLine({ authors, total, className }: { authors: string[]; total: number; className?: string }) {
  const others = total - authors.length;
  return (
    <p className={className}>
      <span className="sr-only">Authors: </span>
      {authors.join(', ')}
      {others > 0 && ` and ${others} ${others === 1 ? 'other' : 'others'}`}
    </p>
  );
}
