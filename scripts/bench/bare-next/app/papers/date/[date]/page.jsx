import { papersOfDay } from '../../../../catalogue';

export const dynamic = 'force-dynamic';

export default async function DayPage({ params }) {
  const { date } = await params;
  const papers = await papersOfDay(date);
  return (
    <main>
      <h1>Papers of {date}</h1>
      <ol>
        {papers.map((paper) => (
          <li key={paper.slug}>
            <h2>
              <a href={`/papers/${paper.slug}`}>{paper.title}</a>
            </h2>
            <p>{paper.authors}</p>
            <p>{paper.abstract}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
