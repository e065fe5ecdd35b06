export { type ChannelContent, loadChannelContent, type WebchatContent } from './channel-content';
export { renderForChannel } from './render-for-channel';
export type { RenderLabels } from './render-labels';
export { ChannelRenderingMiddleware } from './rendering-middleware';
export { buildTeamsPackage } from './teams-package';
