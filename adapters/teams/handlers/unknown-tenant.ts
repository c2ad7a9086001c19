import type { Activity } from 'botbuilder';

/**
 * Every stored key is scoped by tenant, so an activity without one (the Bot Framework Emulator, a test
 * client) is refused with a sentence instead of being filed under a shared default.
 */
export function unknownTenantReply(): Partial<Activity> {
  return {
    type: 'message',
    text: 'I could not tell which Microsoft 365 organisation this conversation belongs to, so I cannot keep its data separate. Please message me from Microsoft Teams.',
  };
}
