import { defineTrigger } from '../../src/define';
import { fields } from '../../src/fields';

interface Stage {
  id?: string;
  name?: string;
  position?: number;
}
interface Pipeline {
  id?: string;
  name?: string;
  stages?: Stage[];
}

/**
 * Hidden: fills the stage dropdown with the stages of the pipeline chosen in the same step. GHL
 * has no stage endpoint, so this reads all pipelines (one request) and keeps the chosen one.
 * Without a pipeline it lists every stage, labelled "Pipeline › Stage".
 */
export default defineTrigger({
  key: 'pipeline_stages',
  noun: 'Stage',
  label: 'Pipeline Stages',
  description: 'Lists the stages of a pipeline, for the stage dropdowns.',
  hidden: true,
  endpoint: 'GET /opportunities/pipelines',
  scopes: ['opportunities.readonly'],
  input: { pipelineId: fields.id('Pipeline', { dynamic: 'list_pipelines.id.name', helpText: 'The pipeline whose stages are listed.' }) },
  query: (_input, ctx) => ({ locationId: ctx.locationId() }),
  result: (data, { pipelineId }) => {
    const pipelines: Pipeline[] = Array.isArray(data?.pipelines) ? data.pipelines : [];
    return pipelines
      .filter((p) => !pipelineId || p.id === pipelineId)
      .flatMap((p) =>
        (p.stages ?? []).map((s) => ({
          id: s.id,
          name: pipelineId ? s.name : `${p.name} › ${s.name}`,
          position: s.position,
          pipelineId: p.id,
          pipelineName: p.name,
        })),
      );
  },
  sample: {
    id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
    name: 'New lead',
    position: 0,
    pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
    pipelineName: 'Sales',
  },
});
