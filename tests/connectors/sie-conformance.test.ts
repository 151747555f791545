// The sie connector against the conformance kit's checks for file-based connectors: no fake
// server; the kit counts the files the runs keep and reads the invoices each one carries.
import connector from '../../connectors/sie/index.js';
import { runFileConformance } from '@nordic-invoicing/connector-sdk/conformance';
import { readSieFile } from '@nordic-invoicing/connector-sdk/sie';
import { apiFileHost } from '../conformance/file-host.js';

runFileConformance(
  {
    connector,
    settings: {},
    // Without an output VAT account for 12 %, an invoice at 12 % is refused by the connector's mapping.
    refusing: { settings: { vatAccounts: { '25': '2611', '6': '2631' } }, vatRate: '12' },
    invoiceNumbers: async (bytes) => {
      const file = await readSieFile(bytes);
      if (!file.checksumVerified) throw new Error('the file’s #KSUMMA does not verify');
      return file.vouchers.map((v) => Number(/^(?:Kredit)?[Ff]aktura (\d+) /.exec(v.text)?.[1]));
    },
  },
  { host: apiFileHost() },
);
