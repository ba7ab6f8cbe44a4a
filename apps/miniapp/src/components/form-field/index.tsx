import { Input, Text, View } from '@tarojs/components';
import './index.css';

interface FormFieldProps {
  name: string;
  label: string;
  value: string;
  type?: 'text' | 'number' | 'idcard';
  /** The field's message in Chinese, shown under it. */
  error?: string;
  onInput: (value: string) => void;
}

/** A labelled text input of a worker's form, 48 px tall, with its error beneath. */
export default function FormField({ name, label, value, type = 'text', error, onInput }: FormFieldProps) {
  return (
    <View className="form-field">
      <Text className="form-field__label">{label}</Text>
      <Input
        className="text-box form-field__input"
        name={name}
        type={type}
        value={value}
        aria-label={label}
        onInput={(e) => onInput(e.detail.value)}
      />
      {error ? <Text className="error">{error}</Text> : null}
    </View>
  );
}

/**
 * The props a form's text fields take from its state, by key: the value, the error the form's check or the server
 * gave it, and the change written back into the form.
 */
export function bindFields<F>(form: F, setForm: (next: F) => void, errors: Record<string, string | undefined>) {
  return <K extends keyof F & string>(key: K) => ({
    name: key,
    value: String(form[key] ?? ''),
    error: errors[key],
    onInput: (value: string) => setForm({ ...form, [key]: value }),
  });
}
