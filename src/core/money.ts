import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { CurrencyResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

/**
 * Money leaves the server as decimal strings: PostgreSQL sums `numeric`
 * exactly and rounds once, to the cent (分), and the string carries that
 * value to the client and into CSV untouched. A float would turn
 * 24582145.4676 into 24582145.467600003.
 */
export type Decimal = string;

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** A value from PostgreSQL (`numeric` arrives as a string) or a JS number, as a plain decimal string (never an exponent). */
export function toDecimal(value: string | number): Decimal {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
  const shortest = String(value);
  // String(1e21) is "1e+21" and String(1e-7) is "1e-7": spell those out in full.
  if (!/e/i.test(shortest)) return shortest;
  return Math.abs(value) >= 1e21 ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, '');
}

export const DecimalScalar = new GraphQLScalarType<Decimal, Decimal>({
  name: 'Decimal',
  description:
    'An exact decimal number, as a string (e.g. "24582145.47"): no binary floating point on the way, so it reads back as written. ' +
    'US-dollar figures, converted by division, are rounded to the cent; yuan figures are exact. As input, a string or a number literal.',
  specifiedByURL: 'https://speleotrove.com/decimal/',
  serialize: (value) => {
    if (typeof value === 'string' || typeof value === 'number') return toDecimal(value);
    throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
  },
  parseValue: (value) => parseDecimal(typeof value === 'number' ? toDecimal(value) : value),
  parseLiteral: (node) => {
    if (node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.FLOAT) return parseDecimal(node.value);
    throw new GraphQLError('A Decimal is a string or a number literal, e.g. "1234.56"', { nodes: node });
  },
});

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== 'string' || value.length > 40 || !DECIMAL.test(value)) {
    throw new GraphQLError(`A Decimal is written like "1234.56" (at most 40 characters), got ${JSON.stringify(value)?.slice(0, 44)}`);
  }
  return value;
}

@ObjectType({ description: 'An amount of money and its currency, exact.' })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount as a decimal string: exact, or to the cent where a conversion divided.' }) amount!: Decimal;
  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency code: USD (US dollars) or CNY (yuan) in reports; as reported in records.' }) currency!: string;
}

/** Money from an amount as PostgreSQL or the code has it; null stays null (a withheld or unreported figure). */
export function money(amount: string | number | null | undefined, currency: string): Money | null {
  return amount == null ? null : Object.assign(new Money(), { amount: toDecimal(amount), currency });
}
