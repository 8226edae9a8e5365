/** What the Custom Value operations share: the dropdown, the inputs, the sample. */
import { fields } from '../fields';

export const customValueField = () =>
  fields.id('Custom Value', {
    required: true,
    dynamic: 'list_custom_values.id.name',
    helpText: 'Choose a custom value of the location, or map its ID.',
  });

export const customValueValue = (required: boolean) =>
  fields.text('Value', {
    required,
    helpText: 'The text the custom value holds; messages and pages that use its Field Key show it. E.g. Mon–Fri 8am–6pm.',
  });

export const customValueSample = {
  id: 'rWQ709Pb62syqGLceg1x',
  name: 'Office Hours',
  fieldKey: '{{ custom_values.office_hours }}',
  value: 'Mon–Fri 8am–6pm',
  locationId: 've9EPM428h8vShlRW1KT',
};
