// Every refusal in the domain is a DomainError: a category the API maps to a
// transport status, a stable machine-readable reason, and a sentence for people.

export type DomainErrorKind = 'forbidden' | 'not_found' | 'invalid' | 'conflict' | 'ended';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export const refuse = (kind: DomainErrorKind, reason: string, message: string): never => {
  throw new DomainError(kind, reason, message);
};
