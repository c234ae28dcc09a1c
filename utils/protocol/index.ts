/** The message protocol of Backchannel: what each direction may say, and how it is sent and received. */
export * from './contract';
export * from './reply';
export * from './shapes';
export { createReceiver, inbound, type HandlerMap, type Inbound } from './receive';
export { sendFromContent, sendFromPage, sendToContent } from './send';
export { broadcastToPages, listenToBackground, type BroadcastHandlers } from './broadcast';
