import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { describe, expect, it } from 'vitest';
import LoginView from '../LoginView.vue';

describe('LoginView', () => {
  it('shows Chinese labels and marks both empty fields before calling the API', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: LoginView }] });
    await router.push('/login');
    const wrapper = mount(LoginView, { global: { plugins: [router] }, attachTo: document.body });
    expect(wrapper.text()).toContain('工作人员登录');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await new Promise((r) => setTimeout(r, 50));
    expect(wrapper.findAll('.el-form-item.is-error')).toHaveLength(2);
    wrapper.unmount();
  });
});
