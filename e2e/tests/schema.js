// Validates messages against the JSON Schemas generated from the panel's Rust types.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const load = (name) => JSON.parse(readFileSync(new URL(`../../contract/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
// schemars names Rust's unsigned integer widths as formats; each is checked for its range.
const range = (max) => ({ type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= max });
ajv.addFormat('uint8', range(255));
ajv.addFormat('uint32', range(2 ** 32 - 1));
const panelMessage = ajv.compile(load('panel-message.schema.json'));
const hostMessage = ajv.compile(load('host-message.schema.json'));

/** Throws with ajv's errors unless `message` is a valid panel → host message. */
export function assertPanelMessage(message) {
  if (!panelMessage(message)) throw new Error(`not a valid panel message: ${ajv.errorsText(panelMessage.errors)}`);
}

export function assertHostMessage(message) {
  if (!hostMessage(message)) throw new Error(`not a valid host message: ${ajv.errorsText(hostMessage.errors)}`);
}
