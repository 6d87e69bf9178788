// Designers' view: deployed processes and their versions, a version's diagram, and uploads of
// new BPMN, DMN and form files with the engine's verdict.
import { api } from './api.js';
import { h, mount, flash, section } from './ui.js';
import { t } from './i18n.js';

export async function designerView(me) {
  const processes = (await api('/api/processes?size=100')).content;
  const diagram = h('div', { class: 'diagram tall', id: 'diagram' });
  const caption = h('p', { class: 'muted', id: 'diagram-caption' }, t('designer.choose'));
  const show = async (id, version) => {
    caption.textContent = t('designer.caption', { id, version });
    diagram.replaceChildren();
    diagram.classList.remove('ready');
    const xml = await api(`/api/processes/${encodeURIComponent(id)}/xml?version=${version}`, { text: true });
    const viewer = new window.BpmnJS({ container: diagram });
    await viewer.importXML(xml);
    viewer.get('canvas').zoom('fit-viewport', 'auto');
    diagram.classList.add('ready');
  };
  const list = h('ul', { class: 'processes', id: 'processes' }, processes.map((p) => h('li', {},
    h('strong', {}, p.bpmnProcessId), ' ',
    p.versions.map((v) => h('button', {
      class: 'small secondary version', title: v.resourceName,
      onclick: () => show(p.bpmnProcessId, v.version).catch((e) => flash(e.message, 'error')),
    }, `v${v.version}`)))));
  const designer = me.roles.includes('PROCESS_DESIGNER');
  const result = h('div', { id: 'deploy-result' });
  const upload = h('form', { class: 'stacked', id: 'upload' },
    h('label', {}, t('designer.files'),
      h('input', { type: 'file', name: 'files', id: 'files', multiple: true, accept: '.bpmn,.dmn,.form', required: true })),
    h('button', { type: 'submit' }, t('designer.deploy')));
  upload.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData();
    for (const file of upload.files.files) data.append('files', file, file.name);
    result.replaceChildren();
    try {
      const deployed = await api('/api/deployments', { method: 'POST', formData: data });
      if (deployed.status === 'PENDING') {
        // a new version of a product process waits for a second designer or a manager
        result.replaceChildren(h('div', { class: 'flash ok', id: 'requested' },
          t('designer.waiting', { id: deployed.id, processes: deployed.processIds.join(', ') })));
        return;
      }
      const items = [...(deployed.processes || []), ...(deployed.decisions || []), ...(deployed.forms || [])];
      const message = t('designer.deployed', { items: items.map((i) => `${i.id} v${i.version}`).join(', ') });
      await designerView(me);
      document.getElementById('deploy-result').replaceChildren(h('div', { class: 'flash ok', id: 'deployed' }, message));
    } catch (e) {
      const details = ((e.problem && e.problem.errors) || []).map((x) => `${x.field}: ${x.message}`);
      result.replaceChildren(h('div', { class: 'flash error', id: 'refused' }, h('strong', {}, t('designer.refused')),
        h('pre', { class: 'engine-message' }, [e.message, ...details].join('\n'))));
    }
  });
  mount(
    h('h1', {}, t('designer.title')),
    h('div', { class: 'columns' },
      section(t('designer.deployedTitle'), list),
      designer ? section(t('designer.deployTitle'), upload, result) : null),
    section(t('instances.diagram'), caption, diagram));
  const lifecycle = processes.find((p) => p.bpmnProcessId === 'partner-lifecycle') || processes[0];
  if (lifecycle) await show(lifecycle.bpmnProcessId, lifecycle.versions[lifecycle.versions.length - 1].version);
}
