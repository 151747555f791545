// Assembles the schema: every module registers its types on the builder when imported. It lives
// outside src/graphql, which holds what the modules build on (builder, context, scalars, shared
// types) and imports no module.
import { builder } from './graphql/builder.js';
import './graphql/types.js';
import './modules/auth/graphql.js';
import './modules/auth/login-graphql.js';
import './modules/companies/graphql.js';
import './modules/registers/graphql.js';
import './modules/registers/vouchers-graphql.js';
import './modules/customers/graphql.js';
import './modules/customer-import/graphql.js';
import './modules/sie-import/graphql.js';
import './modules/bank-payments/graphql.js';
import './modules/projects/graphql.js';
import './modules/invoices/graphql.js';
import './modules/invoice-distribution/graphql.js';
import './modules/integrations/graphql.js';
import './modules/revenue/graphql.js';
import './modules/supplier-invoices/graphql.js';
import './modules/history/graphql.js';
import './modules/notifications/graphql.js';
import './modules/webhooks/graphql.js';
import './modules/documents/graphql.js';
import './modules/customer-users/graphql.js';
import './modules/sync/graphql.js';
import './modules/events/live.js';

export const schema = builder.toSchema({ sortSchema: true });
