import type { Intent } from '../language/intents';
import { InterruptibleDialog } from './interruptible-dialog';

/**
 * A dialog MainDialog routes to. Adding a capability is writing one of these, naming its intents, and
 * adding the intent's examples to knowledge/intents.yaml; MainDialog builds its routing table from them.
 */
export abstract class CapabilityDialog extends InterruptibleDialog {
  abstract readonly intents: readonly Intent[];
}
