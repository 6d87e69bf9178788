// Churn risk on a partner's page (managers): the model in use's probability that the partner wins
// no deal in the next two quarters or leaves, with the features that pull it up most.
import { api } from './api.js';
import { h, section } from './ui.js';

const FEATURES = {
  daysSinceLastWin: 'days since its last win',
  winsLast180Days: 'few wins in 180 days',
  winRateTrend: 'a falling win rate',
  activeCertificates: 'few active certificates',
  certificateExpiringSoon: 'a certificate expiring soon',
  mdfRequestsLast180Days: 'few fund requests',
  libraryViewsLast90Days: 'little use of the library',
  leadAcceptanceRate: 'leads declined or let pass',
  noLeadOffers: 'no leads offered',
  npsScore: 'its NPS answer',
  noNpsAnswer: 'no survey answer',
  daysInStage: 'time in its stage',
};

/** The section, or null when the partner is not scored (not active); a note when no model is in use. */
export async function riskSection(partnerId) {
  // Asked only when a model is in use, so a programme without one costs no failed request.
  const models = await api('/api/prediction/models').catch(() => []);
  if (!models.some((m) => m.status === 'PROMOTED')) {
    return section('Churn risk', h('p', { class: 'muted', id: 'churn-risk' }, 'No churn model is in use yet: a retrain puts one before you once it passes the gate.'));
  }
  try {
    const risk = await api(`/api/partners/${partnerId}/risk`);
    const percent = `${Math.round(Number(risk.probability) * 100)} %`;
    return section('Churn risk', h('div', { id: 'churn-risk' },
      h('p', {}, h('span', { class: `chip risk-${risk.level.toLowerCase()}` }, risk.level), ' ',
        h('strong', {}, percent), ' chance of no won deal in the next two quarters, or leaving'),
      risk.drivers.length
        ? h('p', { class: 'small' }, 'Pulled up most by: ', risk.drivers.map((d) => FEATURES[d.feature] || d.feature).join(', '))
        : null,
      h('p', { class: 'muted small' }, `Model ${risk.modelId}, as of ${risk.asOf}.`)));
  } catch (e) {
    return null;
  }
}
