/** What the Trigger Link operations share: the sample. */
export const linkSample = {
  id: 'n4AriwEnFrGh3tu08W0U',
  name: 'Spring whitening offer',
  redirectTo: 'https://knightdental.example.com/offers/whitening',
  fieldKey: '{{trigger_link.n4AriwEnFrGh3tu08W0U}}',
  locationId: 've9EPM428h8vShlRW1KT',
};
