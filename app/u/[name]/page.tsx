import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileView } from '@/components/accounts/profile-view';
import { profilePath } from '@/lib/accounts/profile-path';
import { getProfile, profileName } from '@/lib/accounts/profile';

// Public (only what the reader published) but rendered per request, not cached: it changes with
// each of the reader's comments, is rarely visited, and a deleted account's name must disappear
// at once, from every instance, without waiting on cache expiry (docs/decisions/018).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ name: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const name = profileName((await params).name);
  if (!name) return {};
  return { title: name, description: `Papers submitted and comments written by ${name} on Daily Papers.`, alternates: { canonical: profilePath(name) } };
}

export default async function ProfilePage({ params }: Props) {
  const profile = await getProfile((await params).name);
  if (!profile) notFound();
  return <ProfileView profile={profile} />;
}
