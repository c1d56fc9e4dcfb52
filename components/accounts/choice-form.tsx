import { Button } from '@/components/ui/button';

interface ChoiceFormProps<Value extends string> {
  /** What /account/subscription is asked to do (`do` field). */
  action: string;
  legend: string;
  name: string;
  choices: readonly { value: Value; label: string }[];
  checked: Value;
  /** Short labels side by side; long ones one under another. */
  stacked?: boolean;
}

/** One setting of the subscription as a plain form: a group of radio buttons and Save. */
export function ChoiceForm<Value extends string>({ action, legend, name, choices, checked, stacked = false }: ChoiceFormProps<Value>) {
  return (
    <form method="post" action="/account/subscription" className="space-y-2">
      <input type="hidden" name="do" value={action} />
      <fieldset>
        <legend className="text-sm font-medium">{legend}</legend>
        <div className={stacked ? 'mt-2 flex flex-col gap-2' : 'mt-2 flex flex-wrap gap-4'}>
          {choices.map((choice) => (
            <label key={choice.value} className="flex items-center gap-2">
              <input type="radio" name={name} value={choice.value} defaultChecked={checked === choice.value} className="accent-amber-700" />
              {choice.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" variant="secondary">
        Save
      </Button>
    </form>
  );
}
