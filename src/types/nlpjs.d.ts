// NLP.js ships no type declarations; these cover the small part the local recognizer uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Container;
}

declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}

declare module '@nlpjs/nlp' {
  import type { Container } from '@nlpjs/core';
  export interface NlpSettings {
    container?: Container;
    languages?: string[];
    autoSave?: boolean;
    autoLoad?: boolean;
    log?: boolean;
    nlu?: { log?: boolean; useNoneFeature?: boolean };
    forceNER?: boolean;
  }
  export interface NlpClassification {
    intent: string;
    score: number;
  }
  export interface NlpResult {
    intent: string;
    score: number;
    classifications: NlpClassification[];
  }
  export class Nlp {
    constructor(settings?: NlpSettings);
    addLanguage(locale: string): void;
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, utterance: string): Promise<NlpResult>;
  }
}
