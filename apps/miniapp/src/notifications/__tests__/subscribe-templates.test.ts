import { describe, expect, it } from 'vitest';
import { templateIdsFor } from '../subscribe-templates';

describe('templateIdsFor', () => {
  const configured = JSON.stringify({ 'enrollment-approved': 'tmpl-a', 'class-tomorrow': 'tmpl-b', 'wish-changed': 'tmpl-w' });

  it('asks at the enroll tap for the configured kinds that follow an enrollment, at most three', () => {
    expect(templateIdsFor('enroll', configured)).toEqual(['tmpl-a', 'tmpl-b']);
    expect(templateIdsFor('wish', configured)).toEqual(['tmpl-w']);
  });

  it('asks for nothing when no template is configured or the setting is not JSON', () => {
    expect(templateIdsFor('report', configured)).toEqual([]);
    expect(templateIdsFor('enroll', '')).toEqual([]);
    expect(templateIdsFor('enroll', '{oops')).toEqual([]);
  });
});
