// Designers' view: deployed processes and their versions, a version's diagram, and uploads of
// new BPMN, DMN and form files with the engine's verdict.
import { api } from './api.js';
import { h, mount, flash, section } from './ui.js';

export async function designerView(me) {
  const processes = (await api('/api/processes?size=100')).content;
  const diagram = h('div', { class: 'diagram tall', id: 'diagram' });
  const caption = h('p', { class: 'muted', id: 'diagram-caption' }, 'Choose a version to see its diagram.');
  const show = async (id, version) => {
    caption.textContent = `${id} version ${version}`;
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
    h('label', {}, 'BPMN, DMN or form files',
      h('input', { type: 'file', name: 'files', id: 'files', multiple: true, accept: '.bpmn,.dmn,.form', required: true })),
    h('button', { type: 'submit' }, 'Deploy'));
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
          `Waiting for a second person: deployment request ${deployed.id} (${deployed.processIds.join(', ')})`));
        return;
      }
      const items = [...(deployed.processes || []), ...(deployed.decisions || []), ...(deployed.forms || [])];
      const message = `Deployed: ${items.map((i) => `${i.id} v${i.version}`).join(', ')}`;
      await designerView(me);
      document.getElementById('deploy-result').replaceChildren(h('div', { class: 'flash ok', id: 'deployed' }, message));
    } catch (e) {
      const details = ((e.problem && e.problem.errors) || []).map((x) => `${x.field}: ${x.message}`);
      result.replaceChildren(h('div', { class: 'flash error', id: 'refused' }, h('strong', {}, 'Refused by the engine'),
        h('pre', { class: 'engine-message' }, [e.message, ...details].join('\n'))));
    }
  });
  mount(
    h('h1', {}, 'Processes'),
    h('div', { class: 'columns' },
      section('Deployed', list),
      designer ? section('Deploy a new version', upload, result) : null),
    section('Diagram', caption, diagram));
  const lifecycle = processes.find((p) => p.bpmnProcessId === 'partner-lifecycle') || processes[0];
  if (lifecycle) await show(lifecycle.bpmnProcessId, lifecycle.versions[lifecycle.versions.length - 1].version);
}
