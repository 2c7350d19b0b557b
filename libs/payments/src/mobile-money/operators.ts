export interface Operator {
  name: string;
  number: string;
}

/** `MTN Mobile Money:+237670000000,Orange Money:+237690000000` → the numbers buyers send money to. */
export function parseOperators(setting: string | undefined): Operator[] {
  if (!setting) return [];
  return setting.split(',').map((pair) => {
    const [name, number] = pair.split(':');
    return { name: name.trim(), number: number.trim() };
  });
}
