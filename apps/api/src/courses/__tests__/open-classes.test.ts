import { afterAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { startCoursesWorld } from '../../../test/courses-world.js';
import { createOpenClasses } from '../open-classes.js';

const { api, createCourse } = await startCoursesWorld(0);
afterAll(() => api.close());

const titles = async (open: ReturnType<typeof createOpenClasses>) => (await open.get()).docs.map((d) => d.title);

describe('the open-classes snapshot', () => {
  it('counts seats in place, and picks up other instances’ changes in the background after its lifetime', async () => {
    const open = createOpenClasses(api.ctx.models, 2000);
    const first = await createCourse({ title: '先开的班' });
    expect(await titles(open)).toContain('先开的班');

    open.seatTaken(first);
    open.seatTaken(first);
    open.seatFreed(first);
    expect((await open.get()).seats.get(first)).toBe(1);

    // Another instance publishes a class: not seen before the snapshot's lifetime is over…
    await createCourse({ title: '别的实例发布的班' });
    expect(await titles(open)).not.toContain('别的实例发布的班');
    await new Promise((r) => setTimeout(r, 2100));
    // …then the first reader still gets the old snapshot at once while a reload runs, and later readers the new one.
    expect(await titles(open)).not.toContain('别的实例发布的班');
    await expect.poll(() => titles(open), { timeout: 5000 }).toContain('别的实例发布的班');
    // The reload counted the stored claims, not the in-place guesses.
    expect((await open.get()).seats.get(first)).toBeUndefined();
  });

  it('loads afresh for the next reader after a change through this instance', async () => {
    const open = createOpenClasses(api.ctx.models, 60_000);
    await open.get();
    await api.ctx.models.Course.updateMany({ title: '先开的班' }, { status: 'cancelled' });
    expect(await titles(open)).toContain('先开的班');
    open.changed();
    expect(await titles(open)).not.toContain('先开的班');
  });

  it('counts the stored seat claims of open classes only', async () => {
    const id = await createCourse({ title: '有人报名的班' });
    await api.ctx.models.SeatClaim.create({ courseId: id, seatNo: 1, enrollmentId: new Types.ObjectId(), claimedAt: new Date() });
    await api.ctx.models.SeatClaim.create({
      courseId: new Types.ObjectId(),
      seatNo: 1,
      enrollmentId: new Types.ObjectId(),
      claimedAt: new Date(),
    });
    const open = createOpenClasses(api.ctx.models, 60_000);
    const { seats } = await open.get();
    expect(seats.get(id)).toBe(1);
    expect(seats.size).toBe(1);
  });
});
