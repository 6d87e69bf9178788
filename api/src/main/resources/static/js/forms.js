// Task forms in the reader's language. A .form file stays as the Modeler writes it, in English; the
// words of other languages live in i18n/forms-{language}.json, by form id and then by field key (or
// component id for a component without a key, such as a text view):
//   { "approve-application": { "approved": { "label": "Entscheidung", "values": { "true": "Genehmigen" } } } }
// and replace the form's own words before form-js renders it. A word without a translation stays English.

const bundles = new Map();

function bundle(language) {
  if (!bundles.has(language)) {
    bundles.set(language, fetch(`i18n/forms-${language}.json`, { credentials: 'same-origin' })
      .then((response) => (response.ok ? response.json() : {}))
      .catch(() => ({})));
  }
  return bundles.get(language);
}

function translated(component, words) {
  const own = words[component.key] || words[component.id];
  const copy = { ...component };
  if (own) {
    for (const property of ['label', 'description', 'text', 'placeholder', 'dateLabel', 'timeLabel']) {
      if (own[property] && copy[property] !== undefined) copy[property] = own[property];
    }
    if (own.values && Array.isArray(copy.values)) {
      copy.values = copy.values.map((option) => (own.values[String(option.value)] === undefined
        ? option : { ...option, label: own.values[String(option.value)] }));
    }
  }
  if (Array.isArray(copy.components)) copy.components = copy.components.map((child) => translated(child, words));
  return copy;
}

/** The schema with its words in `language`; English, or a form the bundle does not know, as it is. */
export async function translateForm(schema, language) {
  if (!schema || language === 'en') return schema;
  const words = (await bundle(language))[schema.id];
  if (!words) return schema;
  return { ...schema, components: (schema.components || []).map((component) => translated(component, words)) };
}
