// jest-environment-jsdom lacks TextEncoder/TextDecoder, which browsers have (the core hashes with
// one, documents are decoded with the other): give jsdom suites Node's.
const { TextDecoder, TextEncoder } = require("util");

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });
