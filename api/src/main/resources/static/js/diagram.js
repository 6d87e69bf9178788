// A process instance drawn with bpmn-js: where it is (active), where it has been (completed) and
// what failed (incidents, with a Retry button for those who may resolve them).
import { api } from './api.js';
import { h, flash } from './ui.js';
import { t } from './i18n.js';

export async function drawInstance(container, instance, { canRetry = false, onRetried, childInstances = [] } = {}) {
  const xml = await api(`/api/processes/${encodeURIComponent(instance.bpmnProcessId)}/xml?version=${instance.version}`, { text: true });
  const viewer = new window.BpmnJS({ container });
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  canvas.zoom('fit-viewport', 'auto');
  for (const id of instance.completedElementIds || []) {
    if (registry.get(id)) canvas.addMarker(id, 'pe-completed');
  }
  for (const id of instance.activeElementIds || []) {
    const element = registry.get(id);
    if (!element) continue;
    // An expanded sub-process holds the active task: outline it, do not paint over its content.
    canvas.addMarker(id, element.type === 'bpmn:SubProcess' && element.di && element.di.isExpanded ? 'pe-active-container' : 'pe-active');
    const calledProcess = calledProcessId(element);
    if (calledProcess) {
      const child = childInstances.find((c) => c.bpmnProcessId === calledProcess && c.state === 'ACTIVE');
      if (child) {
        overlays.add(id, {
          position: { bottom: -4, left: 0 },
          html: h('a', { class: 'overlay-link child-instance', href: `#/instances/${child.key}` }, t('diagram.openChild', { process: calledProcess })),
        });
      }
    }
  }
  for (const incident of instance.incidents || []) {
    if (!registry.get(incident.elementId)) continue;
    canvas.addMarker(incident.elementId, 'pe-incident');
    const badge = h('div', { class: 'overlay-incident', title: incident.errorMessage }, `⚠ ${t('diagram.incident')}`);
    overlays.add(incident.elementId, { position: { top: -26, left: 0 }, html: badge });
  }
  return viewer;
}

/** The process a call activity starts: zeebe:calledElement, kept by bpmn-js as an unknown extension element. */
function calledProcessId(element) {
  const bo = element.businessObject;
  if (!bo || bo.$type !== 'bpmn:CallActivity' || !bo.extensionElements) return null;
  const called = (bo.extensionElements.values || []).find((e) => /calledElement$/.test(e.$type));
  return called ? called.processId || (called.$attrs && called.$attrs.processId) : null;
}

export function incidentList(instance, { canRetry, onRetried }) {
  if (!instance.incidents || !instance.incidents.length) return null;
  return h('ul', { class: 'incidents' }, instance.incidents.map((incident) => h('li', {},
    h('strong', {}, incident.elementId), ` ${incident.errorType}: `,
    h('span', { class: 'incident-message' }, incident.errorMessage || t('diagram.noMessage')),
    canRetry ? h('button', {
      class: 'small', onclick: async (event) => {
        event.target.disabled = true;
        try {
          await api(`/api/process-instances/${instance.key}/incidents/${incident.key}/resolve`, { method: 'POST' });
          flash(t('diagram.retrySent'), 'ok');
          if (onRetried) onRetried();
        } catch (e) {
          flash(e.message, 'error');
          event.target.disabled = false;
        }
      },
    }, t('diagram.retry')) : null)));
}

export function legend() {
  return h('p', { class: 'legend' },
    h('span', { class: 'key key-active' }), ` ${t('diagram.active')} `,
    h('span', { class: 'key key-completed' }), ` ${t('diagram.completed')} `,
    h('span', { class: 'key key-incident' }), ` ${t('diagram.incident')}`);
}
