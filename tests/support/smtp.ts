// A real SMTP server for the mail tests (smtp-server on a free port of 127.0.0.1), keeping every message it
// accepts, parsed (mailparser). `refuseOnce` addresses get one temporary 451 before they are accepted.
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface SmtpCapture {
  url: string;
  received: ParsedMail[];
  refuseOnce: Set<string>;
  /** The messages whose To names `to`. */
  mailsTo(to: string): ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const received: ParsedMail[] = [];
  const refuseOnce = new Set<string>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (refuseOnce.delete(address.address))
        return cb(Object.assign(new Error("try again later"), { responseCode: 451 }));
      cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream)
        .then((m) => {
          received.push(m);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseOnce,
    mailsTo: (to) => received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to))),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
