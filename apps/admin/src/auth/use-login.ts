import { reactive, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { FormInstance, FormRules } from 'element-plus';
import { ApiError } from '@yilu/client';
import { t } from '../locales/zh-CN';
import { session } from './session';

export function useLogin() {
  const router = useRouter();
  const route = useRoute();
  const formRef = ref<FormInstance>();
  const form = reactive({ username: '', password: '' });
  const loading = ref(false);
  const error = ref('');
  const rules: FormRules = {
    username: [{ required: true, message: t.login.usernameRequired, trigger: 'blur' }],
    password: [{ required: true, message: t.login.passwordRequired, trigger: 'blur' }],
  };

  async function submit() {
    error.value = '';
    if (!(await formRef.value?.validate().catch(() => false))) return;
    loading.value = true;
    try {
      await session.login({ username: form.username.trim(), password: form.password });
      const redirect = typeof route.query.redirect === 'string' && route.query.redirect.startsWith('/') ? route.query.redirect : '/';
      await router.replace(redirect);
    } catch (e) {
      error.value = e instanceof ApiError ? e.message : t.common.networkError;
    } finally {
      loading.value = false;
    }
  }

  return { formRef, form, rules, loading, error, submit };
}
