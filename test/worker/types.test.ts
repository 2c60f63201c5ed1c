/** The API's zod report schema and the engine's Report type must describe the same shape (checked by tsc). */
import type * as z from 'zod/mini';
import { describe, expectTypeOf, it } from 'vitest';
import type { Action, CheckOptions, Message, Report } from '../../src/engine/types.js';
import type { ActionSchema, CheckOptionsSchema, MessageSchema, ReportSchema } from '../../src/worker/schemas.js';

describe('schemas and engine types', () => {
  it('agree on the report', () => {
    expectTypeOf<z.infer<typeof ActionSchema>>().toEqualTypeOf<Action>();
    expectTypeOf<Omit<z.infer<typeof MessageSchema>, 'url'>>().toEqualTypeOf<Omit<Message, 'url'>>();
    expectTypeOf<Report>().toExtend<z.infer<typeof ReportSchema>>();
    expectTypeOf<Omit<z.infer<typeof ReportSchema>, 'messages'>>().toEqualTypeOf<Omit<Report, 'messages'>>();
  });

  it('accept every option the engine takes', () => {
    expectTypeOf<keyof z.infer<typeof CheckOptionsSchema>>().toEqualTypeOf<keyof CheckOptions>();
  });
});
