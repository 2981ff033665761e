import { describe, expect, it } from 'vitest';
import { settleProfile } from '../../src/config/profile-check.js';

describe('settleProfile', () => {
  it("takes the run's own profile tag when no profile input was given", () => {
    expect(settleProfile({ profile: 'full', profileGiven: false }, { profile: 'quick' })).toBe('quick');
  });

  it('keeps the input (or full) when the requests carry no profile tag', () => {
    expect(settleProfile({ profile: 'quick', profileGiven: true }, { profile: null })).toBe('quick');
    expect(settleProfile({ profile: 'full', profileGiven: false }, { profile: null })).toBe('full');
  });

  it('accepts an input the data agrees with', () => {
    expect(settleProfile({ profile: 'quick', profileGiven: true }, { profile: 'quick' })).toBe('quick');
  });

  it('refuses a profile input the data contradicts, naming the input and the fix', () => {
    expect(() => settleProfile({ profile: 'full', profileGiven: true }, { profile: 'quick' })).toThrow(
      `Input 'profile': is "full", but the results' requests are tagged profile "quick": the run was made with "quick". Remove the profile input to take the run's own, or set it to "quick".`,
    );
  });
});
