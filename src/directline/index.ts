export { type AzureToken, AzureDirectLineError, AzureDirectLineTokens } from './azure-token-client';
export { DirectLine } from './direct-line';
export { DIRECTLINE_CHANNEL_ID, DirectLineService } from './direct-line-service';
