/** Runs the rules on both app definitions of index.ts. */
import App from '../../index';
import { agencyLocationField } from '../../src/agency';
import { acceptedExceptions } from './exceptions';
import { checkApp, figures, isAccepted, type AppDef } from './rules';

/** `dynamic`s of input fields computed at run time (the agency Location dropdown). */
const runtimeDynamics = [agencyLocationField.dynamic];

export const definitions = { oauth: App.oauthApp, token: App.tokenApp } as unknown as Record<'oauth' | 'token', AppDef>;

export const checkDefinition = (name: keyof typeof definitions) => {
  const { steps, violations } = checkApp(definitions[name], runtimeDynamics);
  return {
    steps,
    violations,
    unaccepted: violations.filter((v) => !isAccepted(v, acceptedExceptions)),
    figures: figures(steps, violations, acceptedExceptions),
  };
};
