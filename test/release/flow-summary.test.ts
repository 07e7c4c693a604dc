/** The job summary's Mermaid picture of the flow: every step in order with its time, where the release ended. */
import { flowMermaid, pipelineSummaryMarkdown } from '@wheelwright/core/board';
import { describe, expect, it } from 'vitest';

describe('the flow as a Mermaid diagram', () => {
  it('chains the steps with their times and outcome and ends in the channel', () => {
    const text = flowMermaid(
      [
        { name: 'version', status: 'ok', ms: 420 },
        { name: 'build', status: 'ok', ms: 31_200 },
        { name: 'publish → unstable', status: 'ok', ms: 900 },
        { name: 'clean-env-test (3.12)', status: 'failed', ms: 65_000 },
        { name: 'promote → testing', status: 'skipped' },
      ],
      { channel: 'unstable', version: '1.2.1.dev3+gabc' },
    );
    expect(text.split('\n')).toEqual([
      '```mermaid',
      'flowchart LR',
      '  s0["version<br/>0.4 s"]:::ok',
      '  s1["build<br/>31.2 s"]:::ok',
      '  s0 --> s1',
      '  s2["publish → unstable<br/>0.9 s"]:::ok',
      '  s1 --> s2',
      '  s3["clean-env-test  3.12 <br/>1 min 5 s · failed"]:::failed',
      '  s2 --> s3',
      '  s4["promote → testing<br/>skipped"]:::skipped',
      '  s3 --> s4',
      '  done(["ended in unstable<br/>1.2.1.dev3+gabc"]):::end',
      '  s4 --> done',
      '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
      '  classDef failed fill:#ffebe9,stroke:#cf222e,color:#1f2328',
      '  classDef skipped fill:#f6f8fa,stroke:#8c959f,color:#59636e,stroke-dasharray:4 3',
      '  classDef end fill:#ddf4ff,stroke:#0969da,color:#1f2328',
      '```',
    ]);
  });

  it('a hostile label cannot close the node or the block', () => {
    const text = flowMermaid([{ name: 'x"]; click s0 "https://evil"\n```\n<script>', status: 'ok', ms: 1 }], { channel: 'none' });
    const node = text.split('\n')[2] ?? '';
    expect(node).toMatch(/^ {2}s0\["[^"\]\n]*"\]:::ok$/);
    expect(text.match(/```/g)).toHaveLength(2);
    expect(text).toContain('done(["nothing published"]):::failed');
  });

  it('the pipeline summary says where the release ended and why it stopped', () => {
    const text = pipelineSummaryMarkdown({
      steps: [
        { name: 'version', status: 'ok', ms: 300 },
        { name: 'build', status: 'failed', ms: 2000 },
      ],
      channel: 'none',
      version: '1.0.0',
      totalMs: 2300,
      ok: false,
      error: { message: 'inspection failed: W002' },
    });
    expect(text).toContain('### wheelwright pipeline (failed)');
    expect(text).toContain('```mermaid');
    expect(text).toContain('1.0.0: nothing was published (2.3 s).');
    expect(text).toContain('> inspection failed: W002');
  });
});
