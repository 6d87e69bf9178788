package org.partnerengine.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a notification as a mail: renders its template in the recipient's language and hands it to
 * the SMTP server of {@code spring.mail.*}. The partner's mails go to its contact e-mail (an
 * invitation or reset to its portal account's login); mails to
 * staff (the approvers' reminder) to the address configured for their group. Names and addresses
 * are read now, not kept in the outbox.
 */
public class MailNotificationSender implements NotificationSender {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JavaMailSender mail;
  private final MailTemplates templates;
  private final Partners partners;
  private final MailSettings settings;
  private final AccountAddresses accounts;

  public MailNotificationSender(
      JavaMailSender mail, MailTemplates templates, Partners partners, MailSettings settings, AccountAddresses accounts) {
    this.mail = mail;
    this.templates = templates;
    this.partners = partners;
    this.settings = settings;
    this.accounts = accounts;
  }

  @Override
  public String send(Notification notification) {
    if (notification.getRecipientGroup() != null) {
      return sendToGroup(notification);
    }
    Partner partner =
        partners
            .findById(notification.getPartnerId())
            .orElseThrow(() -> new UndeliverableNotification("Partner " + notification.getPartnerId() + " not found"));
    String staffGroup = MailSettings.STAFF_TEMPLATES.get(notification.getTemplate());
    String to =
        staffGroup != null
            ? settings.groupAddresses().get(staffGroup)
            : MailSettings.ACCOUNT_TEMPLATES.contains(notification.getTemplate())
                ? accounts.loginOf(partner.getId()).orElse(partner.getContactEmail())
                : partner.getContactEmail();
    if (to == null || to.isBlank()) {
      throw new UndeliverableNotification(
          staffGroup == null
              ? "The partner has no contact e-mail"
              : "No address for group " + staffGroup + " (partner-engine.mail.group-addresses." + staffGroup + ")");
    }
    Locale locale =
        staffGroup == null
            ? settings.localeOf(partner.getCountry(), partners.regionLocaleOf(partner.getId()).orElse(null))
            : settings.staffLocale();
    MailTemplates.RenderedMail rendered = templates.render(notification.getTemplate(), locale, values(notification, partner));
    deliver(notification, to, rendered);
    return rendered.language();
  }

  private String sendToGroup(Notification notification) {
    String group = notification.getRecipientGroup();
    String to = settings.groupAddresses().get(group);
    if (to == null || to.isBlank()) {
      throw new UndeliverableNotification("No address for group " + group + " (partner-engine.mail.group-addresses." + group + ")");
    }
    Map<String, Object> values = new HashMap<>(params(notification));
    values.put("group", group);
    values.put("portalUrl", settings.portalUrl());
    values.put("inboxUrl", settings.portalUrl() + "/#/tasks");
    MailTemplates.RenderedMail rendered = templates.render(notification.getTemplate(), settings.staffLocale(), values);
    deliver(notification, to, rendered);
    return rendered.language();
  }

  private void deliver(Notification notification, String to, MailTemplates.RenderedMail rendered) {
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(to);
      helper.setSubject(rendered.subject());
      helper.setText(rendered.body());
      // The server may see the same notification again after a lost answer; the id lets a
      // mail client tell the copies apart.
      message.setHeader("X-Partner-Engine-Notification", notification.getIdempotencyKey());
      mail.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Mail not built: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> values(Notification notification, Partner partner) {
    Map<String, Object> values = new HashMap<>(params(notification));
    values.put("companyName", partner.getCompanyName());
    values.put("contactName", partner.getContactName());
    values.put("portalUrl", settings.portalUrl());
    values.put("partnerUrl", settings.portalUrl() + "/#/partners/" + partner.getId());
    values.put("link", notification.getLink() == null ? null : settings.portalUrl() + notification.getLink());
    return values;
  }

  private static Map<String, String> params(Notification notification) {
    if (notification.getParams() == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(notification.getParams(), new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new UndeliverableNotification("Notification values not readable");
    }
  }
}
