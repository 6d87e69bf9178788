// Churn risk on a partner's page (managers): the model in use's probability that the partner wins
// no deal in the next two quarters or leaves, with the features that pull it up most.
import { api } from './api.js';
import { h, section } from './ui.js';
import { t, term, formatDay } from './i18n.js';

/** The section, or null when the partner is not scored (not active); a note when no model is in use. */
export async function riskSection(partnerId) {
  // Asked only when a model is in use, so a programme without one costs no failed request.
  const models = await api('/api/prediction/models').catch(() => []);
  if (!models.some((m) => m.status === 'PROMOTED')) {
    return section(t('risk.title'), h('p', { class: 'muted', id: 'churn-risk' }, t('risk.noModel')));
  }
  try {
    const risk = await api(`/api/partners/${partnerId}/risk`);
    const percent = `${Math.round(Number(risk.probability) * 100)} %`;
    return section(t('risk.title'), h('div', { id: 'churn-risk' },
      h('p', {}, h('span', { class: `chip risk-${risk.level.toLowerCase()}` }, term('riskLevel', risk.level)), ' ',
        h('strong', {}, percent), ` ${t('risk.chance')}`),
      risk.drivers.length
        ? h('p', { class: 'small' }, `${t('risk.drivers')} `, risk.drivers.map((d) => term('riskFeature', d.feature)).join(', '))
        : null,
      h('p', { class: 'muted small' }, t('risk.model', { model: risk.modelId, asOf: formatDay(risk.asOf) }))));
  } catch (e) {
    return null;
  }
}
