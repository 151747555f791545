// Peppol: what an access point connector implements to send e-invoices for the application. The
// application builds the Peppol BIS Billing 3.0 document (UBL 2.1) and checks it; the access point
// only transports it (SMP lookup of the receiver, AS4 to the receiver's access point) and answers
// with its id of the message. A thrown error counts as a failed attempt: the sending is retried
// with backoff, and the error is shown on the invoice's delivery after the last attempt.

/** A Peppol participant: an ICD/EAS scheme and the id in it, e.g. { scheme: '0007', id: '5560360793' } (Swedish organisation number). */
export interface PeppolParticipant {
  scheme: string;
  id: string;
}

/** A document to send: the UBL XML and what it is. */
export interface PeppolDocument {
  /** The UBL root: Invoice, or CreditNote for a credit invoice. */
  kind: 'Invoice' | 'CreditNote';
  /** The invoice number. */
  number: string;
  /** Peppol BIS Billing 3.0's specification and process identifiers (CustomizationID, ProfileID). */
  customizationId: string;
  profileId: string;
  /** The UBL 2.1 document, UTF-8 XML text. */
  xml: string;
}

export interface PeppolSendResult {
  /** The access point's id of the message (kept with the invoice's delivery). */
  messageId: string;
}

export interface PeppolAccessPoint {
  /** Named in the delivery's error messages and logs, e.g. "Example AP". */
  readonly name: string;
  send(document: PeppolDocument, parties: { sender: PeppolParticipant; receiver: PeppolParticipant }): Promise<PeppolSendResult>;
}
