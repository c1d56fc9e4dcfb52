import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils/cn';
import { BUTTON_BASE, BUTTON_VARIANTS, type ButtonVariant } from './button-styles';

type ButtonProps = ComponentProps<'button'> & { variant?: ButtonVariant };

export function Button({ variant = 'primary', className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={cn(BUTTON_BASE, BUTTON_VARIANTS[variant], className)} {...props} />;
}
