// @adobe/structured-data-validator ships no types: the part tests/support/structured-data.ts uses.
declare module "@adobe/structured-data-validator" {
  export default class Validator {
    constructor(schemaOrgJson?: unknown);
    validate(data: {
      jsonld: Record<string, unknown[]>;
      microdata: Record<string, unknown[]>;
      rdfa: Record<string, unknown[]>;
      errors?: unknown[];
    }): Promise<unknown[]>;
  }
}
