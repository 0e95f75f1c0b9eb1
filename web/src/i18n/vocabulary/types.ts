export interface Vocabulary {
  events: Record<string, string>;
  fields: Record<string, string>;
  help: Record<string, string>;
  values: Record<string, string>;
}
