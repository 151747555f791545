// The failure e-mail after a run with failures, to the connection's addresses, listing every
// failed entity with its reference (and every flow that stopped). Sent after every such run,
// so it repeats until the cause is fixed.
import nodemailer from 'nodemailer';

export interface FailureReport {
  companyName: string;
  connectionName: string;
  connectorName: string;
  runId: string;
  startedAt: Date;
  status: string;
  flowErrors: { flow: string; message: string }[];
  failures: { flow: string; entityType: string; reference: string; message: string }[];
}

export interface Notifier {
  sendFailureReport(to: readonly string[], report: FailureReport): Promise<void>;
}

const ENTITY_LABEL: Record<string, string> = {
  customer: 'Customer', project: 'Project', workOrder: 'Work order', changeOrder: 'ÄTA', invoice: 'Customer invoice',
  supplier: 'Supplier', account: 'Account', costCentre: 'Cost centre', voucher: 'Voucher', supplierInvoice: 'Supplier invoice',
  paidDate: 'Paid date',
};

/** Subject and plain text of the e-mail (pure). */
export function renderFailureReport(r: FailureReport): { subject: string; text: string } {
  const n = r.failures.length + r.flowErrors.length;
  const when = r.startedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
  const subject = `${r.connectorName} integration: ${n} error${n === 1 ? '' : 's'} in the run at ${when} (${r.companyName})`;
  const lines = [
    `The integration "${r.connectionName}" (${r.connectorName}) of ${r.companyName} ran at ${when} and finished as ${r.status}.`,
    'The integration runs every 30 minutes; this message is sent after every run until the errors are fixed.',
    '',
  ];
  if (r.flowErrors.length) {
    lines.push('Flows that stopped:');
    for (const e of r.flowErrors) lines.push(`  - ${e.flow}: ${e.message}`);
    lines.push('');
  }
  if (r.failures.length) {
    lines.push('Errors:');
    for (const f of r.failures) {
      lines.push(`  Reference: ${f.reference}`);
      lines.push(`  Type:      ${ENTITY_LABEL[f.entityType] ?? f.entityType}`);
      lines.push(`  Flow:      ${f.flow}`);
      lines.push(`  Message:   ${f.message}`);
      lines.push('');
    }
  }
  lines.push(`Run id: ${r.runId}`);
  return { subject, text: lines.join('\n') };
}

export function smtpNotifier(smtpUrl: string, from: string): Notifier {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async sendFailureReport(to, report) {
      const { subject, text } = renderFailureReport(report);
      await transport.sendMail({ from, to: [...to], subject, text });
    },
  };
}
