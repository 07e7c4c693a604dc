/**
 * The adapter: inputs, the GitHub context and Octokit (@actions/github) around core's report — the flow
 * diagram and the Release body and its create-or-update decision live in @wheelwright/core/board.
 */
import { context } from '@actions/github';
import { appendSummary, debug, notice, runAction, runnerInputs, setOutput, setSecret } from '@wheelwright/action-io';
import type { ReleaseApi, WorkflowJobTiming } from '@wheelwright/core/board';
import { OptionReader } from '@wheelwright/core/contract';
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
    const i = new OptionReader(runnerInputs);
    const token = i.text('token');
    if (token) setSecret(token);
    const manifestPath = i.required('manifest', "build-wheel's manifest output");
    const channel = i.required('channel', 'the index the release ended in');
    const indexUrl = i.text('index-url');
    const docsUrl = i.text('docs-url');
    const needs = parseNeeds(i.text('jobs'));
    const githubRelease = i.bool('github-release', false);
    const manifest = await readManifest(manifestPath);
    // Octokit and the board (stores, docs) load only once the inputs are sound (bench/cold-start.mjs).
    const { flowSummaryMarkdown, releaseTagOf, upsertGitHubRelease, workflowFlow } = await import('@wheelwright/core/board');
    // getOctokit(token) without its module: importing it from '@actions/github' (which this file reads
    // `context` from) would put Octokit back into the start-up bundle.
    let octokit: InstanceType<typeof import('@actions/github/lib/utils').GitHub> | undefined;
    if (token) {
      const { GitHub, getOctokitOptions } = await import('@actions/github/lib/utils');
      octokit = new GitHub(getOctokitOptions(token));
    }
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

    if (!githubRelease) return;
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
