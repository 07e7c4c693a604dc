/**
 * The adapter: inputs, the GitHub context and Octokit (@actions/github) around core's report — the flow
 * diagram and the Release body and its create-or-update decision live in @wheelwright/core/board.
 */
import { context, getOctokit } from '@actions/github';
import { appendSummary, debug, getBooleanInput, getInput, notice, runAction, setOutput, setSecret } from '@wheelwright/action-io';
import {
  flowSummaryMarkdown,
  type ReleaseApi,
  releaseTagOf,
  upsertGitHubRelease,
  type WorkflowJobTiming,
  workflowFlow,
} from '@wheelwright/core/board';
import { InputError, WheelwrightError } from '@wheelwright/core/errors';
import { readManifest } from '@wheelwright/core/manifest';

function parseNeeds(text: string): Record<string, { result?: string }> {
  if (text.trim() === '') return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, { result?: string }>;
  } catch {
    // fall through to the error below
  }
  throw new InputError("input 'jobs' is not a JSON object", { hint: 'pass toJSON(needs) in an expression' });
}

/** An Octokit failure as one line naming the call and GitHub's answer (401/403: the token's permissions). */
function githubError(error: unknown, what: string): WheelwrightError {
  const status = (error as { status?: number }).status;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new WheelwrightError(
    status === 401 || status === 403 ? 'auth' : 'process',
    `GitHub API: ${what} failed (${status ?? 'no answer'}): ${message}`,
    {
      hint:
        status === 401 || status === 403
          ? 'give the job contents: write (and pass its token)'
          : 'see the GitHub status page, then re-run the job',
      cause: error,
    },
  );
}

export function run(): Promise<void> {
  return runAction(async () => {
    const token = getInput('token');
    setSecret(token);
    const manifest = await readManifest(getInput('manifest', { required: true }));
    const channel = getInput('channel', { required: true });
    const indexUrl = getInput('index-url');
    const docsUrl = getInput('docs-url');
    const needs = parseNeeds(getInput('jobs'));
    const octokit = token ? getOctokit(token) : undefined;
    const { owner, repo } = context.repo;

    // The jobs' times, when the token may read them (actions: read); the diagram shows results without.
    let timings: WorkflowJobTiming[] = [];
    if (octokit && context.runId) {
      try {
        timings = (
          await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: context.runId, filter: 'latest', per_page: 100 })
        ).data.jobs;
      } catch (error) {
        debug(`job timings unavailable: ${(error as Error).message}`);
      }
    }
    const flow = workflowFlow(needs, timings);
    const title = `Release of ${manifest.name} ${manifest.version}`;
    await appendSummary(flowSummaryMarkdown(title, flow, { channel, version: manifest.version }));

    if (!getBooleanInput('github-release')) return;
    const tag = releaseTagOf(context.ref);
    if (!tag) {
      notice(`github-release: ${context.ref || 'this run'} is not a release tag; no GitHub Release is made`);
      return;
    }
    if (!octokit) throw new InputError("input 'token' is empty: the GitHub Release needs a token with contents: write");
    const api: ReleaseApi = {
      async getByTag(name) {
        try {
          const { data } = await octokit.rest.repos.getReleaseByTag({ owner, repo, tag: name });
          return { id: data.id, body: data.body ?? '', url: data.html_url };
        } catch (error) {
          if ((error as { status?: number }).status === 404) return undefined;
          throw githubError(error, `reading the Release of ${name}`);
        }
      },
      async create(release) {
        try {
          const { data } = await octokit.rest.repos.createRelease({
            owner,
            repo,
            tag_name: release.tag,
            name: release.name,
            body: release.body,
            prerelease: release.prerelease,
          });
          return { id: data.id, url: data.html_url };
        } catch (error) {
          throw githubError(error, `creating the Release of ${release.tag}`);
        }
      },
      async update(id, release) {
        try {
          const { data } = await octokit.rest.repos.updateRelease({ owner, repo, release_id: id, ...release });
          return { id: data.id, url: data.html_url };
        } catch (error) {
          throw githubError(error, `updating Release ${id}`);
        }
      },
    };
    const outcome = await upsertGitHubRelease(
      api,
      tag,
      manifest,
      {
        channel,
        ...(indexUrl ? { indexUrl } : {}),
        ...(docsUrl ? { docsUrl } : {}),
      },
      flow,
    );
    setOutput('release-url', outcome.url);
    setOutput('release-id', String(outcome.id));
    await appendSummary(`GitHub Release of \`${tag}\`: ${outcome.action}, ${outcome.url}\n`);
  });
}
