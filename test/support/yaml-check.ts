/** Validates action.yml and workflow files with GitHub's own parser (@actions/workflow-parser). */
import { readFileSync } from 'node:fs';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';

export function actionErrors(path: string, content = readFileSync(path, 'utf8')): string[] {
  const result = parseAction({ name: path, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

export async function workflowErrors(path: string, content = readFileSync(path, 'utf8')): Promise<string[]> {
  const parsed = parseWorkflow({ name: path, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || parsed.value === undefined) return errors.length > 0 ? errors : [`${path}: nothing parsed`];
  // Conversion finds what the schema alone does not (job needs that do not exist, bad matrices…).
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return (template.errors ?? []).map((e: { Message: string }) => e.Message);
}
