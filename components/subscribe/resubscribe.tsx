import { SubscribeForm } from './subscribe-form';

/** For a link that no longer works: ask again, right here. */
export function Resubscribe({ permalink }: { permalink: string }) {
  return (
    <div>
      <p>Enter your address to get a new link.</p>
      <div className="mt-3">
        <SubscribeForm permalink={permalink} />
      </div>
    </div>
  );
}
