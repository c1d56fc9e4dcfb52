import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileView } from '@/components/accounts/profile-view';
import { profilePath } from '@/lib/accounts/profile-path';
import { getProfile, profileName } from '@/lib/accounts/profile';

// Public and the same for everyone (only what the reader published): cached like the other
// pages, for a minute; deleting an account drops its page at once (lib/accounts/delete-account.ts).
export const revalidate = 60;

export function generateStaticParams(): { name: string }[] {
  return [];
}

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
