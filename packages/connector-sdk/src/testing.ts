// What a connector's fake server offers the conformance kit, and the plumbing the fakes share. A
// fake is a real HTTP server on 127.0.0.1 speaking the remote API's JSON.

export {
  type ContractBreach,
  type FakeFailRule,
  type FakeRequest,
  type FakeRequestRecord,
  type FakeResponse,
  type FakeServer,
  type FakeServerOptions,
  failRuleMatches,
  formatContractBreaches,
  retryAfterSeconds,
  type SlidingWindowOptions,
  type StartedFakeServer,
  slidingWindow,
  startFakeServer,
} from './fake-server.js';

/**
 * A request object read as the vendor's wire shape `T`. Like the real API, a fake keeps the fields the client sent
 * and checks the ones it relies on where it uses them.
 */
export function asWire<T extends object>(input: Record<string, unknown>): T {
  // Client JSON is `T` only by the vendor's contract; without a schema per type the compiler cannot prove it.
  return input as T;
}
export {
  contractChecker,
  formatContractIssues,
  type ApiContract,
  type ContractChecker,
  type ContractIssue,
  type ContractOperation,
  type JsonSchema,
} from './contract.js';
