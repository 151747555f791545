/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddressInput = {
  address1?: string | null | undefined;
  address2?: string | null | undefined;
  city?: string | null | undefined;
  /** ISO 3166 alpha-2; invoice address default SE. */
  countryCode?: string | null | undefined;
  /** Swedish postcodes are stored as NNN NN. */
  postcode?: string | null | undefined;
};

export type ConnectorFlowStatus =
  | 'FAILED'
  | 'PARTIAL'
  | 'SKIPPED'
  | 'SUCCEEDED';

export type ConnectorRunStatus =
  /** An admin cancelled it (cancelConnectorRun): before it started, or between two entities (what was done stays done). */
  | 'CANCELLED'
  /** A flow stopped, the run hit its time limit, the server stopped mid-run, or a queued run could not start. */
  | 'FAILED'
  /** Every flow ran; some entities failed. */
  | 'PARTIAL'
  /** Asked for (runConnection, retryConnectorFailure) and waiting for a worker, or for the run of the connection in progress. */
  | 'QUEUED'
  | 'RUNNING'
  /** Every flow ran and nothing failed. */
  | 'SUCCEEDED';

export type ConnectorRunTrigger =
  /** A change here ran the flows listening for it, seconds after it was committed: an invoice locked (a credit invoice too), a supplier invoice approved, a project's status changed. */
  | 'EVENT'
  /** An admin ran it (runConnection). */
  | 'MANUAL'
  /** An admin retried one failed entity (retryConnectorFailure) or asked for chosen invoices or supplier invoices to be exported again (reexportInvoices, reexportSupplierInvoices). */
  | 'RETRY'
  /** The schedule (CONNECTOR_SCHEDULE). */
  | 'SCHEDULE';

export type ContactInput = {
  apartmentNumber?: string | null | undefined;
  /** Condominium association organisation number (ROT on a bostadsrätt). */
  brfOrganisationNumber?: string | null | undefined;
  email?: string | null | undefined;
  /** Setting it clears the flag on the customer’s other contacts. */
  isMainContact?: boolean | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  /** Person/Orgnr; personnummer needed for ROT/RUT. */
  personalIdentityNumber?: string | null | undefined;
  phone?: string | null | undefined;
  /** Fastighetsbeteckning, at most 40 characters. */
  propertyDesignation?: string | null | undefined;
  sendServiceProtocol?: boolean | null | undefined;
  sendWorkOrder?: boolean | null | undefined;
};

export type CreateCustomerInput = {
  alwaysSendAsInvoice?: boolean | null | undefined;
  /** Needs the Assign permission. */
  assignedUserId?: string | number | null | undefined;
  /** Default EXTERNAL. */
  category?: CustomerCategory | null | undefined;
  comments?: string | null | undefined;
  contacts?: Array<ContactInput> | null | undefined;
  costCentreRequired?: boolean | null | undefined;
  /** Only the keys given change. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  email?: string | null | undefined;
  facilitiesDisabled?: boolean | null | undefined;
  facilityRequired?: boolean | null | undefined;
  invoiceAddress?: AddressInput | null | undefined;
  invoiceEmail?: string | null | undefined;
  isConstructionCompany?: boolean | null | undefined;
  language?: Language | null | undefined;
  /** Postal address when letters go elsewhere than the invoice address; null removes it. */
  mailAddress?: AddressInput | null | undefined;
  mobile?: string | null | undefined;
  name: string;
  /** Omit to get the next free number. */
  number?: string | null | undefined;
  /** COMPANY: organisation number (a sole trader’s personnummer). */
  organisationNumber?: string | null | undefined;
  paymentTermId?: string | number | null | undefined;
  /** PRIVATE: personnummer or samordningsnummer. */
  personalIdentityNumber?: string | null | undefined;
  phone?: string | null | undefined;
  type?: CustomerType | null | undefined;
  vatDisplayType?: VatDisplayType | null | undefined;
  vatNumber?: string | null | undefined;
  visitingAddress?: AddressInput | null | undefined;
};

export type CreateInvoiceInput = {
  bookkeepingDate?: string | null | undefined;
  changeOrderId?: string | number | null | undefined;
  comment?: string | null | undefined;
  contactId?: string | number | null | undefined;
  /** Reverse charge; defaults from the customer’s construction-company flag. */
  contractorVat?: boolean | null | undefined;
  customerReference?: string | null | undefined;
  customerReference2?: string | null | undefined;
  description?: string | null | undefined;
  distribution?: InvoiceDistribution | null | undefined;
  distributionStatus?: string | null | undefined;
  /** Set by hand; null returns to the payment terms. */
  dueDate?: string | null | undefined;
  greenCategory?: GreenCategory | null | undefined;
  greenFixedPrice?: boolean | null | undefined;
  hideCode?: boolean | null | undefined;
  hideMarkup?: boolean | null | undefined;
  invoiceDate?: string | null | undefined;
  lines?: Array<InvoiceLineInput> | null | undefined;
  noVat?: boolean | null | undefined;
  noVatReason?: string | null | undefined;
  ourReferenceId?: string | number | null | undefined;
  paymentTermId?: string | number | null | undefined;
  projectId: string | number;
  statusCode?: number | null | undefined;
  taxReductionType?: TaxReductionType | null | undefined;
  title?: string | null | undefined;
  workOrderId?: string | number | null | undefined;
};

export type CreateProjectInput = {
  /** A contact of the project’s customer. */
  contactId?: string | number | null | undefined;
  costCentreId?: string | number | null | undefined;
  /** An active customer. */
  customerId: string | number;
  customerReference?: string | null | undefined;
  description?: string | null | undefined;
  endDate?: string | null | undefined;
  name: string;
  /** Omit to get the next free number (from 10000). */
  number?: string | null | undefined;
  /** Project manager: “our reference” on invoices. */
  projectManagerId?: string | number | null | undefined;
  startDate?: string | null | undefined;
  /** A code of the company’s status list; default the lowest (e.g. a quote). */
  statusCode?: number | null | undefined;
};

export type CustomFieldValueInput = {
  key: string;
  /** null clears the field. */
  value?: unknown;
};

/** External or intra-group (koncernintern) customer; revenue posting rules can tell them apart. */
export type CustomerCategory =
  | 'EXTERNAL'
  | 'INTRA_GROUP';

export type CustomerFilter = {
  /** true: only active, false: only inactive, omitted: both. */
  active?: boolean | null | undefined;
  /** Only customers assigned to the acting user. */
  assignedToMe?: boolean | null | undefined;
  category?: CustomerCategory | null | undefined;
  type?: CustomerType | null | undefined;
};

export type CustomerType =
  | 'COMPANY'
  | 'PRIVATE';

/** What kind of error a mutation returned. */
export type ErrorCode =
  | 'ALREADY_CREDITED'
  | 'ALREADY_EXISTS'
  | 'BASE_FLOW'
  | 'BUSY'
  | 'FORBIDDEN'
  | 'INACTIVE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_STATE'
  | 'IN_USE'
  | 'LOCKED'
  | 'NOT_FOUND'
  | 'NUMBER_TAKEN'
  | 'RATE_LIMITED'
  | 'RESYNC_REQUIRED'
  | 'RUN_IN_PROGRESS'
  | 'STREAM_ENDED'
  | 'UNAUTHENTICATED'
  | 'VALIDATION_FAILED';

export type GreenCategory =
  /** Storage of self-produced electricity. */
  | 'BATTERY'
  /** Charging point for electric vehicles. */
  | 'EV_CHARGER'
  /** Grid-connected solar cells. */
  | 'SOLAR';

export type InvoiceDistribution =
  | 'EDI'
  | 'EMAIL'
  | 'PAPER';

export type InvoiceFilter = {
  contractorVat?: boolean | null | undefined;
  customerId?: string | number | null | undefined;
  /** Has an external invoice number. */
  exported?: boolean | null | undefined;
  invoiceDateFrom?: string | null | undefined;
  invoiceDateTo?: string | null | undefined;
  isCredit?: boolean | null | undefined;
  locked?: boolean | null | undefined;
  paid?: boolean | null | undefined;
  projectId?: string | number | null | undefined;
  readyForInvoice?: boolean | null | undefined;
  statusCode?: number | null | undefined;
  taxReductionType?: TaxReductionType | null | undefined;
  warning?: boolean | null | undefined;
};

export type InvoiceLineInput = {
  accountNumber?: number | null | undefined;
  billable?: boolean | null | undefined;
  changeOrderId?: string | number | null | undefined;
  code?: string | null | undefined;
  description?: string | null | undefined;
  discountPercent?: string | null | undefined;
  /** Overrides the kind the account decides. */
  kind?: LineKind | null | undefined;
  markupPercent?: string | null | undefined;
  projectId?: string | number | null | undefined;
  quantity?: string | null | undefined;
  /** Overrides tax-reduction eligibility; null follows the kind. */
  reductionEligible?: boolean | null | undefined;
  unit?: string | null | undefined;
  unitPrice?: string | null | undefined;
  /** 25, 12, 6 or 0; default 25. */
  vatRate?: string | null | undefined;
  workOrderId?: string | number | null | undefined;
};

export type InvoiceOrder = {
  direction?: SortDirection | null | undefined;
  field: InvoiceOrderField;
};

export type InvoiceOrderField =
  | 'CREATED'
  | 'CUSTOMER_NAME'
  | 'DUE_DATE'
  | 'INVOICE_DATE'
  | 'MODIFIED'
  | 'NUMBER'
  | 'TOTAL';

export type Language =
  | 'DA'
  | 'DE'
  | 'EN'
  | 'ET'
  | 'FI'
  | 'LT'
  | 'LV'
  | 'NB'
  | 'PL'
  | 'SV';

export type LineKind =
  | 'LABOUR'
  | 'MATERIAL'
  | 'OTHER';

export type LoginInput = {
  /** The company to log in to (an id from CompanyChoice); needed only when the e-mail has accounts in several. */
  company?: string | number | null | undefined;
  email: string;
  password: string;
};

export type Permission =
  /** Administrator: the chart of accounts. */
  | 'ADMIN_ACCOUNTS'
  /** Administrator: change the number of an existing customer. */
  | 'ADMIN_CHANGE_CUSTOMER_NUMBER'
  /** Administrator: company settings, customer number lengths, custom fields. */
  | 'ADMIN_COMPANY_SETTINGS'
  /** Administrator: cost centres. */
  | 'ADMIN_COST_CENTRES'
  /** Administrator: accounting-system connections, their flows, runs and failures. */
  | 'ADMIN_INTEGRATIONS'
  /** Administrator: the invoice status list. */
  | 'ADMIN_INVOICE_STATUSES'
  /** Administrator: payment terms. */
  | 'ADMIN_PAYMENT_TERMS'
  /** Administrator: the project status list (Administration – Settings – Statuses). */
  | 'ADMIN_PROJECT_STATUSES'
  /** Administrator: Revenue Accounting (full): activate revenue accounting and change its posting dimensions and posting rules. */
  | 'ADMIN_REVENUE_ACCOUNTING'
  /** Administrator: Revenue Accounting (read): view the activation, posting dimensions and posting rules. */
  | 'ADMIN_REVENUE_ACCOUNTING_READ'
  /** Administrator: the supplier register. */
  | 'ADMIN_SUPPLIERS'
  /** Administrator: manage users, groups, permissions and API tokens. */
  | 'ADMIN_USERS'
  /** Assign a user (technician) as responsible for a customer. */
  | 'CUSTOMER_ASSIGN'
  /** Change Customer Users Rights: choose what the customer users of a customer the user may see can see. */
  | 'CUSTOMER_CHANGE_USER_RIGHTS'
  /** Create customers. */
  | 'CUSTOMER_CREATE'
  /** Create Customer Users: invite people at a customer the user may see to log in and see that customer’s invoices, projects or documents. */
  | 'CUSTOMER_CREATE_USERS'
  /** Delete customers that have no projects or invoices. */
  | 'CUSTOMER_DELETE'
  /** Delete uploaded files: documents of the customers and projects the user may see. */
  | 'CUSTOMER_DELETE_FILES'
  /** Delete Customer Users: remove the customer users of a customer the user may see (their sessions end at once). */
  | 'CUSTOMER_DELETE_USERS'
  /** Edit every customer and its contacts. */
  | 'CUSTOMER_EDIT'
  /** Edit only the customers assigned to you, and their contacts. */
  | 'CUSTOMER_EDIT_ASSIGNED'
  /** Upload files and import customer registers. */
  | 'CUSTOMER_UPLOAD'
  /** View every customer. */
  | 'CUSTOMER_VIEW'
  /** View only the customers assigned to you. */
  | 'CUSTOMER_VIEW_ASSIGNED'
  /** Create invoice bases and credit invoices, and edit invoices while they are unlocked. */
  | 'INVOICE_EDIT'
  /** Lock invoices (freezing them for the accounting system) and unlock them while they have no external number. */
  | 'INVOICE_LOCK'
  /** Register invoice payments: import bank payment files and mark invoices paid from them. */
  | 'INVOICE_PAYMENTS'
  /** Use revenue accounting in invoices (full): view an invoice’s revenue accounting and basis for the accounting system, edit and split revenue lines (accounts, dimensions), add balance postings, edit the basis. */
  | 'INVOICE_REVENUE_ACCOUNTING'
  /** Use revenue accounting in invoices (project, work order and ÄTA only): view an invoice’s revenue accounting, and change or split its revenue lines across projects, work orders and ÄTA, not accounts or other parameters. */
  | 'INVOICE_REVENUE_ACCOUNTING_PROJECT'
  /** View invoices and their PDFs. */
  | 'INVOICE_VIEW'
  /** Create projects. */
  | 'PROJECT_CREATE'
  /** Edit and close projects, and create, edit and close their work orders and change orders (ÄTA). */
  | 'PROJECT_EDIT'
  /** View projects, their work orders, change orders and costs, and the finance registers. */
  | 'PROJECT_VIEW'
  /** Approve (attest) supplier invoices; an invoice is approved once the required number of different users have approved it. */
  | 'SUPPLIER_INVOICE_APPROVE'
  /** Register supplier invoices and edit them (and their rows) until they are approved; dispute and undispute them. */
  | 'SUPPLIER_INVOICE_EDIT'
  /** View supplier invoices, their rows, approvals and documents. */
  | 'SUPPLIER_INVOICE_VIEW';

export type ProjectFilter = {
  customerId?: string | number | null | undefined;
  /** true: status 90 and above; false: below 90. */
  finished?: boolean | null | undefined;
  phase?: StatusPhase | null | undefined;
  projectManagerId?: string | number | null | undefined;
  /** Lowest status code (inclusive), e.g. 40. */
  statusFrom?: number | null | undefined;
  /** Highest status code (inclusive), e.g. 89. */
  statusTo?: number | null | undefined;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** What a status code means: below 40 not ordered, 40–89 ordered/ongoing, 90 and above finished. */
export type StatusPhase =
  /** Codes 90 and above: finished or closed. */
  | 'FINISHED'
  /** Codes below 40, e.g. quotes. */
  | 'NOT_ORDERED'
  /** Codes 40–89: ordered and ongoing; sent to accounting systems. */
  | 'ORDERED';

export type TaxReductionType =
  | 'GREEN'
  | 'NONE'
  | 'ROT'
  | 'RUT';

/** Fields left out are unchanged; null clears a field. The number changes with changeCustomerNumber. */
export type UpdateCustomerInput = {
  alwaysSendAsInvoice?: boolean | null | undefined;
  /** Default EXTERNAL. */
  category?: CustomerCategory | null | undefined;
  comments?: string | null | undefined;
  costCentreRequired?: boolean | null | undefined;
  /** Only the keys given change. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  email?: string | null | undefined;
  facilitiesDisabled?: boolean | null | undefined;
  facilityRequired?: boolean | null | undefined;
  id: string | number;
  invoiceAddress?: AddressInput | null | undefined;
  invoiceEmail?: string | null | undefined;
  isConstructionCompany?: boolean | null | undefined;
  language?: Language | null | undefined;
  /** Postal address when letters go elsewhere than the invoice address; null removes it. */
  mailAddress?: AddressInput | null | undefined;
  mobile?: string | null | undefined;
  name?: string | null | undefined;
  /** COMPANY: organisation number (a sole trader’s personnummer). */
  organisationNumber?: string | null | undefined;
  paymentTermId?: string | number | null | undefined;
  /** PRIVATE: personnummer or samordningsnummer. */
  personalIdentityNumber?: string | null | undefined;
  phone?: string | null | undefined;
  type?: CustomerType | null | undefined;
  vatDisplayType?: VatDisplayType | null | undefined;
  vatNumber?: string | null | undefined;
  visitingAddress?: AddressInput | null | undefined;
};

export type VatDisplayType =
  /** VAT shown unless the customer is a company with an organisation number. */
  | 'AUTOMATIC'
  /** VAT always shown. */
  | 'NORMAL_VAT'
  /** VAT never shown. */
  | 'NO_VAT';

export type CustomersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null, contacts: { edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean } }> } } }> } };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { category: CustomerCategory, invoiceEmail: string | null, vatNumber: string | null, language: Language, comments: string | null, modifiedAt: string, modifiedBy: string, id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null, invoiceAddress: { address1: string | null, address2: string | null, postcode: string | null, city: string | null, countryCode: string | null }, paymentTerm: { id: string, days: number } | null, contacts: { edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean } }> } } | null };

export type CreateCustomerMutationVariables = Exact<{
  input: CreateCustomerInput;
}>;


export type CreateCustomerMutation = { createCustomer:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationCreateCustomerSuccess', data: { category: CustomerCategory, invoiceEmail: string | null, vatNumber: string | null, language: Language, comments: string | null, modifiedAt: string, modifiedBy: string, id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null, invoiceAddress: { address1: string | null, address2: string | null, postcode: string | null, city: string | null, countryCode: string | null }, paymentTerm: { id: string, days: number } | null, contacts: { edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean } }> } } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type UpdateCustomerMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;


export type UpdateCustomerMutation = { updateCustomer:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationUpdateCustomerSuccess', data: { category: CustomerCategory, invoiceEmail: string | null, vatNumber: string | null, language: Language, comments: string | null, modifiedAt: string, modifiedBy: string, id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null, invoiceAddress: { address1: string | null, address2: string | null, postcode: string | null, city: string | null, countryCode: string | null }, paymentTerm: { id: string, days: number } | null, contacts: { edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean } }> } } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type CustomerSummaryFragment = { id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null };

export type ContactFieldsFragment = { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean };

export type AddressFieldsFragment = { address1: string | null, address2: string | null, postcode: string | null, city: string | null, countryCode: string | null };

export type CustomerDetailsFragment = { category: CustomerCategory, invoiceEmail: string | null, vatNumber: string | null, language: Language, comments: string | null, modifiedAt: string, modifiedBy: string, id: string, number: string, name: string, type: CustomerType, active: boolean, organisationNumber: string | null, email: string | null, phone: string | null, invoiceAddress: { address1: string | null, address2: string | null, postcode: string | null, city: string | null, countryCode: string | null }, paymentTerm: { id: string, days: number } | null, contacts: { edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null, mobile: string | null, isMainContact: boolean } }> } };

type ErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null };

type ErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null };

type ErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string, path: string | null };

type ErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null };

type ErrorFields_TooManyAttemptsError_Fragment = { __typename: 'TooManyAttemptsError', code: ErrorCode, message: string, path: string | null };

type ErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> };

export type ErrorFieldsFragment =
  | ErrorFields_ConflictError_Fragment
  | ErrorFields_ForbiddenError_Fragment
  | ErrorFields_InvalidCredentialsError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_TooManyAttemptsError_Fragment
  | ErrorFields_ValidationError_Fragment
;

export type ConnectionsQueryVariables = Exact<{
  runs?: number | null | undefined;
}>;


export type ConnectionsQuery = { connections: Array<{ id: string, name: string, connectorId: string, active: boolean, sandbox: boolean, enabledFlows: Array<string>, connector: { id: string, name: string, version: string } | null, health: { paused: boolean, pausedReason: string | null, consecutiveFailures: number, lastRunAt: string | null, lastRunStatus: ConnectorRunStatus | null, nextScheduledRunAt: string | null }, runs: { edges: Array<{ node: { id: string, status: ConnectorRunStatus, trigger: ConnectorRunTrigger, dryRun: boolean, queuedAt: string, startedAt: string, finishedAt: string | null, error: string | null } }> } }> };

export type ConnectionRunsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConnectionRunsQuery = { node:
    | { id: string, name: string, runs: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ConnectorRunStatus, trigger: ConnectorRunTrigger, dryRun: boolean, queuedAt: string, startedAt: string, finishedAt: string | null, error: string | null, flows: Array<{ flowId: string, status: ConnectorFlowStatus, created: number, updated: number, unchanged: number, skipped: number, failed: number, error: string | null }>, failures: Array<{ flowId: string, entityType: string, reference: string, message: string }> } }> } }
    | Record<PropertyKey, never>
   | null };

export type RunSummaryFragment = { id: string, status: ConnectorRunStatus, trigger: ConnectorRunTrigger, dryRun: boolean, queuedAt: string, startedAt: string, finishedAt: string | null, error: string | null };

export type InvoicesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  filter?: InvoiceFilter | null | undefined;
  orderBy?: InvoiceOrder | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } } }> } };

export type InvoiceQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceQuery = { invoice: { description: string | null, customerReference: string | null, lockedAt: string | null, lockedBy: string | null, subtotal: string, vatAmount: string, rounding: string, taxReductionType: TaxReductionType, taxReductionAmount: string, warnings: Array<string>, pdfUrl: string, id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, workOrder: { id: string, reference: string } | null, changeOrder: { id: string, reference: string } | null, lines: Array<{ id: string, position: number, kind: LineKind, code: string | null, description: string, quantity: string, unit: string | null, unitPrice: string, discountPercent: string, vatRate: string, amount: string, accountNumber: number | null }>, vatGroups: Array<{ rate: string, base: string, vat: string }>, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } } | null };

export type CreateInvoiceMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type CreateInvoiceMutation = { createInvoice:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationCreateInvoiceSuccess', data: { description: string | null, customerReference: string | null, lockedAt: string | null, lockedBy: string | null, subtotal: string, vatAmount: string, rounding: string, taxReductionType: TaxReductionType, taxReductionAmount: string, warnings: Array<string>, pdfUrl: string, id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, workOrder: { id: string, reference: string } | null, changeOrder: { id: string, reference: string } | null, lines: Array<{ id: string, position: number, kind: LineKind, code: string | null, description: string, quantity: string, unit: string | null, unitPrice: string, discountPercent: string, vatRate: string, amount: string, accountNumber: number | null }>, vatGroups: Array<{ rate: string, base: string, vat: string }>, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type LockInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type LockInvoiceMutation = { lockInvoice:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationLockInvoiceSuccess', data: { description: string | null, customerReference: string | null, lockedAt: string | null, lockedBy: string | null, subtotal: string, vatAmount: string, rounding: string, taxReductionType: TaxReductionType, taxReductionAmount: string, warnings: Array<string>, pdfUrl: string, id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, workOrder: { id: string, reference: string } | null, changeOrder: { id: string, reference: string } | null, lines: Array<{ id: string, position: number, kind: LineKind, code: string | null, description: string, quantity: string, unit: string | null, unitPrice: string, discountPercent: string, vatRate: string, amount: string, accountNumber: number | null }>, vatGroups: Array<{ rate: string, base: string, vat: string }>, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type InvoiceSummaryFragment = { id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } };

export type InvoiceDetailsFragment = { description: string | null, customerReference: string | null, lockedAt: string | null, lockedBy: string | null, subtotal: string, vatAmount: string, rounding: string, taxReductionType: TaxReductionType, taxReductionAmount: string, warnings: Array<string>, pdfUrl: string, id: string, number: number, title: string | null, locked: boolean, isCredit: boolean, invoiceDate: string | null, dueDate: string | null, paidDate: string | null, total: string, amountToPay: string, ocrReference: string | null, externalNumber: string | null, workOrder: { id: string, reference: string } | null, changeOrder: { id: string, reference: string } | null, lines: Array<{ id: string, position: number, kind: LineKind, code: string | null, description: string, quantity: string, unit: string | null, unitPrice: string, discountPercent: string, vatRate: string, amount: string, accountNumber: number | null }>, vatGroups: Array<{ rate: string, base: string, vat: string }>, customer: { id: string, number: string, name: string } | null, project: { id: string, number: string, name: string } };

export type ProjectsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  filter?: ProjectFilter | null | undefined;
}>;


export type ProjectsQuery = { projects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, name: string, phase: StatusPhase, statusCode: number, status: { code: number, name: string }, customer: { id: string, number: string, name: string } | null, workOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, name: string, phase: StatusPhase, statusCode: number, startDate: string | null } }> }, changeOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, code: string, name: string, phase: StatusPhase, statusCode: number, estimatedAmount: string | null } }> } } }> } };

export type ProjectQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectQuery = { project: { description: string | null, customerReference: string | null, startDate: string | null, endDate: string | null, id: string, number: string, name: string, phase: StatusPhase, statusCode: number, projectManager: { id: string, name: string } | null, status: { code: number, name: string }, customer: { id: string, number: string, name: string } | null, workOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, name: string, phase: StatusPhase, statusCode: number, startDate: string | null } }> }, changeOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, code: string, name: string, phase: StatusPhase, statusCode: number, estimatedAmount: string | null } }> } } | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationCreateProjectSuccess', data: { id: string, number: string, name: string, phase: StatusPhase, statusCode: number, status: { code: number, name: string }, customer: { id: string, number: string, name: string } | null, workOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, name: string, phase: StatusPhase, statusCode: number, startDate: string | null } }> }, changeOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, code: string, name: string, phase: StatusPhase, statusCode: number, estimatedAmount: string | null } }> } } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type ProjectSummaryFragment = { id: string, number: string, name: string, phase: StatusPhase, statusCode: number, status: { code: number, name: string }, customer: { id: string, number: string, name: string } | null, workOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, name: string, phase: StatusPhase, statusCode: number, startDate: string | null } }> }, changeOrders: { totalCount: number, edges: Array<{ node: { id: string, number: number, reference: string, code: string, name: string, phase: StatusPhase, statusCode: number, estimatedAmount: string | null } }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationLoginSuccess', data:
        | { __typename: 'CompanyChoice', companies: Array<{ id: string, name: string }> }
        | { __typename: 'LoginSession', sessionId: string, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string }
        | { __typename: 'SecondFactorChallenge', challenge: string, expiresAt: string }
       }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'TooManyAttemptsError', retryAfterSeconds: number, retryAt: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type CompleteLoginMutationVariables = Exact<{
  challenge: string;
  code: string;
}>;


export type CompleteLoginMutation = { completeLogin:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationCompleteLoginSuccess', data: { sessionId: string, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'TooManyAttemptsError', retryAfterSeconds: number, retryAt: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationRefreshSessionSuccess', data: { sessionId: string, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'TooManyAttemptsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ForbiddenError', permission: string | null, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'MutationLogoutSuccess' }
    | { __typename: 'NotFoundError', entity: string, code: ErrorCode, message: string, path: string | null }
    | { __typename: 'TooManyAttemptsError', code: ErrorCode, message: string, path: string | null }
    | { __typename: 'ValidationError', code: ErrorCode, message: string, path: string | null, issues: Array<{ path: string, code: string, message: string }> }
   };

export type SessionTokensFragment = { sessionId: string, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, email: string, signature: string, permissions: Array<Permission> }, company: { id: string, name: string, organisationNumber: string | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CustomerSummaryFragmentDoc = new TypedDocumentString(`
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
    `, {"fragmentName":"CustomerSummary"}) as unknown as TypedDocumentString<CustomerSummaryFragment, unknown>;
export const AddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment AddressFields on Address {
  address1
  address2
  postcode
  city
  countryCode
}
    `, {"fragmentName":"AddressFields"}) as unknown as TypedDocumentString<AddressFieldsFragment, unknown>;
export const ContactFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}
    `, {"fragmentName":"ContactFields"}) as unknown as TypedDocumentString<ContactFieldsFragment, unknown>;
export const CustomerDetailsFragmentDoc = new TypedDocumentString(`
    fragment CustomerDetails on Customer {
  ...CustomerSummary
  category
  invoiceEmail
  vatNumber
  language
  comments
  invoiceAddress {
    ...AddressFields
  }
  paymentTerm {
    id
    days
  }
  modifiedAt
  modifiedBy
  contacts(first: 100) {
    edges {
      node {
        ...ContactFields
      }
    }
  }
}
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}
fragment AddressFields on Address {
  address1
  address2
  postcode
  city
  countryCode
}`, {"fragmentName":"CustomerDetails"}) as unknown as TypedDocumentString<CustomerDetailsFragment, unknown>;
export const ErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
    `, {"fragmentName":"ErrorFields"}) as unknown as TypedDocumentString<ErrorFieldsFragment, unknown>;
export const RunSummaryFragmentDoc = new TypedDocumentString(`
    fragment RunSummary on ConnectorRun {
  id
  status
  trigger
  dryRun
  queuedAt
  startedAt
  finishedAt
  error
}
    `, {"fragmentName":"RunSummary"}) as unknown as TypedDocumentString<RunSummaryFragment, unknown>;
export const InvoiceSummaryFragmentDoc = new TypedDocumentString(`
    fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}
    `, {"fragmentName":"InvoiceSummary"}) as unknown as TypedDocumentString<InvoiceSummaryFragment, unknown>;
export const InvoiceDetailsFragmentDoc = new TypedDocumentString(`
    fragment InvoiceDetails on Invoice {
  ...InvoiceSummary
  description
  customerReference
  lockedAt
  lockedBy
  subtotal
  vatAmount
  rounding
  taxReductionType
  taxReductionAmount
  warnings
  pdfUrl
  workOrder {
    id
    reference
  }
  changeOrder {
    id
    reference
  }
  lines {
    id
    position
    kind
    code
    description
    quantity
    unit
    unitPrice
    discountPercent
    vatRate
    amount
    accountNumber
  }
  vatGroups {
    rate
    base
    vat
  }
}
    fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}`, {"fragmentName":"InvoiceDetails"}) as unknown as TypedDocumentString<InvoiceDetailsFragment, unknown>;
export const ProjectSummaryFragmentDoc = new TypedDocumentString(`
    fragment ProjectSummary on Project {
  id
  number
  name
  phase
  statusCode
  status {
    code
    name
  }
  customer {
    id
    number
    name
  }
  workOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        name
        phase
        statusCode
        startDate
      }
    }
  }
  changeOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        code
        name
        phase
        statusCode
        estimatedAmount
      }
    }
  }
}
    `, {"fragmentName":"ProjectSummary"}) as unknown as TypedDocumentString<ProjectSummaryFragment, unknown>;
export const SessionTokensFragmentDoc = new TypedDocumentString(`
    fragment SessionTokens on LoginSession {
  sessionId
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}
    `, {"fragmentName":"SessionTokens"}) as unknown as TypedDocumentString<SessionTokensFragment, unknown>;
export const CustomersDocument = new TypedDocumentString(`
    query Customers($first: Int = 50, $after: String, $search: String, $filter: CustomerFilter) {
  customers(first: $first, after: $after, search: $search, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...CustomerSummary
        contacts(first: 20) {
          edges {
            node {
              ...ContactFields
            }
          }
        }
      }
    }
  }
}
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}`, {"hash":"sha256:393fcde6418492f315f9d2a309ed6a8089f34de7831b335abd1f9915ba87ccab"}) as unknown as TypedDocumentString<CustomersQuery, CustomersQueryVariables>;
export const CustomerDocument = new TypedDocumentString(`
    query Customer($id: ID!) {
  customer(id: $id) {
    ...CustomerDetails
  }
}
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}
fragment AddressFields on Address {
  address1
  address2
  postcode
  city
  countryCode
}
fragment CustomerDetails on Customer {
  ...CustomerSummary
  category
  invoiceEmail
  vatNumber
  language
  comments
  invoiceAddress {
    ...AddressFields
  }
  paymentTerm {
    id
    days
  }
  modifiedAt
  modifiedBy
  contacts(first: 100) {
    edges {
      node {
        ...ContactFields
      }
    }
  }
}`, {"hash":"sha256:b0255574db3dfbf510699db5c8e6ccd83ffa132f89ba51270d20a94310dbdf45"}) as unknown as TypedDocumentString<CustomerQuery, CustomerQueryVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    __typename
    ... on MutationCreateCustomerSuccess {
      data {
        ...CustomerDetails
      }
    }
    ...ErrorFields
  }
}
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}
fragment AddressFields on Address {
  address1
  address2
  postcode
  city
  countryCode
}
fragment CustomerDetails on Customer {
  ...CustomerSummary
  category
  invoiceEmail
  vatNumber
  language
  comments
  invoiceAddress {
    ...AddressFields
  }
  paymentTerm {
    id
    days
  }
  modifiedAt
  modifiedBy
  contacts(first: 100) {
    edges {
      node {
        ...ContactFields
      }
    }
  }
}
fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}`, {"hash":"sha256:105ec4d91fc06f1a30a9ccbd4212d889d5df32f2ed9dd9be3c585efed70b623a"}) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const UpdateCustomerDocument = new TypedDocumentString(`
    mutation UpdateCustomer($input: UpdateCustomerInput!) {
  updateCustomer(input: $input) {
    __typename
    ... on MutationUpdateCustomerSuccess {
      data {
        ...CustomerDetails
      }
    }
    ...ErrorFields
  }
}
    fragment CustomerSummary on Customer {
  id
  number
  name
  type
  active
  organisationNumber
  email
  phone
}
fragment ContactFields on Contact {
  id
  name
  email
  phone
  mobile
  isMainContact
}
fragment AddressFields on Address {
  address1
  address2
  postcode
  city
  countryCode
}
fragment CustomerDetails on Customer {
  ...CustomerSummary
  category
  invoiceEmail
  vatNumber
  language
  comments
  invoiceAddress {
    ...AddressFields
  }
  paymentTerm {
    id
    days
  }
  modifiedAt
  modifiedBy
  contacts(first: 100) {
    edges {
      node {
        ...ContactFields
      }
    }
  }
}
fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}`, {"hash":"sha256:831962277234881bc6b72a015f1316918244a361014bdc1b0bd12c358fafdf2e"}) as unknown as TypedDocumentString<UpdateCustomerMutation, UpdateCustomerMutationVariables>;
export const ConnectionsDocument = new TypedDocumentString(`
    query Connections($runs: Int = 5) {
  connections {
    id
    name
    connectorId
    active
    sandbox
    enabledFlows
    connector {
      id
      name
      version
    }
    health {
      paused
      pausedReason
      consecutiveFailures
      lastRunAt
      lastRunStatus
      nextScheduledRunAt
    }
    runs(first: $runs) {
      edges {
        node {
          ...RunSummary
        }
      }
    }
  }
}
    fragment RunSummary on ConnectorRun {
  id
  status
  trigger
  dryRun
  queuedAt
  startedAt
  finishedAt
  error
}`, {"hash":"sha256:e005d9a5e128249698bdff476ddff1452aa9158fe7143be611d87daea2b9e58e"}) as unknown as TypedDocumentString<ConnectionsQuery, ConnectionsQueryVariables>;
export const ConnectionRunsDocument = new TypedDocumentString(`
    query ConnectionRuns($id: ID!, $first: Int = 20, $after: String) {
  node(id: $id) {
    ... on Connection {
      id
      name
      runs(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RunSummary
            flows {
              flowId
              status
              created
              updated
              unchanged
              skipped
              failed
              error
            }
            failures {
              flowId
              entityType
              reference
              message
            }
          }
        }
      }
    }
  }
}
    fragment RunSummary on ConnectorRun {
  id
  status
  trigger
  dryRun
  queuedAt
  startedAt
  finishedAt
  error
}`, {"hash":"sha256:93d28b923b52058eebe6c8a1fa58db335b7f615ef68d4f4ce1e58dc7c99b3c11"}) as unknown as TypedDocumentString<ConnectionRunsQuery, ConnectionRunsQueryVariables>;
export const InvoicesDocument = new TypedDocumentString(`
    query Invoices($first: Int = 50, $after: String, $search: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder) {
  invoices(
    first: $first
    after: $after
    search: $search
    filter: $filter
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...InvoiceSummary
      }
    }
  }
}
    fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}`, {"hash":"sha256:2b0571666e28f4c55877f452d187ddbf1a4f59257d71884ade51f5ff8b507bd3"}) as unknown as TypedDocumentString<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceDocument = new TypedDocumentString(`
    query Invoice($id: ID!) {
  invoice(id: $id) {
    ...InvoiceDetails
  }
}
    fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}
fragment InvoiceDetails on Invoice {
  ...InvoiceSummary
  description
  customerReference
  lockedAt
  lockedBy
  subtotal
  vatAmount
  rounding
  taxReductionType
  taxReductionAmount
  warnings
  pdfUrl
  workOrder {
    id
    reference
  }
  changeOrder {
    id
    reference
  }
  lines {
    id
    position
    kind
    code
    description
    quantity
    unit
    unitPrice
    discountPercent
    vatRate
    amount
    accountNumber
  }
  vatGroups {
    rate
    base
    vat
  }
}`, {"hash":"sha256:22e393c2aeec9d01cd7c13dc7a3dd29e7be3da02ae6e60479e104ea5fb08d261"}) as unknown as TypedDocumentString<InvoiceQuery, InvoiceQueryVariables>;
export const CreateInvoiceDocument = new TypedDocumentString(`
    mutation CreateInvoice($input: CreateInvoiceInput!) {
  createInvoice(input: $input) {
    __typename
    ... on MutationCreateInvoiceSuccess {
      data {
        ...InvoiceDetails
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}
fragment InvoiceDetails on Invoice {
  ...InvoiceSummary
  description
  customerReference
  lockedAt
  lockedBy
  subtotal
  vatAmount
  rounding
  taxReductionType
  taxReductionAmount
  warnings
  pdfUrl
  workOrder {
    id
    reference
  }
  changeOrder {
    id
    reference
  }
  lines {
    id
    position
    kind
    code
    description
    quantity
    unit
    unitPrice
    discountPercent
    vatRate
    amount
    accountNumber
  }
  vatGroups {
    rate
    base
    vat
  }
}`, {"hash":"sha256:07433bcc494c22863866d1493eb6bbda22216c5073295d725d2a56a6cb21e77a"}) as unknown as TypedDocumentString<CreateInvoiceMutation, CreateInvoiceMutationVariables>;
export const LockInvoiceDocument = new TypedDocumentString(`
    mutation LockInvoice($id: ID!) {
  lockInvoice(id: $id) {
    __typename
    ... on MutationLockInvoiceSuccess {
      data {
        ...InvoiceDetails
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment InvoiceSummary on Invoice {
  id
  number
  title
  locked
  isCredit
  invoiceDate
  dueDate
  paidDate
  total
  amountToPay
  ocrReference
  externalNumber
  customer {
    id
    number
    name
  }
  project {
    id
    number
    name
  }
}
fragment InvoiceDetails on Invoice {
  ...InvoiceSummary
  description
  customerReference
  lockedAt
  lockedBy
  subtotal
  vatAmount
  rounding
  taxReductionType
  taxReductionAmount
  warnings
  pdfUrl
  workOrder {
    id
    reference
  }
  changeOrder {
    id
    reference
  }
  lines {
    id
    position
    kind
    code
    description
    quantity
    unit
    unitPrice
    discountPercent
    vatRate
    amount
    accountNumber
  }
  vatGroups {
    rate
    base
    vat
  }
}`, {"hash":"sha256:9ff2e929d2f532121a3f9ae8f0a2f83bb9d425d536abd76d342b78e7dd54c9d1"}) as unknown as TypedDocumentString<LockInvoiceMutation, LockInvoiceMutationVariables>;
export const ProjectsDocument = new TypedDocumentString(`
    query Projects($first: Int = 20, $after: String, $search: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, search: $search, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProjectSummary
      }
    }
  }
}
    fragment ProjectSummary on Project {
  id
  number
  name
  phase
  statusCode
  status {
    code
    name
  }
  customer {
    id
    number
    name
  }
  workOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        name
        phase
        statusCode
        startDate
      }
    }
  }
  changeOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        code
        name
        phase
        statusCode
        estimatedAmount
      }
    }
  }
}`, {"hash":"sha256:0ad4d3322b42eda3fbc9a87fa3231e1c0d38b64f18b44713891409b4df9847cd"}) as unknown as TypedDocumentString<ProjectsQuery, ProjectsQueryVariables>;
export const ProjectDocument = new TypedDocumentString(`
    query Project($id: ID!) {
  project(id: $id) {
    ...ProjectSummary
    description
    customerReference
    startDate
    endDate
    projectManager {
      id
      name
    }
  }
}
    fragment ProjectSummary on Project {
  id
  number
  name
  phase
  statusCode
  status {
    code
    name
  }
  customer {
    id
    number
    name
  }
  workOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        name
        phase
        statusCode
        startDate
      }
    }
  }
  changeOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        code
        name
        phase
        statusCode
        estimatedAmount
      }
    }
  }
}`, {"hash":"sha256:bcdfbc1fa90d0197345e2bec1e2d7428a115ea9708de25505f111f34b9b7ff46"}) as unknown as TypedDocumentString<ProjectQuery, ProjectQueryVariables>;
export const CreateProjectDocument = new TypedDocumentString(`
    mutation CreateProject($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on MutationCreateProjectSuccess {
      data {
        ...ProjectSummary
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment ProjectSummary on Project {
  id
  number
  name
  phase
  statusCode
  status {
    code
    name
  }
  customer {
    id
    number
    name
  }
  workOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        name
        phase
        statusCode
        startDate
      }
    }
  }
  changeOrders(first: 25) {
    totalCount
    edges {
      node {
        id
        number
        reference
        code
        name
        phase
        statusCode
        estimatedAmount
      }
    }
  }
}`, {"hash":"sha256:154463986d5c866f83bec97d226251ab44be006cdf131fdbd08cce3ef5a44d93"}) as unknown as TypedDocumentString<CreateProjectMutation, CreateProjectMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on MutationLoginSuccess {
      data {
        __typename
        ... on LoginSession {
          ...SessionTokens
        }
        ... on SecondFactorChallenge {
          challenge
          expiresAt
        }
        ... on CompanyChoice {
          companies {
            id
            name
          }
        }
      }
    }
    ...ErrorFields
    ... on TooManyAttemptsError {
      retryAfterSeconds
      retryAt
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment SessionTokens on LoginSession {
  sessionId
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`, {"hash":"sha256:e7d2daae38cb3dc4c34a456e6bdf3cd473551109ddde110fa4fa8677e090ed88"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const CompleteLoginDocument = new TypedDocumentString(`
    mutation CompleteLogin($challenge: String!, $code: String!) {
  completeLogin(challenge: $challenge, code: $code) {
    __typename
    ... on MutationCompleteLoginSuccess {
      data {
        ...SessionTokens
      }
    }
    ...ErrorFields
    ... on TooManyAttemptsError {
      retryAfterSeconds
      retryAt
    }
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment SessionTokens on LoginSession {
  sessionId
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`, {"hash":"sha256:aa532e2b5865a01d06ec69a74037d006fe5bb3c937429ef55e5c9d63758d4001"}) as unknown as TypedDocumentString<CompleteLoginMutation, CompleteLoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    __typename
    ... on MutationRefreshSessionSuccess {
      data {
        ...SessionTokens
      }
    }
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}
fragment SessionTokens on LoginSession {
  sessionId
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
}`, {"hash":"sha256:e5746b4dbdbf156823e1a731d86bdc2147325d16d33b01f2197cd8a038ab6696"}) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    __typename
    ...ErrorFields
  }
}
    fragment ErrorFields on Error {
  __typename
  code
  message
  path
  ... on ValidationError {
    issues {
      path
      code
      message
    }
  }
  ... on NotFoundError {
    entity
  }
  ... on ForbiddenError {
    permission
  }
}`, {"hash":"sha256:5d24298117020ec70e0c3294086b60bc5092054f6003fc22a8922bbe3e605cd1"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    name
    email
    signature
    permissions
  }
  company {
    id
    name
    organisationNumber
  }
}
    `, {"hash":"sha256:42b4fe22ff1f700aa4785fb85e18522304a17f9e8c26912dcbf3faf56fd4be3c"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;