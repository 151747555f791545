-- The language of what the system writes to the company's own staff (failure e-mails); NULL: Swedish.
ALTER TABLE "Company" ADD COLUMN "language" "Language";
