import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import type { Role } from '@yilu/shared';
import { session } from './auth/session';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    roles?: Role[];
  }
}

/** Roles that look after service points: admins and the staff of districts and communities. */
export const staffOfAreas: Role[] = ['admin', 'district_staff', 'community_staff'];

/** Roles that see job postings: employers their own, the staff of areas those in their area. */
export const hiringRoles: Role[] = [...staffOfAreas, 'employer'];

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('./auth/LoginView.vue'), meta: { public: true } },
  { path: '/verify', component: () => import('./verify/VerifyView.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('./layout/AppLayout.vue'),
    children: [
      { path: '', component: () => import('./home/HomeView.vue') },
      { path: 'points', component: () => import('./points/PointsView.vue'), meta: { roles: staffOfAreas } },
      { path: 'reports', component: () => import('./reports/ReportsView.vue'), meta: { roles: staffOfAreas } },
      { path: 'wishes', component: () => import('./wishes/WishesView.vue'), meta: { roles: staffOfAreas } },
      { path: 'courses', component: () => import('./courses/CoursesView.vue'), meta: { roles: [...staffOfAreas, 'provider'] } },
      { path: 'stats', component: () => import('./stats/StatsView.vue'), meta: { roles: [...staffOfAreas, 'provider'] } },
      { path: 'demand', component: () => import('./demand/DemandView.vue'), meta: { roles: ['admin', 'district_staff'] } },
      { path: 'jobs', component: () => import('./jobs/JobsView.vue'), meta: { roles: hiringRoles } },
      { path: 'audit', component: () => import('./audit/AuditView.vue'), meta: { roles: [...staffOfAreas, 'provider'] } },
      { path: 'accounts', component: () => import('./accounts/AccountsView.vue'), meta: { roles: ['admin'] } },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
];

export const router = createRouter({ history: createWebHashHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.public) return session.isSignedIn.value && to.path === '/login' ? '/' : true;
  if (!session.isSignedIn.value) return { path: '/login', query: { redirect: to.fullPath } };
  const role = session.user.value?.role;
  if (to.meta.roles && (!role || !to.meta.roles.includes(role))) return '/';
  return true;
});
