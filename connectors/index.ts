// The connectors built into the server, listed here explicitly: nothing is found by scanning
// folders. The template (connectors/template, the fictional "Ledger API") is an example for
// connector authors: tests register it themselves, and a server offers it only with
// CONNECTOR_TEMPLATE=true.
import type { ConnectorManifest } from '@nordic-invoicing/connector-sdk';
import bjornLunden from './bjorn-lunden/index.js';
import fortnox from './fortnox/index.js';
import sie from './sie/index.js';
import template from './template/index.js';
import visma from './visma/index.js';

/** A connector and where it comes from (for error messages). */
export interface BuiltInConnector {
  source: string;
  module: ConnectorManifest;
}

export const BUILT_IN_CONNECTORS: readonly BuiltInConnector[] = [
  { source: 'connectors/fortnox', module: fortnox },
  { source: 'connectors/visma', module: visma },
  { source: 'connectors/bjorn-lunden', module: bjornLunden },
  { source: 'connectors/sie', module: sie },
];

export const TEMPLATE_CONNECTOR: BuiltInConnector = { source: 'connectors/template', module: template };
