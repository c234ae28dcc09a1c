/** The message protocol of Backchannel: what each direction may say, and how it is sent and received. */
export * from './contract';
export * from './reply';
export * from './shapes';
export { createReceiver, type HandlerMap, type Inbound } from './receive';
export { inbound } from './schema-inbound';
export { contentInbound } from './content-inbound';
export { sendFromContent, sendFromPage, sendToContent } from './send';
export { broadcastToPages, listenToBackground, type BroadcastHandlers } from './broadcast';
