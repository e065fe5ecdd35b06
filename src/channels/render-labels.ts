/** The few words renderers add around a Reply, from knowledge/messages.yaml. */
export interface RenderLabels {
  /** Heads the list of an answer's sources. */
  sources: string;
}
