import { simpleParser, type ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { startSmtpSink, type SmtpSink } from "@/e2e/support/smtp-sink";
import { notify } from "./notify";
import { sendNotificationMail } from "./send-notification-mail";

// A real SMTP server on loopback (smtp-server), in this helper's port range.
const SMTP_PORT = 2611;

describe.each(databaseTargets())("notification e-mails on %s", (_name, target) => {
  usePortalDatabase(target);
  const received: ParsedMail[] = [];
  let refusing = false;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink(SMTP_PORT, async (raw) => void received.push(await simpleParser(raw)), () => refusing);
    process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
    process.env.MAIL_FROM = "Portal <portal@bank.example>";
    process.env.PUBLIC_URL = "https://portal.bank.example";
    forgetEnv();
  });
  afterAll(async () => {
    await sink.close();
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    delete process.env.PUBLIC_URL;
    forgetEnv();
  });

  async function completedBatch(locale: "en" | "ar") {
    const prisma = await db();
    const org = await prisma.organization.create({ data: { name: `Org ${Math.random()}` } });
    const email = `uploader-${Math.random().toString(36).slice(2)}@alpha.example`;
    const uploader = await prisma.user.create({ data: { email, name: "Mariam Al Hashimi", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x", locale } });
    const request = await prisma.migrationRequest.create({
      data: { organizationId: org.id, uploadedById: uploader.id, fileName: "march-customers.csv", fileSize: 10n, sha256: "c".repeat(64), status: "SUBMITTED" },
    });
    await prisma.$transaction((tx) => notify(tx, { type: "batch.completed", requestId: request.id, actorId: null, counts: { total: 1200, successful: 1150, failed: 50 } }));
    const notification = await prisma.notification.findFirstOrThrow({ where: { requestId: request.id } });
    return { email, request, notification };
  }

  it("sends an English e-mail with a plain-text part, the counts and a link to the request, and no personal data", async () => {
    const { email, request, notification } = await completedBatch("en");
    await sendNotificationMail(notification.id);
    const mail = received.find((m) => m.text?.includes(request.id));
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe("KYC Portal: Batch completed");
    expect(mail!.from?.text).toBe('"Portal" <portal@bank.example>');
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)?.text).toBe(email);
    expect(mail!.text).toContain("1,150 of 1,200 records succeeded; 50 failed.");
    expect(mail!.text).toContain(`https://portal.bank.example/population-migration/${request.id}`);
    expect(mail!.text).toContain("march-customers.csv");
    expect(mail!.html).toContain('dir="ltr"');
    expect(mail!.html).toContain(`href="https://portal.bank.example/population-migration/${request.id}"`);
    // Not even the recipient's own name: the values hold no person.
    expect(`${mail!.text}${mail!.html}`).not.toContain("Mariam");
    expect((await (await db()).notification.findUniqueOrThrow({ where: { id: notification.id } })).emailedAt).not.toBeNull();
  });

  it("writes to an Arabic user in Arabic, right to left", async () => {
    const { request, notification } = await completedBatch("ar");
    await sendNotificationMail(notification.id);
    const mail = received.find((m) => m.text?.includes(request.id));
    expect(mail!.subject).toBe("بوابة اعرف عميلك: اكتملت الدفعة");
    expect(mail!.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail!.text).toContain("نجح 1,150 من أصل 1,200 سجل، وأخفق 50.");
    expect(mail!.text).toContain("فتح الطلب");
  });

  it("throws on an SMTP failure (the job retries it), and once accepted is never sent again", async () => {
    const { request, notification } = await completedBatch("en");
    const sentTo = () => received.filter((m) => m.text?.includes(request.id)).length;
    refusing = true;
    try {
      await expect(sendNotificationMail(notification.id)).rejects.toThrow(/451/);
    } finally {
      refusing = false;
    }
    expect((await (await db()).notification.findUniqueOrThrow({ where: { id: notification.id } })).emailedAt).toBeNull();
    expect(sentTo()).toBe(0);
    await sendNotificationMail(notification.id);
    await sendNotificationMail(notification.id);
    expect(sentTo()).toBe(1);
  });
});
