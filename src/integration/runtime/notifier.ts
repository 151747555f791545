// The failure e-mail after a run with failures, to the connection's addresses, listing every
// failed entity with its reference and the accounting system's message (and every flow that
// stopped). Sent after every such run, so it repeats until the cause is fixed. And the one e-mail
// when failing runs in a row pause the connection (instead of that run's failure e-mail).
//
// Language: Swedish, English only when the company's language is English (`EN`). Times are
// Europe/Stockholm local time (CET in winter, CEST in summer), e.g. "5 december 2026 kl. 14:30".
import nodemailer from 'nodemailer';

/** What every e-mail about a run names: the company (and its language), the connection and the run. */
export interface RunMailHeader {
  companyName: string;
  /** The company's language (a `Language` code such as `SV` or `EN`); unset or any other: Swedish. */
  language?: string | null;
  connectionName: string;
  connectorName: string;
  runId: string;
  startedAt: Date;
}

export interface FailureReport extends RunMailHeader {
  status: string;
  flowErrors: { flow: string; message: string }[];
  failures: { flow: string; entityType: string; reference: string; message: string }[];
  /** A FAILED run on a connection that pauses: failing runs in a row so far, and how many pause it. */
  pause?: { failures: number; after: number };
}

/** The one e-mail sent when failing runs in a row pause a connection. */
/** The run header names the run that paused the connection. */
export interface PauseNotice extends RunMailHeader {
  /** Failing runs in a row. */
  failures: number;
  /** Why the last run failed: its error, and each flow that stopped. */
  errors: { flow: string | null; message: string }[];
}

/** An e-mail written elsewhere (a user's notification, an invoice): subject, plain text, its language and any attachments. */
export interface MailMessage {
  subject: string;
  text: string;
  language: MailLanguage;
  attachments?: readonly MailAttachment[];
  /** Where replies go (an invoice's replies go to the seller), when not to the sender. */
  replyTo?: string;
}

/** A file attached to an e-mail. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface Notifier {
  sendFailureReport(to: readonly string[], report: FailureReport): Promise<void>;
  sendPauseNotice(to: readonly string[], notice: PauseNotice): Promise<void>;
  sendMessage(to: readonly string[], message: MailMessage): Promise<void>;
}

export type MailLanguage = 'sv' | 'en';

/** The e-mail's language for a company language code: English for `EN`, Swedish otherwise. */
export function mailLanguage(language: string | null | undefined): MailLanguage {
  return language?.trim().toUpperCase() === 'EN' ? 'en' : 'sv';
}

const MONTHS: Record<MailLanguage, readonly string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const STOCKHOLM = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const HOUR_MS = 3_600_000;

function stockholmParts(at: Date) {
  const p = Object.fromEntries(STOCKHOLM.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: p.year!, month: Number(p.month), day: Number(p.day), time: `${p.hour}:${p.minute}` };
}

/**
 * An instant as Stockholm local time in words: "5 december 2026 kl. 14:30" (Swedish),
 * "5 December 2026 at 14:30 (Swedish time)" (English). In the hour that occurs twice when
 * summer time ends (02:00–02:59 on the last Sunday of October) it says which one.
 */
export function formatStockholmTime(at: Date, lang: MailLanguage): string {
  const { year, month, day, time } = stockholmParts(at);
  const same = (other: number) => {
    const o = stockholmParts(new Date(other));
    return o.day === day && o.month === month && o.time === time;
  };
  const season = same(at.getTime() + HOUR_MS) ? 'summer' : same(at.getTime() - HOUR_MS) ? 'standard' : null;
  const name = MONTHS[lang][month - 1]!;
  if (lang === 'sv') return `${day} ${name} ${year} kl. ${time}${season ? (season === 'summer' ? ' (sommartid)' : ' (normaltid)') : ''}`;
  return `${day} ${name} ${year} at ${time} (Swedish ${season ? `${season} ` : ''}time)`;
}

const ENTITY_LABEL: Record<MailLanguage, Record<string, string>> = {
  sv: {
    customer: 'Kund',
    project: 'Projekt',
    workOrder: 'Arbetsorder',
    changeOrder: 'ÄTA',
    invoice: 'Kundfaktura',
    supplier: 'Leverantör',
    account: 'Konto',
    costCentre: 'Kostnadsställe',
    voucher: 'Verifikation',
    supplierInvoice: 'Leverantörsfaktura',
    paidDate: 'Betaldatum',
  },
  en: {
    customer: 'Customer',
    project: 'Project',
    workOrder: 'Work order',
    changeOrder: 'ÄTA',
    invoice: 'Customer invoice',
    supplier: 'Supplier',
    account: 'Account',
    costCentre: 'Cost centre',
    voucher: 'Voucher',
    supplierInvoice: 'Supplier invoice',
    paidDate: 'Paid date',
  },
};

const STATUS_LABEL: Record<MailLanguage, Record<string, string>> = {
  sv: { SUCCEEDED: 'lyckades', PARTIAL: 'delvis lyckad, några poster kunde inte föras över', FAILED: 'misslyckades', RUNNING: 'pågår' },
  en: { SUCCEEDED: 'succeeded', PARTIAL: 'partly succeeded, some entities could not be transferred', FAILED: 'failed', RUNNING: 'running' },
};

const TEXT = {
  sv: {
    subject: (connector: string, n: number, when: string, company: string) => `Integrationen med ${connector}: ${n} fel vid körningen ${when} (${company})`,
    intro: (connection: string, connector: string, company: string, when: string, status: string) =>
      `Integrationen "${connection}" (${connector}) för ${company} kördes ${when}. Resultat: ${status}.`,
    repeat:
      'Det här meddelandet skickas efter varje körning med fel, tills felen är åtgärdade. Rätta uppgifterna (här eller i bokföringssystemet); nästa körning försöker igen.',
    stopped: 'Flöden som stoppades:',
    errors: 'Fel:',
    fields: { reference: 'Referens', type: 'Typ', flow: 'Flöde', message: 'Meddelande' },
    runId: 'Körningens id',
    pause: (n: number, after: number) =>
      `${n} av ${after} körningar i rad har misslyckats; efter ${after} pausas integrationen tills en administratör återupptar den.`,
  },
  en: {
    subject: (connector: string, n: number, when: string, company: string) =>
      `${connector} integration: ${n} error${n === 1 ? '' : 's'} in the run on ${when} (${company})`,
    intro: (connection: string, connector: string, company: string, when: string, status: string) =>
      `The integration "${connection}" (${connector}) of ${company} ran on ${when}. Result: ${status}.`,
    repeat:
      'This message is sent after every run with errors until they are fixed. Correct the data (here or in the accounting system); the next run tries again.',
    stopped: 'Flows that stopped:',
    errors: 'Errors:',
    fields: { reference: 'Reference', type: 'Type', flow: 'Flow', message: 'Message' },
    runId: 'Run id',
    pause: (n: number, after: number) => `${n} of ${after} runs in a row have failed; after ${after} the integration is paused until an admin resumes it.`,
  },
} as const;

/** Subject and plain text of the e-mail (pure). */
export function renderFailureReport(r: FailureReport): { subject: string; text: string; language: MailLanguage } {
  const lang = mailLanguage(r.language);
  const t = TEXT[lang];
  const n = r.failures.length + r.flowErrors.length;
  const when = formatStockholmTime(r.startedAt, lang);
  const status = STATUS_LABEL[lang][r.status] ?? r.status;
  const lines: string[] = [t.intro(r.connectionName, r.connectorName, r.companyName, when, status), t.repeat, ''];
  if (r.pause) lines.splice(2, 0, t.pause(r.pause.failures, r.pause.after));
  if (r.flowErrors.length) {
    lines.push(t.stopped);
    for (const e of r.flowErrors) lines.push(`  - ${e.flow}: ${e.message}`);
    lines.push('');
  }
  if (r.failures.length) {
    const width = Math.max(...Object.values(t.fields).map((f) => f.length)) + 2;
    const field = (name: string, value: string) => `  ${`${name}:`.padEnd(width)}${value}`;
    lines.push(t.errors);
    for (const f of r.failures) {
      lines.push(field(t.fields.reference, f.reference));
      lines.push(field(t.fields.type, ENTITY_LABEL[lang][f.entityType] ?? f.entityType));
      lines.push(field(t.fields.flow, f.flow));
      lines.push(field(t.fields.message, f.message));
      lines.push('');
    }
  }
  lines.push(`${t.runId}: ${r.runId}`);
  return { subject: t.subject(r.connectorName, n, when, r.companyName), text: lines.join('\n'), language: lang };
}

const PAUSE_TEXT = {
  sv: {
    subject: (connector: string, company: string) => `Integrationen med ${connector} är pausad (${company})`,
    intro: (connection: string, connector: string, company: string, n: number, when: string) =>
      `Integrationen "${connection}" (${connector}) för ${company} har pausats: ${n === 1 ? `körningen ${when} misslyckades` : `${n} körningar i rad har misslyckats, den senaste ${when}`}.`,
    stopped: 'Inga schemalagda körningar görs förrän en administratör återupptar integrationen. Det här är det enda meddelandet om pausen.',
    errors: 'Senaste fel:',
    resume:
      'Rätta orsaken (till exempel inloggningsuppgifterna eller adressen till bokföringssystemet). En manuell körning går att göra även medan integrationen är pausad. Återuppta sedan integrationen under Integrationer (resumeConnection i API:t).',
    runId: 'Körningens id',
  },
  en: {
    subject: (connector: string, company: string) => `${connector} integration paused (${company})`,
    intro: (connection: string, connector: string, company: string, n: number, when: string) =>
      `The integration "${connection}" (${connector}) of ${company} has been paused: ${n === 1 ? `the run on ${when} failed` : `${n} runs in a row failed, the last on ${when}`}.`,
    stopped: 'No scheduled runs take place until an admin resumes the integration. This is the only message about the pause.',
    errors: 'Last errors:',
    resume:
      'Fix the cause (for instance the credentials or the address of the accounting system). A manual run works while the integration is paused. Then resume the integration under Integrations (resumeConnection in the API).',
    runId: 'Run id',
  },
} as const;

/** Subject and plain text of the pause e-mail (pure). */
export function renderPauseNotice(n: PauseNotice): { subject: string; text: string; language: MailLanguage } {
  const lang = mailLanguage(n.language);
  const t = PAUSE_TEXT[lang];
  const lines: string[] = [t.intro(n.connectionName, n.connectorName, n.companyName, n.failures, formatStockholmTime(n.startedAt, lang)), t.stopped, ''];
  if (n.errors.length) {
    lines.push(t.errors);
    for (const e of n.errors) lines.push(`  - ${e.flow ? `${e.flow}: ` : ''}${e.message}`);
    lines.push('');
  }
  lines.push(t.resume, '', `${t.runId}: ${n.runId}`);
  return { subject: t.subject(n.connectorName, n.companyName), text: lines.join('\n'), language: lang };
}

export function smtpNotifier(smtpUrl: string, from: string): Notifier {
  const transport = nodemailer.createTransport(smtpUrl);
  const send = (to: readonly string[], m: MailMessage) =>
    transport.sendMail({
      from,
      to: [...to],
      subject: m.subject,
      text: m.text,
      headers: { 'Content-Language': m.language },
      ...(m.replyTo ? { replyTo: m.replyTo } : {}),
      ...(m.attachments?.length
        ? { attachments: m.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })) }
        : {}),
    });
  return {
    async sendFailureReport(to, report) {
      await send(to, renderFailureReport(report));
    },
    async sendPauseNotice(to, notice) {
      await send(to, renderPauseNotice(notice));
    },
    async sendMessage(to, message) {
      await send(to, message);
    },
  };
}
