import { redirect } from 'next/navigation';

export default function PapersIndex() {
  redirect('/');
}
