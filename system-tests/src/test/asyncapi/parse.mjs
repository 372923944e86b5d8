// Parses an AsyncAPI document with the official parser and prints, as JSON, its diagnostics and what each message
// says of itself: its channel's address, name, deprecation, schema format, and the envelope's type and data schema.
import { Parser, fromFile } from '@asyncapi/parser';

const { document, diagnostics } = await fromFile(new Parser(), process.argv[2]).parse();
const messages = [];
if (document) {
  for (const channel of document.channels()) {
    for (const message of channel.messages()) {
      const json = message.json();
      const schema = json.payload?.schema ?? {};
      const parts = schema.allOf ?? [];
      const own = parts.find(p => p.properties?.type?.const) ?? {};
      messages.push({
        channel: channel.address(),
        id: message.id(),
        name: message.name() ?? null,
        deprecated: json.deprecated === true,
        schemaFormat: json.payload?.schemaFormat ?? null,
        envelope: parts.find(p => p.$id)?.$id ?? null,
        type: own.properties?.type?.const ?? null,
        dataschema: own.properties?.dataschema?.const ?? null,
        data: own.properties?.data?.$id ?? null,
        examples: (json.examples ?? []).map(e => e.payload ?? null),
      });
    }
  }
}
console.log(JSON.stringify({
  diagnostics: diagnostics.map(d => ({ severity: d.severity, code: String(d.code), message: d.message, path: d.path })),
  messages,
}));
