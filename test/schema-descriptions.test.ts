import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { graphqlSchema } from '../src/schema';

/**
 * Every element of the schema the server serves carries a description a
 * frontend developer or researcher can use: types, fields, arguments, input
 * fields, enum values, and the arguments of our own directives. Excluded are
 * only GraphQL's built-ins: the introspection types (__*), the five specified
 * scalars, and the specified directives (@skip, @include, @deprecated,
 * @specifiedBy, @oneOf), which graphql-js describes itself.
 */

/** Words that say nothing on their own: a description made only of these and the element's name is trivial. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'its', 'this', 'that', 'is', 'for', 'to', 'and', 'or', 'record', 'records', 'field', 'value', 'type', 'id']);

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Why `description` does not describe `name`, or null when it does. */
export function descriptionProblem(name: string, description: string | null | undefined): string | null {
  if (description == null || description.trim() === '') return 'no description';
  const text = description.trim();
  if (text.length < 3) return `description "${text}" is too short`;
  const own = new Set(words(name));
  const said = words(text).filter((w) => !FILLER.has(w));
  if (said.length === 0 || said.every((w) => own.has(w) || own.has(w.replace(/s$/, '')))) {
    return `description "${text}" only repeats the name`;
  }
  return null;
}

/** Every schema element with a problem, named as Type, Type.field, Type.field(arg:), Input.field, Enum.VALUE or @directive(arg:). */
export function undescribedElements(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const check = (path: string, name: string, description: string | null | undefined) => {
    const problem = descriptionProblem(name, description);
    if (problem) problems.push(`${path}: ${problem}`);
  };
  const checkArgs = (path: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) check(`${path}(${arg.name}:)`, arg.name, arg.description);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.name, field.description);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.name, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.name, value.description);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    check(`@${directive.name}`, directive.name, directive.description);
    checkArgs(`@${directive.name}`, directive.args);
  }
  return problems.sort();
}

describe('the schema documents itself', () => {
  it('the trivial-description check catches what it should, and only that', () => {
    expect(descriptionProblem('nameZh', undefined)).toBe('no description');
    expect(descriptionProblem('nameZh', '  ')).toBe('no description');
    expect(descriptionProblem('totalCount', 'Total count.')).toMatch(/repeats the name/);
    expect(descriptionProblem('Park', 'A park.')).toMatch(/repeats the name/);
    expect(descriptionProblem('OFFSHORE', 'Offshore')).toMatch(/repeats the name/);
    expect(descriptionProblem('OFFSHORE', 'Offshore (离岸): the client is outside China.')).toBeNull();
    expect(descriptionProblem('totalCount', 'Number of records matching the filter, across all pages.')).toBeNull();
  });

  it('every type, field, argument, input field and enum value has a description that says something', () => {
    const problems = undescribedElements(graphqlSchema());
    expect(problems, `${problems.length} schema elements lack a useful description:\n${problems.join('\n')}`).toEqual([]);
  });
});
