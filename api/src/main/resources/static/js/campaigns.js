// Joint campaigns on the page: managers plan them, preview the audience and read the results;
// partners answer their invitations, keep their co-brand profile and download their launch's files.
import { api } from './api.js';
import { h, mount, flash, when, table, section, money, showProblem } from './ui.js';
import { barChart } from './charts.js';
import { t, term, formatDay } from './i18n.js';

const GOALS = ['AWARENESS', 'DEMAND_GENERATION', 'PRODUCT_LAUNCH'];
const status = (code) => term('participation', code);
const dates = (from, to) => t('campaigns.dates', { from: formatDay(from), to: formatDay(to) });

function list(value) {
  return value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean);
}

/** The campaigns for managers: the list, and a form to plan one with its audience previewed. */
export async function campaignsView() {
  const page = await api('/api/campaigns?size=50');
  const form = h('form', { class: 'stacked', id: 'campaign-form' },
    h('label', {}, t('campaigns.name'), h('input', { name: 'name', required: true, maxlength: 200 })),
    h('label', {}, t('campaigns.goal'), h('select', { name: 'goal' }, GOALS.map((v) => h('option', { value: v }, term('goal', v))))),
    h('label', {}, t('campaigns.countries'), h('input', { name: 'countries', placeholder: 'DE, AT' })),
    h('label', {}, t('campaigns.minimumTier'), h('select', { name: 'minimumTier' },
      ['', 'SILVER', 'GOLD', 'PLATINUM'].map((tier) => h('option', { value: tier }, tier ? term('tier', tier) : t('common.any'))))),
    h('label', {}, t('campaigns.startsOn'), h('input', { name: 'startsOn', type: 'date', required: true })),
    h('label', {}, t('campaigns.endsOn'), h('input', { name: 'endsOn', type: 'date', required: true })),
    h('label', {}, t('campaigns.costPerPartner'), h('input', { name: 'costPerPartner', type: 'number', step: 'any', min: 0, required: true })),
    h('label', {}, t('campaigns.subject'), h('input', { name: 'copySubject', required: true, maxlength: 200, value: '{{partner.legalName}}: {{campaign.name}}' })),
    h('label', {}, t('campaigns.copy', { fields: '{{partner.legalName}}, {{partner.contactName}}, {{partner.contactEmail}}, {{partner.website}}, {{campaign.name}}, {{responseLink}}' }),
      h('textarea', { name: 'copyBody', rows: 6, required: true, maxlength: 8000 })),
    h('div', {}, h('button', { type: 'button', class: 'secondary', id: 'preview-audience' }, t('campaigns.preview')), ' ',
      h('button', { id: 'create-campaign' }, t('campaigns.plan'))),
    h('div', { id: 'audience' }));
  const audience = () => {
    const data = new FormData(form);
    return { countries: list(data.get('countries')), minimumTier: data.get('minimumTier') || null };
  };
  form.querySelector('#preview-audience').addEventListener('click', async () => {
    try {
      const verdicts = await api('/api/campaigns/audience-preview', { method: 'POST', body: audience() });
      const invited = verdicts.filter((v) => v.eligible);
      form.querySelector('#audience').replaceChildren(h('p', { id: 'audience-count' }, t('campaigns.audienceCount', { invited: invited.length, of: verdicts.length })),
        table([{ title: t('task.partner'), cell: (v) => v.companyName }, { title: t('partner.tier'), cell: (v) => (v.tier ? term('tier', v.tier) : '—') },
          { title: t('campaigns.invited'), cell: (v) => (v.eligible ? t('common.yes')
            : t('campaigns.notInvited', { reason: term('audienceReason', v.reason, v.reason.toLowerCase().replace('_', ' ')) })) }], verdicts.slice(0, 50)));
    } catch (e) {
      flash(e.message, 'error');
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      const created = await api('/api/campaigns', { method: 'POST', body: {
        name: data.get('name'), goal: data.get('goal'), audience: audience(), startsOn: data.get('startsOn'), endsOn: data.get('endsOn'),
        costPerPartner: Number(data.get('costPerPartner')), copySubject: data.get('copySubject'), copyBody: data.get('copyBody') } });
      flash(t('campaigns.planned'), 'ok');
      location.hash = `#/campaigns/${created.campaignId}`;
    } catch (e) {
      showProblem(form, e);
      flash(e.message, 'error');
    }
  });
  mount(h('h1', {}, t('campaigns.title')),
    section(t('campaigns.list'), h('div', { id: 'campaigns' }, table([
      { title: t('campaigns.campaign'), cell: (c) => h('a', { href: `#/campaigns/${c.campaignId}` }, c.name) },
      { title: t('campaigns.goal'), cell: (c) => term('goal', c.goal) },
      { title: t('campaigns.datesTitle'), cell: (c) => dates(c.startsOn, c.endsOn) },
      { title: t('common.status'), cell: (c) => term('campaignStatus', c.status, c.status.toLowerCase()) },
      { title: t('campaigns.launched'), cell: (c) => String((c.participations.LAUNCHED || 0) + (c.participations.COMPLETED || 0)) },
    ], page.content, t('campaigns.none')))),
    section(t('campaigns.planTitle'), form));
}

/** One campaign: each partner's part and the results by link, with revenue per partner as bars. */
export async function campaignView(id) {
  const [campaign, results] = await Promise.all([api(`/api/campaigns/${id}`), api(`/api/campaigns/${id}/results`)]);
  const total = results.total;
  const c = results.comparison;
  mount(h('h1', { id: 'campaign-name' }, campaign.name),
    h('p', { class: 'muted' }, t('campaigns.summary', { goal: term('goal', campaign.goal), dates: dates(campaign.startsOn, campaign.endsOn),
      cost: money(campaign.costPerPartner, campaign.currency) })),
    section(t('campaigns.results'), h('ul', { id: 'campaign-totals' },
      h('li', {}, t('campaigns.responses', { responses: total.responses, converted: total.leadsConverted })),
      h('li', {}, t('campaigns.dealsWonRevenue', { won: total.dealsWon, revenue: money(total.revenue, results.currency) })),
      h('li', {}, t('campaigns.mdfSpentTotal', { spent: money(total.mdfSpent, results.currency) }),
        total.returnOnMdf ? t('campaigns.returnOnMdf', { value: total.returnOnMdf }) : ''),
      h('li', {}, t('campaigns.comparison', { from: formatDay(c.from), to: formatDay(c.to),
        launched: money(c.launched.revenuePerPartner, results.currency), launchedPartners: c.launched.partners,
        notOptedIn: money(c.notOptedIn.revenuePerPartner, results.currency), notOptedInPartners: c.notOptedIn.partners }))),
    results.partners.length
      ? barChart(results.partners.map((p) => ({ label: p.companyName.slice(0, 12), value: Number(p.revenue),
        title: `${p.companyName}: ${money(p.revenue, results.currency)}` })),
      { width: 900, height: 220, label: t('campaigns.revenuePerPartner'), title: t('campaigns.revenuePerPartnerIn', { currency: results.currency }) })
      : null),
    section(t('campaigns.partners'), h('div', { id: 'campaign-partners' }, table([
      { title: t('task.partner'), cell: (p) => h('a', { href: `#/partners/${p.partnerId}` }, p.companyName) },
      { title: t('common.status'), cell: (p) => status(p.status) },
      { title: t('campaigns.responsesTitle'), cell: (p) => String(p.responses) },
      { title: t('campaigns.dealsWon'), cell: (p) => String(p.dealsWon) },
      { title: t('campaigns.revenue'), cell: (p) => money(p.revenue, results.currency) },
      { title: t('campaigns.mdfSpent'), cell: (p) => money(p.mdfSpent, results.currency) },
    ], results.partners, t('campaigns.noneEligible')))));
}

/** The partner's campaign parts, or null when it was never invited. */
export async function loadCampaigns(id) {
  const [parts, profile] = await Promise.all([
    api(`/api/partners/${id}/campaigns`).catch(() => []),
    api(`/api/partners/${id}/co-brand`).catch(() => null)]);
  return parts.length ? { parts, profile } : null;
}

/** Invitations to answer, the co-brand profile a launch needs, and the files to download. */
export function campaignsSection(id, { parts, profile }, reload) {
  const answer = (part, optIn) => async () => {
    try {
      await api(`/api/partners/${id}/campaigns/${part.campaignId}/answer`, { method: 'POST', body: { optIn } });
      flash(optIn ? t('campaigns.optedIn') : t('common.declined'), 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const profileForm = h('form', { class: 'stacked', id: 'co-brand-form' },
    h('label', {}, t('coBrand.legalName'), h('input', { name: 'legalName', maxlength: 200, value: profile && profile.legalName || '' })),
    h('label', {}, t('coBrand.contactName'), h('input', { name: 'contactName', maxlength: 200, value: profile && profile.contactName || '' })),
    h('label', {}, t('coBrand.contactEmail'), h('input', { name: 'contactEmail', type: 'email', maxlength: 254, value: profile && profile.contactEmail || '' })),
    h('label', {}, t('partner.website'), h('input', { name: 'website', maxlength: 255, value: profile && profile.website || '' })),
    h('label', {}, profile && profile.hasLogo ? t('coBrand.logoUploaded') : t('coBrand.logo'), h('input', { name: 'logo', type: 'file', accept: 'image/png,image/jpeg' })),
    h('button', { id: 'save-co-brand' }, t('coBrand.save')));
  profileForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(profileForm);
    try {
      const words = {};
      for (const name of ['legalName', 'contactName', 'contactEmail', 'website']) words[name] = data.get(name).trim() || null;
      await api(`/api/partners/${id}/co-brand`, { method: 'PUT', body: words });
      const logo = data.get('logo');
      if (logo && logo.size) await api(`/api/partners/${id}/co-brand/logo`, { method: 'PUT', file: logo });
      flash(t('coBrand.saved'), 'ok');
      await reload();
    } catch (e) {
      showProblem(profileForm, e);
      flash(e.message, 'error');
    }
  });
  const missing = profile && !profile.complete ? h('p', { id: 'co-brand-missing', class: 'small' },
    t('coBrand.missing', { missing: profile.missing.map((field) => term('coBrandField', field)).join(', ') })) : null;
  return section(t('campaigns.title'), h('div', { id: 'partner-campaigns' }, table([
    { title: t('campaigns.campaign'), cell: (p) => p.campaignName },
    { title: t('campaigns.datesTitle'), cell: (p) => dates(p.startsOn, p.endsOn) },
    { title: t('campaigns.vendorFunds'), cell: (p) => (p.vendorSharePercent === null || p.vendorSharePercent === undefined ? '—' : `${p.vendorSharePercent} %`) },
    { title: t('common.status'), cell: (p) => h('span', { class: 'campaign-status' }, status(p.status)) },
    { title: '', cell: (p) => (p.status === 'INVITED'
      ? h('span', {}, h('span', { class: 'small muted' }, `${t('campaigns.answerBy', { until: when(p.optInDeadline) })} `),
        h('button', { class: 'campaign-opt-in', onclick: answer(p, true) }, t('campaigns.optIn')),
        h('button', { class: 'secondary campaign-decline', onclick: answer(p, false) }, t('common.decline')))
      : h('span', {}, ...p.files.map((f) => h('a', { class: 'campaign-file', href: `/api/partners/${id}/campaigns/${p.campaignId}/files/${f.fileId}` }, f.fileName, ' ')))) },
  ], parts)), h('h3', {}, t('coBrand.title')), missing, profileForm);
}
