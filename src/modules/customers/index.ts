// The customers module's public surface: what other modules, the server and the commands use of
// it. Other modules import it only from here.
export { applyCustomFields, type CustomFieldDef, type CustomFieldValues } from './custom-fields.js';
export {
  ContactRef,
  contactIfVisible,
  CustomerCategoryEnum,
  customerIfVisible,
  CustomerRef,
  CustomerTypeEnum,
  EVERY_CUSTOMER,
  LanguageEnum,
} from './graphql.js';
export {
  ageAtEndOfYear,
  formatOrganisationNumber,
  luhnCheckDigit,
  parseIdentityNumber,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
} from './identity-numbers.js';
export { advanceCustomerNumbers, lockCustomerNumbers } from './numbering.js';
export {
  type ContactColumns,
  type CustomerColumns,
  contactChanges,
  customerChanges,
  CUSTOMER_ORDER_FIELDS,
  type CustomerListArgs,
  customerListConditions,
  customerListOrder,
  displayIdentityNumber,
  LANGUAGES,
  type NumberSettings,
  nextCustomerNumber,
  numericValue,
} from './rules.js';
export { createCustomer, visibleCustomersWhere } from './service.js';
