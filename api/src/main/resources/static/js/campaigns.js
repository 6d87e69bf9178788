// Joint campaigns on the page: managers plan them, preview the audience and read the results;
// partners answer their invitations, keep their co-brand profile and download their launch's files.
import { api } from './api.js';
import { h, mount, flash, when, table, section, money, showProblem } from './ui.js';
import { barChart } from './charts.js';

const GOALS = [['AWARENESS', 'Awareness'], ['DEMAND_GENERATION', 'Demand generation'], ['PRODUCT_LAUNCH', 'Product launch']];
const STATUS = {
  INVITED: 'invited', DECLINED: 'declined', EXPIRED: 'expired', AWAITING_CO_BRAND: 'waiting for your co-brand profile',
  AWAITING_FUNDS: 'waiting for funds', READY: 'ready for the start date', LAUNCHED: 'launched', WITHDRAWN: 'withdrawn', COMPLETED: 'completed',
};

function list(value) {
  return value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean);
}

/** The campaigns for managers: the list, and a form to plan one with its audience previewed. */
export async function campaignsView() {
  const page = await api('/api/campaigns?size=50');
  const form = h('form', { class: 'stacked', id: 'campaign-form' },
    h('label', {}, 'Name', h('input', { name: 'name', required: true, maxlength: 200 })),
    h('label', {}, 'Goal', h('select', { name: 'goal' }, GOALS.map(([v, t]) => h('option', { value: v }, t)))),
    h('label', {}, 'Countries (ISO codes, comma-separated; empty: all)', h('input', { name: 'countries', placeholder: 'DE, AT' })),
    h('label', {}, 'Minimum tier', h('select', { name: 'minimumTier' }, ['', 'SILVER', 'GOLD', 'PLATINUM'].map((t) => h('option', { value: t }, t || 'any')))),
    h('label', {}, 'Starts on', h('input', { name: 'startsOn', type: 'date', required: true })),
    h('label', {}, 'Ends on', h('input', { name: 'endsOn', type: 'date', required: true })),
    h('label', {}, 'Cost per partner', h('input', { name: 'costPerPartner', type: 'number', step: 'any', min: 0, required: true })),
    h('label', {}, 'Subject', h('input', { name: 'copySubject', required: true, maxlength: 200, value: '{{partner.legalName}}: {{campaign.name}}' })),
    h('label', {}, 'Copy (merge fields: {{partner.legalName}}, {{partner.contactName}}, {{partner.contactEmail}}, {{partner.website}}, {{campaign.name}}, {{responseLink}})',
      h('textarea', { name: 'copyBody', rows: 6, required: true, maxlength: 8000 })),
    h('div', {}, h('button', { type: 'button', class: 'secondary', id: 'preview-audience' }, 'Preview audience'), ' ',
      h('button', { id: 'create-campaign' }, 'Plan campaign')),
    h('div', { id: 'audience' }));
  const audience = () => {
    const data = new FormData(form);
    return { countries: list(data.get('countries')), minimumTier: data.get('minimumTier') || null };
  };
  form.querySelector('#preview-audience').addEventListener('click', async () => {
    try {
      const verdicts = await api('/api/campaigns/audience-preview', { method: 'POST', body: audience() });
      const invited = verdicts.filter((v) => v.eligible);
      form.querySelector('#audience').replaceChildren(h('p', { id: 'audience-count' }, `${invited.length} of ${verdicts.length} partners would be invited.`),
        table([{ title: 'Partner', cell: (v) => v.companyName }, { title: 'Tier', cell: (v) => v.tier || '—' },
          { title: 'Invited', cell: (v) => (v.eligible ? 'yes' : `no (${v.reason.toLowerCase().replace('_', ' ')})`) }], verdicts.slice(0, 50)));
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
      flash('Campaign planned: the eligible partners are invited', 'ok');
      location.hash = `#/campaigns/${created.campaignId}`;
    } catch (e) {
      showProblem(form, e);
      flash(e.message, 'error');
    }
  });
  mount(h('h1', {}, 'Joint campaigns'),
    section('Campaigns', h('div', { id: 'campaigns' }, table([
      { title: 'Campaign', cell: (c) => h('a', { href: `#/campaigns/${c.campaignId}` }, c.name) },
      { title: 'Goal', cell: (c) => c.goal.toLowerCase().replace('_', ' ') },
      { title: 'Dates', cell: (c) => `${c.startsOn} to ${c.endsOn}` },
      { title: 'Status', cell: (c) => c.status.toLowerCase() },
      { title: 'Launched', cell: (c) => String((c.participations.LAUNCHED || 0) + (c.participations.COMPLETED || 0)) },
    ], page.content, 'No campaign planned yet.'))),
    section('Plan a campaign', form));
}

/** One campaign: each partner's part and the results by link, with revenue per partner as bars. */
export async function campaignView(id) {
  const [campaign, results] = await Promise.all([api(`/api/campaigns/${id}`), api(`/api/campaigns/${id}/results`)]);
  const t = results.total;
  const c = results.comparison;
  mount(h('h1', { id: 'campaign-name' }, campaign.name),
    h('p', { class: 'muted' }, `${campaign.goal.toLowerCase().replace('_', ' ')}, ${campaign.startsOn} to ${campaign.endsOn}, ${money(campaign.costPerPartner, campaign.currency)} per partner`),
    section('Results', h('ul', { id: 'campaign-totals' },
      h('li', {}, `Responses: ${t.responses}, converted to deals: ${t.leadsConverted}`),
      h('li', {}, `Deals won: ${t.dealsWon}, revenue ${money(t.revenue, results.currency)}`),
      h('li', {}, `MDF spent: ${money(t.mdfSpent, results.currency)}${t.returnOnMdf ? `, return on MDF ${t.returnOnMdf}` : ''}`),
      h('li', {}, `Won revenue per partner ${c.from} to ${c.to}: launched ${money(c.launched.revenuePerPartner, results.currency)} (${c.launched.partners}),`
        + ` did not opt in ${money(c.notOptedIn.revenuePerPartner, results.currency)} (${c.notOptedIn.partners}). A difference, not an effect.`)),
    results.partners.length
      ? barChart(results.partners.map((p) => ({ label: p.companyName.slice(0, 12), value: Number(p.revenue), title: `${p.companyName}: ${p.revenue}` })),
        { width: 900, height: 220, label: 'Won revenue per partner', title: `Won revenue per partner (${results.currency})` })
      : null),
    section('Partners', h('div', { id: 'campaign-partners' }, table([
      { title: 'Partner', cell: (p) => h('a', { href: `#/partners/${p.partnerId}` }, p.companyName) },
      { title: 'Status', cell: (p) => STATUS[p.status] || p.status },
      { title: 'Responses', cell: (p) => String(p.responses) },
      { title: 'Deals won', cell: (p) => String(p.dealsWon) },
      { title: 'Revenue', cell: (p) => money(p.revenue, results.currency) },
      { title: 'MDF spent', cell: (p) => money(p.mdfSpent, results.currency) },
    ], results.partners, 'No partner was eligible.'))));
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
      flash(optIn ? 'You are in: we launch under your brand on the start date' : 'Declined', 'ok');
      await reload();
    } catch (e) {
      flash(e.message, 'error');
    }
  };
  const profileForm = h('form', { class: 'stacked', id: 'co-brand-form' },
    h('label', {}, 'Legal name', h('input', { name: 'legalName', maxlength: 200, value: profile && profile.legalName || '' })),
    h('label', {}, 'Contact name', h('input', { name: 'contactName', maxlength: 200, value: profile && profile.contactName || '' })),
    h('label', {}, 'Contact e-mail', h('input', { name: 'contactEmail', type: 'email', maxlength: 254, value: profile && profile.contactEmail || '' })),
    h('label', {}, 'Website', h('input', { name: 'website', maxlength: 255, value: profile && profile.website || '' })),
    h('label', {}, `Logo (PNG or JPEG)${profile && profile.hasLogo ? ': uploaded' : ''}`, h('input', { name: 'logo', type: 'file', accept: 'image/png,image/jpeg' })),
    h('button', { id: 'save-co-brand' }, 'Save co-brand profile'));
  profileForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(profileForm);
    try {
      const words = {};
      for (const name of ['legalName', 'contactName', 'contactEmail', 'website']) words[name] = data.get(name).trim() || null;
      await api(`/api/partners/${id}/co-brand`, { method: 'PUT', body: words });
      const logo = data.get('logo');
      if (logo && logo.size) await api(`/api/partners/${id}/co-brand/logo`, { method: 'PUT', file: logo });
      flash('Co-brand profile saved', 'ok');
      await reload();
    } catch (e) {
      showProblem(profileForm, e);
      flash(e.message, 'error');
    }
  });
  const missing = profile && !profile.complete ? h('p', { id: 'co-brand-missing', class: 'small' }, `Still missing: ${profile.missing.join(', ')}.`) : null;
  return section('Joint campaigns', h('div', { id: 'partner-campaigns' }, table([
    { title: 'Campaign', cell: (p) => p.campaignName },
    { title: 'Dates', cell: (p) => `${p.startsOn} to ${p.endsOn}` },
    { title: 'Vendor funds', cell: (p) => (p.vendorSharePercent === null || p.vendorSharePercent === undefined ? '—' : `${p.vendorSharePercent} %`) },
    { title: 'Status', cell: (p) => h('span', { class: 'campaign-status' }, STATUS[p.status] || p.status) },
    { title: '', cell: (p) => (p.status === 'INVITED'
      ? h('span', {}, h('span', { class: 'small muted' }, `answer by ${when(p.optInDeadline)} `),
        h('button', { class: 'campaign-opt-in', onclick: answer(p, true) }, 'Opt in'),
        h('button', { class: 'secondary campaign-decline', onclick: answer(p, false) }, 'Decline'))
      : h('span', {}, ...p.files.map((f) => h('a', { class: 'campaign-file', href: `/api/partners/${id}/campaigns/${p.campaignId}/files/${f.fileId}` }, f.fileName, ' ')))) },
  ], parts)), h('h3', {}, 'Your co-brand profile'), missing, profileForm);
}
