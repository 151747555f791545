-- The permission "Register invoice payments" (import bank payment files and mark invoices paid
-- from them), which importing Bankgirot's payment files needs instead of ADMIN_INTEGRATIONS.
-- Who gets it is the next migration: PostgreSQL does not let a transaction use enum values it
-- added itself.
ALTER TYPE "Permission" ADD VALUE 'INVOICE_PAYMENTS' AFTER 'INVOICE_LOCK';
